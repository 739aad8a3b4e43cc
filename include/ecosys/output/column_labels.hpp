#pragma once
// The headings of table columns for people. In English a column is headed by its key
// (what --only, --metrics and the CSV and JSON use); in Japanese by the registry's
// label of a metric key and by the Japanese of the other columns (docs/glossary-ja.md).

#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "ecosys/language.hpp"

namespace ecosys {

/// The heading of the column `key`: `key` itself in English; in Japanese the metric's
/// label_ja, the Japanese of a fixed column (id → ID, name → 名称, region → 地域 ...), or
/// of a key with a suffix (betweenness_rank → 媒介中心性 順位, "transitivity z" →
/// 推移性 z). A key with no Japanese is kept as it is.
[[nodiscard]] std::string column_heading(Language language, std::string_view key);

/// The columns that are not metrics with their Japanese (listed in docs/glossary-ja.md,
/// "Table columns"; a test keeps the two equal).
[[nodiscard]] std::span<const std::pair<std::string_view, std::string_view>> fixed_column_headings();

/// True when column_heading(Language::ja, key) differs from `key` (tests, --header-lang).
[[nodiscard]] bool has_japanese_heading(std::string_view key);

/// For `--header-lang ja`: `csv` with a row of Japanese headings first, one per column
/// of its header line (column_heading), before the English keys, which stay the second
/// row for programs (read with one row skipped). A byte order mark stays first.
[[nodiscard]] std::string with_japanese_header_row(std::string csv);

}  // namespace ecosys
