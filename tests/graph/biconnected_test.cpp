#include <doctest/doctest.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "ecosys/graph/biconnected.hpp"
#include "graph/drawn_graphs.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;
using Blocks = std::vector<std::vector<Graph::Vertex>>;

TEST_CASE("blocks and cut vertices of a drawn graph") {
    //   a --- b             e --- f
    //    \   /              |     |
    //     \ /               |     |
    //      c ----- d ------ g --- h        j (no ties)
    //                       |
    //                       i
    // ids a=0 .. j=9. Blocks: the triangle {a, b, c}, the bridges {c, d}, {d, g},
    // {g, i} and the square {e, f, g, h}. Cut vertices: c, d, g.
    const Graph g = Graph::from_network(small_network(
        {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"},
        {{"a", "b"}, {"b", "c"}, {"a", "c"}, {"c", "d"}, {"d", "g"}, {"e", "f"}, {"f", "h"}, {"g", "h"}, {"e", "g"},
         {"g", "i"}}));
    const BiconnectedComponents bc = biconnected_components(g);

    // Numbered in CSR order of their first edge: a's, then c-d, d-g, e's, g-i.
    CHECK(bc.blocks == Blocks{{0, 1, 2}, {2, 3}, {3, 6}, {4, 5, 6, 7}, {6, 8}});
    CHECK(bc.count() == 5);
    CHECK(bc.articulation_points == std::vector<Graph::Vertex>{2, 3, 6});
    CHECK(articulation_points(g) == std::vector<Graph::Vertex>{2, 3, 6});

    // Both halves of each edge carry its block: g's list is d, e, h, i.
    REQUIRE(g.degree(6) == 4);
    const std::size_t at_g = g.offsets()[6];
    CHECK(bc.block_of_edge[at_g + 0] == 2);  // g-d
    CHECK(bc.block_of_edge[at_g + 1] == 3);  // g-e
    CHECK(bc.block_of_edge[at_g + 2] == 3);  // g-h
    CHECK(bc.block_of_edge[at_g + 3] == 4);  // g-i
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v)
        for (std::size_t i = g.offsets()[v]; i < g.offsets()[v + 1]; ++i) {
            const Graph::Vertex w = g.targets()[i];
            const auto back = std::lower_bound(g.neighbours(w).begin(), g.neighbours(w).end(), v);
            CHECK(bc.block_of_edge[i] == bc.block_of_edge[g.offsets()[w] + (back - g.neighbours(w).begin())]);
        }
}

TEST_CASE("a cycle is one block without cut vertices; a path is all bridges") {
    //   0 --- 1          4 --- 5 --- 6
    //   |     |
    //   3 --- 2
    const std::vector<std::pair<Graph::Vertex, Graph::Vertex>> edges{{0, 1}, {1, 2}, {2, 3}, {0, 3}, {4, 5}, {5, 6}};
    const BiconnectedComponents bc = biconnected_components(Graph::from_edges(7, edges));
    CHECK(bc.blocks == Blocks{{0, 1, 2, 3}, {4, 5}, {5, 6}});
    CHECK(bc.articulation_points == std::vector<Graph::Vertex>{5});
}

TEST_CASE("a vertex whose blocks interleave in its list is listed once per block") {
    //       1           0's list is 1, 2, 3, 4: blocks {0,1,3}, {0,2,4}, {0,1,3}, {0,2,4}.
    //     / |
    //   0 - 3     0 - 2 - 4 - 0
    const std::vector<std::pair<Graph::Vertex, Graph::Vertex>> edges{{0, 1}, {1, 3}, {0, 3}, {0, 2}, {2, 4}, {0, 4}};
    const BiconnectedComponents bc = biconnected_components(Graph::from_edges(5, edges));
    CHECK(bc.blocks == Blocks{{0, 1, 3}, {0, 2, 4}});
    CHECK(bc.block_of_edge[0] == 0);
    CHECK(bc.block_of_edge[1] == 1);
    CHECK(bc.block_of_edge[2] == 0);
    CHECK(bc.block_of_edge[3] == 1);
    CHECK(bc.articulation_points == std::vector<Graph::Vertex>{0});
}

TEST_CASE("no edges, no blocks") {
    CHECK(biconnected_components(Graph::from_edges(0, {})).count() == 0);
    const BiconnectedComponents bc = biconnected_components(Graph::from_edges(3, {}));
    CHECK(bc.count() == 0);
    CHECK(bc.articulation_points.empty());
    CHECK(articulation_points(Graph::from_edges(3, {})).empty());
}

TEST_CASE("a random graph: the blocks and cut vertices NetworkX finds") {
    // networkx 2.8.8: G = nx.gnm_random_graph(30, 40, seed=2);
    // sorted(nx.articulation_points(G)), sorted(sorted(c) for c in nx.biconnected_components(G)).
    const Graph g = test::gnm_30_40_seed_2();
    BiconnectedComponents bc = biconnected_components(g);
    CHECK(bc.articulation_points == std::vector<Graph::Vertex>{1, 5, 8, 12, 16, 19, 23, 29});
    std::sort(bc.blocks.begin(), bc.blocks.end());
    CHECK(bc.blocks == Blocks{{0, 1, 2, 5, 7, 10, 11, 13, 14, 16, 17, 18, 21, 23, 25, 27, 28, 29},
                              {1, 19},
                              {4, 5},
                              {5, 26},
                              {6, 19},
                              {8, 9},
                              {8, 16},
                              {12, 20},
                              {12, 24, 29},
                              {22, 23}});
    CHECK(articulation_points(g) == bc.articulation_points);
}
