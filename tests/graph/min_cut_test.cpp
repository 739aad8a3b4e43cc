#include <doctest/doctest.h>

#include <filesystem>
#include <vector>

#include "ecosys/error.hpp"
#include "ecosys/graph/min_cut.hpp"
#include "ecosys/io/reader.hpp"
#include "graph/drawn_graphs.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;

namespace {

/// Total weight (or count) of the edges with exactly one end in `side`.
double crossing(const Graph& g, const std::vector<Graph::Vertex>& side, bool weighted) {
    std::vector<bool> in(g.vertex_count(), false);
    for (Graph::Vertex v : side) in[v] = true;
    double sum = 0;
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v)
        for (std::size_t i = g.offsets()[v]; i < g.offsets()[v + 1]; ++i)
            if (in[v] && !in[g.targets()[i]]) sum += weighted ? g.edge_weights()[i] : 1.0;
    return sum;
}

}  // namespace

TEST_CASE("Stoer-Wagner's example: weighted cut 4, unweighted 2") {
    const Graph g = test::stoer_wagner_example();  // drawn_graphs.hpp
    const MinCut weighted = stoer_wagner_min_cut(g, true);
    CHECK(weighted.value == 4);
    CHECK(weighted.side == std::vector<Graph::Vertex>{2, 3, 6, 7});  // the side without vertex 0 ("1")
    CHECK(crossing(g, weighted.side, true) == 4);

    const MinCut unweighted = stoer_wagner_min_cut(g, false);
    CHECK(unweighted.value == 2);  // networkx 2.8.8 stoer_wagner with weight 1: 2
    REQUIRE(!unweighted.side.empty());
    CHECK(unweighted.side.front() != 0);
    CHECK(crossing(g, unweighted.side, false) == 2);
}

TEST_CASE("a disconnected graph has a cut of value 0 along its components") {
    //   0 --- 1     2 --- 3
    //          \   /
    //            (none)
    const std::vector<std::pair<Graph::Vertex, Graph::Vertex>> edges{{0, 1}, {2, 3}};
    const Graph g = Graph::from_edges(4, edges);
    const MinCut cut = stoer_wagner_min_cut(g, false);
    CHECK(cut.value == 0);
    CHECK(crossing(g, cut.side, false) == 0);
    CHECK(!cut.side.empty());
    CHECK(cut.side.size() < 4);
}

TEST_CASE("a minimum cut needs two actors") {
    CHECK_THROWS_WITH_AS((void)stoer_wagner_min_cut(Graph::from_edges(1, {}), false),
                         "a minimum cut needs at least 2 actors; the graph has 1", UsageError);
}

TEST_CASE("Zachary's karate club: the values NetworkX finds") {
    // networkx 2.8.8 stoer_wagner on the weighted club (parallel ties summed):
    // 3 (Actor 19 alone); with weight 1: 1 (Actor 12, of degree 1, alone).
    const Network net = load_network(std::filesystem::path(ECOSYS_NETWORKS_DIR) / "zachary-karate-club.json").network;
    const Graph g = Graph::from_network(net);
    const MinCut weighted = stoer_wagner_min_cut(g, true);
    CHECK(weighted.value == 3);
    CHECK(crossing(g, weighted.side, true) == 3);
    const MinCut unweighted = stoer_wagner_min_cut(g, false);
    CHECK(unweighted.value == 1);
    CHECK(crossing(g, unweighted.side, false) == 1);
}
