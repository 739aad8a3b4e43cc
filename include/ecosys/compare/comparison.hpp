#pragma once
// Comparing ecosystems side by side: one row per region of a network, per network
// file, or per year snapshot of a network, the region metrics of `ecosys metrics` as
// columns, each value's rank among the rows and, for the size-dependent metrics, a
// z-score against random graphs of the same degree sequence (null_model.hpp).
// docs/metrics.md, "Comparing regions", gives the definitions.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/compare/cug.hpp"
#include "ecosys/compare/null_model.hpp"
#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/analysis/selection.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys {

/// What a row stands for.
enum class CompareBy { region, network, year };

[[nodiscard]] std::string_view to_string(CompareBy by);
/// "region", "network" or "year"; UsageError otherwise (with "did you mean").
[[nodiscard]] CompareBy parse_compare_by(std::string_view text);

/// A named period of --by year --periods / --window: the ties and projects dated in
/// `years` (and the undated ones).
struct Period {
    std::string label;  ///< the row id: the name given, else the window ("2002-2006")
    YearWindow years;
};

/// "2002-2006,2007-2011" or named: "phase1=2002-2006,phase2=2007-2011". Throws
/// UsageError for a malformed window, a repeated label or overlapping periods.
[[nodiscard]] std::vector<Period> parse_periods(std::string_view list);

/// Non-overlapping periods of `length` years from the first year a tie or project of
/// `network` has to the last (the last period may run past it). Throws UsageError
/// when length is 0 or the network has no years.
[[nodiscard]] std::vector<Period> window_periods(const Network& network, int length);

struct CompareOptions {
    /// Region metric keys (metric_set.hpp) to compare, in the order given; empty =
    /// default_compare_keys(). Only keys with one number per region are accepted.
    std::vector<std::string> metrics;
    /// By network and by year: the region followed (its induced subgraph in every
    /// network or snapshot); empty = the whole network.
    std::string region;
    /// By year: the snapshots, each holding the ties and projects of that year or
    /// earlier (and those without a year); empty = every year a tie or project has.
    std::vector<int> years;
    /// By year: periods instead of cumulative snapshots (years is then unused). A
    /// period's row holds the ties and projects dated in it and the undated ones, and
    /// the actors active in it (Selection::years): with keep_isolates every actor.
    std::vector<Period> periods;
    bool keep_isolates = false;
    /// Weights, direction, projects, seed and threads of the metrics (scope and only are
    /// ignored); its analysis.samples, seed and threads are the null model's too.
    MetricsOptions metrics_options;
    /// The random graphs of the z-scores: how they are drawn. Their number (0: none),
    /// seed and threads are metrics_options.analysis's (samples, seed, threads), which
    /// replace the values here.
    NullModelOptions null;
    /// --cug: a CUG test of every column that has one (cug_applicable), per row.
    std::optional<CugOptions> cug;
    /// By region: add the whole network's row (false: --no-whole, no whole-network work
    /// but building its graph for external ties).
    bool include_whole = true;
};

/// Region metrics that hold one number per region, in key order (the keys
/// compare accepts).
[[nodiscard]] const std::vector<std::string>& scalar_region_keys();
/// The default columns: actors, ties, density, mean_degree, openness, components,
/// largest_component_share, transitivity, mean_clustering, mean_path_length,
/// betweenness_centralization, modularity, cross_sector_share, ei_index,
/// sector_assortativity, multi_sector_share.
[[nodiscard]] const std::vector<std::string>& default_compare_keys();
/// Whether a key has a size-adjusted z-score (DegreePreservingNull::keys()).
[[nodiscard]] bool has_z_score(std::string_view key);

struct ComparisonRow {
    std::string id, name;
    std::size_t actors = 0;
    /// 0: its betweenness (and what is built from it) is exact. Else the number of
    /// sampled sources it is estimated from: the scope is above
    /// AnalysisOptions::sampled_betweenness_limit (docs/metrics.md, "Betweenness of very
    /// large scopes"); JSON then says so in the row.
    std::size_t betweenness_sources = 0;
    /// Parallel to Comparison::columns; absent where the metric is not defined (e.g.
    /// assortativity of a one-sector region).
    std::vector<std::optional<double>> values;
    /// 1 = the highest value among the rows; equal values share the best rank (1, 2, 2,
    /// 4); absent with the value. The whole-network record has no ranks.
    std::vector<std::optional<std::size_t>> ranks;
    /// Size-adjusted z-scores, absent for metrics without one and where the random
    /// graphs all give the same value.
    std::vector<std::optional<double>> z;
    /// Parallel to z: the standard error the null model's shortcuts for large graphs
    /// add to it (NullDistribution::z_error); 0 where there is none.
    std::vector<double> z_error;
    /// Parallel to Comparison::columns under --cug (a default result for the columns
    /// without a test); empty otherwise.
    std::vector<CugResult> cug;
};

struct Comparison {
    CompareBy by = CompareBy::region;
    std::string region;               ///< the region followed (by network, by year); empty = whole network
    std::vector<std::string> columns; ///< metric keys
    std::vector<ComparisonRow> rows;
    /// By region: the whole network ("*"), for reference; not ranked.
    std::optional<ComparisonRow> whole;
    bool weighted = false;
    bool directed = false;  ///< under --directed (docs/metrics.md#directed-ties)
    NullModelOptions null;
    /// --cug: its condition, random graphs and seed; absent without.
    std::optional<CugOptions> cug;
    std::uint64_t seed = 1;
    /// How a year snapshot's row is labelled for people (the rows' ids stay the years):
    /// counted in fiscal years (--fiscal-years: "≤ FY2019", "2019年度以前") and, in
    /// Japanese, by era (--era: "令和元年度以前"). Set by the caller that selected the years.
    bool fiscal_years = false;
    bool era = false;

    /// Index of `key` in columns; nullopt when absent.
    [[nodiscard]] std::optional<std::size_t> column(std::string_view key) const;
    /// Orders the rows by `key`, rank 1 first; rows without a value last; equal values
    /// keep their order. Throws UsageError when `key` is not a column.
    void sort_by(std::string_view key);
};

/// Splits "density,transitivity" into keys; UsageError for a key that is not a
/// scalar region metric (with "did you mean", and the list of keys).
[[nodiscard]] std::vector<std::string> parse_compare_metrics(std::string_view list);

/// One row per populated region of `network` (declaration order), plus `whole`.
/// The network must be indexed. Throws UsageError for a bad key.
[[nodiscard]] Comparison compare_regions(const Network& network, const CompareOptions& options = {});
/// The same through an analysis cache shared with other computations (the report):
/// weights, graph, seed and threads are the cache's.
[[nodiscard]] Comparison compare_regions(AnalysisCache& cache, const CompareOptions& options = {});

/// One row per snapshot year (ascending); the row id is the year, its name "≤ YEAR".
/// Actors stay the same in every snapshot (an actor without ties yet is an isolate).
/// With options.periods: one row per period, in the order given, id = its label,
/// name = its window.
/// Throws UsageError when the network has no years and none are given, or for an
/// unknown region.
[[nodiscard]] Comparison compare_years(const Network& network, const CompareOptions& options = {});

/// One row per network, id = labels[i] (e.g. the file name), name = the network's name.
/// Throws UsageError for a region missing from one of them.
[[nodiscard]] Comparison compare_networks(std::span<const Network> networks, std::span<const std::string> labels,
                                          const CompareOptions& options = {});

/// The network as it stood in `year`: ties and projects of that year or earlier, and
/// those without a year; every actor, region and sector. Indexed.
[[nodiscard]] Network snapshot(const Network& network, int year);

}  // namespace ecosys
