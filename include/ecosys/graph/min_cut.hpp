#pragma once
// Global minimum cut (Stoer–Wagner).

#include <vector>

#include "ecosys/graph/graph.hpp"

namespace ecosys {

/// A cut of the graph into two non-empty sides.
struct MinCut {
    /// Sum of the weights of the edges across (unweighted: their number).
    double value = 0;
    /// The side without vertex 0, ascending; the other side is every other vertex.
    std::vector<Graph::Vertex> side;
};

/// A global minimum cut: two non-empty sides with the least total weight of the
/// edges between them (unweighted: the fewest edges, the graph's edge connectivity).
/// A disconnected graph has a cut of value 0. When several cuts share the least
/// value, which one is returned is the algorithm's choice. Value as NetworkX
/// stoer_wagner() (which refuses disconnected graphs).
///
/// Boost.Graph's stoer_wagner_min_cut on the graph itself: O(nm + n^2 log n) time,
/// O(n) memory besides the graph. Throws UsageError when the graph has fewer than 2
/// vertices.
///
/// M. Stoer, F. Wagner (1997), A simple min-cut algorithm, J. ACM 44(4).
[[nodiscard]] MinCut stoer_wagner_min_cut(const Graph& graph, bool weighted);

}  // namespace ecosys
