// Writing a MatchReport as JSON, CSV, an aligned text table or Markdown.
#include <nlohmann/json.hpp>

#include "ecosys/output/match_writer.hpp"
#include "ecosys/output/records.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using nlohmann::ordered_json;

std::string distance_text(const MatchPair& p) { return p.distance ? std::to_string(*p.distance) : "none"; }

std::string path_text(const MatchPair& p) {
    if (!p.distance) return "no path: not connected";
    std::string out = p.need_actor;
    for (const Intermediary& i : p.introduction) {
        out += " – " + i.id;
        std::string what = i.role.empty() ? i.kind : i.role;
        what += (what.empty() ? "" : ", ") + i.sector;
        if (!i.region.empty()) what += ", " + i.region;
        out += " (" + what + ")";
    }
    return out + " – " + p.seed_actor;
}

std::string source_text(const MatchReport& r) { return r.source == KeywordSource::topics ? "topics" : "needs/seeds"; }

std::string heading(const MatchReport& r, Language lang = Language::en) {
    std::string h = say(lang, "Matches (", "マッチング (") + source_text(r) + ")";
    if (r.region != "*") h += say(lang, ", needs of region ", "、地域のニーズ ") + r.region;
    if (r.cross_region_only) h += say(lang, ", across regions only", "、地域をまたぐもののみ");
    if (lang == Language::ja)
        return h + ": スコア = " + detail::significant_number(r.weights.keywords) + "·類似度 + " +
               detail::significant_number(r.weights.proximity) + "/距離 + " + detail::significant_number(r.weights.structure) +
               "·ジャッカード係数、キーワードを共有する結びついていないペア " + count_text(lang, r.candidates, "組");
    h += ": score = " + detail::significant_number(r.weights.keywords) + "·similarity + " +
         detail::significant_number(r.weights.proximity) + "/distance + " + detail::significant_number(r.weights.structure) +
         "·jaccard; " + std::to_string(r.candidates) + " untied pairs share a keyword";
    return h;
}

std::string suppliers_text(const RegionNeeds& r) {
    std::string out;
    for (const auto& [region, count] : r.suppliers)
        out += (out.empty() ? "" : ", ") + (region.empty() ? std::string("(no region)") : region) + " " + std::to_string(count);
    return out.empty() ? "-" : out;
}

/// The pairs for people (table and Markdown): rank, the two actors, their regions
/// ("a → b" or "a (same)"), score, similarity and distance ("none" without a path); in
/// Markdown with `explain` also the shared keywords and the introduction path.
Records pair_records(const MatchReport& report, bool explain, Language lang) {
    const unsigned explained = explain ? in_markdown : 0u;
    Records records{{RecordColumn("rank", RecordKind::integer, "rank", "順位"), RecordColumn("need", RecordKind::text, "needs", "ニーズ"),
                     RecordColumn("seed", RecordKind::text, "seeds", "シーズ"), RecordColumn("regions", RecordKind::text, "regions", "地域"),
                     RecordColumn("score", RecordKind::number, "score", "スコア"),
                     RecordColumn("similarity", RecordKind::number, "similarity", "類似度"),
                     RecordColumn("distance", RecordKind::word, "distance", "距離").align_right(),
                     RecordColumn("shared", RecordKind::list, "shared", "共通").only(explained),
                     RecordColumn("introduction", RecordKind::text, "introduction path", "紹介経路").only(explained)},
                    {}};
    std::int64_t rank = 0;
    for (const MatchPair& p : report.pairs)
        records.add({++rank, p.need_actor, p.seed_actor,
                     p.need_region + (p.cross_region ? std::string(" → ") + p.seed_region : say(lang, " (same)", " (同じ)")), p.score,
                     p.similarity, distance_text(p), p.shared, path_text(p)});
    return records;
}

/// The needs of each region for people: how many actors have needs, how many needs and
/// how many unmatched, which regions could supply those, which needs no region has.
Records region_need_records(const MatchReport& report, Language lang) {
    Records records{{RecordColumn("region", RecordKind::text, "region", "地域"), RecordColumn("actors", RecordKind::integer, "actors", "アクター数"),
                     RecordColumn("needs", RecordKind::integer, "needs", "ニーズ"),
                     RecordColumn("unmatched", RecordKind::integer, "unmatched", "未充足"),
                     RecordColumn("suppliers", RecordKind::text, "could be supplied by (unmatched needs)", "提供できる地域 (未充足のニーズ数)")
                         .only(in_table),
                     RecordColumn("suppliers", RecordKind::text, "could be supplied by", "提供できる地域").only(in_markdown),
                     RecordColumn("unsupplied", RecordKind::text, "no region has", "どの地域にもない")},
                    {}};
    const auto count = [](std::size_t n) { return RecordValue(static_cast<std::int64_t>(n)); };
    for (const RegionNeeds& x : report.regions) {
        const std::string suppliers = suppliers_text(x);
        records.add({x.region.empty() ? say(lang, "(no region)", "(地域なし)") : x.region, count(x.actors_with_needs), count(x.needs),
                     count(x.unmatched), suppliers, suppliers, x.unsupplied.empty() ? std::string("-") : detail::join(x.unsupplied, ", ")});
    }
    return records;
}

}  // namespace

