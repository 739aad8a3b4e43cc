#pragma once
// Writing a Comparison as JSON, CSV, Markdown or an aligned text table.

#include <string>

#include <nlohmann/json.hpp>

#include "ecosys/compare/comparison.hpp"
#include "ecosys/language.hpp"

namespace ecosys {

/// {"by": "region"|"network"|"year", "region": ID|null, "weighted": bool,
///  "null_model": {"model", "samples", "seed", "starts", "burn_in", "trades_per_sample",
///                 "exact_path_limit", "path_samples", "sampled_path_limit", "path_sources"},
///  "columns": [KEY...],
///  "rows": [{"id", "name", "metrics": {KEY: value|null}, "ranks": {KEY: rank|null},
///            "z": {KEY: z|null}, "z_error": {KEY: error|null}}],
///  "whole": {... the same, no ranks} (by region)}.
/// "z" holds only the keys with a z-score (has_z_score()); "z_error" only those whose z
/// may come from a shortcut for large graphs (DegreePreservingNull::estimated()).
[[nodiscard]] nlohmann::ordered_json comparison_to_json(const Comparison& comparison);
/// comparison_to_json() indented by 2, with a final newline.
[[nodiscard]] std::string format_comparison_json(const Comparison& comparison);

/// One row per compared row, then the whole network ("*", by region): id, name, then
/// for each metric KEY, KEY_rank and (with a z-score) KEY_z. Reals in the shortest
/// exact form; empty cells for absent values. `bom` starts the file with a UTF-8 byte
/// order mark so that Excel reads it as UTF-8.
[[nodiscard]] std::string format_comparison_csv(const Comparison& comparison, bool bom = false);

/// A GitHub/CommonMark pipe table: the row name, then each metric as "value (rank)"
/// to 4 significant digits, then the z-scores; names escaped so that no character of
/// theirs is read as Markdown or HTML. A line under the table says what z means.
[[nodiscard]] std::string format_comparison_markdown(const Comparison& comparison, Language language = Language::en);

/// An aligned table for a terminal, like the Markdown one without the pipes (row labels
/// cut in the middle to 32 columns unless `wide`).
[[nodiscard]] std::string format_comparison_table(const Comparison& comparison, bool wide = false,
                                                  Language language = Language::en);

}  // namespace ecosys
