#pragma once
// Writing a NetworkDiff as JSON, CSV, an aligned text table or Markdown (docs/diff.md).

#include <string>

#include <nlohmann/json.hpp>

#include "ecosys/compare/diff.hpp"
#include "ecosys/language.hpp"

namespace ecosys {

/// {"before": label, "after": label, "notes": [...],
///  "actors": {"added": [ids], "removed": [ids]},
///  "ties": {"added": [{"source", "target", "type"}], "removed": [...]},
///  "regions": [{"id", "name", "before": {key: value}, "after": {...}, "delta": {...}}],
///  "sector_links": [{"sectors": [a, b], "before", "after", "gained", "lost"}],
///  "brokers": [{"measure", "before": [ids], "after": [ids], "gained": [ids], "lost": [ids]}],
///  "changed_component": [{"actor", "before", "after"}]}
/// A directed tie also has "directed": true. An undefined value is null.
[[nodiscard]] nlohmann::ordered_json diff_to_json(const NetworkDiff& diff);
[[nodiscard]] std::string format_diff_json(const NetworkDiff& diff);
/// part,id,key,before,after,delta: actor_added / actor_removed (id), tie_added /
/// tie_removed (id "source|target", key = type), region (id, key = metric),
/// sector_link (id "a|b", key ties / gained / lost), broker_gained / broker_lost (id,
/// key = measure), component (id, key component_size).
[[nodiscard]] std::string format_diff_csv(const NetworkDiff& diff);
/// Region ids cut in the middle to 40 columns in the one-row-per-region table unless `wide`.
[[nodiscard]] std::string format_diff_table(const NetworkDiff& diff, bool wide = false, Language language = Language::en);
[[nodiscard]] std::string format_diff_markdown(const NetworkDiff& diff, Language language = Language::en);

}  // namespace ecosys
