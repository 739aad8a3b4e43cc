#pragma once
// The writers of `ecosys links --evaluate`: an EvaluationReport as JSON, CSV, an aligned table or Markdown.

#include <string>

#include "ecosys/analysis/link_evaluation.hpp"
#include "ecosys/language.hpp"

namespace ecosys {

/// {"train_until", "training_actors", ..., "methods": [{"method", "auc", "average_precision",
///  "precision_at_10", "precision_at_100", "precision_at_1000"}]}
[[nodiscard]] std::string format_evaluation_json(const EvaluationReport& report);
[[nodiscard]] std::string format_evaluation_csv(const EvaluationReport& report);
[[nodiscard]] std::string format_evaluation_table(const EvaluationReport& report, Language language = Language::en);
[[nodiscard]] std::string format_evaluation_markdown(const EvaluationReport& report, Language language = Language::en);

}  // namespace ecosys
