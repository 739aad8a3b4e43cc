#include "ecosys/output/comparison_writer.hpp"

#include <algorithm>
#include <cstdio>

#include "ecosys/output/column_labels.hpp"
#include "ecosys/output/records.hpp"
#include "ecosys/model/year_text.hpp"
#include "util/json_number.hpp"
#include "util/table.hpp"

namespace ecosys {

namespace {


/// The z's extra standard error (ComparisonRow::z_error), 0 where none is recorded.
double z_error_of(const ComparisonRow& row, std::size_t i) { return i < row.z_error.size() ? row.z_error[i] : 0.0; }

nlohmann::ordered_json row_to_json(const Comparison& c, const ComparisonRow& row, bool ranked) {
    nlohmann::ordered_json out;
    out["id"] = row.id;
    out["name"] = row.name;
    // Only when estimated, so that every row below the limit reads as it did.
    if (row.betweenness_sources > 0) out["betweenness_sources"] = row.betweenness_sources;
    nlohmann::ordered_json metrics = nlohmann::ordered_json::object(), ranks = nlohmann::ordered_json::object(),
                           z = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < c.columns.size(); ++i) {
        metrics[c.columns[i]] = detail::json_or_null(row.values[i]);
        if (ranked)
            ranks[c.columns[i]] = row.ranks[i] ? nlohmann::ordered_json(*row.ranks[i]) : nlohmann::ordered_json(nullptr);
        if (has_z_score(c.columns[i])) z[c.columns[i]] = detail::json_or_null(row.z[i]);
    }
    out["metrics"] = std::move(metrics);
    if (ranked) out["ranks"] = std::move(ranks);
    out["z"] = std::move(z);
    // The standard error the null model's shortcuts for large graphs add to a z.
    nlohmann::ordered_json z_error = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < c.columns.size(); ++i)
        if (DegreePreservingNull::estimated(c.columns[i]))
            z_error[c.columns[i]] = detail::json_or_null(row.z[i] ? std::optional(z_error_of(row, i)) : std::nullopt);
    out["z_error"] = std::move(z_error);
    if (c.cug) {
        nlohmann::ordered_json cug = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < c.columns.size(); ++i) {
            if (!cug_applicable(c.columns[i])) continue;
            const CugResult& r = row.cug[i];
            cug[c.columns[i]] = {{"observed", detail::json_or_null(r.observed)},
                                 {"p_greater", detail::json_or_null(r.p_greater)},
                                 {"p_less", detail::json_or_null(r.p_less)},
                                 {"mean", detail::json_or_null(r.mean)},
                                 {"samples", r.samples}};
        }
        out["cug"] = std::move(cug);
    }
    return out;
}

/// "≥ 0.012 ≤ 0.99": the CUG p-values of a cell, "–" without.
std::string cug_cell(const CugResult& r) {
    if (!r.p_greater) return "–";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3g / %.3g", *r.p_greater, *r.p_less);
    return buf;
}

/// 4 significant digits, integers as integers.
std::string short_number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", x);
    return buf;
}

std::string cell(const std::optional<double>& v) { return v ? short_number(*v) : "–"; }

std::string value_and_rank(const ComparisonRow& row, std::size_t i, bool ranked) {
    std::string s = cell(row.values[i]);
    if (ranked && row.ranks.size() > i && row.ranks[i]) s += " (" + std::to_string(*row.ranks[i]) + ")";
    return s;
}

/// Every row to print: the compared rows, then the whole network.
std::vector<std::pair<const ComparisonRow*, bool>> printed_rows(const Comparison& c) {
    std::vector<std::pair<const ComparisonRow*, bool>> rows;
    for (const ComparisonRow& r : c.rows) rows.emplace_back(&r, true);
    if (c.whole) rows.emplace_back(&*c.whole, false);
    return rows;
}

std::string row_label(const Comparison& c, const ComparisonRow& row, Language lang) {
    if (c.by == CompareBy::year) {
        // A snapshot "≤ 2019" (id "2019", compare_years), not a period: as the reader counts years.
        if (row.name != "≤ " + row.id || (lang == Language::en && !c.fiscal_years)) return row.name;
        const std::string year = year_text(std::stoi(row.id), lang, c.fiscal_years, c.era);
        return lang == Language::ja ? year + "以前" : "≤ " + year;
    }
    if (c.by == CompareBy::network) return row.id;  // the file: the network names may be alike
    if (row.id == "*") return say(lang, "* (whole network)", "* (ネットワーク全体)");
    return row.name.empty() || row.name == row.id ? row.id : row.name + " [" + row.id + "]";
}

