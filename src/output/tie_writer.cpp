// The writers of `ecosys metrics --ties` (output/tie_writer.hpp).

#include "ecosys/output/tie_writer.hpp"

#include "util/spreadsheet_guard.hpp"
#include "util/table.hpp"

namespace ecosys {

namespace {
const char* const direction_note = "directed ties one way, undirected ties both ways";
}

std::string format_ties_json(const TiesReport& report) {
    nlohmann::ordered_json out;
    out["network"] = report.network;
    out["weighted"] = report.weighted;
    if (report.directed) {
        out["directed"] = true;
        out["direction"] = direction_note;
    }
    nlohmann::ordered_json ties = nlohmann::ordered_json::array();
    for (const TieRow& t : report.ties) {
        nlohmann::ordered_json row;
        row["source"] = t.source;
        row["target"] = t.target;
        row["edge_betweenness"] = t.edge_betweenness;
        row["bridge"] = t.bridge;
        ties.push_back(std::move(row));
    }
    out["ties"] = std::move(ties);
    return out.dump(2) + "\n";
}

std::string format_ties_csv(const TiesReport& report) {
    std::string out = detail::csv_line({"source", "target", "edge_betweenness", "bridge"});
    for (const TieRow& t : report.ties)
        out += detail::csv_line({detail::guard_spreadsheet_text(t.source), detail::guard_spreadsheet_text(t.target),
                                 detail::shortest_number(t.edge_betweenness), t.bridge ? "true" : "false"});
    return out;
}

std::string format_ties_table(const TiesReport& report, bool wide, Language lang) {
    auto cut = [wide](const std::string& id) { return detail::cell_text(id, wide); };
    const auto T = [lang](std::string_view en, std::string_view ja) { return say(lang, en, ja); };
    detail::TextTable table({T("source", "始点"), T("target", "終点"), T("edge_betweenness", "辺媒介中心性"), T("bridge", "ブリッジ")});
    table.align_right(2);
    for (const TieRow& t : report.ties)
        table.add({cut(t.source), cut(t.target), detail::significant_number(t.edge_betweenness),
                   t.bridge ? T("yes", "はい") : T("no", "いいえ")});
    if (lang == Language::ja)
        return detail::heading_text(report.network) + " の紐帯 (" + count_text(lang, report.ties.size(), report.directed ? "弧" : "本") + "、" +
               (report.weighted ? "重み付き: 距離 = 1/重み" : "重みなし") + (report.directed ? "、有向" : "、無向") + ")\n\n" + table.str();
    return "Ties of " + detail::heading_text(report.network) + " (" + std::to_string(report.ties.size()) + (report.directed ? " arcs; " : "; ") +
           (report.weighted ? "weighted: distance = 1/weight" : "unweighted") +
           (report.directed ? std::string("; directed: ") + direction_note : std::string("; undirected")) + ")\n\n" +
           table.str();
}

}  // namespace ecosys
