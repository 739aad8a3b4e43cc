#pragma once
// Private: a scalar MetricValue (absent, a count or a real) as the before/after/delta
// writers print it (whatif_writer, diff_writer): JSON null for absent; tables with 6
// significant digits and "-", CSV with the shortest exact form and an empty cell (as a
// RecordValue of kind number renders it), and the table of a region's changes.

#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "ecosys/analysis/metric_value.hpp"
#include "ecosys/output/column_labels.hpp"
#include "ecosys/output/records.hpp"
#include "util/table.hpp"

namespace ecosys::detail {

inline nlohmann::ordered_json scalar_json(const MetricValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
    if (const auto* d = std::get_if<double>(&v)) return *d;
    return nullptr;
}

/// The value as a record's (output/records.hpp): absent, a count or a real; absent too
/// for a value that is not a scalar, as scalar_text() shows it.
inline RecordValue scalar_value(const MetricValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
    if (const auto* d = std::get_if<double>(&v)) return *d;
    return {};
}

inline std::string scalar_text(const MetricValue& v, bool table) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&v)) return table ? significant_number(*d) : shortest_number(*d);
    return table ? "-" : "";
}

/// scalar_text for a table, with "+" before a positive change.
inline std::string delta_text(const MetricValue& v) {
    const std::string t = scalar_text(v, true);
    const bool positive = (std::holds_alternative<std::int64_t>(v) && std::get<std::int64_t>(v) > 0) ||
                          (std::holds_alternative<double>(v) && std::get<double>(v) > 0);
    return positive ? "+" + t : t;
}

/// One region's metrics before and after, for people (a table or Markdown): the measure
/// (its heading), before, after and the change ("+" when up). `keys` is parallel to the
/// three lists.
inline Records change_records(const std::vector<std::string>& keys, const std::vector<MetricValue>& before,
                              const std::vector<MetricValue>& after, const std::vector<MetricValue>& delta, Language lang) {
    Records records{{RecordColumn("measure", RecordKind::word), RecordColumn("before", RecordKind::number),
                     RecordColumn("after", RecordKind::number), RecordColumn("change", RecordKind::word).align_right()},
                    {}};
    for (std::size_t i = 0; i < keys.size(); ++i)
        records.add({column_heading(lang, keys[i]), scalar_value(before[i]), scalar_value(after[i]), delta_text(delta[i])});
    return records;
}

}  // namespace ecosys::detail
