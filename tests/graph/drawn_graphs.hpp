#pragma once
// Graphs drawn once for the tests of graph/ that share them.

#include <utility>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "metrics/small_network.hpp"

namespace ecosys::test {

// Stoer and Wagner's example graph (J. ACM 1997, fig. 1); ids 1..8 are vertices 0..7,
// the numbers on the ties their weights.
//
//   1 --2-- 2 --3-- 3 --4-- 4
//   |     / |       |     / |
//   3   2   2       2   2   2
//   | /     |       | /     |
//   5 --3-- 6 --1-- 7 --3-- 8
//
// Cheapest cut: {3, 4, 7, 8} | {1, 2, 5, 6}, across 2-3 (3) and 6-7 (1): 4.
// Fewest edges: vertex 1 or 8 alone (degree 2).
inline Graph stoer_wagner_example() {
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

// NetworkX 2.8.8's nx.gnm_random_graph(30, 40, seed=2): 30 vertices, 40 edges, vertex
// 3 and 15 alone; the reference values are computed from it in each test.
inline Graph gnm_30_40_seed_2() {
    const std::vector<std::pair<Graph::Vertex, Graph::Vertex>> edges{
        {0, 7},   {0, 27},  {1, 2},   {1, 19},  {1, 28},  {2, 11},  {4, 5},   {5, 7},   {5, 10},  {5, 13},
        {5, 14},  {5, 17},  {5, 26},  {5, 28},  {6, 19},  {8, 9},   {8, 16},  {10, 29}, {11, 14}, {11, 16},
        {11, 17}, {11, 18}, {11, 25}, {11, 27}, {12, 20}, {12, 24}, {12, 29}, {13, 23}, {13, 28}, {14, 25},
        {14, 29}, {16, 27}, {16, 28}, {16, 29}, {17, 21}, {18, 21}, {21, 27}, {22, 23}, {23, 25}, {24, 29}};
    return Graph::from_edges(30, edges);
}

}  // namespace ecosys::test
