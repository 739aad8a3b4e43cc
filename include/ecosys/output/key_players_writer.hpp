#pragma once
// Writing a KeyPlayersReport as JSON, CSV or an aligned text table.

#include <string>

#include <nlohmann/json.hpp>

#include "ecosys/analysis/key_players_report.hpp"
#include "ecosys/language.hpp"

namespace ecosys {

/// {"network", "goal", "k", "radius", "candidates": ROLE|SECTOR|null,
///  "regions": [{"id", "goal", "k", "set": [ids], "score", "exact": bool, "upper_bound",
///  "actors", "candidates", "restarts", "restarts_at_best", "worst_restart_score", "note"?}]};
/// a region with a note has "set": [], "score": null and "upper_bound": null.
[[nodiscard]] nlohmann::ordered_json key_players_to_json(const KeyPlayersReport& report);
[[nodiscard]] std::string format_key_players_json(const KeyPlayersReport& report);
/// region,goal,k,set,score,exact,upper_bound,actors,candidates,restarts,restarts_at_best,worst_restart_score,note;
/// set as "a;b;c".
[[nodiscard]] std::string format_key_players_csv(const KeyPlayersReport& report);
[[nodiscard]] std::string format_key_players_table(const KeyPlayersReport& report, Language language = Language::en);

}  // namespace ecosys
