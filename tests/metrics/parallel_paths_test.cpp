// The parallel path metrics: degree-1 folding, thread counts, cancellation.
// Results must not depend on the thread count (the same to the last bit: sums are
// added in a fixed order), and must equal a plain sequential Brandes to 1e-9.

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>

#include <nlohmann/json.hpp>

#include "ecosys/metrics/betweenness.hpp"
#include "ecosys/metrics/closeness.hpp"
#include "ecosys/metrics/harmonic.hpp"
#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/metrics/path_lengths.hpp"
#include "ecosys/progress.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

namespace {

/// Brandes (2001) as printed, sequential, unweighted: the reference.
std::vector<double> plain_brandes(const Graph& g) {
    const std::size_t n = g.vertex_count();
    std::vector<double> bc(n, 0.0);
    for (Graph::Vertex s = 0; s < n; ++s) {
        std::vector<long> dist(n, -1);
        std::vector<double> sigma(n, 0.0), delta(n, 0.0);
        std::vector<Graph::Vertex> order{s};
        dist[s] = 0;
        sigma[s] = 1;
        for (std::size_t i = 0; i < order.size(); ++i)
            for (Graph::Vertex w : g.neighbours(order[i])) {
                if (dist[w] < 0) {
                    dist[w] = dist[order[i]] + 1;
                    order.push_back(w);
                }
                if (dist[w] == dist[order[i]] + 1) sigma[w] += sigma[order[i]];
            }
        for (std::size_t i = order.size(); i-- > 1;) {
            const Graph::Vertex w = order[i];
            for (Graph::Vertex v : g.neighbours(w))
                if (dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
            bc[w] += delta[w] / 2;
        }
    }
    return bc;
}

/// A seeded random network with what folding must handle: a dense part, trees and
/// paths hanging off it, a separate tree, a separate pair and isolated actors.
Network random_network(unsigned seed, std::size_t core, std::size_t hanging) {
    std::mt19937 rng(seed);
    std::vector<std::string> ids;
    std::vector<test::ActorSpec> actors;
    const std::size_t n = core + hanging + 9;
    for (std::size_t i = 0; i < n; ++i) {
        ids.push_back("v" + std::to_string(i));
        actors.push_back({ids.back(), i % 2 ? "north" : "south"});
    }
    std::vector<test::TieSpec> ties;
    auto tie = [&](std::size_t a, std::size_t b) { ties.push_back({ids[a], ids[b], 1.0 + static_cast<double>(rng() % 3)}); };
    for (std::size_t i = 1; i < core; ++i) tie(i, rng() % i);  // connected
    for (std::size_t k = 0; k < 2 * core; ++k) tie(rng() % core, rng() % core);
    for (std::size_t i = core; i < core + hanging; ++i) tie(i, rng() % i);  // trees on the core and on each other
    const std::size_t t = core + hanging;  // a separate tree: t .. t+5
    for (std::size_t i = 1; i < 6; ++i) tie(t + i, t + rng() % i);
    tie(t + 6, t + 7);  // a pair; t+8 is isolated
    return test::regional_network(actors, ties);
}

/// Equal values, sector counts compared field by field.
bool same(const std::vector<MetricValue>& a, const std::vector<MetricValue>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto* x = std::get_if<std::vector<SectorCount>>(&a[i]);
        const auto* y = std::get_if<std::vector<SectorCount>>(&b[i]);
        if (x && y) {
            if (x->size() != y->size()) return false;
            for (std::size_t k = 0; k < x->size(); ++k)
                if ((*x)[k].sector != (*y)[k].sector || (*x)[k].actors != (*y)[k].actors) return false;
        } else if (!x && !y) {
            if (a[i].index() != b[i].index()) return false;
            if (const auto* d = std::get_if<double>(&a[i]); d && *d != std::get<double>(b[i])) return false;
            if (const auto* c = std::get_if<std::int64_t>(&a[i]); c && *c != std::get<std::int64_t>(b[i])) return false;
            if (const auto* l = std::get_if<std::vector<std::string>>(&a[i]);
                l && *l != std::get<std::vector<std::string>>(b[i]))
                return false;
        } else {
            return false;
        }
    }
    return true;
}

void check_close(const std::vector<double>& got, const std::vector<double>& want) {
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        INFO("vertex " << i);
        CHECK(got[i] == doctest::Approx(want[i]).epsilon(1e-9).scale(1.0));
    }
}

}  // namespace

TEST_CASE("betweenness of a tree comes from the folding alone") {
    //   a - b - c - d      b separates {a}, {e} and {c, d}: 1*1 + 1*2 + 1*2 = 5;
    //       |              c separates {d} from {a, b, e}: 3. The whole tree folds
    //       e              into one actor, so no search runs at all.
    const Network net = small_network({"a", "b", "c", "d", "e"}, {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"b", "e"}});
    const Graph g = Graph::from_network(net);
    Betweenness b(g);
    b.run();
    CHECK(b.scores() == std::vector<double>{0, 5, 3, 0, 0});
}

