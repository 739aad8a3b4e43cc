#include <doctest/doctest.h>

#include <filesystem>
#include <vector>

#include "ecosys/error.hpp"
#include "ecosys/graph/max_flow.hpp"
#include "ecosys/io/reader.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

namespace {

// Stoer and Wagner's example graph (as in min_cut_test.cpp); ids 1..8 are vertices 0..7.
//
//   1 --2-- 2 --3-- 3 --4-- 4
//   |     / |       |     / |
//   3   2   2       2   2   2
//   | /     |       | /     |
//   5 --3-- 6 --1-- 7 --3-- 8
Graph example() {
    return Graph::from_network(small_network({"1", "2", "3", "4", "5", "6", "7", "8"},
                                             {{"1", "2", 2},
                                              {"1", "5", 3},
                                              {"2", "3", 3},
                                              {"2", "5", 2},
                                              {"2", "6", 2},
                                              {"3", "4", 4},
                                              {"3", "7", 2},
                                              {"4", "7", 2},
                                              {"4", "8", 2},
                                              {"5", "6", 3},
                                              {"6", "7", 1},
                                              {"7", "8", 3}}));
}

}  // namespace

TEST_CASE("flow across the example: capacity by weight, or one per edge") {
    const Graph g = example();
    // 1 -> 8 weighted: the left half {1, 2, 5, 6} sends at most 3 (2-3) + 1 (6-7) = 4.
    CHECK(max_flow(g, 0, 7, true) == 4);
    // Unweighted, 1 and 8 have two edges each: two edge-disjoint paths.
    CHECK(max_flow(g, 0, 7, false) == 2);
    // 2 -> 7 unweighted: degree 4 each, but only 2-3 and 6-7 cross the middle.
    CHECK(max_flow(g, 1, 6, false) == 2);
    CHECK(max_flow(g, 1, 6, true) == 4);
    // Symmetric in an undirected graph.
    CHECK(max_flow(g, 7, 0, true) == 4);
}

TEST_CASE("the minimum s-t cut: the side s still reaches") {
    const Graph g = example();
    const StCut cut = min_st_cut(g, 0, 7, true);
    CHECK(cut.value == 4);
    CHECK(cut.source_side == std::vector<Graph::Vertex>{0, 1, 4, 5});  // 1, 2, 5, 6 (networkx minimum_cut too)
    const StCut unit = min_st_cut(g, 0, 7, false);
    CHECK(unit.value == 2);
    CHECK(unit.source_side == std::vector<Graph::Vertex>{0});  // both of 1's edges are saturated
}

TEST_CASE("no path, no flow; a tie of weight 0 carries nothing") {
    //   a --- b     c        d --(0)-- e
    const Graph g = Graph::from_network(small_network({"a", "b", "c", "d", "e"}, {{"a", "b"}, {"d", "e", 0}}));
    CHECK(max_flow(g, 0, 2, false) == 0);
    CHECK(max_flow(g, 3, 4, true) == 0);
    CHECK(max_flow(g, 3, 4, false) == 1);
    CHECK(min_st_cut(g, 0, 2, false).source_side == std::vector<Graph::Vertex>{0, 1});
}

TEST_CASE("flow ends must be two different vertices") {
    const Graph g = example();
    CHECK_THROWS_WITH_AS((void)max_flow(g, 3, 3, false), "a flow needs two different ends; both are vertex 3",
                         UsageError);
    CHECK_THROWS_WITH_AS((void)max_flow(g, 0, 8, false), "flow end 8 is not a vertex; the graph has 8 (0 .. 7)",
                         UsageError);
}

TEST_CASE("Zachary's karate club: the values NetworkX finds") {
    // networkx 2.8.8, parallel ties summed into weight, Mr Hi = 0, John A = 33:
    // maximum_flow_value with capacity = weight on both arcs of every edge: 22;
    // edge_connectivity(G, 0, 33): 10; minimum_cut's side of Mr Hi: the 16 below.
    const Network net = load_network(std::filesystem::path(ECOSYS_NETWORKS_DIR) / "zachary-karate-club.json").network;
    const Graph g = Graph::from_network(net);
    REQUIRE(net.actors[g.actor(0)].id == "Mr Hi");
    REQUIRE(net.actors[g.actor(33)].id == "John A");
    CHECK(max_flow(g, 0, 33, true) == 22);
    CHECK(max_flow(g, 0, 33, false) == 10);
    CHECK(min_st_cut(g, 0, 33, true).source_side ==
          std::vector<Graph::Vertex>{0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 16, 17, 19, 21});
}
