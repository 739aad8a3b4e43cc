#include "ecosys/output/metrics_writer.hpp"

#include <algorithm>
#include <type_traits>
#include <vector>

#include "ecosys/output/column_labels.hpp"
#include "util/spreadsheet_guard.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

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

/// The text of a value in CSV (`table` false) or in the text table.
std::string value_text(const MetricValue& value, bool table) {
    return std::visit(
        [table](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return table ? "-" : "";
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return std::to_string(v);
            } else if constexpr (std::is_same_v<T, double>) {
                return table ? detail::significant_number(v) : detail::shortest_number(v);
            } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                std::string out;
                for (const std::string& id : v) {
                    if (!out.empty()) out += table ? "; " : ";";
                    out += id;
                }
                return out;
            } else {
                std::string out;
                for (const SectorCount& c : v) {
                    if (!out.empty()) out += table ? " " : ";";
                    out += c.sector + ":" + std::to_string(c.actors);
                }
                return out;
            }
        },
        value);
}

bool is_number(const MetricValue& value) {
    return std::holds_alternative<std::int64_t>(value) || std::holds_alternative<double>(value) ||
           std::holds_alternative<std::monostate>(value);
}

/// A value as a CSV cell: numbers as they are, text guarded against formula injection.
std::string csv_value(const MetricValue& value) {
    std::string text = value_text(value, false);
    return is_number(value) ? text : detail::guard_spreadsheet_text(text);
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
    ordered_json actors = ordered_json::array();
    for (const ActorRow& row : report.actors) {
        ordered_json a;
        a["id"] = row.id;
        a["name"] = row.name;
        a["sector"] = row.sector;
        a["region"] = row.region.empty() ? ordered_json(nullptr) : ordered_json(row.region);
        for (std::size_t c = 0; c < report.actor_columns.size(); ++c) a[report.actor_columns[c]] = metric_value_to_json(row.values[c]);
        actors.push_back(std::move(a));
    }
    out["actors"] = std::move(actors);
    ordered_json regions = ordered_json::array();
    for (const RegionRow& row : report.regions) {
        ordered_json r;
        r["id"] = row.id;
        r["name"] = row.name;
        for (std::size_t c = 0; c < report.region_columns.size(); ++c) r[report.region_columns[c]] = metric_value_to_json(row.values[c]);
        regions.push_back(std::move(r));
    }
    out["regions"] = std::move(regions);
    if (!report.notes.empty()) out["notes"] = report.notes;
    return out;
}

std::string format_metrics_json(const MetricsReport& report) { return metrics_to_json(report).dump(2) + "\n"; }

std::string format_metrics_csv(const MetricsReport& report) {
    std::vector<std::string> header = {"record", "id", "name", "sector", "region"};
    header.insert(header.end(), report.actor_columns.begin(), report.actor_columns.end());
    header.insert(header.end(), report.region_columns.begin(), report.region_columns.end());
    std::string out;
    auto line = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) out += ',';
            out += detail::csv_field(cells[i]);
        }
        out += "\n";
    };
    line(header);
    for (const ActorRow& row : report.actors) {
        std::vector<std::string> cells = {"actor", detail::guard_spreadsheet_text(row.id), detail::guard_spreadsheet_text(row.name),
                                          detail::guard_spreadsheet_text(row.sector), detail::guard_spreadsheet_text(row.region)};
        for (const MetricValue& v : row.values) cells.push_back(csv_value(v));
        cells.resize(header.size());
        line(cells);
    }
    for (const RegionRow& row : report.regions) {
        std::vector<std::string> cells = {"region", detail::guard_spreadsheet_text(row.id), detail::guard_spreadsheet_text(row.name), "", ""};
        cells.resize(5 + report.actor_columns.size());
        for (const MetricValue& v : row.values) cells.push_back(csv_value(v));
        line(cells);
    }
    return out;
}

std::string format_metrics_table(const MetricsReport& report, bool wide, Language lang) {
    std::string out;
    auto cut = [wide](const std::string& text) { return detail::cell_text(text, wide); };
    auto headings = [lang](std::vector<std::string> keys) {
        for (std::string& k : keys) k = column_heading(lang, k);
        return keys;
    };
    const std::string weighting =
        say(lang, report.weighted ? "weighted: weight = strength, distance = 1/weight" : "unweighted",
            report.weighted ? "重み付き: 重み = 強さ、距離 = 1/重み" : "重みなし") +
        (report.directed ? say(lang, "; directed: directed ties one way, undirected ties both ways",
                               "、有向: 有向の紐帯は一方向、無向の紐帯は双方向")
                         : "");
    const std::string network = detail::heading_text(report.network);
    if (!report.actor_columns.empty()) {
        std::vector<std::string> header = {"id", "name", "sector", "region"};
        header.insert(header.end(), report.actor_columns.begin(), report.actor_columns.end());
        detail::TextTable table(headings(header));
        for (std::size_t c = 4; c < header.size(); ++c) table.align_right(c);
        for (const ActorRow& row : report.actors) {
            std::vector<std::string> cells = {cut(row.id), cut(row.name), cut(row.sector),
                                              row.region.empty() ? "-" : cut(row.region)};
            for (const MetricValue& v : row.values) cells.push_back(value_text(v, true));
            table.add(std::move(cells));
        }
        if (lang == Language::ja)
            out += network + " のアクター (" + count_text(lang, report.actors.size(), "件") + "、" +
                   (report.scope == MetricScope::network ? "ネットワーク全体で計算" : "各アクターの地域の中で計算") + "、" +
                   weighting + ")\n\n" + table.str();
        else
            out += "Actors of " + network + " (" + std::to_string(report.actors.size()) + "; metrics computed " +
                   (report.scope == MetricScope::network ? "on the whole network" : "inside each actor's region") + ", " +
                   weighting + ")\n\n" + table.str();
    }
    if (!report.region_columns.empty()) {
        std::vector<std::string> header = {"id", "name"};
        header.insert(header.end(), report.region_columns.begin(), report.region_columns.end());
        detail::TextTable table(headings(header));
        for (std::size_t c = 2; c < header.size(); ++c)
            if (report.regions.empty() || is_number(report.regions.front().values[c - 2])) table.align_right(c);
        for (const RegionRow& row : report.regions) {
            std::vector<std::string> cells = {cut(row.id), cut(row.name)};
            for (const MetricValue& v : row.values) cells.push_back(value_text(v, true));
            table.add(std::move(cells));
        }
        if (!out.empty()) out += "\n";
        out += say(lang, "Regions of ", "") + network +
               say(lang, " (each on its own actors and the ties among them; * = whole network; ",
                   " の地域 (各地域はその地域のアクターとその間の紐帯で計算、* = ネットワーク全体、") +
               weighting + ")\n\n" + table.str();
    }
    for (const std::string& note : report.notes) out += say(lang, "\nNote: ", "\n注: ") + note + "\n";
    return out;
}

}  // namespace ecosys
