#pragma once
// The metric registry: every metric ecosys computes, once, in one table. Each row
// has its key, label, level, definition, the anchor of its written definition,
// which variants apply, the kernels it reads and its compute function. Everything
// that lists or computes metrics reads this table: `metrics --only`, `compare
// --metrics`, `render --size-by`, the report's columns and definitions, every
// --help key list, the key tables of docs/metrics.md (checked by a test) and the
// reference tests (which fail for a registered key without a reference value).
//
// Adding a metric: its algorithm file, its test, and one row in registry.cpp.

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/analysis/metric_value.hpp"

namespace ecosys {

class ScopeAnalysis;
class Network;

/// What one value describes: an actor (one value per actor of the scope) or a
/// region (one value per scope; "*" is the whole network).
enum class MetricLevel { actor, region };

[[nodiscard]] std::string_view to_string(MetricLevel level);

struct MetricInfo {
    std::string_view key;         ///< column name, e.g. "betweenness"
    std::string_view label;       ///< for people: table heads, legends, report cards
    MetricLevel level = MetricLevel::actor;
    std::string_view definition;  ///< one sentence for tooltips and the report's methods
    std::string_view label_ja;       ///< the label in Japanese, in the field's terms (docs/glossary-ja.md)
    std::string_view definition_ja;  ///< the definition in Japanese, one sentence
    std::string_view anchor;      ///< its written definition, e.g. "docs/metrics.md#betweenness"
    bool weighted = false;        ///< --weighted changes it (it has a weighted variant)
    bool directed = false;        ///< it reads tie direction: only under --directed (AnalysisOptions::directed)
    bool scalar = true;           ///< one number (compare, charts and size-by can take it)
    /// It reads projects' funding and roles: among the default columns only of a network
    /// that has some (has_funding_data), so that other networks' tables stay as they were.
    bool funding = false;
    /// Never a default column: computed only when named (--only, --metrics, --size-by).
    /// For the positions (core-periphery, connector hubs), which tables did not have.
    bool on_request = false;
    std::vector<std::string_view> kernels;  ///< AnalysisCache kernels it reads (--stats names)
    /// Actor level: the value of every vertex of the scope's graph.
    std::function<std::vector<MetricValue>(ScopeAnalysis&)> actor_values;
    /// Region level: the scope's value.
    std::function<MetricValue(ScopeAnalysis&)> region_value;
};

/// True when some project of `network` has a funding, or some participant a role or funding.
[[nodiscard]] bool has_funding_data(const Network& network);

/// Whether `m` is among the default columns, given has_funding_data() of the network(s):
/// the funding keys only where there is funding data, the on_request keys never. Named
/// keys are computed either way.
[[nodiscard]] inline bool default_column(const MetricInfo& m, bool funding_data) {
    return !m.on_request && (!m.funding || funding_data);
}

/// Every metric, actor metrics first, each level in column order.
[[nodiscard]] std::span<const MetricInfo> metric_registry();

/// The row of `key`; nullptr when there is none.
[[nodiscard]] const MetricInfo* find_metric(std::string_view key);

/// Keys of one level, in column order.
[[nodiscard]] const std::vector<std::string>& metric_keys(MetricLevel level);

/// Every key, actor keys first.
[[nodiscard]] const std::vector<std::string>& all_metric_keys();

/// The row of `key`, or UsageError "unknown metric 'x' (did you mean 'y'?); known
/// metrics: ..." with `what` naming the accepted set.
const MetricInfo& require_metric(std::string_view key, std::span<const std::string> accepted,
                                 std::string_view accepted_label = "known metrics");

/// Throws UsageError when `m` reads tie direction and `directed` is false:
/// "metric 'in_degree' reads tie direction: add --directed (Python: directed=True)".
void require_direction(const MetricInfo& m, bool directed);

/// "a, b, c" of keys, for --help texts.
[[nodiscard]] std::string key_list(std::span<const std::string> keys);

}  // namespace ecosys
