#include "ecosys/output/evaluation_writer.hpp"

#include "ecosys/output/column_labels.hpp"
#include "ecosys/model/year_text.hpp"
#include "ecosys/output/records.hpp"

#include "util/json_number.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using ojson = nlohmann::ordered_json;


ojson metric_json(const EvaluationMetric& m) {
    ojson j;
    j["key"] = m.key;
    j["label"] = m.label;
    j["treated_pre"] = m.treated_pre;
    j["treated_post"] = m.treated_post;
    j["control_pre"] = m.control_pre;
    j["control_post"] = m.control_post;
    j["did"] = m.did;
    j["p_value"] = m.p_value;
    j["exact"] = m.exact;
    j["assignments"] = m.assignments;
    j["treated_regions"] = m.treated_regions;
    j["control_regions"] = m.control_regions;
    return j;
}

std::string weight_name(RegionWeight w) { return w == RegionWeight::actors ? "actors" : "none"; }

std::string shown(double x) { return detail::significant_number(x); }
std::string signed_shown(double x) {
    std::string out = x > 0 ? "+" : "";
    return out += detail::significant_number(x);
}

std::string p_text(const EvaluationMetric& m, Language lang = Language::en) {
    return detail::significant_number(m.p_value) + (m.exact ? say(lang, " (exact)", " (厳密)") : "");
}

/// A year or a window as the report asks: plain, fiscal (FY2019, 2019年度) or by era.
std::string year_of(const ProgrammeEvaluation& r, int year, Language lang) {
    return year_text(year, lang, r.fiscal_years, r.era);
}
std::string window_of(const ProgrammeEvaluation& r, const YearWindow& w, Language lang) {
    return w.text(lang, r.fiscal_years, r.era);
}

/// The durability table's groups "programme" and "other" (analysis/evaluation.cpp) for people.
std::string group_text(const std::string& group, Language lang) {
    if (lang == Language::en) return group;
    return group == "programme" ? "事業" : group == "other" ? "他のプロジェクト" : group;
}

/// The group's share collaborating again within k years, for people: the curve's last
/// point when it ends before k (no later follow-up), "-" without pairs.
std::string share_within(const DurabilityGroup& g, int k) {
    if (g.km.empty()) return "-";
    const int i = std::min<int>(k, static_cast<int>(g.km.size()) - 1);
    return shown(g.km[static_cast<std::size_t>(i)].share_again);
}

/// The difference in differences of each metric for people. The table leaves p and the
/// regions left-aligned and Markdown aligns p right, as they always have: p is a column
/// per format.
Records did_records(const ProgrammeEvaluation& r, Language lang) {
    const auto word = [](const char* key, const char* en, const char* ja, unsigned formats) {
        return RecordColumn(key, RecordKind::word, en, ja).only(formats);
    };
    Records records{{RecordColumn("key", RecordKind::text, "metric", "指標"), RecordColumn("treated_pre", RecordKind::number, "treated pre", "対象・前"),
                     RecordColumn("treated_post", RecordKind::number, "treated post", "対象・後"),
                     RecordColumn("control_pre", RecordKind::number, "control pre", "対照・前"),
                     RecordColumn("control_post", RecordKind::number, "control post", "対照・後"), word("did", "DiD", "差の差", in_table | in_markdown).align_right(), word("p_value", "p", "p", in_table),
                     word("p_value", "p", "p", in_markdown).align_right(), word("regions", "regions", "地域数", in_table),
                     word("reading", "reading", "読み方", in_markdown)},
                    {}};
    for (const EvaluationMetric& m : r.metrics)
        records.add({column_heading(lang, m.key), m.treated_pre, m.treated_post, m.control_pre, m.control_post, signed_shown(m.did),
                     p_text(m, lang), p_text(m, lang),
                     std::to_string(m.treated_regions) + "+" + std::to_string(m.control_regions), p_value_reading(m.p_value, lang)});
    return records;
}

