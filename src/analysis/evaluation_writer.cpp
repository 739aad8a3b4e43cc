#include "ecosys/analysis/evaluation_writer.hpp"

#include "util/json_number.hpp"
#include "util/spreadsheet_guard.hpp"
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

std::string number(double x) { return detail::shortest_number(x); }
std::string shown(double x) { return detail::significant_number(x); }
std::string signed_shown(double x) { return (x > 0 ? "+" : "") + detail::significant_number(x); }

std::string p_text(const EvaluationMetric& m) {
    return detail::significant_number(m.p_value) + (m.exact ? " (exact)" : "");
}

/// The group's share collaborating again within k years, for people: the curve's last
/// point when it ends before k (no later follow-up), "-" without pairs.
std::string share_within(const DurabilityGroup& g, int k) {
    if (g.km.empty()) return "-";
    const int i = std::min<int>(k, static_cast<int>(g.km.size()) - 1);
    return shown(g.km[static_cast<std::size_t>(i)].share_again);
}

}  // namespace

std::string p_value_reading(double p) {
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
    std::string out = detail::csv_line({"section", "key", "region", "year", "group", "treated", "pre", "post", "control_pre",
                                        "control_post", "did", "p_value", "exact", "assignments", "share_again"});
    const auto opt = [](const std::optional<double>& x) { return x ? number(*x) : std::string(); };
    const auto estimate = [&](const char* section, const EvaluationMetric& m, const std::string& year) {
        return detail::csv_line({section, m.key, "", year, "", "", number(m.treated_pre), number(m.treated_post),
                                 number(m.control_pre), number(m.control_post), number(m.did), number(m.p_value),
                                 m.exact ? "true" : "false", std::to_string(m.assignments), ""});
    };
    for (const EvaluationMetric& m : r.metrics) out += estimate("did", m, "");
    for (const EvaluationRegion& g : r.regions)
        for (const auto& [k, v] : g.pre)
            out += detail::csv_line({"region", k, detail::guard_spreadsheet_text(g.id), "", "", g.treated ? "true" : "false",
                                     opt(v), opt(g.post.at(k)), "", "", "", "", "", "", ""});
    for (const EventStudyYear& y : r.event_study)
        for (const EvaluationMetric& m : y.metrics) out += estimate("event", m, std::to_string(y.year));
    for (const DurabilityGroup& g : r.durability.groups)
        for (const KaplanMeierPoint& p : g.km)
            out += detail::csv_line({"km", "", "", std::to_string(p.years), g.group, "", "", "", "", "", "", "", "", "",
                                     number(p.share_again)});
    return out;
}

