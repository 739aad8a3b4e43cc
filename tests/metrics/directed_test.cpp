// The directed view (--directed) and the tie metrics on graphs drawn here, with
// values worked by hand. NetworkX's values on real directed networks are in
// reference_test.cpp (tests/reference/directed-*.json).

#include <doctest/doctest.h>

#include <cmath>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/analysis/tie_set.hpp"
#include "ecosys/output/tie_writer.hpp"
#include "ecosys/error.hpp"
#include "ecosys/graph/biconnected.hpp"
#include "ecosys/metrics/betweenness.hpp"
#include "ecosys/metrics/centralization.hpp"
#include "ecosys/metrics/closeness.hpp"
#include "ecosys/metrics/edge_betweenness.hpp"
#include "ecosys/metrics/harmonic.hpp"
#include "ecosys/metrics/hits.hpp"
#include "ecosys/metrics/pagerank.hpp"
#include "ecosys/metrics/reciprocity.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;

namespace {

/// a -> b -> c -> a, a directed 3-cycle, and c -- d, an undirected tie (arcs both ways):
///
///     a ──▶ b
///     ▲     │
///     │     ▼
///     └──── c ──── d
///
/// Every shortest path is unique. From a: b 1, c 2, d 3; from b: c 1, a 2, d 2;
/// from c: a 1, d 1, b 2; from d: c 1, a 2, b 3.
Network cycle_with_tail(double cd_weight = 1.0) {
    Network net = test::small_network({"a", "b", "c", "d"}, {{"a", "b"}, {"b", "c"}, {"c", "a"}, {"c", "d", cd_weight}});
    for (std::size_t i = 0; i < 3; ++i) net.ties[i].directed = true;
    return net;
}

std::vector<std::size_t> all_of(const Network& net) {
    std::vector<std::size_t> out(net.actors.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
    return out;
}

}  // namespace

TEST_CASE("directed view: directed ties one way, undirected ties both ways, parallel arcs summed") {
    Network net = cycle_with_tail();
    // A second, opposite tie b -> a of weight 3: an arc of its own, not summed with a -> b.
    Tie back;
    back.source = 1;
    back.target = 0;
    back.weight = 3.0;
    back.directed = true;
    net.ties.push_back(back);
    const Graph g = Graph::directed(net, all_of(net), {});
    CHECK(g.is_directed());
    CHECK(g.edge_count() == 6);  // a->b, b->a, b->c, c->a, c->d, d->c
    CHECK(std::vector<Graph::Vertex>(g.neighbours(0).begin(), g.neighbours(0).end()) == std::vector<Graph::Vertex>{1});
    CHECK(std::vector<Graph::Vertex>(g.neighbours(1).begin(), g.neighbours(1).end()) == std::vector<Graph::Vertex>{0, 2});
    CHECK(g.weights(1)[0] == 3.0);
    CHECK(std::vector<Graph::Vertex>(g.neighbours(2).begin(), g.neighbours(2).end()) == std::vector<Graph::Vertex>{0, 3});
    const Graph r = g.reversed();
    // In-neighbours: of a: b, c; of c: b, d.
    CHECK(std::vector<Graph::Vertex>(r.neighbours(0).begin(), r.neighbours(0).end()) == std::vector<Graph::Vertex>{1, 2});
    CHECK(std::vector<Graph::Vertex>(r.neighbours(2).begin(), r.neighbours(2).end()) == std::vector<Graph::Vertex>{1, 3});
    CHECK(r.weights(0)[0] == 3.0);  // b -> a
    // The undirected graph is unchanged: one edge a-b of weight 1 + 3.
    const Graph u = Graph::from_network(net);
    CHECK(!u.is_directed());
    CHECK(u.edge_count() == 4);
    CHECK(u.weights(0)[0] == 4.0);
}

TEST_CASE("directed betweenness, closeness and harmonic of the drawn cycle with a tail") {
    const Network net = cycle_with_tail();
    const Graph g = Graph::directed(net, all_of(net), {});
    const Graph r = g.reversed();
    // Paths through a: c->b, d->b; through b: a->c, a->d; through c: a->d, b->a, b->d,
    // d->a, d->b; through d: none. Normalised by (n-1)(n-2) = 6.
    for (bool weighted : {false, true}) {  // all weights 1: the same paths
        INFO("weighted " << weighted);
        for (unsigned threads : {1u, 2u}) {
            Betweenness b(g, weighted, threads);
            b.run();
            CHECK(b.scores() == std::vector<double>{2, 2, 5, 0});
            CHECK(b.normalized_scores()[0] == doctest::Approx(1.0 / 3.0));
            CHECK(b.normalized_scores()[2] == doctest::Approx(5.0 / 6.0));
        }
        // out: a reaches 3 at 1+2+3 = 6 -> 3/6 = 0.5; b 1+2+2 = 5 -> 0.6; c 1+1+2 -> 0.75; d 1+2+3 -> 0.5.
        Closeness out(g, weighted);
        out.run();
        CHECK(out.scores()[0] == doctest::Approx(0.5));
        CHECK(out.scores()[1] == doctest::Approx(0.6));
        CHECK(out.scores()[2] == doctest::Approx(0.75));
        CHECK(out.scores()[3] == doctest::Approx(0.5));
        // in: a is reached from b 2, c 1, d 2 -> 0.6; b from a 1, c 2, d 3 -> 0.5; c 2+1+1 -> 0.75; d 3+2+1 -> 0.5.
        Closeness in(r, weighted);
        in.run();
        CHECK(in.scores()[0] == doctest::Approx(0.6));
        CHECK(in.scores()[1] == doctest::Approx(0.5));
        CHECK(in.scores()[2] == doctest::Approx(0.75));
        CHECK(in.scores()[3] == doctest::Approx(0.5));
        // harmonic ÷ (n-1): out of a = (1 + 1/2 + 1/3)/3 = 11/18; in of d the same; in of a = (1/2 + 1 + 1/2)/3 = 2/3.
        Harmonic hout(g, weighted), hin(r, weighted);
        hout.run();
        hin.run();
        CHECK(hout.scores()[0] == doctest::Approx(11.0 / 18.0));
        CHECK(hin.scores()[3] == doctest::Approx(11.0 / 18.0));
        CHECK(hin.scores()[0] == doctest::Approx(2.0 / 3.0));
    }
    // 5 arcs, c->d and d->c each other's reverse: 2/5. In-degrees 1, 1, 2, 1: Σ(2 - d) / 3² = 3/9.
    CHECK(*reciprocity(g) == doctest::Approx(0.4));
    CHECK(directed_degree_centralization(r) == doctest::Approx(1.0 / 3.0));
    CHECK(directed_degree_centralization(g) == doctest::Approx(1.0 / 3.0));
    CHECK(!reciprocity(Graph::directed(test::small_network({"x"}, {}), std::vector<std::size_t>{0}, {})).has_value());
}

TEST_CASE("directed weighted betweenness follows the shorter (stronger) arcs") {
    // The tie c -- d weighs 4 (distance 1/4): the paths do not change (each is unique),
    // so the scores stay those of the unweighted graph, while closeness sees shorter distances.
    const Network net = cycle_with_tail(4.0);
    const Graph g = Graph::directed(net, all_of(net), {});
    Betweenness b(g, true, 1);
    b.run();
    CHECK(b.scores() == std::vector<double>{2, 2, 5, 0});
    Closeness out(g, true);
    out.run();
    // c reaches a 1, d 0.25, b 2: (3/3.25) * (3/3).
    CHECK(out.scores()[2] == doctest::Approx(3.0 / 3.25));
}

TEST_CASE("directed PageRank and HITS of a drawn two-hub star") {
    //   h ──▶ x ◀── k        h points to x, y and z; k to x only. x, y, z are dangling.
    //   │ ╲
    //   ▼   ▼
    //   y    z
    Network net = test::small_network({"h", "k", "x", "y", "z"}, {{"h", "x"}, {"h", "y"}, {"h", "z"}, {"k", "x"}});
    for (Tie& t : net.ties) t.directed = true;
    const Graph g = Graph::directed(net, all_of(net), {});

    // Nobody links to h and k: each gets b = (1-d)/5 + d D/5 with D = 1 - 2b the dangling
    // mass, so b = 1/(5 + 2d) = 1/6.7; x = b + d(b/3 + b), y = z = b + d b/3.
    PageRank pr(g);
    pr.run();
    const double b = 1.0 / 6.7;
    CHECK(pr.scores()[0] == doctest::Approx(b).epsilon(1e-10));
    CHECK(pr.scores()[1] == doctest::Approx(b).epsilon(1e-10));
    CHECK(pr.scores()[2] == doctest::Approx(b * (1.0 + 0.85 * 4.0 / 3.0)).epsilon(1e-10));
    CHECK(pr.scores()[3] == doctest::Approx(b * (1.0 + 0.85 / 3.0)).epsilon(1e-10));

    // Authorities: the leading eigenvector of AᵀA = [[2,1,1],[1,1,1],[1,1,1]] on x, y, z is
    // (√2, 1, 1) (eigenvalue 2 + √2); hubs A a = (2 + √2, √2) on h, k. Each summed to 1.
    Hits hits(g);
    hits.run();
    const double r2 = std::sqrt(2.0);
    CHECK(hits.authorities()[2] == doctest::Approx(r2 - 1.0).epsilon(1e-9));
    CHECK(hits.authorities()[3] == doctest::Approx(1.0 / (2.0 + r2)).epsilon(1e-9));
    CHECK(hits.authorities()[0] == 0.0);
    CHECK(hits.hubs()[0] == doctest::Approx(1.0 / r2).epsilon(1e-9));
    CHECK(hits.hubs()[1] == doctest::Approx(1.0 - 1.0 / r2).epsilon(1e-9));
    CHECK(hits.hubs()[2] == 0.0);

    // No arc at all: every score 0.
    const Network lone = test::small_network({"p", "q"}, {});
    const Graph empty = Graph::directed(lone, all_of(lone), {});
    Hits none(empty);
    none.run();
    CHECK(none.hubs() == std::vector<double>{0.0, 0.0});
}

TEST_CASE("edge betweenness and bridges of a drawn triangle with a tail") {
    //   a ─── b ─── c        the triangle a, b, d and the tail b - c: b - c is the only bridge.
    //    ╲   │
    //      d
    // Shortest paths (unordered pairs): a-b [ab], a-c [ab bc], a-d [ad], b-c [bc],
    // b-d [bd], c-d [bc bd]: ab 2, ad 1, bd 2, bc 3; each ordered pair counts, ÷ n(n-1) = 12.
    const Network net = test::small_network({"a", "b", "c", "d"}, {{"a", "b"}, {"a", "d"}, {"b", "d"}, {"b", "c"}});
    const Graph g = Graph::from_network(net);
    EdgeBetweenness eb(g, false, 2);
    eb.run();
    const std::vector<unsigned char> bridge = bridges(g);
    auto at = [&](Graph::Vertex v, Graph::Vertex w) {
        const auto ns = g.neighbours(v);
        return g.offsets()[v] + static_cast<std::size_t>(std::find(ns.begin(), ns.end(), w) - ns.begin());
    };
    CHECK(eb.scores()[at(0, 1)] == doctest::Approx(4.0 / 12.0));
    CHECK(eb.scores()[at(1, 0)] == doctest::Approx(4.0 / 12.0));
    CHECK(eb.scores()[at(0, 3)] == doctest::Approx(2.0 / 12.0));
    CHECK(eb.scores()[at(1, 3)] == doctest::Approx(4.0 / 12.0));
    CHECK(eb.scores()[at(1, 2)] == doctest::Approx(6.0 / 12.0));
    CHECK(bridge[at(1, 2)] == 1);
    CHECK(bridge[at(2, 1)] == 1);
    CHECK(bridge[at(0, 1)] == 0);
    CHECK(bridge[at(0, 3)] == 0);

    // Through the cache and the report rows: each edge once, first end in file order.
    AnalysisCache cache(net);
    const TiesReport ties = compute_ties(cache);
    REQUIRE(ties.ties.size() == 4);
    CHECK(ties.ties[0].source == "a");
    CHECK(ties.ties[0].target == "b");
    CHECK(ties.ties[3].source == "b");
    CHECK(ties.ties[3].target == "d");
    CHECK(ties.ties[2].target == "c");
    CHECK(ties.ties[2].bridge);
    CHECK(ties.ties[2].edge_betweenness == doctest::Approx(0.5));
}

TEST_CASE("directed edge betweenness: every arc of the cycle with a tail") {
    // Arcs on the 12 ordered pairs' paths: a->b 5 (a->b, a->c, a->d, c->b, d->b), b->c 5,
    // c->a 5, c->d 3 (a->d, b->d, c->d), d->c 3; ÷ n(n-1) = 12. c - d is a bridge of the
    // undirected view, so both its arcs say so.
    const Network net = cycle_with_tail();
    AnalysisOptions o;
    o.directed = true;
    AnalysisCache cache(net, o);
    const TiesReport ties = compute_ties(cache);
    REQUIRE(ties.ties.size() == 5);
    const std::vector<std::pair<std::string, std::string>> arcs = {{"a", "b"}, {"b", "c"}, {"c", "a"}, {"c", "d"}, {"d", "c"}};
    for (std::size_t i = 0; i < 5; ++i) {
        INFO(arcs[i].first << " -> " << arcs[i].second);
        CHECK(ties.ties[i].source == arcs[i].first);
        CHECK(ties.ties[i].target == arcs[i].second);
        CHECK(ties.ties[i].edge_betweenness == doctest::Approx(i < 3 ? 5.0 / 12.0 : 3.0 / 12.0));
        CHECK(ties.ties[i].bridge == (i >= 3));
    }
    CHECK(format_ties_csv(ties).rfind("source,target,edge_betweenness,bridge\na,b,", 0) == 0);
}

TEST_CASE("metrics --directed: direction keys only with it, and without it nothing changes") {
    const Network net = cycle_with_tail();
    MetricsOptions plain;
    const MetricsReport before = compute_metrics(net, plain);
    for (const std::string& key : before.actor_columns) CHECK(key.rfind("in_", 0) != 0);
    CHECK(std::find(before.region_columns.begin(), before.region_columns.end(), "reciprocity") == before.region_columns.end());
    plain.only = {"in_degree"};
    CHECK_THROWS_WITH_AS((void)compute_metrics(net, plain),
                         "metric 'in_degree' reads tie direction: add --directed (Python: directed=True)", UsageError);

    MetricsOptions directed;
    directed.analysis.directed = true;
    const MetricsReport after = compute_metrics(net, directed);
    CHECK(after.directed);
    CHECK(std::get<std::int64_t>(*after.actor_value("c", "in_degree")) == 2);
    CHECK(std::get<double>(*after.actor_value("c", "betweenness")) == doctest::Approx(5.0 / 6.0));
    CHECK(std::get<double>(*after.region_value("*", "reciprocity")) == doctest::Approx(0.4));
    // Undirected keys keep their undirected values: c is the undirected graph's only cut point.
    CHECK(std::get<std::int64_t>(*after.actor_value("c", "degree")) == std::get<std::int64_t>(*before.actor_value("c", "degree")));
    CHECK(std::get<double>(*after.actor_value("c", "closeness")) == std::get<double>(*before.actor_value("c", "closeness")));
    CHECK(std::get<std::int64_t>(*after.actor_value("c", "cut_point")) == 1);
    directed.analysis.approx_epsilon = 0.1;
    CHECK_THROWS_AS((void)compute_metrics(net, directed), UsageError);
}

TEST_CASE("HITS says when its power iteration does not converge") {
    //  v0 <-> v1 <-> ... <-> v2999   (undirected ties, read as arcs both ways): AᵀA = A², whose two
    //  largest eigenvalues (the squares of the chain's) differ by about 1e-6 relatively, so 10,000
    //  steps cannot reach the tolerance; the drawn two-hub star above converges.
    std::vector<test::ActorSpec> actors;
    std::vector<test::TieSpec> ties;
    for (std::size_t i = 0; i < 3000; ++i) actors.push_back({"v" + std::to_string(i)});
    for (std::size_t i = 0; i + 1 < 3000; ++i) ties.push_back({actors[i].id, actors[i + 1].id});
    const Network net = test::regional_network(std::move(actors), std::move(ties));
    const Graph g = Graph::directed(net, all_of(net), {});
    Hits hits(g);
    hits.run();
    CHECK_FALSE(hits.converged());
    CHECK(hits.last_change() > 0.0);
    CHECK(hits.iterations() == Hits::max_iterations);

    Network star = test::small_network({"h", "x", "y"}, {{"h", "x"}, {"h", "y"}});
    for (Tie& t : star.ties) t.directed = true;
    const Graph gs = Graph::directed(star, all_of(star), {});
    Hits small(gs);
    small.run();
    CHECK(small.converged());
}