/// Each year's DiD of each metric against the last pre year, "-" where a year has none.
Records event_records(const ProgrammeEvaluation& r, Language lang) {
    Records records{{RecordColumn("year", RecordKind::word)}, {}};
    for (const EvaluationMetric& m : r.metrics) records.columns.push_back(RecordColumn(m.key, RecordKind::word).align_right());
    for (const EventStudyYear& y : r.event_study) {
        std::vector<RecordValue> row = {year_of(r, y.year, lang)};
        for (const EvaluationMetric& metric : r.metrics) {
            std::string cell = "-";
            for (const EvaluationMetric& m : y.metrics)
                if (m.key == metric.key) cell = signed_shown(m.did) + " (p " + shown(m.p_value) + ")";
            row.push_back(cell);
        }
        records.add(std::move(row));
    }
    return records;
}

/// The durability of each group's ties for people: pairs, pairs collaborating again and
/// the share doing so within 1, 3 and 5 years.
Records durability_records(const ProgrammeEvaluation& r, Language lang) {
    const auto share = [](const char* key, const char* en, const char* ja) { return RecordColumn(key, RecordKind::word, en, ja).align_right(); };
    Records records{{RecordColumn("group", RecordKind::word, "group", "群"), RecordColumn("pairs", RecordKind::integer, "pairs", "ペア数"),
                     RecordColumn("events", RecordKind::integer, "again", "再共同").only(in_table),
                     RecordColumn("events", RecordKind::integer, "collaborating again", "再共同").only(in_markdown),
                     share("within_1", "within 1 y", "1年以内"), share("within_3", "within 3 y", "3年以内"),
                     share("within_5", "within 5 y", "5年以内")},
                    {}};
    for (const DurabilityGroup& g : r.durability.groups) {
        const RecordValue events = static_cast<std::int64_t>(g.events);
        records.add({group_text(g.group, lang), static_cast<std::int64_t>(g.pairs), events, events, share_within(g, 1), share_within(g, 3),
                     share_within(g, 5)});
    }
    return records;
}

}  // namespace

std::string p_value_reading(double p, Language lang) {
    if (lang == Language::ja) {
        if (p < 0.01) return "対照を超える変化の強い証拠";
        if (p < 0.05) return "対照を超える変化の証拠";
        if (p < 0.1) return "対照を超える変化の弱い証拠";
        return "対照を超える変化の証拠なし";
    }
    if (p < 0.01) return "strong evidence of a change beyond the controls'";
    if (p < 0.05) return "evidence of a change beyond the controls'";
    if (p < 0.1) return "weak evidence of a change beyond the controls'";
    return "no evidence of a change beyond the controls'";
}

ojson programme_evaluation_to_json(const ProgrammeEvaluation& r) {
    ojson j;
    j["network"] = r.network;
    j["programme"] = r.programme;
    j["programme_name"] = r.programme_name;
    j["pre"] = r.pre.to_string();
    j["post"] = r.post.to_string();
    j["treated"] = r.treated;
    j["control"] = r.control;
    j["weight_by"] = weight_name(r.weight);
    ojson metrics = ojson::array();
    for (const EvaluationMetric& m : r.metrics) metrics.push_back(metric_json(m));
    j["metrics"] = std::move(metrics);
    ojson regions = ojson::array();
    for (const EvaluationRegion& g : r.regions) {
        ojson o;
        o["id"] = g.id;
        o["name"] = g.name;
        o["treated"] = g.treated;
        o["weight"] = g.weight;
        ojson pre = ojson::object(), post = ojson::object();
        for (const auto& [k, v] : g.pre) pre[k] = detail::json_or_null(v);
        for (const auto& [k, v] : g.post) post[k] = detail::json_or_null(v);
        o["pre"] = std::move(pre);
        o["post"] = std::move(post);
        regions.push_back(std::move(o));
    }
    j["regions"] = std::move(regions);
    if (!r.event_study.empty()) {
        ojson es = ojson::array();
        for (const EventStudyYear& y : r.event_study) {
            ojson o;
            o["year"] = y.year;
            ojson ms = ojson::array();
            for (const EvaluationMetric& m : y.metrics) ms.push_back(metric_json(m));
            o["metrics"] = std::move(ms);
            es.push_back(std::move(o));
        }
        j["event_study"] = std::move(es);
    }
    ojson d;
    ojson groups = ojson::array();
    for (const DurabilityGroup& g : r.durability.groups) {
        ojson o;
        o["group"] = g.group;
        o["pairs"] = g.pairs;
        o["events"] = g.events;
        ojson km = ojson::array();
        for (const KaplanMeierPoint& p : g.km) km.push_back({{"years", p.years}, {"share_again", p.share_again}});
        o["km"] = std::move(km);
        groups.push_back(std::move(o));
    }
    d["groups"] = std::move(groups);
    d["logrank_statistic"] = detail::json_or_null(r.durability.logrank_statistic);
    d["logrank_p"] = detail::json_or_null(r.durability.logrank_p);
    d["last_year"] = r.durability.last_year;
    j["durability"] = std::move(d);
    j["notes"] = r.notes;
    return j;
}

