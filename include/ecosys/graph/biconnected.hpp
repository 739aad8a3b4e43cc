#pragma once
// Cut vertices (articulation points) and biconnected components (blocks).

#include <cstdint>
#include <vector>

#include "ecosys/graph/graph.hpp"

namespace ecosys {

/// The blocks of a graph: maximal sets of edges in which every two edges lie on a
/// common simple cycle, or single edges that lie on none (bridges). Every edge is in
/// exactly one block; a vertex is in every block one of its edges is in, and a cut
/// vertex (articulation point) is one in two or more blocks: removing it disconnects
/// its component. Every tie counts, whatever its weight (as for components).
struct BiconnectedComponents {
    /// Block id of every half-edge, parallel to Graph::targets(): both halves of an
    /// edge hold the same id. Blocks are numbered 0, 1, ... in the order of their
    /// first edge in CSR order (ascending smallest vertex, then that vertex's smallest
    /// neighbour in the block).
    std::vector<std::uint32_t> block_of_edge;
    /// Vertices of each block, ascending. An actor without ties is in no block.
    std::vector<std::vector<Graph::Vertex>> blocks;
    /// Cut vertices, ascending.
    std::vector<Graph::Vertex> articulation_points;

    [[nodiscard]] std::size_t count() const noexcept { return blocks.size(); }
};

/// Blocks and cut vertices, as NetworkX biconnected_components() and
/// articulation_points(). Boost.Graph's biconnected_components (Hopcroft–Tarjan
/// depth-first search) on the graph itself; O(n + m) time and memory.
[[nodiscard]] BiconnectedComponents biconnected_components(const Graph& graph);

/// Bridges: 1 for each half-edge (parallel to Graph::targets()) whose edge is a
/// block by itself (a block of two vertices), so that removing that tie disconnects
/// its component; as NetworkX bridges(). From biconnected_components(); O(n + m).
[[nodiscard]] std::vector<unsigned char> bridges(const Graph& graph);

/// Cut vertices only, ascending: Boost.Graph's articulation_points; O(n + m).
[[nodiscard]] std::vector<Graph::Vertex> articulation_points(const Graph& graph);

}  // namespace ecosys
