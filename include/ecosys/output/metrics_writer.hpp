#pragma once
// Writing a MetricsReport as JSON, CSV or an aligned text table (docs/metrics.md).

#include <string>

#include <nlohmann/json.hpp>

#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/language.hpp"

namespace ecosys {

/// One value as JSON: null when absent, integers for counts, numbers for the rest, an
/// array of actor ids (top_brokers), an object sector -> actors (sector_counts).
[[nodiscard]] nlohmann::ordered_json metric_value_to_json(const MetricValue& value);

/// {"network": NAME, "scope": "network"|"region", "weighted": bool,
///  "actors": [{"id", "name", "sector", "region", <actor metrics>}],
///  "regions": [{"id", "name", <region metrics>}]}, keys in that order. An actor
/// without a region has "region": null; a value that is not defined for an actor
/// (no region under region scope) is null. Counts are integers, the rest numbers;
/// sector_counts is an object sector -> actors, top_brokers an array of actor ids.
[[nodiscard]] nlohmann::ordered_json metrics_to_json(const MetricsReport& report);

/// metrics_to_json() indented by 2, with a final newline.
[[nodiscard]] std::string format_metrics_json(const MetricsReport& report);

/// One RFC 4180 table holding both kinds of record: the columns are
/// record,id,name,sector,region, the actor metric keys, then the region metric keys;
/// record is "actor" or "region", and a row leaves the other kind's columns empty.
/// Reals in the shortest form that reads back exactly; sector_counts as
/// "industry:3;academia:2", top_brokers as "a;b;c".
[[nodiscard]] std::string format_metrics_csv(const MetricsReport& report);

/// Two aligned tables for a terminal (actors, then regions), columns padded by display
/// width (CJK characters take two columns), reals to 6 significant digits, names longer
/// than 40 columns cut in the middle with "…" (`wide`: printed whole). A table with no
/// metric columns is left out. In Japanese the titles are Japanese and the columns are
/// headed by the metrics' Japanese labels (column_heading); the values are the same.
[[nodiscard]] std::string format_metrics_table(const MetricsReport& report, bool wide = false,
                                               Language language = Language::en);

}  // namespace ecosys
