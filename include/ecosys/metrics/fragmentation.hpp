#pragma once
// Fragmentation of a network with some actors left out (Borgatti 2006).

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "ecosys/graph/graph.hpp"

namespace ecosys {

/// Sizes of the connected components of the graph without the vertices whose
/// `removed` flag is set (`removed` empty: none removed; else one flag per vertex),
/// in order of their first vertex. Every tie counts, whatever its weight. O(n + m).
[[nodiscard]] std::vector<std::size_t> component_sizes_without(const Graph& graph,
                                                               std::span<const std::uint8_t> removed = {});

/// Borgatti's fragmentation F = 1 - sum_k s_k (s_k - 1) / (n (n - 1)) over components
/// of sizes s_k, n = sum_k s_k: the share of ordered pairs of actors with no path
/// between them. 0 when n < 2 (no pairs). O(number of components).
[[nodiscard]] double fragmentation(std::span<const std::size_t> component_sizes);

/// Sum over components of s (s - 1): the ordered pairs that can still reach each
/// other; fragmentation() is 1 minus this over n (n - 1). Exact in integers.
[[nodiscard]] std::uint64_t connected_pairs(std::span<const std::size_t> component_sizes);

/// Borgatti's distance-weighted fragmentation DF = 1 - sum_{i != j} (1 / d_ij) /
/// (n (n - 1)) over the n vertices not removed, d_ij the number of steps (1 / d = 0
/// when j cannot be reached): 0 when every pair is tied, 1 when no pair is connected;
/// 0 when n < 2. Unweighted. One breadth-first search per vertex: O(n (n + m)).
[[nodiscard]] double distance_fragmentation(const Graph& graph, std::span<const std::uint8_t> removed = {});

/// For every vertex v not removed, connected_pairs() of the graph with v removed
/// as well (removed vertices get 0): one depth-first search (Hopcroft–Tarjan
/// low-points; the pieces a vertex leaves behind are its children's subtrees whose
/// low-point does not reach above it, plus the rest of its component). O(n + m)
/// for all vertices together, iterative (no recursion).
[[nodiscard]] std::vector<std::uint64_t> connected_pairs_without_each(const Graph& graph,
                                                                      std::span<const std::uint8_t> removed = {});

}  // namespace ecosys
