#pragma once
// Writing a QapReport as JSON, CSV, an aligned text table or Markdown (docs/qap.md).

#include <string>

#include <nlohmann/json.hpp>

#include "ecosys/analysis/qap_analysis.hpp"
#include "ecosys/language.hpp"

namespace ecosys {

/// Regression: {"network", "scope", "actors", "directed", "y", "model", "null", "n_dyads",
/// "permutations", "seed", "r2", "adjusted_r2" (ols) or "aic", "deviance", "null_deviance"
/// (logit), "coefficients": [{"term", "estimate", "std_error", "t", "p_greater", "p_less",
/// "p_two_sided"}], "notes"}: the intercept first, then the predictors as given; p-values
/// null without permutations. Correlation: {"network", "scope", "actors", "directed", "y",
/// "x", "null": "y", "n_dyads", "permutations", "seed", "correlation", "p_greater",
/// "p_less", "p_two_sided", "notes"}.
[[nodiscard]] nlohmann::ordered_json qap_to_json(const QapReport& report);
[[nodiscard]] std::string format_qap_json(const QapReport& report);
/// Regression: term,estimate,std_error,t,p_greater,p_less,p_two_sided (one row per term).
/// Correlation: x,y,correlation,n_dyads,permutations,p_greater,p_less,p_two_sided.
[[nodiscard]] std::string format_qap_csv(const QapReport& report);
[[nodiscard]] std::string format_qap_table(const QapReport& report, bool wide = false, Language language = Language::en);
[[nodiscard]] std::string format_qap_markdown(const QapReport& report, Language language = Language::en);

}  // namespace ecosys
