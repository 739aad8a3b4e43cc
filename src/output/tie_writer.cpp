// The writers of `ecosys metrics --ties` (output/tie_writer.hpp).

#include "ecosys/output/tie_writer.hpp"

#include "ecosys/output/records.hpp"
#include "util/table.hpp"

namespace ecosys {

namespace {

const char* const direction_note = "directed ties one way, undirected ties both ways";

/// The ties as records: source, target (data text), edge_betweenness, bridge.
Records tie_records(const TiesReport& report) {
    Records records{{RecordColumn("source", RecordKind::text).cut_in_tables(), RecordColumn("target", RecordKind::text).cut_in_tables(),
                     RecordColumn("edge_betweenness", RecordKind::number).in_units("shortest paths"),
                     RecordColumn("bridge", RecordKind::boolean)},
                    {}};
    for (const TieRow& t : report.ties) records.add({t.source, t.target, t.edge_betweenness, t.bridge});
    return records;
}

}  // namespace

std::string format_ties_json(const TiesReport& report) {
    nlohmann::ordered_json out;
    out["network"] = report.network;
    out["weighted"] = report.weighted;
    if (report.directed) {
        out["directed"] = true;
        out["direction"] = direction_note;
    }
    out["ties"] = records_json(tie_records(report));
    return out.dump(2) + "\n";
}

std::string format_ties_csv(const TiesReport& report) { return records_csv(tie_records(report)); }

std::string format_ties_table(const TiesReport& report, bool wide, Language lang) {
    const std::string table = records_table(tie_records(report), lang, wide);
    if (lang == Language::ja)
        return detail::heading_text(report.network) + " の紐帯 (" + count_text(lang, report.ties.size(), report.directed ? "弧" : "本") + "、" +
               (report.weighted ? "重み付き: 距離 = 1/重み" : "重みなし") + (report.directed ? "、有向" : "、無向") + ")\n\n" + table;
    return "Ties of " + detail::heading_text(report.network) + " (" + std::to_string(report.ties.size()) + (report.directed ? " arcs; " : "; ") +
           (report.weighted ? "weighted: distance = 1/weight" : "unweighted") +
           (report.directed ? std::string("; directed: ") + direction_note : std::string("; undirected")) + ")\n\n" +
           table;
}

}  // namespace ecosys
