// The writers of `ecosys links` (output/links_writer.hpp).
#include "ecosys/output/links_writer.hpp"

#include <nlohmann/json.hpp>

#include "util/spreadsheet_guard.hpp"
#include "util/table.hpp"

namespace ecosys {

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

std::string format_links_csv(const LinksReport& report) {
    std::string out = detail::csv_line({"source", "target", "score", "tied"});
    for (const LinkPairRow& p : report.pairs)
        out += detail::csv_line({detail::guard_spreadsheet_text(p.source), detail::guard_spreadsheet_text(p.target),
                                 detail::shortest_number(p.score), p.tied ? "true" : "false"});
    return out;
}

namespace {

std::string heading(const LinksReport& report, Language lang = Language::en) {
    std::string h = say(lang, "Link prediction: ", "リンク予測: ") + to_string(report.method);
    if (report.region != "*") h += say(lang, ", region ", "、地域 ") + report.region;
    if (!report.restriction.empty()) h += say(lang, ", pairs ", "、ペア ") + report.restriction;
    return h;
}

}  // namespace

std::string format_links_table(const LinksReport& report, Language lang) {
    const auto T = [lang](std::string_view en, std::string_view ja) { return say(lang, en, ja); };
    detail::TextTable t({T("rank", "順位"), T("source", "始点"), T("target", "終点"), T("score", "スコア")});
    t.align_right(0);
    t.align_right(3);
    std::size_t rank = 0;
    for (const LinkPairRow& p : report.pairs)
        t.add({std::to_string(++rank), p.source, p.target, detail::significant_number(p.score) + (p.tied ? T(" (tied)", " (紐帯あり)") : "")});
    std::string out = heading(report, lang) + (lang == Language::ja ? " (" + count_text(lang, report.pairs.size(), "組") + ")\n"
                                                                  : " (" + std::to_string(report.pairs.size()) + " pairs)\n");
    return report.pairs.empty() ? out + T("no pair scores above 0 (no two untied actors share a neighbour)\n",
                                          "スコアが 0 を超えるペアはない (結びついていない2アクターが共通の隣接者をもたない)\n")
                                : out + t.str();
}

std::string format_links_markdown(const LinksReport& report, Language lang) {
    std::string out = "# " + detail::markdown_text(heading(report, lang)) +
                      say(lang, "\n\n| rank | source | target | score |\n|---:|---|---|---:|\n", "\n\n| 順位 | 始点 | 終点 | スコア |\n|---:|---|---|---:|\n");
    std::size_t rank = 0;
    for (const LinkPairRow& p : report.pairs)
        out += "| " + std::to_string(++rank) + " | " + detail::markdown_text(p.source) + " | " + detail::markdown_text(p.target) +
               " | " + detail::significant_number(p.score) + (p.tied ? say(lang, " (tied)", " (紐帯あり)") : "") + " |\n";
    return out;
}

}  // namespace ecosys
