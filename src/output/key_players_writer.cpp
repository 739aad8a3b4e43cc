#include "ecosys/output/key_players_writer.hpp"

#include "util/spreadsheet_guard.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

namespace ecosys {

nlohmann::ordered_json key_players_to_json(const KeyPlayersReport& report) {
    nlohmann::ordered_json j;
    j["network"] = report.network;
    j["goal"] = to_string(report.goal);
    j["k"] = report.k;
    j["radius"] = report.radius;
    j["candidates"] = report.candidates.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(report.candidates);
    j["regions"] = nlohmann::ordered_json::array();
    for (const KeyPlayersRow& r : report.regions) {
        nlohmann::ordered_json row;
        row["id"] = r.id;
        row["goal"] = to_string(report.goal);
        row["k"] = report.k;
        row["set"] = r.set;
        row["score"] = r.note.empty() ? nlohmann::ordered_json(r.score) : nlohmann::ordered_json(nullptr);
        row["exact"] = r.exact;
        row["upper_bound"] = r.note.empty() ? nlohmann::ordered_json(r.upper_bound) : nlohmann::ordered_json(nullptr);
        row["actors"] = r.actors;
        row["candidates"] = r.candidates;
        row["restarts"] = r.restarts;
        row["restarts_at_best"] = r.restarts_at_best;
        row["worst_restart_score"] = r.note.empty() ? nlohmann::ordered_json(r.worst_restart_score) : nlohmann::ordered_json(nullptr);
        if (!r.note.empty()) row["note"] = r.note;
        j["regions"].push_back(std::move(row));
    }
    return j;
}

std::string format_key_players_json(const KeyPlayersReport& report) { return key_players_to_json(report).dump(2) + "\n"; }

std::string format_key_players_csv(const KeyPlayersReport& report) {
    std::string out = detail::csv_line({"region", "goal", "k", "set", "score", "exact", "upper_bound", "actors", "candidates",
                                        "restarts", "restarts_at_best", "worst_restart_score", "note"});
    for (const KeyPlayersRow& r : report.regions) {
        const bool ok = r.note.empty();
        out += detail::csv_line({detail::guard_spreadsheet_text(r.id), to_string(report.goal), std::to_string(report.k),
                                 detail::guard_spreadsheet_text(detail::join(r.set, ";")), ok ? detail::shortest_number(r.score) : "",
                                 r.exact ? "true" : "false", ok ? detail::shortest_number(r.upper_bound) : "",
                                 std::to_string(r.actors), std::to_string(r.candidates),
                                 std::to_string(r.restarts), std::to_string(r.restarts_at_best),
                                 ok ? detail::shortest_number(r.worst_restart_score) : "", r.note});
    }
    return out;
}

std::string format_key_players_table(const KeyPlayersReport& report, Language lang) {
    const bool ja = lang == Language::ja;
    const auto T = [lang](std::string_view en, std::string_view jp) { return say(lang, en, jp); };
    detail::TextTable t({T("region", "地域"), T("actors", "アクター数"), T("score", "スコア"), T("at most", "上限"), T("exact", "厳密解"),
                         T("restarts at best", "最良に達した再試行"), T("set", "集合")});
    t.align_right(1);
    t.align_right(2);
    t.align_right(3);
    for (const KeyPlayersRow& r : report.regions) {
        if (!r.note.empty()) {
            t.add({r.id, std::to_string(r.actors), "-", "-", "-", "-", r.note});
            continue;
        }
        t.add({r.id, std::to_string(r.actors), detail::significant_number(r.score),
               detail::significant_number(r.upper_bound), r.exact ? T("yes", "はい") : T("no", "いいえ"),
               r.exact ? "-" : ja ? std::to_string(r.restarts) + " 回中 " + std::to_string(r.restarts_at_best) + " 回"
                                  : std::to_string(r.restarts_at_best) + " of " + std::to_string(r.restarts),
               detail::join(r.set, ", ")});
    }
    std::string head;
    if (ja) {
        head = "キープレーヤー: k = " + std::to_string(report.k) + "、目的 " +
               (report.goal == KeyPlayerGoal::fragment ? std::string("分断 (fragment)") : std::string("到達 (reach)"));
        if (report.goal == KeyPlayerGoal::reach) head += "、" + std::to_string(report.radius) + " 歩以内";
        if (!report.candidates.empty()) head += "、候補 " + report.candidates;
        head += report.goal == KeyPlayerGoal::fragment ? " (スコア: 集合を取り除いた後の分断度)\n" : " (スコア: 届く他のアクターの割合)\n";
    } else {
        head = "Key players: k = " + std::to_string(report.k) + ", goal " + to_string(report.goal);
        if (report.goal == KeyPlayerGoal::reach) head += " within " + std::to_string(report.radius) + " steps";
        if (!report.candidates.empty()) head += ", candidates " + report.candidates;
        head += report.goal == KeyPlayerGoal::fragment ? " (score: fragmentation after removing the set)\n"
                                                       : " (score: share of the other actors reached)\n";
    }
    return head + t.str();
}

}  // namespace ecosys
