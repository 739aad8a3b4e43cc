#pragma once
// The writers of `ecosys match`: a MatchReport as JSON, CSV, an aligned table or Markdown.

#include <string>

#include "ecosys/analysis/matching.hpp"
#include "ecosys/language.hpp"

namespace ecosys {

[[nodiscard]] std::string format_match_json(const MatchReport& report);
[[nodiscard]] std::string format_match_csv(const MatchReport& report);
/// `explain`: under each pair its shared keywords, similarity, distance and introduction path.
[[nodiscard]] std::string format_match_table(const MatchReport& report, bool explain, Language language = Language::en);
[[nodiscard]] std::string format_match_markdown(const MatchReport& report, bool explain, Language language = Language::en);

}  // namespace ecosys
