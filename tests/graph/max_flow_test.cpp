#include <doctest/doctest.h>

#include <filesystem>
#include <utility>
#include <vector>

#include "ecosys/error.hpp"
#include "ecosys/graph/max_flow.hpp"
#include "ecosys/io/reader.hpp"
#include "graph/drawn_graphs.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

TEST_CASE("flow across the example: capacity by weight, or one per edge") {
    const Graph g = test::stoer_wagner_example();  // drawn_graphs.hpp
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
    const Graph g = test::stoer_wagner_example();  // drawn_graphs.hpp
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

TEST_CASE("vertex-disjoint paths: one shared actor is one path") {
    //   a           d        a to d: two edge-disjoint paths (a-c-d, a-b-c-e-d),
    //   | \       / |        but both pass through c: one vertex-disjoint path.
    //   |   c       |
    //   | /       \ |
    //   b           e
    const Graph g = Graph::from_network(small_network(
        {"a", "b", "c", "d", "e"}, {{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "d"}, {"c", "e"}, {"d", "e"}}));
    CHECK(max_flow(g, 0, 3, false) == 2);
    CHECK(vertex_disjoint_paths(g, 0, 3) == 1);
    CHECK(vertex_disjoint_paths(g, 0, 1) == 2);  // the tie a-b, and a-c-b
    CHECK(vertex_disjoint_paths(g, 2, 3) == 2);  // c-d, and c-e-d
    const Graph apart = Graph::from_edges(3, {});
    CHECK(vertex_disjoint_paths(apart, 0, 2) == 0);
    CHECK_THROWS_WITH_AS((void)vertex_disjoint_paths(g, 1, 1), "a flow needs two different ends; both are vertex 1",
                         UsageError);
}

TEST_CASE("flow ends must be two different vertices") {
    const Graph g = test::stoer_wagner_example();  // drawn_graphs.hpp
    CHECK_THROWS_WITH_AS((void)max_flow(g, 3, 3, false), "a flow needs two different ends; both are vertex 3",
                         UsageError);
    CHECK_THROWS_WITH_AS((void)max_flow(g, 0, 8, false), "flow end 8 is not a vertex; the graph has 8 (0 .. 7)",
                         UsageError);
}

TEST_CASE("a random graph: edge- and vertex-disjoint paths as NetworkX counts them") {
    // networkx 2.8.8: G = nx.gnm_random_graph(30, 40, seed=2) (as in biconnected_test.cpp);
    // edge_connectivity(G, s, t) and node_connectivity(G, s, t); 0 where t is out of reach.
    const Graph g = test::gnm_30_40_seed_2();
    struct Expected {
        Graph::Vertex s, t;
        double edge_paths;
        std::size_t vertex_paths;
    };
    for (const Expected& e : {Expected{0, 16, 2, 2}, Expected{5, 11, 6, 6}, Expected{11, 29, 3, 3},
                              Expected{14, 16, 4, 4}, Expected{0, 12, 2, 1}, Expected{5, 24, 2, 1},
                              Expected{3, 5, 0, 0}}) {
        CAPTURE(e.s);
        CAPTURE(e.t);
        CHECK(max_flow(g, e.s, e.t, false) == e.edge_paths);
        CHECK(vertex_disjoint_paths(g, e.s, e.t) == e.vertex_paths);
    }
}

TEST_CASE("Zachary's karate club: the values NetworkX finds") {
    // networkx 2.8.8, parallel ties summed into weight, Mr Hi = 0, John A = 33:
    // maximum_flow_value with capacity = weight on both arcs of every edge: 22;
    // edge_connectivity(G, 0, 33): 10; node_connectivity(G, 0, 33): 6; minimum_cut's
    // side of Mr Hi: the 16 below.
    const Network net = load_network(std::filesystem::path(ECOSYS_NETWORKS_DIR) / "zachary-karate-club.json").network;
    const Graph g = Graph::from_network(net);
    REQUIRE(net.actors[g.actor(0)].id == "Mr Hi");
    REQUIRE(net.actors[g.actor(33)].id == "John A");
    CHECK(max_flow(g, 0, 33, true) == 22);
    CHECK(max_flow(g, 0, 33, false) == 10);
    CHECK(vertex_disjoint_paths(g, 0, 33) == 6);
    CHECK(min_st_cut(g, 0, 33, true).source_side ==
          std::vector<Graph::Vertex>{0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 16, 17, 19, 21});
}