std::string format_programme_evaluation_table(const ProgrammeEvaluation& r, bool wide) {
    std::string out = "Evaluation of programme " + detail::heading_text(r.programme_name) + " in " +
                      detail::heading_text(r.network) + ": pre " + r.pre.to_string() + ", post " +
                      r.post.to_string() + "\n";
    const auto list = [&](const std::vector<std::string>& ids) {
        std::string s;
        for (const std::string& id : ids) s += (s.empty() ? "" : ", ") + detail::cell_text(id, wide);
        return detail::visible(s);
    };
    out += "Treated (" + std::to_string(r.treated.size()) + "): " + list(r.treated) + "\n";
    out += "Control (" + std::to_string(r.control.size()) + "): " + list(r.control) + "\n";
    if (r.weight == RegionWeight::actors) out += "Regions weighted by their actors in the pre window.\n";
    out += "\nDifference in differences (treated change minus control change; p from reassigning treatment among the "
           "regions)\n";
    detail::TextTable t({"metric", "treated pre", "treated post", "control pre", "control post", "DiD", "p", "regions"});
    for (std::size_t c = 1; c <= 5; ++c) t.align_right(c);
    for (const EvaluationMetric& m : r.metrics)
        t.add({m.key, shown(m.treated_pre), shown(m.treated_post), shown(m.control_pre), shown(m.control_post),
               signed_shown(m.did), p_text(m), std::to_string(m.treated_regions) + "+" + std::to_string(m.control_regions)});
    out += t.str("  ");
    for (const EvaluationMetric& m : r.metrics)
        if (m.p_value < 0.1) out += "  " + m.key + ": " + p_value_reading(m.p_value) + "\n";
    if (!r.event_study.empty()) {
        out += "\nEvent study (each year against " + std::to_string(*r.pre.to) + ")\n";
        std::vector<std::string> head = {"year"};
        for (const EvaluationMetric& m : r.metrics) head.push_back(m.key);
        detail::TextTable e(head);
        for (std::size_t c = 1; c < head.size(); ++c) e.align_right(c);
        for (const EventStudyYear& y : r.event_study) {
            std::vector<std::string> row = {std::to_string(y.year)};
            for (std::size_t c = 1; c < head.size(); ++c) {
                std::string cell = "-";
                for (const EvaluationMetric& m : y.metrics)
                    if (m.key == head[c]) cell = signed_shown(m.did) + " (p " + shown(m.p_value) + ")";
                row.push_back(cell);
            }
            e.add(row);
        }
        out += e.str("  ");
    }
    out += "\nDurability of ties first formed in the programme's projects (data end " +
           std::to_string(r.durability.last_year) + ")\n";
    detail::TextTable d({"group", "pairs", "again", "within 1 y", "within 3 y", "within 5 y"});
    for (std::size_t c = 1; c <= 5; ++c) d.align_right(c);
    for (const DurabilityGroup& g : r.durability.groups) {
        d.add({g.group, std::to_string(g.pairs), std::to_string(g.events), share_within(g, 1), share_within(g, 3),
               share_within(g, 5)});
    }
    out += d.str("  ");
    if (r.durability.logrank_p)
        out += "  log-rank test: chi-square " + shown(*r.durability.logrank_statistic) + ", p " + shown(*r.durability.logrank_p) +
               "\n";
    else
        out += "  log-rank test: none (a group has no pair: no other project first tied a pair in the programme's years, or "
               "the programme tied none)\n";
    for (const std::string& note : r.notes) out += "note: " + detail::visible(note) + "\n";
    return out;
}

std::string format_programme_evaluation_markdown(const ProgrammeEvaluation& r) {
    std::string out = "## Evaluation of " + detail::markdown_text(r.programme_name) + "\n\n";
    out += "Pre " + r.pre.to_string() + ", post " + r.post.to_string() + "; " + std::to_string(r.treated.size()) +
           " treated and " + std::to_string(r.control.size()) + " control regions.\n\n";
    out += "| metric | treated pre | treated post | control pre | control post | DiD | p | reading |\n";
    out += "|---|---:|---:|---:|---:|---:|---:|---|\n";
    for (const EvaluationMetric& m : r.metrics)
        out += "| " + detail::markdown_text(m.key) + " | " + shown(m.treated_pre) + " | " + shown(m.treated_post) + " | " +
               shown(m.control_pre) + " | " + shown(m.control_post) + " | " + signed_shown(m.did) + " | " + p_text(m) + " | " +
               p_value_reading(m.p_value) + " |\n";
    out += "\n### Durability\n\n| group | pairs | collaborating again | within 1 y | within 3 y | within 5 y |\n"
           "|---|---:|---:|---:|---:|---:|\n";
    for (const DurabilityGroup& g : r.durability.groups) {
        out += "| " + g.group + " | " + std::to_string(g.pairs) + " | " + std::to_string(g.events) + " | " + share_within(g, 1) + " | " + share_within(g, 3) +
               " | " + share_within(g, 5) + " |\n";
    }
    if (r.durability.logrank_p) out += "\nLog-rank test: p = " + shown(*r.durability.logrank_p) + ".\n";
    if (!r.notes.empty()) {
        out += "\n";
        for (const std::string& n : r.notes) out += "- " + detail::markdown_text(n) + "\n";
    }
    return out;
}

}  // namespace ecosys