std::string format_match_json(const MatchReport& report) {
    ordered_json j;
    j["network"] = report.network;
    j["keywords"] = source_text(report);
    j["weights"] = {{"similarity", report.weights.keywords}, {"proximity", report.weights.proximity}, {"jaccard", report.weights.structure}};
    j["region"] = report.region;
    j["cross_region_only"] = report.cross_region_only;
    j["candidates"] = report.candidates;
    j["pairs"] = ordered_json::array();
    for (const MatchPair& p : report.pairs) {
        ordered_json intro = ordered_json::array();
        for (const Intermediary& i : p.introduction)
            intro.push_back({{"id", i.id}, {"name", i.name}, {"sector", i.sector}, {"role", i.role}, {"kind", i.kind}, {"region", i.region}});
        j["pairs"].push_back({{"need", p.need_actor},
                              {"seed", p.seed_actor},
                              {"need_region", p.need_region},
                              {"seed_region", p.seed_region},
                              {"cross_region", p.cross_region},
                              {"score", p.score},
                              {"similarity", p.similarity},
                              {"distance", p.distance ? ordered_json(*p.distance) : ordered_json(nullptr)},
                              {"jaccard", p.jaccard},
                              {"shared", p.shared},
                              {"introduction", intro}});
    }
    j["regions"] = ordered_json::array();
    for (const RegionNeeds& r : report.regions) {
        ordered_json sup = ordered_json::array();
        for (const auto& [region, count] : r.suppliers) sup.push_back({{"region", region}, {"needs", count}});
        j["regions"].push_back({{"region", r.region},
                                {"actors_with_needs", r.actors_with_needs},
                                {"needs", r.needs},
                                {"unmatched", r.unmatched},
                                {"suppliers", sup},
                                {"unsupplied", r.unsupplied}});
    }
    return j.dump(2) + "\n";
}

std::string format_match_csv(const MatchReport& report) {
    Records records{{RecordColumn("need", RecordKind::text), RecordColumn("seed", RecordKind::text), RecordColumn("need_region", RecordKind::text),
                     RecordColumn("seed_region", RecordKind::text), RecordColumn("cross_region", RecordKind::boolean),
                     RecordColumn("score", RecordKind::number), RecordColumn("similarity", RecordKind::number),
                     RecordColumn("distance", RecordKind::integer).in_units("steps"), RecordColumn("jaccard", RecordKind::number),
                     RecordColumn("shared", RecordKind::list), RecordColumn("introduction", RecordKind::list)},
                    {}};
    for (const MatchPair& p : report.pairs) {
        std::vector<std::string> intro;
        for (const Intermediary& i : p.introduction) intro.push_back(i.id);
        records.add({p.need_actor, p.seed_actor, p.need_region, p.seed_region, p.cross_region, p.score, p.similarity,
                     p.distance ? RecordValue(static_cast<std::int64_t>(*p.distance)) : RecordValue(), p.jaccard, p.shared, std::move(intro)});
    }
    return records_csv(records);
}

std::string format_match_table(const MatchReport& report, bool explain, Language lang) {
    const auto T = [lang](std::string_view en, std::string_view ja) { return say(lang, en, ja); };
    std::string out = detail::visible(heading(report, lang)) + "\n";
    if (report.pairs.empty()) {
        out += T("no untied pair shares a keyword\n", "キーワードを共有する結びついていないペアはない\n");
    } else if (!explain) {
        out += records_table(pair_records(report, explain, lang), lang);
    } else {
        // Each pair's line, then its shared keywords and introduction path under it.
        const std::string table = records_table(pair_records(report, explain, lang), lang);
        std::size_t line = 0, start = 0;
        for (std::size_t end = table.find('\n'); end != std::string::npos; start = end + 1, end = table.find('\n', start), ++line) {
            out += table.substr(start, end - start + 1);
            if (line == 0) continue;
            const MatchPair& p = report.pairs[line - 1];
            out += T("      shared: ", "      共通: ") + detail::join(p.shared, ", ") + T("\n      path: ", "\n      経路: ") + path_text(p) + "\n";
        }
    }
    out += T("\nNeeds per region (unmatched: no actor of the region has the keyword as a seed)\n",
             "\n地域ごとのニーズ (未充足: 地域のどのアクターもそのキーワードをシーズとしてもたない)\n");
    return out + records_table(region_need_records(report, lang), lang);
}

std::string format_match_markdown(const MatchReport& report, bool explain, Language lang) {
    std::string out = "# " + detail::markdown_text(heading(report, lang)) + "\n\n" + records_markdown(pair_records(report, explain, lang), lang);
    return out + say(lang, "\n## Needs per region\n\n", "\n## 地域ごとのニーズ\n\n") + records_markdown(region_need_records(report, lang), lang);
}

}  // namespace ecosys
