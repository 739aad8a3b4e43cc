#pragma once
// The one rule for values that are 0 up to rounding: a quantity computed as a sum of
// terms of both signs (an entropy balance, trace minus expected trace) is 0 when it is
// smaller than what the rounding of those terms can produce. Applied where such a sum is
// computed, not when printing, so tables, CSV, JSON, the report and the Python module
// all see the same 0 (docs/robustness.md, "Zero up to rounding").

#include <cmath>

namespace ecosys::detail {

/// Relative size, against the magnitude of the terms, under which a sum counts as 0.
/// Each addition of doubles errs by at most 2^-53 ~ 1.1e-16 of its operands, so a sum
/// of up to ~10,000 terms stays below it; a real value that small is not measurable.
inline constexpr double rounding_tolerance = 1e-12;

/// `sum`, or exactly +0 when |sum| <= rounding_tolerance * `magnitude` (the sum of the
/// absolute values of the terms). O(1).
[[nodiscard]] inline double zero_if_rounding(double sum, double magnitude) noexcept {
    return std::abs(sum) <= rounding_tolerance * magnitude ? 0.0 : sum;
}

}  // namespace ecosys::detail
