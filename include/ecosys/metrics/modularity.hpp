#pragma once
// Modularity of a partition.

#include <cstdint>
#include <span>

#include "ecosys/graph/graph.hpp"

namespace ecosys {

/// Newman-Girvan modularity of the partition `community` (one id per vertex):
/// Q = sum over communities c of [ L_c / m - resolution * (d_c / 2m)^2 ], where m is
/// the total tie weight, L_c the weight of the ties inside c and d_c the summed
/// degree (strength) of its actors. Unweighted unless `weighted` (then every weight
/// is the tie's strength). 0 for a graph without ties (m = 0), where NetworkX divides
/// by zero. As networkx.community.modularity(G, communities, weight, resolution).
/// O(n + m).
///
/// M. E. J. Newman, M. Girvan (2004), Finding and evaluating community structure in
/// networks, Phys. Rev. E 69, 026113; resolution: J. Reichardt, S. Bornholdt (2006),
/// Phys. Rev. E 74, 016110.
[[nodiscard]] double modularity(const Graph& graph, std::span<const std::uint32_t> community,
                                bool weighted = false, double resolution = 1.0);

}  // namespace ecosys