std::string format_programme_evaluation_json(const ProgrammeEvaluation& report) { return programme_evaluation_to_json(report).dump(2) + "\n"; }

std::string format_programme_evaluation_csv(const ProgrammeEvaluation& r) {
    // One table: pre/post are the treated means (did, event rows) or the region's values (region rows).
    Records records{{RecordColumn("section", RecordKind::word), RecordColumn("key", RecordKind::word), RecordColumn("region", RecordKind::text),
                     RecordColumn("year", RecordKind::integer), RecordColumn("group", RecordKind::word),
                     RecordColumn("treated", RecordKind::boolean), RecordColumn("pre", RecordKind::number),
                     RecordColumn("post", RecordKind::number), RecordColumn("control_pre", RecordKind::number),
                     RecordColumn("control_post", RecordKind::number), RecordColumn("did", RecordKind::number),
                     RecordColumn("p_value", RecordKind::number), RecordColumn("exact", RecordKind::boolean),
                     RecordColumn("assignments", RecordKind::integer), RecordColumn("share_again", RecordKind::number)},
                    {}};
    const RecordValue none;
    const auto estimate = [&](const char* section, const EvaluationMetric& m, RecordValue year) {
        records.add({std::string(section), m.key, none, std::move(year), none, none, m.treated_pre, m.treated_post, m.control_pre,
                     m.control_post, m.did, m.p_value, m.exact, static_cast<std::int64_t>(m.assignments), none});
    };
    for (const EvaluationMetric& m : r.metrics) estimate("did", m, none);
    for (const EvaluationRegion& g : r.regions)
        for (const auto& [k, v] : g.pre)
            records.add({std::string("region"), k, g.id, none, none, g.treated, number_or_absent(v), number_or_absent(g.post.at(k)), none,
                         none, none, none, none, none, none});
    for (const EventStudyYear& y : r.event_study)
        for (const EvaluationMetric& m : y.metrics) estimate("event", m, std::int64_t{y.year});
    for (const DurabilityGroup& g : r.durability.groups)
        for (const KaplanMeierPoint& p : g.km)
            records.add({std::string("km"), none, none, std::int64_t{p.years}, g.group, none, none, none, none, none, none, none, none, none,
                         p.share_again});
    return records_csv(records);
}

