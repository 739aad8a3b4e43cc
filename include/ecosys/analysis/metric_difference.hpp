#pragma once
// The change of a metric value between two analyses (whatif, diff).

#include <cstdint>
#include <optional>
#include <variant>

#include "ecosys/analysis/metric_value.hpp"

namespace ecosys {

/// after - before: a count when both are counts, a real number when both are numbers,
/// absent otherwise (a value undefined on either side, or not a number).
[[nodiscard]] inline MetricValue metric_difference(const MetricValue& before, const MetricValue& after) {
    const auto* bi = std::get_if<std::int64_t>(&before);
    const auto* ai = std::get_if<std::int64_t>(&after);
    if (bi && ai) return *ai - *bi;
    const auto number = [](const MetricValue& v) -> std::optional<double> {
        if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
        if (const auto* d = std::get_if<double>(&v)) return *d;
        return std::nullopt;
    };
    const auto b = number(before), a = number(after);
    if (a && b) return *a - *b;
    return std::monostate{};
}

}  // namespace ecosys
