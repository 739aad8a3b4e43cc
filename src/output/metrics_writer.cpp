#include "ecosys/output/metrics_writer.hpp"

#include <type_traits>
#include <vector>

#include "ecosys/output/records.hpp"
#include "util/table.hpp"

namespace ecosys {

nlohmann::ordered_json metric_value_to_json(const MetricValue& value) {
    using ordered_json = nlohmann::ordered_json;
    return std::visit(
        [](const auto& v) -> ordered_json {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return nullptr;
            } else if constexpr (std::is_same_v<T, std::vector<SectorCount>>) {
                ordered_json counts = ordered_json::object();
                for (const SectorCount& c : v) counts[c.sector] = c.actors;
                return counts;
            } else {
                return v;
            }
        },
        value);
}

namespace {

using ordered_json = nlohmann::ordered_json;

RecordValue record_value(const MetricValue& value) {
    return std::visit(
        [](const auto& v) -> RecordValue {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::vector<SectorCount>>) {
                RecordCounts counts;
                for (const SectorCount& c : v) counts.emplace_back(c.sector, static_cast<std::int64_t>(c.actors));
                return counts;
            } else {
                return v;
            }
        },
        value);
}

/// The kind of a metric's column, told by its first value (a number when there is none
/// or it is absent): the region table aligns a column of lists or counts to the left.
RecordKind metric_kind(const MetricValue* first) {
    if (first && std::holds_alternative<std::vector<std::string>>(*first)) return RecordKind::list;
    if (first && std::holds_alternative<std::vector<SectorCount>>(*first)) return RecordKind::counts;
    return RecordKind::number;
}

/// The metric columns `keys`, their kinds told by `first` (a row's values, or null).
void add_metric_columns(Records& records, const std::vector<std::string>& keys, const std::vector<MetricValue>* first) {
    for (std::size_t c = 0; c < keys.size(); ++c)
        records.columns.push_back(RecordColumn(keys[c], metric_kind(first ? &(*first)[c] : nullptr)).joined_by("; "));
}

/// The actors as records: id, name, sector, region (absent without one), the actor
/// metrics, every one right-aligned in the table.
Records actor_records(const MetricsReport& report) {
    Records records{{RecordColumn("id", RecordKind::text).cut_in_tables(), RecordColumn("name", RecordKind::text).cut_in_tables(),
                     RecordColumn("sector", RecordKind::text).cut_in_tables(), RecordColumn("region", RecordKind::text).cut_in_tables()},
                    {}};
    add_metric_columns(records, report.actor_columns, report.actors.empty() ? nullptr : &report.actors.front().values);
    for (std::size_t c = 4; c < records.columns.size(); ++c) records.columns[c].align_right();
    for (const ActorRow& row : report.actors) {
        std::vector<RecordValue> values{row.id, row.name, row.sector, row.region.empty() ? RecordValue() : RecordValue(row.region)};
        for (const MetricValue& v : row.values) values.push_back(record_value(v));
        records.add(std::move(values));
    }
    return records;
}

/// The regions (then "*") as records: id, name, the region metrics.
Records region_records(const MetricsReport& report) {
    Records records{{RecordColumn("id", RecordKind::text).cut_in_tables(), RecordColumn("name", RecordKind::text).cut_in_tables()}, {}};
    add_metric_columns(records, report.region_columns, report.regions.empty() ? nullptr : &report.regions.front().values);
    for (const RegionRow& row : report.regions) {
        std::vector<RecordValue> values{row.id, row.name};
        for (const MetricValue& v : row.values) values.push_back(record_value(v));
        records.add(std::move(values));
    }
    return records;
}

}  // namespace

ordered_json metrics_to_json(const MetricsReport& report) {
    ordered_json out;
    out["network"] = report.network;
    out["scope"] = std::string(to_string(report.scope));
    out["weighted"] = report.weighted;
    if (report.directed) {  // only then, so that undirected output stays as it was
        out["directed"] = true;
        out["direction"] = "directed ties one way, undirected ties both ways (betweenness, pagerank and the in_/out_ keys)";
    }
    out["actors"] = records_json(actor_records(report));
    out["regions"] = records_json(region_records(report));
    if (!report.notes.empty()) out["notes"] = report.notes;
    return out;
}

std::string format_metrics_json(const MetricsReport& report) { return metrics_to_json(report).dump(2) + "\n"; }

std::string format_metrics_csv(const MetricsReport& report) {
    // Actor and region metric keys never coincide (a metric has one level), so the
    // regions share only id and name with the actors.
    const Records actors = actor_records(report), regions = region_records(report);
    return records_csv(stacked_records("record", {{"actor", &actors}, {"region", &regions}}));
}

std::string format_metrics_table(const MetricsReport& report, bool wide, Language lang) {
    std::string out;
    const std::string weighting =
        say(lang, report.weighted ? "weighted: weight = strength, distance = 1/weight" : "unweighted",
            report.weighted ? "重み付き: 重み = 強さ、距離 = 1/重み" : "重みなし") +
        (report.directed ? say(lang, "; directed: directed ties one way, undirected ties both ways",
                               "、有向: 有向の紐帯は一方向、無向の紐帯は双方向")
                         : "");
    const std::string network = detail::heading_text(report.network);
    if (!report.actor_columns.empty()) {
        const std::string table = records_table(actor_records(report), lang, wide);
        if (lang == Language::ja)
            out += network + " のアクター (" + count_text(lang, report.actors.size(), "件") + "、" +
                   (report.scope == MetricScope::network ? "ネットワーク全体で計算" : "各アクターの地域の中で計算") + "、" +
                   weighting + ")\n\n" + table;
        else
            out += "Actors of " + network + " (" + std::to_string(report.actors.size()) + "; metrics computed " +
                   (report.scope == MetricScope::network ? "on the whole network" : "inside each actor's region") + ", " +
                   weighting + ")\n\n" + table;
    }
    if (!report.region_columns.empty()) {
        if (!out.empty()) out += "\n";
        out += say(lang, "Regions of ", "") + network +
               say(lang, " (each on its own actors and the ties among them; * = whole network; ",
                   " の地域 (各地域はその地域のアクターとその間の紐帯で計算、* = ネットワーク全体、") +
               weighting + ")\n\n" + records_table(region_records(report), lang, wide);
    }
    for (const std::string& note : report.notes) out += say(lang, "\nNote: ", "\n注: ") + note + "\n";
    return out;
}

}  // namespace ecosys
