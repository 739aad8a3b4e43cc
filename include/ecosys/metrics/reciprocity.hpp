#pragma once
// Reciprocity of a directed graph.

#include <optional>

#include "ecosys/graph/graph.hpp"

namespace ecosys {

/// Share of the arcs of a directed graph (Graph::directed()) whose reverse arc is
/// there too: NetworkX overall_reciprocity. An undirected tie is two arcs, each the
/// other's reverse, so it counts as reciprocated. Unweighted. Empty (no value) when
/// there is no arc. O(m log d).
[[nodiscard]] std::optional<double> reciprocity(const Graph& graph);

}  // namespace ecosys