TEST_CASE("betweenness of a cycle with a tail: folded pairs and core paths add up") {
    //   a - b          e separates f from the 4 others: 4.
    //   |   |          c separates {e, f} from {a, b, d}: 6, and lies on one of the two
    //   d - c - e - f  b-d paths: 6.5. b lies on one of the two paths from a to each of
    //                  c, e, f: 1.5; d likewise; a on one of the two b-d paths: 0.5.
    const Network net =
        small_network({"a", "b", "c", "d", "e", "f"}, {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "a"}, {"c", "e"}, {"e", "f"}});
    const Graph g = Graph::from_network(net);
    for (unsigned threads : {1u, 2u}) {
        Betweenness b(g, false, threads);
        b.run();
        CHECK(b.scores() == std::vector<double>{0.5, 1.5, 6.5, 1.5, 4, 0});
    }
}

TEST_CASE("parallel betweenness equals sequential Brandes, for every thread count") {
    for (unsigned seed : {1u, 2u, 3u}) {
        const Network net = random_network(seed, 60, 80);
        const Graph g = Graph::from_network(net);
        INFO("seed " << seed);
        Betweenness one(g, false, 1);
        one.run();
        check_close(one.scores(), plain_brandes(g));
        for (unsigned threads : {2u, 3u, 8u}) {
            Betweenness many(g, false, threads);
            many.run();
            CHECK(many.scores() == one.scores());  // bit for bit
        }
        Betweenness weighted_one(g, true, 1), weighted_two(g, true, 2);
        weighted_one.run();
        weighted_two.run();
        CHECK(weighted_one.scores() == weighted_two.scores());
    }
}

TEST_CASE("closeness, harmonic and path lengths do not depend on the thread count") {
    const Network net = random_network(7, 50, 40);
    const Graph g = Graph::from_network(net);
    for (bool weighted : {false, true}) {
        Closeness c1(g, weighted, 1), c2(g, weighted, 2);
        Harmonic h1(g, weighted, 1), h2(g, weighted, 3);
        PathLengths p1(g, weighted, 1), p2(g, weighted, 2);
        for (Algorithm* a : std::initializer_list<Algorithm*>{&c1, &c2, &h1, &h2, &p1, &p2}) a->run();
        CHECK(c1.scores() == c2.scores());
        CHECK(h1.scores() == h2.scores());
        CHECK(p1.mean_path_length() == p2.mean_path_length());
        CHECK(p1.diameter() == p2.diameter());
    }
}

TEST_CASE("every metric of the reference fixtures is the same with 1 and 2 threads") {
    const auto dir = std::filesystem::path(ECOSYS_TEST_DATA_DIR).parent_path() / "reference";
    for (const char* name : {"karate", "florentine", "disconnected", "japan-innovation"}) {
        std::ifstream in(dir / (std::string(name) + ".json"));
        REQUIRE_MESSAGE(in.good(), "missing fixture " << name << ": run /usr/bin/python3 tests/reference/make_reference.py");
        const nlohmann::json j = nlohmann::json::parse(in).at("network");
        std::vector<test::ActorSpec> actors;
        for (const auto& a : j.at("actors"))
            actors.push_back({a.at("id").get<std::string>(), a.value("region", ""), "industry"});
        std::vector<test::TieSpec> ties;
        for (const auto& t : j.at("ties"))
            ties.push_back({t.at("source").get<std::string>(), t.at("target").get<std::string>(), t.value("weight", 1.0)});
        const Network net = test::regional_network(actors, ties);
        for (bool weighted : {false, true}) {
            INFO(name << (weighted ? ", weighted" : ", unweighted"));
            MetricsOptions options;
            options.analysis.weighted = weighted;
            options.analysis.threads = 1;
            const MetricsReport one = compute_metrics(net, options);
            options.analysis.threads = 2;
            const MetricsReport two = compute_metrics(net, options);
            REQUIRE(one.actors.size() == two.actors.size());
            for (std::size_t i = 0; i < one.actors.size(); ++i) CHECK(same(one.actors[i].values, two.actors[i].values));
            REQUIRE(one.regions.size() == two.regions.size());
            for (std::size_t i = 0; i < one.regions.size(); ++i) CHECK(same(one.regions[i].values, two.regions[i].values));
        }
    }
}

TEST_CASE("a cancelled computation throws Cancelled; progress reaches the total") {
    const Network net = random_network(5, 40, 20);
    const Graph g = Graph::from_network(net);
    std::atomic<bool> cancel{false};
    std::size_t last_done = 0, last_total = 0;
    Progress progress;
    progress.report = [&](std::string_view step, std::size_t done, std::size_t total) {
        CHECK(step == "closeness");
        last_done = done;
        last_total = total;
    };
    progress.cancel = &cancel;
    for (unsigned threads : {1u, 2u}) {
        Closeness c(g, false, threads);
        c.set_progress(&progress);
        c.run();
        CHECK(last_total > 0);  // sources, or batches of 64 sources when unweighted
        CHECK(last_done == last_total);
    }
    cancel = true;
    for (unsigned threads : {1u, 2u}) {
        Betweenness b(g, false, threads);
        b.set_progress(&progress);
        CHECK_THROWS_AS(b.run(), Cancelled);
        CHECK_FALSE(b.has_run());
    }
}
