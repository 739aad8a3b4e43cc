#pragma once
// Everything `ecosys metrics` computes, as one library call: actor metrics (on the
// whole network or inside each actor's region) and region metrics (on each region's
// induced subgraph, plus "*" for the whole network), selected by key. Formulas,
// normalisations, weights and edge cases: docs/metrics.md.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/progress.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys {

/// Where actor metrics are computed: on the whole network, or inside the subgraph
/// induced by each actor's region (region metrics are always per region).
enum class MetricScope { network, region };

[[nodiscard]] std::string_view to_string(MetricScope scope);

struct MetricsOptions {
    MetricScope scope = MetricScope::network;
    /// Weights are tie strengths: pagerank, eigenvector, clustering and communities
    /// use them as weights; betweenness, closeness, harmonic, mean_path_length and
    /// diameter use distance = 1/weight (a tie of weight 0 is no path). strength is
    /// always weighted; degree, core, component and the counts never are.
    bool weighted = false;
    /// Metric keys (actor or region, see the lists below) to compute; empty = all.
    std::vector<std::string> only;
    /// Region ids to report (actors of those regions, and those regions); empty =
    /// every populated region. The whole-network record "*" is always reported.
    std::vector<std::string> regions;
    /// Seed of Louvain's vertex order (community, communities, modularity) and of the
    /// E-I permutation test (ei_p_value, 9999 permutations).
    std::uint64_t seed = 1;
    /// Whether projects add ties, and how they weigh (graph/graph.hpp).
    GraphOptions graph;
    /// Worker threads of the path metrics (betweenness, closeness, harmonic, path
    /// lengths); 0 = one per hardware thread. Results do not depend on it.
    unsigned threads = 0;
    /// > 0: betweenness (and betweenness_centralization, top_brokers) is estimated
    /// by ApproxBetweenness (metrics/approx_betweenness.hpp): within approx_epsilon of
    /// the exact normalised value for every actor, with probability >= 1 - approx_delta.
    /// Unweighted only: with `weighted` it is a UsageError.
    double approx_epsilon = 0.0;
    double approx_delta = 0.1;
    /// Progress reports and cancellation of the long steps (metrics/progress.hpp); may be null.
    const Progress* progress = nullptr;
    /// Report no region record but the whole network's "*" (and do no per-region
    /// work); actor rows are unaffected. For callers that want the whole network only.
    bool whole_network_only = false;
};

/// Actor metric keys, in column order: degree, strength, betweenness, closeness,
/// harmonic, eigenvector, pagerank, clustering, core, component, community.
[[nodiscard]] const std::vector<std::string>& actor_metric_keys();

/// Region metric keys, in column order: actors, ties, external_ties, openness, density,
/// mean_degree, components, largest_component_share, isolates, transitivity,
/// mean_clustering, mean_path_length, diameter, degree_centralization,
/// betweenness_centralization, communities, modularity, sector_counts, top_brokers, and
/// the helix figures (docs/helix.md) cross_sector_share, ei_index, ei_p_value,
/// sector_assortativity, multi_sector_share, synergy_t3, synergy_t4.
[[nodiscard]] const std::vector<std::string>& region_metric_keys();

/// Splits a comma-separated list ("betweenness,pagerank") into metric keys, trimming
/// blanks and dropping duplicates. Throws UsageError for an unknown key:
/// "unknown metric 'pagernak' (did you mean 'pagerank'?); known metrics: ...".
[[nodiscard]] std::vector<std::string> parse_metric_list(std::string_view list);

/// Actors of one sector in a region.
struct SectorCount {
    std::string sector;
    std::size_t actors = 0;
};

/// One metric value: absent (monostate: an actor without a region under region scope),
/// a count, a real number, a list of actor ids (top_brokers) or sector counts.
using MetricValue =
    std::variant<std::monostate, std::int64_t, double, std::vector<std::string>, std::vector<SectorCount>>;

struct ActorRow {
    std::string id, name, sector, region;  ///< region is empty when the actor has none
    std::vector<MetricValue> values;       ///< parallel to MetricsReport::actor_columns
};

struct RegionRow {
    std::string id, name;             ///< id "*" is the whole network
    std::vector<MetricValue> values;  ///< parallel to MetricsReport::region_columns
};

struct MetricsReport {
    std::string network;
    MetricScope scope = MetricScope::network;
    bool weighted = false;
    std::vector<std::string> actor_columns;   ///< computed actor metric keys, in key order
    std::vector<ActorRow> actors;             ///< file order; empty when no actor metric was asked for
    std::vector<std::string> region_columns;  ///< computed region metric keys, in key order
    std::vector<RegionRow> regions;           ///< regions, then "*"; empty when no region metric was asked for

    /// The value of `key` for the actor (or region) with this id; nullptr when either is absent.
    [[nodiscard]] const MetricValue* actor_value(std::string_view id, std::string_view key) const;
    [[nodiscard]] const MetricValue* region_value(std::string_view id, std::string_view key) const;
};

/// Computes the metrics. Throws UsageError for an unknown metric key or region id
/// (with "did you mean"). The network must be indexed (Network::index()).
/// Cost: dominated by the path metrics, O(nm) per graph (betweenness, closeness,
/// harmonic, mean_path_length, diameter); ask for fewer with `only` on large networks.
[[nodiscard]] MetricsReport compute_metrics(const Network& network, const MetricsOptions& options = {});

}  // namespace ecosys
