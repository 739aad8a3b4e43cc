#pragma once
// The kernels of a scope: each is one function here over ScopeAnalysis::kernel(),
// which runs it on first use (timed under its name in --stats, announced to the
// progress reports) and hands out the same result after. A new kernel is its
// algorithm file and one entry here (the function and its row in kernels.cpp); the
// cache class does not name any of them.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"

namespace ecosys {

class Degree;
class Closeness;
class Harmonic;
class Eigenvector;
class PageRank;
class Hits;
class EdgeBetweenness;
class Clustering;
class CoreNumber;
class Components;
class Louvain;
class PathLengths;
class SectorMixing;
class EIIndex;
class HelixCompleteness;
class Brokerage;
class CorePeriphery;
class ConnectorHubs;
struct SectorGroups;
struct SynergyFigures;
struct FundingTotals;

/// Degrees and strengths of the scope's graph.
[[nodiscard]] const Degree& degree(ScopeAnalysis& scope);
/// Out-degrees and out-strengths of the directed view (ScopeAnalysis::digraph());
/// in_degree those of the reversed view.
[[nodiscard]] const Degree& out_degree(ScopeAnalysis& scope);
[[nodiscard]] const Degree& in_degree(ScopeAnalysis& scope);
/// Closeness and harmonic closeness on the directed view, from incoming distances
/// (in_: NetworkX's closeness of a DiGraph) or outgoing ones (out_).
[[nodiscard]] const Closeness& in_closeness(ScopeAnalysis& scope);
[[nodiscard]] const Closeness& out_closeness(ScopeAnalysis& scope);
[[nodiscard]] const Harmonic& in_harmonic(ScopeAnalysis& scope);
[[nodiscard]] const Harmonic& out_harmonic(ScopeAnalysis& scope);
/// Hubs and authorities of the directed view.
[[nodiscard]] const Hits& hits(ScopeAnalysis& scope);
/// Normalised betweenness: exact, or estimated when options().approx_epsilon > 0; on
/// the directed view under options().directed.
[[nodiscard]] const std::vector<double>& betweenness(ScopeAnalysis& scope);
/// Whether betweenness(scope) is estimated from sampled sources (SampledBetweenness):
/// options().sampled_betweenness_limit > 0 and below the scope's actors x ties, more
/// actors than options().betweenness_sources, unweighted, undirected, no --approx.
[[nodiscard]] bool uses_sampled_betweenness(ScopeAnalysis& scope);
/// The sentence that says so, for the notes and the report.
[[nodiscard]] std::string sampled_betweenness_note(ScopeAnalysis& scope);
[[nodiscard]] const Closeness& closeness(ScopeAnalysis& scope);
[[nodiscard]] const Harmonic& harmonic(ScopeAnalysis& scope);
[[nodiscard]] const Eigenvector& eigenvector(ScopeAnalysis& scope);
/// PageRank; on the directed view under options().directed.
[[nodiscard]] const PageRank& pagerank(ScopeAnalysis& scope);
/// Clustering with the options' weights.
[[nodiscard]] const Clustering& clustering(ScopeAnalysis& scope);
/// Unweighted clustering (transitivity is always unweighted).
[[nodiscard]] const Clustering& unweighted_clustering(ScopeAnalysis& scope);
[[nodiscard]] const CoreNumber& core(ScopeAnalysis& scope);
[[nodiscard]] const Components& components(ScopeAnalysis& scope);
[[nodiscard]] const Louvain& louvain(ScopeAnalysis& scope);
[[nodiscard]] const PathLengths& path_lengths(ScopeAnalysis& scope);
/// Cut vertices (articulation points), ascending (graph/biconnected.hpp, Boost.Graph).
[[nodiscard]] const std::vector<Graph::Vertex>& cut_points(ScopeAnalysis& scope);
/// 1 per half-edge of the scope's graph (parallel to its targets()) whose tie is a
/// bridge (graph/biconnected.hpp, Boost.Graph's biconnected components).
[[nodiscard]] const std::vector<unsigned char>& bridges(ScopeAnalysis& scope);
/// Entry v: the ordered pairs of actors still joined by a path when actor v is taken
/// out, for every actor at once from one low-point search (metrics/fragmentation.hpp,
/// connected_pairs_without_each). What cut points and key players rank by.
[[nodiscard]] const std::vector<std::uint64_t>& pairs_without_each(ScopeAnalysis& scope);
/// Edge betweenness per CSR position: of the graph, or of the directed view under
/// options().directed.
[[nodiscard]] const EdgeBetweenness& edge_betweenness(ScopeAnalysis& scope);
/// Sector of each vertex, in the whole network's sector order (not timed: one pass).
[[nodiscard]] const SectorGroups& sector_groups(ScopeAnalysis& scope);
[[nodiscard]] const SectorMixing& mixing(ScopeAnalysis& scope);
/// The E-I index; with `test`, also its permutation test (options().ei_permutations).
[[nodiscard]] const EIIndex& ei(ScopeAnalysis& scope, bool test);
[[nodiscard]] const HelixCompleteness& completeness(ScopeAnalysis& scope);
[[nodiscard]] const Brokerage& brokerage(ScopeAnalysis& scope);
/// Triple-helix synergy of the projects with a participant in the scope.
[[nodiscard]] const std::optional<SynergyFigures>& synergy(ScopeAnalysis& scope);
/// Funding, coordinations and participations of each vertex's actor over the
/// projects of the network (metrics/funding.hpp): one pass for every funding key.
[[nodiscard]] const FundingTotals& funding(ScopeAnalysis& scope);

/// The scope's communities by options().community: Louvain (the "louvain" kernel) or
/// Leiden ("leiden"), with options().resolution. The modularity is that of the
/// communities at the resolution (for CPM too, so that methods compare).
struct CommunityView {
    const std::vector<std::uint32_t>& of;  ///< community of each vertex, numbered in order of first vertex
    std::size_t count = 0;
    double modularity = 0.0;
};
[[nodiscard]] CommunityView communities(ScopeAnalysis& scope);

/// "louvain", "leiden" or "leiden-cpm", as --community takes it.
[[nodiscard]] std::string_view to_string(CommunityMethod method);

/// Borgatti-Everett core and periphery of the scope's graph (kernel "core_periphery";
/// seeded by options().seed).
[[nodiscard]] const CorePeriphery& core_periphery(ScopeAnalysis& scope);

/// The module of each vertex under options().hub_partition: its actor's own region
/// (actors without one form one module), its sector, or its community.
[[nodiscard]] std::vector<std::uint32_t> hub_modules(ScopeAnalysis& scope);

/// "region", "sector" or "community", as --partition takes it.
[[nodiscard]] std::string_view to_string(HubPartition partition);

/// Guimera-Amaral roles against hub_modules() (kernel "connector_hubs"; weighted
/// under options().weighted).
[[nodiscard]] const ConnectorHubs& connector_hubs(ScopeAnalysis& scope);

}  // namespace ecosys
