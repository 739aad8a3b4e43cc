#pragma once
// The writers of `ecosys metrics --ties`: a TiesReport as JSON, CSV or an aligned table.

#include <string>

#include "ecosys/analysis/tie_set.hpp"
#include "ecosys/language.hpp"

namespace ecosys {

/// {"network", "weighted", ["directed", "direction",] "ties": [{"source", "target",
/// "edge_betweenness", "bridge"}]}, indented by 2, with a final newline.
[[nodiscard]] std::string format_ties_json(const TiesReport& report);
/// A header line "source,target,edge_betweenness,bridge", then one line per tie
/// (bridge true/false, numbers in the shortest exact form).
[[nodiscard]] std::string format_ties_csv(const TiesReport& report);
/// An aligned table with a title line.
[[nodiscard]] std::string format_ties_table(const TiesReport& report, bool wide = false, Language language = Language::en);

}  // namespace ecosys