/// Explains "±" when a row has one (a z of a large graph from a shortcut).
std::string z_error_note(const Comparison& c, Language lang) {
    bool any = false;
    for (const auto& [row, ranked] : printed_rows(c))
        for (double e : row->z_error) any = any || e > 0;
    if (!any) return "";
    if (lang == Language::ja)
        return " z の後の ±: グラフが大きいために加わる標準誤差 (平均経路長を厳密に求めたのは乱数グラフ " +
               std::to_string(std::min(c.null.path_samples, c.null.samples)) + " 個のみ、または各グラフで標本の " +
               std::to_string(c.null.path_sources) + " アクターから推定、docs/metrics.md)。";
    return " ± after a z: the standard error added because the graph is large (mean path length exact in only " +
           std::to_string(std::min(c.null.path_samples, c.null.samples)) + " of the random graphs, or estimated from " +
           std::to_string(c.null.path_sources) + " sampled actors in each; docs/metrics.md).";
}

std::string cug_note(const Comparison& c, Language lang) {
    if (!c.cug) return "";
    if (lang == Language::ja)
        return " CUG p (以上 / 以下): 同じアクター上の一様乱数グラフ " + std::to_string(c.cug->samples) + " 個 " +
               (c.cug->condition == CugCondition::size    ? std::string("(各ペアを確率 1/2 で結ぶ)")
                : c.cug->condition == CugCondition::edges ? std::string("(紐帯の数が同じ)")
                                                          : std::string("(ダイアド・センサスが同じ)")) +
               "のうち、値が観測値以上 / 以下であるものの割合 (シード " + std::to_string(c.cug->seed) + ")。";
    return " CUG p (>= / <=): the share of " + std::to_string(c.cug->samples) + " uniform random graphs on the same actors " +
           (c.cug->condition == CugCondition::size    ? std::string("(each pair tied with probability 1/2)")
            : c.cug->condition == CugCondition::edges ? std::string("with as many ties")
                                                      : std::string("with the same dyad census")) +
           " whose value is at least / at most the observed (seed " + std::to_string(c.cug->seed) + ").";
}

std::string z_note(const Comparison& c, Language lang) {
    if (lang == Language::ja) {
        if (c.null.samples == 0)
            return "括弧内は順位 (1 = 最大)。z 値なし (乱数グラフを生成していない)。– = 定義されない。" + cug_note(c, lang);
        return "括弧内は順位 (1 = 最大)。z: 同じアクターと次数をもつ乱数グラフ " + std::to_string(c.null.samples) +
               " 個での平均より、値が標準偏差いくつ分上 (+) または下 (-) にあるか (シード " + std::to_string(c.null.seed) +
               ")。– = 定義されない。" + z_error_note(c, lang) + cug_note(c, lang);
    }
    if (c.null.samples == 0)
        return "Ranks in brackets: 1 = highest value. No z-scores (no random graphs drawn); – = not defined." + cug_note(c, lang);
    return "Ranks in brackets: 1 = highest value. z: how many standard deviations the value lies above (+) or below "
           "(-) its mean over " +
           std::to_string(c.null.samples) + " random graphs with the same actors and degrees (seed " +
           std::to_string(c.null.seed) + "); – = not defined." + z_error_note(c, lang) + cug_note(c, lang);
}

std::string first_key(const Comparison& c) {
    switch (c.by) {
    case CompareBy::region: return "region";
    case CompareBy::network: return "network";
    case CompareBy::year: return "year";
    }
    return "";
}

/// The rows for people (table and Markdown): the row's label (cut to 32 columns), each
/// metric as "value (rank)" to 4 significant digits, then the z-scores ("+1.2 ±0.3"),
/// then the CUG p-values; "–" where a value is not defined.
Records people_records(const Comparison& c, Language lang) {
    Records records{{RecordColumn(first_key(c), RecordKind::text).cut_in_tables(32)}, {}};
    for (const std::string& k : c.columns) records.columns.push_back(RecordColumn(k, RecordKind::word).align_right());
    const auto suffixed = [](const std::string& k, const std::string& suffix) {
        return RecordColumn(k + suffix, RecordKind::word, k + suffix, column_heading(Language::ja, k) + suffix).align_right();
    };
    for (const std::string& k : c.columns)
        if (has_z_score(k)) records.columns.push_back(suffixed(k, " z"));
    if (c.cug)
        for (const std::string& k : c.columns)
            if (cug_applicable(k)) records.columns.push_back(suffixed(k, " CUG p"));
    for (const auto& [row, ranked] : printed_rows(c)) {
        std::vector<RecordValue> values{row_label(c, *row, lang)};
        for (std::size_t i = 0; i < c.columns.size(); ++i) values.push_back(value_and_rank(*row, i, ranked));
        for (std::size_t i = 0; i < c.columns.size(); ++i)
            if (has_z_score(c.columns[i])) {
                std::string z = cell(row->z[i]);
                if (row->z[i] && *row->z[i] >= 0) z = "+" + z;
                if (row->z[i] && z_error_of(*row, i) > 0) z += " ±" + short_number(z_error_of(*row, i));
                values.push_back(z);
            }
        if (c.cug)
            for (std::size_t i = 0; i < c.columns.size(); ++i)
                if (cug_applicable(c.columns[i])) values.push_back(cug_cell(row->cug[i]));
        records.add(std::move(values));
    }
    return records;
}

