#pragma once
// Vertex orders that keep neighbours close, for Graph::relabeled().

#include <cstddef>
#include <vector>

#include "ecosys/graph/graph.hpp"

namespace ecosys {

/// The (reverse) Cuthill–McKee order: a breadth-first order from a pseudo-peripheral
/// vertex of each component, neighbours taken by ascending degree, which keeps the
/// ids of neighbours close (a narrow band around the diagonal of the adjacency
/// matrix). order[i] is the vertex to put at position i: Graph::relabeled(order).
/// `reverse` (the usual choice) lists the same order backwards. Ties of weight 0
/// count. Boost.Graph's cuthill_mckee_ordering on the graph itself; O(m log d).
///
/// E. Cuthill, J. McKee (1969), Reducing the bandwidth of sparse symmetric matrices, ACM '69.
[[nodiscard]] std::vector<Graph::Vertex> cuthill_mckee_order(const Graph& graph, bool reverse = true);

/// The largest |u - v| over the graph's edges {u, v} (0 without edges). Boost.Graph's bandwidth; O(m).
[[nodiscard]] std::size_t bandwidth(const Graph& graph);

}  // namespace ecosys
