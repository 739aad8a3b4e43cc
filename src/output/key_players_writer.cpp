#include "ecosys/output/key_players_writer.hpp"

#include "ecosys/output/records.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

/// The regions' sets as records for programs (CSV and JSON; the table for people is its
/// own). A region with a note has no score, upper bound or worst restart.
Records key_player_records(const KeyPlayersReport& report) {
    Records records{{RecordColumn("id", RecordKind::text).only(in_json), RecordColumn("region", RecordKind::text).only(in_csv),
                     RecordColumn("goal", RecordKind::word), RecordColumn("k", RecordKind::integer), RecordColumn("set", RecordKind::list),
                     RecordColumn("score", RecordKind::number), RecordColumn("exact", RecordKind::boolean),
                     RecordColumn("upper_bound", RecordKind::number), RecordColumn("actors", RecordKind::integer),
                     RecordColumn("candidates", RecordKind::integer), RecordColumn("restarts", RecordKind::integer),
                     RecordColumn("restarts_at_best", RecordKind::integer), RecordColumn("worst_restart_score", RecordKind::number),
                     RecordColumn("note", RecordKind::word)},
                    {}};
    const auto count = [](std::size_t n) { return RecordValue(static_cast<std::int64_t>(n)); };
    for (const KeyPlayersRow& r : report.regions) {
        const bool ok = r.note.empty();
        records.add({r.id, r.id, to_string(report.goal), count(report.k), r.set, ok ? RecordValue(r.score) : RecordValue(), r.exact,
                     ok ? RecordValue(r.upper_bound) : RecordValue(), count(r.actors), count(r.candidates), count(r.restarts),
                     count(r.restarts_at_best), ok ? RecordValue(r.worst_restart_score) : RecordValue(),
                     ok ? RecordValue() : RecordValue(r.note)});
    }
    return records;
}

}  // namespace

nlohmann::ordered_json key_players_to_json(const KeyPlayersReport& report) {
    nlohmann::ordered_json j;
    j["network"] = report.network;
    j["goal"] = to_string(report.goal);
    j["k"] = report.k;
    j["radius"] = report.radius;
    j["candidates"] = report.candidates.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(report.candidates);
    j["regions"] = records_json(key_player_records(report));
    for (nlohmann::ordered_json& row : j["regions"])
        if (row["note"].is_null()) row.erase("note");  // "note" only where there is one
    return j;
}

std::string format_key_players_json(const KeyPlayersReport& report) { return key_players_to_json(report).dump(2) + "\n"; }

std::string format_key_players_csv(const KeyPlayersReport& report) { return records_csv(key_player_records(report)); }

std::string format_key_players_table(const KeyPlayersReport& report, Language lang) {
    const bool ja = lang == Language::ja;
    Records sets{{RecordColumn("region", RecordKind::text, "region", "地域"), RecordColumn("actors", RecordKind::integer, "actors", "アクター数"),
                  RecordColumn("score", RecordKind::number, "score", "スコア"), RecordColumn("upper_bound", RecordKind::number, "at most", "上限"),
                  RecordColumn("exact", RecordKind::boolean, "exact", "厳密解"),
                  RecordColumn("restarts_at_best", RecordKind::word, "restarts at best", "最良に達した再試行"),
                  RecordColumn("set", RecordKind::text, "set", "集合")},
                 {}};
    for (const KeyPlayersRow& r : report.regions) {
        const RecordValue actors = static_cast<std::int64_t>(r.actors);
        if (!r.note.empty()) {
            sets.add({r.id, actors, RecordValue(), RecordValue(), RecordValue(), RecordValue(), r.note});
            continue;
        }
        sets.add({r.id, actors, r.score, r.upper_bound, r.exact,
                  r.exact ? RecordValue() : ja ? std::to_string(r.restarts) + " 回中 " + std::to_string(r.restarts_at_best) + " 回"
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
    return head + records_table(sets, lang);
}

}  // namespace ecosys
