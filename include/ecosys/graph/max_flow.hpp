#pragma once
// Maximum flow and minimum cut between two actors.

#include <cstddef>
#include <vector>

#include "ecosys/graph/graph.hpp"

namespace ecosys {

/// A minimum s-t cut.
struct StCut {
    /// Total capacity of the edges across: the maximum flow value.
    double value = 0;
    /// The side of s, ascending: the actors s still reaches through edges with
    /// capacity left once a maximum flow runs (the cut closest to s).
    std::vector<Graph::Vertex> source_side;
};

/// The maximum flow from s to t, each undirected edge able to carry up to its
/// capacity in either direction: its weight when `weighted` (a tie of weight 0
/// carries nothing), 1 otherwise. Unweighted, this is the largest number of
/// edge-disjoint paths between s and t (independent introduction paths), which by
/// Menger's theorem is the fewest edges whose removal separates them (NetworkX
/// edge_connectivity(G, s, t)); weighted, NetworkX maximum_flow_value with
/// capacity = weight on both arcs of every edge. 0 when t is not reachable.
///
/// Boost.Graph's boykov_kolmogorov_max_flow on the graph's own arrays seen as 2m
/// arcs (each half-edge an arc, the other half its reverse); the only copies are the
/// per-arc residual capacities and reverse-arc offsets. Throws UsageError when s or t
/// is not a vertex or s == t.
[[nodiscard]] double max_flow(const Graph& graph, Graph::Vertex s, Graph::Vertex t, bool weighted);

/// The maximum flow value and the minimum cut on the side of s (see max_flow()).
[[nodiscard]] StCut min_st_cut(const Graph& graph, Graph::Vertex s, Graph::Vertex t, bool weighted);

/// The largest number of paths from s to t that share no actor besides s and t (a
/// tie between s and t counts as one path): how many independent intermediaries
/// could introduce them. By Menger's theorem, also the fewest other actors whose
/// removal separates s from t when they are not tied. As NetworkX
/// node_connectivity(G, s, t). Every tie counts, whatever its weight.
///
/// A unit-capacity maximum flow (Boost.Graph's push_relabel_max_flow) on a directed
/// copy with every actor split into an entry and an exit joined by one arc: O(n + m)
/// memory for the copy, O(n^2 sqrt(m)) time at worst, much less on sparse graphs.
/// Throws UsageError when s or t is not a vertex or s == t.
[[nodiscard]] std::size_t vertex_disjoint_paths(const Graph& graph, Graph::Vertex s, Graph::Vertex t);

}  // namespace ecosys
