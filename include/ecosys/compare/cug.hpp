#pragma once
// Conditional uniform graph (CUG) tests of region metrics (docs/metrics.md#cug-tests):
// is a region's value unusual among random graphs on its own actors that hold its
// size, its number of ties, or its dyad census? The actors keep their sectors and
// regions, so helix measures (cross_sector_share, ei_index, ...) are tested too.
// As R's sna cug.test: p_greater = share of random graphs whose value >= the observed.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/analysis/registry.hpp"

namespace ecosys {

/// What the random graphs hold fixed besides the actors.
enum class CugCondition {
    size,   ///< only the actors: every pair tied with probability 1/2 (sna cmode "size")
    edges,  ///< the number of ties (arcs under --directed), placed uniformly (cmode "edges")
    dyads,  ///< the dyad census: mutual, asymmetric and null pairs (cmode "dyad.census");
            ///< undirected the same as edges
};

[[nodiscard]] std::string_view to_string(CugCondition condition);
/// "size", "edges" or "dyads"; UsageError otherwise.
[[nodiscard]] CugCondition parse_cug_condition(std::string_view text);

struct CugOptions {
    CugCondition condition = CugCondition::edges;
    /// Random graphs drawn.
    std::size_t samples = 1000;
    /// Random graph i is drawn from the stream (seed, i + 1): the same p-values for any
    /// thread count and any split among processes.
    std::uint64_t seed = 1;
};

struct CugResult {
    /// The metric on the scope's graph (ties collapsed, unweighted); absent where undefined.
    std::optional<double> observed;
    /// Shares of the random graphs with a value >= / <= the observed (those where the
    /// metric is undefined count on neither side's numerator but in the denominator
    /// only when defined: p over `samples` defined values). Absent when observed is.
    std::optional<double> p_greater, p_less;
    /// Mean over the random graphs where defined, and how many those were.
    std::optional<double> mean;
    std::size_t samples = 0;
};

/// Whether `key` can be tested: a scalar region metric that reads only the scope's
/// ties and its actors' own data (not actors, openness, external_ties, funding,
/// synergy from projects, nor the E-I p-value).
[[nodiscard]] bool cug_applicable(std::string_view key);

/// The CUG test of each metric (registry region rows, cug_applicable) on `scope`.
/// The observed graph and every random graph are networks of the scope's actors with
/// unit-weight ties (arcs under the cache's directed option) analysed through their own
/// AnalysisCache with the scope's options, so every registry row applies unchanged.
/// Throws UsageError under the weighted option (the random graphs have no weights).
/// Work: samples x (the metrics' cost on one graph), on the cache's threads and
/// processes.
[[nodiscard]] std::vector<CugResult> cug_test(ScopeAnalysis& scope, std::span<const MetricInfo* const> metrics,
                                              const CugOptions& options);

}  // namespace ecosys
