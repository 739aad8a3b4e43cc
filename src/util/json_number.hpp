#pragma once
// Private: an optional number as JSON, null when absent, for the writers.

#include <optional>

#include <nlohmann/json.hpp>

namespace ecosys::detail {

/// `x` as a JSON number, or null when absent.
[[nodiscard]] inline nlohmann::ordered_json json_or_null(const std::optional<double>& x) {
    return x ? nlohmann::ordered_json(*x) : nlohmann::ordered_json(nullptr);
}

}  // namespace ecosys::detail