/// The rank of value i, absent where the value is and in the whole network's row.
RecordValue rank_value(const ComparisonRow& row, std::size_t i, bool ranked) {
    if (!ranked || !row.ranks[i]) return {};
    return static_cast<std::int64_t>(*row.ranks[i]);
}

/// The rows for programs (CSV): id, name, then for each metric KEY its value, KEY_rank,
/// KEY_z (with a z-score), KEY_z_error (where a shortcut may add one) and the CUG
/// p-values; the whole network has no ranks.
Records data_records(const Comparison& c) {
    Records records{{RecordColumn("id", RecordKind::text), RecordColumn("name", RecordKind::text)}, {}};
    for (const std::string& k : c.columns) {
        records.columns.push_back(RecordColumn(k, RecordKind::number));
        records.columns.push_back(RecordColumn(k + "_rank", RecordKind::integer));
        if (has_z_score(k)) records.columns.push_back(RecordColumn(k + "_z", RecordKind::number));
        if (DegreePreservingNull::estimated(k)) records.columns.push_back(RecordColumn(k + "_z_error", RecordKind::number));
        if (c.cug && cug_applicable(k)) {
            records.columns.push_back(RecordColumn(k + "_cug_p_greater", RecordKind::number));
            records.columns.push_back(RecordColumn(k + "_cug_p_less", RecordKind::number));
        }
    }
    for (const auto& [row, ranked] : printed_rows(c)) {
        std::vector<RecordValue> values{row->id, row->name};
        for (std::size_t i = 0; i < c.columns.size(); ++i) {
            values.push_back(number_or_absent(row->values[i]));
            values.push_back(rank_value(*row, i, ranked));
            if (has_z_score(c.columns[i])) values.push_back(number_or_absent(row->z[i]));
            if (DegreePreservingNull::estimated(c.columns[i]))
                values.push_back(number_or_absent(row->z[i] ? std::optional(z_error_of(*row, i)) : std::nullopt));
            if (c.cug && cug_applicable(c.columns[i])) {
                values.push_back(number_or_absent(row->cug[i].p_greater));
                values.push_back(number_or_absent(row->cug[i].p_less));
            }
        }
        records.add(std::move(values));
    }
    return records;
}

}  // namespace

nlohmann::ordered_json comparison_to_json(const Comparison& c) {
    nlohmann::ordered_json out;
    out["by"] = std::string(to_string(c.by));
    out["region"] = c.region.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.region);
    out["weighted"] = c.weighted;
    if (c.directed) {  // only then, so that undirected output stays as it was
        out["directed"] = true;
        out["direction"] = "directed ties one way, undirected ties both ways (betweenness and the in_/out_ keys)";
    }
    out["null_model"] = {{"model", "degree-preserving global curveball trades"},
                         {"samples", c.null.samples},
                         {"seed", c.null.seed},
                         {"starts", c.null.starts},
                         {"burn_in", c.null.burn_in},
                         {"trades_per_sample", c.null.trades_per_sample},
                         {"exact_path_limit", c.null.exact_path_limit},
                         {"path_samples", c.null.path_samples},
                         {"sampled_path_limit", c.null.sampled_path_limit},
                         {"path_sources", c.null.path_sources}};
    if (c.cug)
        out["cug"] = {{"condition", std::string(to_string(c.cug->condition))}, {"samples", c.cug->samples}, {"seed", c.cug->seed}};
    out["columns"] = c.columns;
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const ComparisonRow& r : c.rows) rows.push_back(row_to_json(c, r, true));
    out["rows"] = std::move(rows);
    if (c.whole) out["whole"] = row_to_json(c, *c.whole, false);
    return out;
}

std::string format_comparison_json(const Comparison& c) { return comparison_to_json(c).dump(2) + "\n"; }

std::string format_comparison_csv(const Comparison& c, bool bom) {
    return (bom ? "\xEF\xBB\xBF" : "") + records_csv(data_records(c));
}

std::string format_comparison_markdown(const Comparison& c, Language lang) {
    return records_markdown(people_records(c, lang), lang, MarkdownRule::spaced) + "\n" + z_note(c, lang) + "\n";
}

std::string format_comparison_table(const Comparison& c, bool wide, Language lang) {
    return records_table(people_records(c, lang), lang, wide) + "\n" + z_note(c, lang) + "\n";
}

}  // namespace ecosys
