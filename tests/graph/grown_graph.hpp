#pragma once
// Seeded random graphs grown one vertex at a time (preferential attachment), for the
// tests that want hubs and short paths; each test says how a new vertex picks its
// neighbours.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "ecosys/graph/graph.hpp"

namespace ecosys::test {

using GrownEdges = std::vector<std::pair<Graph::Vertex, Graph::Vertex>>;

/// Each new vertex v = 1, ..., n-1 ties to min(k, v) distinct earlier vertices, drawn
/// by pick(rng, v, chosen, edges, ends) until enough are found (a draw not earlier
/// than v, or chosen already, is drawn again). `ends` lists both ends of every tie
/// so far: a draw from it picks a vertex in proportion to its degree.
template <class Pick>
Graph grown_graph(std::size_t n, std::size_t k, std::uint64_t seed, Pick pick) {
    std::mt19937_64 rng(seed);
    GrownEdges edges;
    std::vector<Graph::Vertex> ends;
    for (Graph::Vertex v = 1; v < n; ++v) {
        std::vector<Graph::Vertex> chosen;
        while (chosen.size() < std::min<std::size_t>(k, v)) {
            const Graph::Vertex w = pick(rng, v, chosen, std::as_const(edges), std::as_const(ends));
            if (w < v && std::find(chosen.begin(), chosen.end(), w) == chosen.end()) chosen.push_back(w);
        }
        for (Graph::Vertex w : chosen) {
            edges.emplace_back(w, v);
            ends.push_back(w);
            ends.push_back(v);
        }
    }
    return Graph::from_edges(n, edges);
}

}  // namespace ecosys::test
