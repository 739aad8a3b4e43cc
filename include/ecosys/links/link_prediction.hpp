#pragma once
// Link prediction: scores for pairs of actors that are not tied yet, from the
// neighbourhoods of the two actors in the graph (docs/matching.md, "Link prediction").
// The graph is the Graph every metric runs on: undirected, simple (parallel ties
// one edge), self-loops left out. Definitions and values are NetworkX's
// (networkx.algorithms.link_prediction) on that graph, unweighted.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/graph/graph.hpp"

namespace ecosys {

enum class LinkMethod { common_neighbors, jaccard, adamic_adar, resource_allocation, preferential_attachment };

/// Every method, in the order help and the evaluation list them.
[[nodiscard]] const std::vector<LinkMethod>& link_methods();
/// "common_neighbors", "jaccard", ...
[[nodiscard]] std::string to_string(LinkMethod method);
/// The method named `name`, or nullopt.
[[nodiscard]] std::optional<LinkMethod> parse_link_method(std::string_view name);

/// What the neighbourhood methods read of a pair {u, v}: Γ(u) ∩ Γ(v) without u and v,
/// summarised. Built by merging the two sorted neighbour lists (pair_neighbourhood) or
/// by accumulating two-step paths (candidate_pairs.hpp).
struct PairNeighbourhood {
    std::size_t degree_u = 0, degree_v = 0;
    std::size_t common = 0;             ///< |Γ(u) ∩ Γ(v)|
    double inverse_log_degree = 0.0;    ///< Σ over common neighbours w of 1 / ln deg(w)
    double inverse_degree = 0.0;        ///< Σ over common neighbours w of 1 / deg(w)
};

/// The summary of {u, v} by merging neighbour lists: O(deg u + deg v).
[[nodiscard]] PairNeighbourhood pair_neighbourhood(const Graph& graph, Graph::Vertex u, Graph::Vertex v);

/// |Γ(u) ∩ Γ(v)|.
[[nodiscard]] double common_neighbors_score(const PairNeighbourhood& p);
/// |Γ(u) ∩ Γ(v)| / |Γ(u) ∪ Γ(v)|; 0 when both have no neighbours.
[[nodiscard]] double jaccard_score(const PairNeighbourhood& p);
/// Σ_{w ∈ Γ(u) ∩ Γ(v)} 1 / ln deg(w) (Adamic and Adar 2003).
[[nodiscard]] double adamic_adar_score(const PairNeighbourhood& p);
/// Σ_{w ∈ Γ(u) ∩ Γ(v)} 1 / deg(w) (Zhou, Lü and Zhang 2009).
[[nodiscard]] double resource_allocation_score(const PairNeighbourhood& p);
/// deg(u) · deg(v) (Barabási and Albert; Newman 2001).
[[nodiscard]] double preferential_attachment_score(const PairNeighbourhood& p);

/// The score of `method` from a pair's summary.
[[nodiscard]] double link_score(LinkMethod method, const PairNeighbourhood& p);
/// The score of `method` for the pair {u, v} of `graph` (tied or not, u != v).
[[nodiscard]] double link_score(const Graph& graph, LinkMethod method, Graph::Vertex u, Graph::Vertex v);

/// A scored pair of vertices, source < target.
struct ScoredPair {
    Graph::Vertex source = 0, target = 0;
    double score = 0.0;
};

/// The most pairs one run of `links` or `match` lists (--top): each is held in memory
/// with its ids while searched and written (a few hundred bytes a pair), so `links --top
/// 100000000` on a network of 60,000 actors (1.8·10^9 candidate pairs) ended in
/// std::bad_alloc. compute_links and compute_matches refuse more with a UsageError that
/// says how to list fewer or narrower pairs.
inline constexpr std::size_t max_listed_pairs = 1'000'000;

/// Which pairs may be listed: `allowed(u, v)`; empty = every pair.
using PairFilter = std::function<bool(Graph::Vertex, Graph::Vertex)>;

/// The `top` untied pairs with the highest score (top >= 1), highest first.
/// common_neighbors, jaccard, adamic_adar, resource_allocation: the candidates are
/// the pairs two steps apart (every other untied pair scores 0 and is not listed),
/// found from each vertex's two-step neighbourhood, O(Σ_w deg(w)²) time and O(n + top)
/// memory; equal scores in vertex order (source, then target).
/// preferential_attachment: every untied pair is a candidate; the best are taken from
/// the vertices in order of degree with a heap, O((top + m') log n) where m' counts the
/// tied or filtered-out pairs met on the way; equal scores in that degree order.
/// Pairs that fail `filter` are skipped.
[[nodiscard]] std::vector<ScoredPair> top_link_pairs(const Graph& graph, LinkMethod method, std::size_t top,
                                                     const PairFilter& filter = {});

/// Calls `visit(u, v, neighbourhood)` once for every untied pair {u < v} two steps
/// apart (at least one common neighbour), u in ascending order. O(Σ_w deg(w)²) time,
/// O(n) memory.
void for_each_two_step_pair(const Graph& graph,
                            const std::function<void(Graph::Vertex, Graph::Vertex, const PairNeighbourhood&)>& visit);

}  // namespace ecosys
