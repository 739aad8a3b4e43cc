#pragma once
// Writing a WhatIfReport and a DependenceReport as JSON, CSV, an aligned text table
// or Markdown (docs/whatif.md).

#include <string>

#include <nlohmann/json.hpp>

#include "ecosys/analysis/whatif.hpp"
#include "ecosys/language.hpp"

namespace ecosys {

/// {"network", "removed": {"actors": [ids], "ties": N, "projects": [ids], "options":
///  {...}}, "regions": [{"id", "name", "before": {key: value}, "after": {...},
///  "delta": {...}, "cut_off": [ids], "lost_sector_links": [[s1, s2], ...],
///  "min_cut_after": [[a, b], ...], "top_brokers_before": [...], "top_brokers_after":
///  [...]}], "pair"?: {"a", "b", "disjoint_paths_before", "disjoint_paths_after"}}.
/// An undefined value is null.
[[nodiscard]] nlohmann::ordered_json whatif_to_json(const WhatIfReport& report);
[[nodiscard]] std::string format_whatif_json(const WhatIfReport& report);
/// region,measure,before,after,delta: one row per region and key, then rows whose
/// measure is cut_off, lost_sector_links, min_cut_after, top_brokers (lists in
/// "after", ";"-separated; pairs as "a|b") and pair_disjoint_paths (region "*").
[[nodiscard]] std::string format_whatif_csv(const WhatIfReport& report);
[[nodiscard]] std::string format_whatif_table(const WhatIfReport& report, Language language = Language::en);
[[nodiscard]] std::string format_whatif_markdown(const WhatIfReport& report, Language language = Language::en);

/// {"network", "role", "regions": [{"id", "name", "actors": [{"id", "name", "role",
///  "fragmentation_before", "fragmentation_after", "damage", "components_before",
///  "components_after", "cut_off"}]}]}.
[[nodiscard]] std::string format_dependence_json(const DependenceReport& report);
[[nodiscard]] std::string format_dependence_csv(const DependenceReport& report);
[[nodiscard]] std::string format_dependence_table(const DependenceReport& report, bool wide = false, Language language = Language::en);
[[nodiscard]] std::string format_dependence_markdown(const DependenceReport& report, Language language = Language::en);

}  // namespace ecosys
