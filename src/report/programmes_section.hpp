#pragma once
// The report's "Programmes" section (docs/evaluation.md): per programme its regions
// and funding, the difference in differences of the region metrics with p-values and
// what they mean, a slope chart of each metric with treated regions and controls
// apart, and the durability curves of the ties it first funded.

#include <functional>
#include <string>
#include <vector>

#include "ecosys/language.hpp"

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys::detail {

/// The programmes evaluated in the report: the declared ones, else (none declared) those
/// projects name, at most `limit`.
[[nodiscard]] std::vector<std::string> report_programmes(const Network& network, std::size_t limit = 8);

/// The section's HTML, or "" when the network has no programme. A programme that cannot
/// be evaluated with the defaults (no years, no control region ...) shows why instead.
/// `year` writes a year for the reader (plain, fiscal, by era: model/fiscal_year.hpp).
[[nodiscard]] std::string programmes_section(const Network& network, const AnalysisOptions& analysis,
                                             Language language = Language::en,
                                             const std::function<std::string(int)>& year = {});

/// A slope chart: one line per region from its pre to its post value, treated regions in
/// the accent colour and controls in grey, and each group's mean as a thick line.
[[nodiscard]] std::string slope_chart_svg(const std::string& title, const std::vector<std::string>& labels,
                                          const std::vector<bool>& treated, const std::vector<double>& pre,
                                          const std::vector<double>& post, Language language = Language::en);

}  // namespace ecosys::detail
