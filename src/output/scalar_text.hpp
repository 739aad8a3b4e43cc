#pragma once
// Private: a scalar MetricValue (absent, a count or a real) as the before/after/delta
// writers print it (whatif_writer, diff_writer): JSON null for absent; tables with 6
// significant digits and "-", CSV with the shortest exact form and an empty cell.

#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "ecosys/analysis/metric_value.hpp"
#include "util/table.hpp"

namespace ecosys::detail {

inline nlohmann::ordered_json scalar_json(const MetricValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
    if (const auto* d = std::get_if<double>(&v)) return *d;
    return nullptr;
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

}  // namespace ecosys::detail
