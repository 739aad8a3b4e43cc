#pragma once
// Names and one-sentence definitions of the metrics for readers of a report, from the
// metric registry
// (the full definitions are docs/metrics.md and docs/helix.md).

#include <string_view>

#include "ecosys/language.hpp"

namespace ecosys::detail {

/// "Density" for "density"; the key itself for a key without a label.
[[nodiscard]] std::string_view metric_label(std::string_view key, Language language = Language::en);
/// One sentence; empty for a key without one.
[[nodiscard]] std::string_view metric_definition(std::string_view key, Language language = Language::en);

}  // namespace ecosys::detail
