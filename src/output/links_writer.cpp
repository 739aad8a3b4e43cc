// The writers of `ecosys links` (output/links_writer.hpp).
#include "ecosys/output/links_writer.hpp"

#include <nlohmann/json.hpp>

#include "ecosys/output/records.hpp"
#include "util/table.hpp"

namespace ecosys {

namespace {

std::string heading(const LinksReport& report, Language lang = Language::en) {
    std::string h = say(lang, "Link prediction: ", "リンク予測: ") + to_string(report.method);
    if (report.region != "*") h += say(lang, ", region ", "、地域 ") + report.region;
    if (!report.restriction.empty()) h += say(lang, ", pairs ", "、ペア ") + report.restriction;
    return h;
}

/// The pairs as records: for people their rank and the score marked "(tied)" for a given
/// pair that is tied; for programs the score and whether the pair is tied.
Records pair_records(const LinksReport& report, Language lang) {
    Records records{{RecordColumn("rank", RecordKind::integer).only(in_table | in_markdown), RecordColumn("source", RecordKind::text),
                     RecordColumn("target", RecordKind::text), RecordColumn("score", RecordKind::number).only(in_csv | in_json),
                     RecordColumn("score", RecordKind::word).only(in_table | in_markdown).align_right(),
                     RecordColumn("tied", RecordKind::boolean).only(in_csv | in_json)},
                    {}};
    std::int64_t rank = 0;
    for (const LinkPairRow& p : report.pairs)
        records.add({++rank, p.source, p.target, p.score,
                     detail::significant_number(p.score) + (p.tied ? say(lang, " (tied)", " (紐帯あり)") : ""), p.tied});
    return records;
}

}  // namespace

std::string format_links_json(const LinksReport& report) {
    nlohmann::ordered_json j;
    j["method"] = to_string(report.method);
    j["region"] = report.region;
    j["pairs"] = nlohmann::ordered_json::array();
    std::string out = j.dump(2);
    if (report.pairs.empty()) return out + "\n";
    // The pairs row by row, as the document's dump(2) would indent them: a document of
    // a million pairs held 650 MB, the text alone 85 MB.
    out.erase(out.rfind("[]") + 1);
    out += '\n';
    for (std::size_t i = 0; i < report.pairs.size(); ++i) {
        const LinkPairRow& p = report.pairs[i];
        nlohmann::ordered_json row{{"source", p.source}, {"target", p.target}, {"score", p.score}};
        if (p.tied) row["tied"] = true;
        const std::string text = row.dump(2);
        out += "    ";
        for (char c : text) {
            out += c;
            if (c == '\n') out += "    ";
        }
        out += i + 1 < report.pairs.size() ? ",\n" : "\n";
    }
    return out + "  ]\n}\n";
}

std::string format_links_csv(const LinksReport& report) { return records_csv(pair_records(report, Language::en)); }

std::string format_links_table(const LinksReport& report, Language lang) {
    const auto T = [lang](std::string_view en, std::string_view ja) { return say(lang, en, ja); };
    std::string out = heading(report, lang) + (lang == Language::ja ? " (" + count_text(lang, report.pairs.size(), "組") + ")\n"
                                                                  : " (" + std::to_string(report.pairs.size()) + " pairs)\n");
    return report.pairs.empty() ? out + T("no pair scores above 0 (no two untied actors share a neighbour)\n",
                                          "スコアが 0 を超えるペアはない (結びついていない2アクターが共通の隣接者をもたない)\n")
                                : out + records_table(pair_records(report, lang), lang);
}

std::string format_links_markdown(const LinksReport& report, Language lang) {
    return "# " + detail::markdown_text(heading(report, lang)) + "\n\n" + records_markdown(pair_records(report, lang), lang);
}

}  // namespace ecosys
