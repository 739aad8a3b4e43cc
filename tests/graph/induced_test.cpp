// A part's graph built from its own actors' ties and projects (Graph::induced with an
// ActorIncidence) is the graph the pass over the whole network builds, bit for bit:
// edges, collapsed weights (added in the same order), direction flags, projected pairs.
#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <vector>

#include "ecosys/error.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/model/incidence.hpp"

using namespace ecosys;

namespace {

void check_same(const Graph& a, const Graph& b) {
    REQUIRE(a.vertex_count() == b.vertex_count());
    CHECK(a.is_directed() == b.is_directed());
    CHECK(a.offsets() == b.offsets());
    CHECK(a.targets() == b.targets());
    CHECK(a.edge_weights() == b.edge_weights());  // exactly: the same sums in the same order
    for (Graph::Vertex v = 0; v < a.vertex_count(); ++v) {
        CHECK(a.actor(v) == b.actor(v));
        const auto x = a.arcs(v), y = b.arcs(v);
        CHECK(std::equal(x.begin(), x.end(), y.begin(), y.end()));
    }
}

Network random_network(std::mt19937& rng) {
    Network net;
    const std::size_t n = 1 + rng() % 40;
    for (std::size_t i = 0; i < n; ++i) net.actors.push_back({"a" + std::to_string(i), "", "industry"});
    const std::size_t m = rng() % 120;
    for (std::size_t k = 0; k < m; ++k) {
        Tie t;
        t.source = rng() % n;
        t.target = rng() % n;  // self-loops and parallel ties too
        t.weight = 0.1 + (rng() % 100) / 7.0;
        t.directed = rng() % 3 == 0;
        net.ties.push_back(t);
    }
    const std::size_t p = rng() % 8;
    for (std::size_t k = 0; k < p; ++k) {
        Project project;
        project.id = "p" + std::to_string(k);
        for (std::size_t j = rng() % 7; j > 0; --j) project.participants.push_back(rng() % n);  // repeats too
        net.projects.push_back(project);
    }
    net.index();
    return net;
}

}  // namespace

TEST_CASE("induced with an incidence: the same graph as the pass over the whole network") {
    std::mt19937 rng(30);
    for (int round = 0; round < 200; ++round) {
        const Network net = random_network(rng);
        const ActorIncidence incidence(net);
        // A subset in ascending order (as regions are) or in any order.
        std::vector<std::size_t> part;
        for (std::size_t i = 0; i < net.actors.size(); ++i)
            if (rng() % 3) part.push_back(i);
        if (round % 2) std::shuffle(part.begin(), part.end(), rng);
        GraphOptions options;
        options.projects = round % 5 != 0;
        options.project_weighting = round % 3 == 0 ? ProjectWeighting::newman : ProjectWeighting::count;
        check_same(Graph::induced(net, part, options, incidence), Graph::induced(net, part, options));
        check_same(Graph::directed(net, part, options, incidence), Graph::directed(net, part, options));
        std::vector<std::size_t> all(net.actors.size());
        std::iota(all.begin(), all.end(), std::size_t{0});
        check_same(Graph::induced(net, all, options, incidence), Graph::from_network(net, options));
    }
}

TEST_CASE("induced with an incidence: the projected-pairs limit names the same project") {
    Network net;
    for (std::size_t i = 0; i < 12000; ++i) net.actors.push_back({"a" + std::to_string(i), "", "industry"});
    Project big;
    big.id = "big";
    for (std::size_t i = 0; i < 12000; ++i) big.participants.push_back(i);
    net.projects.push_back(big);
    net.index();
    const ActorIncidence incidence(net);
    std::vector<std::size_t> all(net.actors.size());
    std::iota(all.begin(), all.end(), std::size_t{0});
    const std::string message =
        "the projects stand for 71994000 ties between their participants (project 'big' alone 71994000), more than the "
        "50000000 a graph is built from (about 24 bytes each); analyse the ties alone with --no-projects, or leave the "
        "largest projects out (ecosys extract, or an edited file)";
    CHECK_THROWS_WITH_AS((void)Graph::induced(net, all, {}, incidence), message.c_str(), UsageError);
    CHECK_THROWS_WITH_AS((void)Graph::induced(net, all, {}), message.c_str(), UsageError);
    // One participant of the part: no pair, no refusal, next to no work.
    const std::vector<std::size_t> one = {7};
    CHECK(Graph::induced(net, one, {}, incidence).edge_count() == 0);
}
