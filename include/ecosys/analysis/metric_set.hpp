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

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/analysis/metric_value.hpp"
#include "ecosys/analysis/registry.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/scope.hpp"
#include "ecosys/model/network.hpp"
#include "ecosys/progress.hpp"

namespace ecosys {

struct MetricsOptions {
    MetricScope scope = MetricScope::network;
    /// Weights, direction, projects, seed, threads, approximation, communities,
    /// progress and processes (AnalysisOptions). Under analysis.weighted, pagerank,
    /// eigenvector, clustering and communities use tie strengths as weights and the path
    /// keys distance = 1/weight (a tie of weight 0 is no path); strength is always
    /// weighted, degree, core, component and the counts never. Under analysis.directed
    /// (docs/metrics.md#directed-ties) betweenness and pagerank (and
    /// betweenness_centralization, top_brokers) follow arcs and the direction keys
    /// (in_degree, out_degree, in_strength, out_strength, in_closeness, out_closeness,
    /// in_harmonic, out_harmonic, hub, authority, reciprocity, in_degree_centralization,
    /// out_degree_centralization) are listed by default; asking for one of them without
    /// it is a UsageError. analysis.approx_epsilon > 0 estimates betweenness (and
    /// betweenness_centralization, top_brokers) by ApproxBetweenness: unweighted and
    /// undirected only, else a UsageError.
    AnalysisOptions analysis;
    /// Metric keys (actor or region, see the lists below) to compute; empty = all.
    std::vector<std::string> only;
    /// Region ids to report (actors of those regions, and those regions); empty =
    /// every populated region. The whole-network record "*" is always reported; "*"
    /// among them stands for the whole network (all its actors, its record).
    std::vector<std::string> regions;
    /// Report no region record but the whole network's "*" (and do no per-region
    /// work); actor rows are unaffected. For callers that want the whole network only.
    bool whole_network_only = false;
    /// Report the whole network's record "*" (false: --no-whole, and no whole-network
    /// work but what external_ties and openness need: the whole graph's ties).
    bool include_whole = true;
};

/// Actor metric keys, in column order (the registry's actor rows).
[[nodiscard]] const std::vector<std::string>& actor_metric_keys();

/// Region metric keys, in column order (the registry's region rows).
[[nodiscard]] const std::vector<std::string>& region_metric_keys();

/// Splits a comma-separated list ("betweenness,pagerank") into metric keys, trimming
/// blanks and dropping duplicates. Throws UsageError for an unknown key:
/// "unknown metric 'pagernak' (did you mean 'pagerank'?); known metrics: ...".
[[nodiscard]] std::vector<std::string> parse_metric_list(std::string_view list);

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
    bool directed = false;
    std::vector<std::string> actor_columns;   ///< computed actor metric keys, in key order
    std::vector<ActorRow> actors;             ///< file order; empty when no actor metric was asked for
    std::vector<std::string> region_columns;  ///< computed region metric keys, in key order
    std::vector<RegionRow> regions;           ///< regions, then "*"; empty when no region metric was asked for
    /// What a reader must know to read the values right (e.g. eigenvector 0 outside the
    /// leading component); printed under the table and as JSON "notes".
    std::vector<std::string> notes;

    /// The value of `key` for the actor (or region) with this id; nullptr when either is absent.
    [[nodiscard]] const MetricValue* actor_value(std::string_view id, std::string_view key) const;
    [[nodiscard]] const MetricValue* region_value(std::string_view id, std::string_view key) const;
};

/// Computes the metrics. Throws UsageError for an unknown metric key or region id
/// (with "did you mean"). The network must be indexed (Network::index()).
/// Cost: dominated by the path metrics, O(nm) per graph (betweenness, closeness,
/// harmonic, mean_path_length, diameter); ask for fewer with `only` on large networks.
[[nodiscard]] MetricsReport compute_metrics(const Network& network, const MetricsOptions& options = {});

/// The same through an analysis cache shared with other computations of the same
/// process: kernels already run on a scope are not run again. The weights, graph,
/// seed, threads and approximation are the cache's (options' own are ignored).
[[nodiscard]] MetricsReport compute_metrics(AnalysisCache& cache, const MetricsOptions& options = {});

}  // namespace ecosys
