#pragma once
// The writers of `ecosys links`: a LinksReport as JSON, CSV, an aligned table or Markdown.

#include <string>

#include "ecosys/analysis/links_report.hpp"
#include "ecosys/language.hpp"

namespace ecosys {

/// {"method", "region", "pairs": [{"source", "target", "score"}, ...]} (+"tied" for given pairs that are).
[[nodiscard]] std::string format_links_json(const LinksReport& report);
[[nodiscard]] std::string format_links_csv(const LinksReport& report);
[[nodiscard]] std::string format_links_table(const LinksReport& report, Language language = Language::en);
[[nodiscard]] std::string format_links_markdown(const LinksReport& report, Language language = Language::en);

}  // namespace ecosys
