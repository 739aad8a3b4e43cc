#pragma once
// Writing an ProgrammeEvaluation as JSON, CSV, an aligned text table or Markdown
// (docs/evaluation.md).

#include <string>

#include <nlohmann/json.hpp>

#include "ecosys/analysis/evaluation.hpp"
#include "ecosys/language.hpp"

namespace ecosys {

/// {"network", "programme", "programme_name", "pre", "post", "treated": [...], "control":
///  [...], "weight_by", "metrics": [{"key", "label", "treated_pre", "treated_post",
///  "control_pre", "control_post", "did", "p_value", "exact", "assignments",
///  "treated_regions", "control_regions"}], "regions": [{"id", "name", "treated", "weight",
///  "pre": {KEY: V}, "post": {KEY: V}}], "event_study"?: [{"year", "metrics": [...]}],
///  "durability": {"groups": [{"group", "pairs", "events", "km": [{"years",
///  "share_again"}]}], "logrank_statistic", "logrank_p", "last_year"}, "notes": [...]}.
/// A value a region lacks in a window is null.
[[nodiscard]] nlohmann::ordered_json programme_evaluation_to_json(const ProgrammeEvaluation& report);
[[nodiscard]] std::string format_programme_evaluation_json(const ProgrammeEvaluation& report);
/// section,key,region,year,group,value... : one table of rows "did" (per metric),
/// "region" (per region and metric), "event" (per year and metric) and "km" (per group and year).
[[nodiscard]] std::string format_programme_evaluation_csv(const ProgrammeEvaluation& report);
/// Tables and markdown in English or Japanese (titles, column heads, readings, years
/// as fiscal or era years when the report asks); the values are the same.
[[nodiscard]] std::string format_programme_evaluation_table(const ProgrammeEvaluation& report, bool wide = false,
                                                            Language language = Language::en);
[[nodiscard]] std::string format_programme_evaluation_markdown(const ProgrammeEvaluation& report,
                                                               Language language = Language::en);

/// What a p-value says, for people: "strong evidence of a change beyond the controls'" ...
/// (対照を超える変化の強い証拠 ...).
[[nodiscard]] std::string p_value_reading(double p, Language language = Language::en);

}  // namespace ecosys
