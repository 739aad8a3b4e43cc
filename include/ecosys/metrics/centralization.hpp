#pragma once
// Freeman centralization: how much one actor dominates a network.

#include <span>

#include "ecosys/graph/graph.hpp"

namespace ecosys {

/// Freeman degree centralization: sum over actors of (d_max - d(v)), divided by its
/// largest possible value (n-1)(n-2), reached by a star. In [0, 1]; 1 for a star,
/// 0 for a regular graph. Unweighted. 0 when n < 3. O(n).
///
/// L. C. Freeman (1979), Centrality in social networks: conceptual clarification,
/// Social Networks 1(3), 215-239.
[[nodiscard]] double degree_centralization(const Graph& graph);

/// Freeman centralization of the out-degree of a directed graph (Graph::directed();
/// pass its reversed() for the in-degree): sum over actors of (d_max - d(v)),
/// divided by its largest possible value (n-1)^2, reached by a star whose arcs all
/// point out (in). In [0, 1]. Unweighted. 0 when n < 2. O(n).
[[nodiscard]] double directed_degree_centralization(const Graph& graph);

/// Freeman betweenness centralization from the normalised betweenness of every actor
/// (Betweenness::normalized_scores()): sum of (b_max - b(v)) / (n-1), which is Freeman's
/// sum of raw differences over its star maximum (n-1)^2 (n-2)/2. In [0, 1]; 1 for a
/// star. 0 when n < 3. O(n).
[[nodiscard]] double betweenness_centralization(std::span<const double> normalized_betweenness);

}  // namespace ecosys
