#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

#include "ecosys/error.hpp"
#include "ecosys/graph/ordering.hpp"
#include "ecosys/metrics/betweenness.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;
using Edges = std::vector<std::pair<Graph::Vertex, Graph::Vertex>>;

TEST_CASE("relabeled: vertex i is old vertex order[i], with its actor, weights and directions") {
    //   a --2-- b --3-- c        order {c, a, b}: c = 0, a = 1, b = 2
    Network net = small_network({"a", "b", "c"}, {{"a", "b", 2}, {"b", "c", 3}});
    net.ties[1].directed = true;  // b -> c
    const Graph g = Graph::from_network(net);
    const std::vector<Graph::Vertex> order{2, 0, 1};
    const Graph r = g.relabeled(order);

    CHECK(r.vertex_count() == 3);
    CHECK(r.edge_count() == 2);
    CHECK(r.actor(0) == 2);
    CHECK(r.actor(1) == 0);
    CHECK(r.actor(2) == 1);
    // c's only neighbour is b (now 2), weight 3, the tie runs into c.
    REQUIRE(r.degree(0) == 1);
    CHECK(r.neighbours(0)[0] == 2);
    CHECK(r.weights(0)[0] == 3);
    CHECK(r.arcs(0)[0] == Graph::arc_in);
    // b's list is sorted again: c (0) before a (1).
    REQUIRE(r.degree(2) == 2);
    CHECK(r.neighbours(2)[0] == 0);
    CHECK(r.neighbours(2)[1] == 1);
    CHECK(r.weights(2)[0] == 3);
    CHECK(r.weights(2)[1] == 2);
    CHECK(r.arcs(2)[0] == Graph::arc_out);
    CHECK(r.arcs(2)[1] == (Graph::arc_out | Graph::arc_in));
}

TEST_CASE("relabeled refuses what is not a permutation") {
    const Graph g = Graph::from_edges(3, Edges{{0, 1}});
    const std::vector<Graph::Vertex> short_order{0, 1};
    CHECK_THROWS_WITH_AS((void)g.relabeled(short_order), "a vertex order must list all 3 vertices; it lists 2",
                         UsageError);
    const std::vector<Graph::Vertex> repeated{0, 1, 1};
    CHECK_THROWS_WITH_AS((void)g.relabeled(repeated),
                         "a vertex order must be a permutation of 0 .. n-1; entry 2 is 1, listed before", UsageError);
    const std::vector<Graph::Vertex> outside{0, 1, 3};
    CHECK_THROWS_WITH_AS((void)g.relabeled(outside),
                         "a vertex order must be a permutation of 0 .. n-1; entry 2 is 3, not a vertex", UsageError);
}

TEST_CASE("Cuthill-McKee puts a scrambled path back in a line") {
    // The path 0 - 5 - 2 - 7 - 1 - 4 - 6 - 3: bandwidth 6 (7 - 1).
    const Edges edges{{0, 5}, {5, 2}, {2, 7}, {7, 1}, {1, 4}, {4, 6}, {6, 3}};
    const Graph g = Graph::from_edges(8, edges);
    CHECK(bandwidth(g) == 6);

    const std::vector<Graph::Vertex> order = cuthill_mckee_order(g);
    std::vector<Graph::Vertex> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    std::vector<Graph::Vertex> all(8);
    std::iota(all.begin(), all.end(), Graph::Vertex{0});
    CHECK(sorted == all);
    // Starting from an end of the path (pseudo-peripheral), the order walks along it.
    const bool forward = order == std::vector<Graph::Vertex>{0, 5, 2, 7, 1, 4, 6, 3};
    const bool backward = order == std::vector<Graph::Vertex>{3, 6, 4, 1, 7, 2, 5, 0};
    CHECK((forward || backward));
    CHECK(bandwidth(g.relabeled(order)) == 1);

    // Reverse Cuthill-McKee is the same list backwards.
    std::vector<Graph::Vertex> plain = cuthill_mckee_order(g, false);
    std::reverse(plain.begin(), plain.end());
    CHECK(plain == order);
}

TEST_CASE("Cuthill-McKee covers every component; empty graphs give empty orders") {
    //   0 - 3     1     2 - 4 - 5
    const Graph g = Graph::from_edges(6, Edges{{0, 3}, {2, 4}, {4, 5}});
    std::vector<Graph::Vertex> order = cuthill_mckee_order(g);
    std::sort(order.begin(), order.end());
    CHECK(order == std::vector<Graph::Vertex>{0, 1, 2, 3, 4, 5});
    CHECK(cuthill_mckee_order(Graph::from_edges(0, {})).empty());
    CHECK(bandwidth(Graph::from_edges(2, {})) == 0);
}

TEST_CASE("betweenness does not depend on the labels") {
    // A random graph (networkx 2.8.8 gnm_random_graph(30, 40, seed=2), as in biconnected_test.cpp),
    // relabeled by reverse Cuthill-McKee: every actor keeps its score.
    const Edges edges{{0, 7},   {0, 27},  {1, 2},   {1, 19},  {1, 28},  {2, 11},  {4, 5},   {5, 7},
                      {5, 10},  {5, 13},  {5, 14},  {5, 17},  {5, 26},  {5, 28},  {6, 19},  {8, 9},
                      {8, 16},  {10, 29}, {11, 14}, {11, 16}, {11, 17}, {11, 18}, {11, 25}, {11, 27},
                      {12, 20}, {12, 24}, {12, 29}, {13, 23}, {13, 28}, {14, 25}, {14, 29}, {16, 27},
                      {16, 28}, {16, 29}, {17, 21}, {18, 21}, {21, 27}, {22, 23}, {23, 25}, {24, 29}};
    const Graph g = Graph::from_edges(30, edges);
    const Graph r = g.relabeled(cuthill_mckee_order(g));
    CHECK(bandwidth(r) <= bandwidth(g));
    Betweenness before(g, false, 1), after(r, false, 1);
    before.run();
    after.run();
    for (Graph::Vertex v = 0; v < r.vertex_count(); ++v)
        CHECK(after.scores()[v] == doctest::Approx(before.scores()[r.actor(v)]).epsilon(1e-12));
}