std::string format_programme_evaluation_table(const ProgrammeEvaluation& r, bool wide, Language lang) {
    const bool ja = lang == Language::ja;
    const auto T = [lang](std::string_view en, std::string_view jp) { return say(lang, en, jp); };
    std::string out = ja ? detail::heading_text(r.network) + " における事業 " + detail::heading_text(r.programme_name) + " の評価: 事業前 " +
                               window_of(r, r.pre, lang) + "、事業後 " + window_of(r, r.post, lang) + "\n"
                         : "Evaluation of programme " + detail::heading_text(r.programme_name) + " in " +
                               detail::heading_text(r.network) + ": pre " + window_of(r, r.pre, lang) + ", post " +
                               window_of(r, r.post, lang) + "\n";
    const auto list = [&](const std::vector<std::string>& ids) {
        std::string s;
        for (const std::string& id : ids) s += (s.empty() ? "" : ", ") + detail::cell_text(id, wide);
        return detail::visible(s);
    };
    out += T("Treated (", "対象地域 (") + std::to_string(r.treated.size()) + "): " + list(r.treated) + "\n";
    out += T("Control (", "対照地域 (") + std::to_string(r.control.size()) + "): " + list(r.control) + "\n";
    if (r.weight == RegionWeight::actors) out += T("Regions weighted by their actors in the pre window.\n", "各地域を事業前のアクター数で重み付け。\n");
    out += T("\nDifference in differences (treated change minus control change; p from reassigning treatment among the "
             "regions)\n",
             "\n差の差 (対象地域の変化 − 対照地域の変化、p は地域の間で対象を付け替えて求める)\n");
    out += records_table(did_records(r, lang), lang, wide, "  ");
    for (const EvaluationMetric& m : r.metrics)
        if (m.p_value < 0.1) out += "  " + column_heading(lang, m.key) + ": " + p_value_reading(m.p_value, lang) + "\n";
    if (!r.event_study.empty()) {
        out += ja ? "\nイベントスタディ (各年を " + year_of(r, *r.pre.to, lang) + " と比べる)\n"
                  : "\nEvent study (each year against " + year_of(r, *r.pre.to, lang) + ")\n";
        out += records_table(event_records(r, lang), lang, wide, "  ");
    }
    out += ja ? "\n事業のプロジェクトで初めて結ばれた紐帯の持続 (データの最終年 " + year_of(r, r.durability.last_year, lang) + ")\n"
              : "\nDurability of ties first formed in the programme's projects (data end " +
                    year_of(r, r.durability.last_year, lang) + ")\n";
    out += records_table(durability_records(r, lang), lang, wide, "  ");
    if (r.durability.logrank_p)
        out += T("  log-rank test: chi-square ", "  ログランク検定: カイ二乗 ") + shown(*r.durability.logrank_statistic) + T(", p ", "、p ") +
               shown(*r.durability.logrank_p) + "\n";
    else
        out += T("  log-rank test: none (a group has no pair: no other project first tied a pair in the programme's years, or "
                 "the programme tied none)\n",
                 "  ログランク検定: なし (ペアのない群がある: 事業の年に他のプロジェクトが初めて結んだペアがない、または事業が結んだペアがない)\n");
    for (const std::string& note : r.notes) out += T("note: ", "注: ") + detail::visible(note) + "\n";
    return out;
}

std::string format_programme_evaluation_markdown(const ProgrammeEvaluation& r, Language lang) {
    const bool ja = lang == Language::ja;
    const auto T = [lang](std::string_view en, std::string_view jp) { return say(lang, en, jp); };
    std::string out = ja ? "## 事業 " + detail::markdown_text(r.programme_name) + " の評価\n\n"
                         : "## Evaluation of " + detail::markdown_text(r.programme_name) + "\n\n";
    out += ja ? "事業前 " + window_of(r, r.pre, lang) + "、事業後 " + window_of(r, r.post, lang) + "、対象地域 " +
                    count_text(lang, r.treated.size(), "件") + "、対照地域 " + count_text(lang, r.control.size(), "件") + "。\n\n"
              : "Pre " + window_of(r, r.pre, lang) + ", post " + window_of(r, r.post, lang) + "; " + std::to_string(r.treated.size()) +
                    " treated and " + std::to_string(r.control.size()) + " control regions.\n\n";
    out += records_markdown(did_records(r, lang), lang);
    out += T("\n### Durability\n\n", "\n### 紐帯の持続\n\n") + records_markdown(durability_records(r, lang), lang);
    if (r.durability.logrank_p) out += T("\nLog-rank test: p = ", "\nログランク検定: p = ") + shown(*r.durability.logrank_p) + T(".\n", "。\n");
    if (!r.notes.empty()) {
        out += "\n";
        for (const std::string& n : r.notes) out += "- " + detail::markdown_text(n) + "\n";
    }
    return out;
}

}  // namespace ecosys
