#include "report/programmes_section.hpp"

#include <algorithm>
#include <cmath>

#include "ecosys/analysis/evaluation.hpp"
#include "ecosys/output/evaluation_writer.hpp"
#include "ecosys/error.hpp"
#include "report/charts.hpp"
#include "report/definitions.hpp"
#include "report/html.hpp"
#include "util/table.hpp"

namespace ecosys::detail {

namespace {

constexpr const char* treated_colour = "#D55E00";  // Okabe-Ito vermillion
constexpr const char* control_colour = "#7f7f7f";


std::string num(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", x);
    return buf;
}

/// Two labels' baselines at least `gap` apart: when closer, moved apart around their
/// middle, in the order they had (`first` above when it was above or level).
void separate(double& first, double& second, double gap) {
    if (std::fabs(first - second) >= gap) return;
    const double mid = (first + second) / 2;
    const bool first_above = first <= second;
    first = mid + (first_above ? -gap / 2 : gap / 2);
    second = mid + (first_above ? gap / 2 : -gap / 2);
}

/// Kaplan-Meier curves of the groups as steps: share collaborating again by years.
std::string durability_svg(const Durability& d, Language lang) {
    const double w = 400, h = 220, left = 44, right = 110, top = 14, bottom = 44;
    int horizon = 1;
    for (const DurabilityGroup& g : d.groups)
        if (!g.km.empty()) horizon = std::max(horizon, g.km.back().years);
    const auto x = [&](double years) { return left + (w - left - right) * years / horizon; };
    const auto y = [&](double share) { return top + (h - top - bottom) * (1.0 - share); };
    std::string out = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + num(w) + " " + num(h) + "\" width=\"" + num(w) +
                      "\" height=\"" + num(h) + "\"><title>" + say(lang, "Share of pairs collaborating again within k years", "k 年以内に再び協働したペアの割合") + "</title>";
    for (double s : {0.0, 0.5, 1.0})
        out += "<line x1=\"" + num(left) + "\" x2=\"" + num(w - right) + "\" y1=\"" + num(y(s)) + "\" y2=\"" + num(y(s)) +
               "\" stroke=\"#ddd\"/><text x=\"" + num(left - 4) + "\" y=\"" + num(y(s) + 4) +
               "\" text-anchor=\"end\" font-size=\"11\">" + std::to_string(static_cast<int>(s * 100)) + "%</text>";
    const int step = horizon <= 10 ? 1 : horizon <= 20 ? 2 : 5;
    for (int k = 0; k <= horizon; k += step)
        out += "<text x=\"" + num(x(k)) + "\" y=\"" + num(h - bottom + 15) + "\" text-anchor=\"middle\" font-size=\"11\">" +
               std::to_string(k) + "</text>";
    out += "<text x=\"" + num((left + w - right) / 2) + "\" y=\"" + num(h - 4) +
           "\" text-anchor=\"middle\" font-size=\"11\">" + say(lang, "years after the first project ended", "最初のプロジェクト終了からの年数") + "</text>";
    // Labels at the curves' right ends, pushed apart when closer than a line.
    std::vector<double> label_y;
    for (const DurabilityGroup& g : d.groups) label_y.push_back(g.km.empty() ? 0 : y(g.km.back().share_again) + 4);
    if (label_y.size() == 2 && !d.groups[0].km.empty() && !d.groups[1].km.empty()) separate(label_y[0], label_y[1], 18);
    for (std::size_t k = 0; k < d.groups.size(); ++k) {
        const DurabilityGroup& g = d.groups[k];
        if (g.km.empty()) continue;
        const char* colour = g.group == "programme" ? treated_colour : control_colour;
        std::string path = "M" + num(x(0)) + "," + num(y(g.km[0].share_again));
        for (std::size_t i = 1; i < g.km.size(); ++i)
            path += " H" + num(x(g.km[i].years)) + " V" + num(y(g.km[i].share_again));
        out += "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2.5\"/>";
        out += "<text x=\"" + num(w - right + 6) + "\" y=\"" + num(label_y[k]) + "\" font-size=\"12\" fill=\"" + colour + "\">" +
               (g.group == "programme" ? say(lang, "programme", "事業") : say(lang, "other projects", "他のプロジェクト")) + "</text>";
    }
    return out + "</svg>";
}

std::string programme_block(const Network& network, const std::string& id, const AnalysisOptions& analysis, Language lang,
                            const std::function<std::string(int)>& year) {
    const Programme* declared = network.find_programme(id);
    const std::string name = declared ? declared->name : id;
    std::string out = "<h3>" + html_escape(title_text(name)) + "</h3>";
    // Projects, participations and funding of the programme.
    std::size_t projects = 0, participations = 0;
    double funding = 0;
    bool any_funding = false;
    for (const Project& p : network.projects) {
        if (p.programme != id) continue;
        ++projects;
        participations += p.participants.size();
        for (std::size_t k = 0; k < p.participants.size(); ++k)
            if (const auto& f = p.participation(k).funding) funding += *f, any_funding = true;
    }
    if (lang == Language::ja)
        out += "<p>プロジェクト " + count_text(lang, projects, "件") + " · 参加 " + count_text(lang, participations, "件");
    else
        out += "<p>" + count_text(lang, projects) + " projects · " + count_text(lang, participations) + " participations";
    if (any_funding)
        out += say(lang, " · funding ", " · 資金 ") + readable_number(funding) +
               (network.currency.empty() ? "" : " " + html_escape(network.currency));
    if (declared && declared->from && declared->to)
        out += say(lang, " · years ", " · 年 ") + year(*declared->from) + "–" + year(*declared->to);
    out += "</p>";

    ProgrammeRequest request;
    request.programme = id;
    request.analysis = analysis;
    ProgrammeEvaluation r;
    try {
        r = evaluate_programme(network, request);
    } catch (const UsageError& e) {
        return out + "<p class=\"note\">" + say(lang, "Not evaluated with the defaults: ", "既定の設定では評価できません：") +
               html_escape(e.what()) + " (<code>ecosys evaluate --programme " + html_escape(id) + "</code>" +
               say(lang, " takes the windows and regions).", " で期間と地域を指定できます）。") + "</p>";
    }
    const auto join = [](const std::vector<std::string>& ids) {
        std::string s;
        for (const std::string& x : ids) s += (s.empty() ? "" : ", ") + cell_text(x);
        return s;
    };
    out += "<p>" + say(lang, "Treated: ", "対象地域：") + html_escape(join(r.treated)) + say(lang, ". Control: ", "。対照地域：") +
           html_escape(join(r.control)) + say(lang, ". Before ", "。前 ") + r.pre.to_string() + say(lang, ", after ", "、後 ") +
           r.post.to_string() + say(lang, ".", "。") + "</p>";
    out += "<table><thead><tr><th style=\"text-align:left\">" + say(lang, "Metric", "指標") + "</th><th>" +
           say(lang, "treated before", "対象・前") + "</th><th>" + say(lang, "treated after", "対象・後") + "</th><th>" +
           say(lang, "control before", "対照・前") + "</th><th>" + say(lang, "control after", "対照・後") + "</th><th>" +
           say(lang, "difference in differences", "差の差") + "</th><th>p</th><th style=\"text-align:left\">" +
           say(lang, "what it means", "読み方") + "</th></tr></thead><tbody>";
    const auto reading = [&](double p) { return p_value_reading(p, lang); };
    const auto label_of = [&](const EvaluationMetric& m) {
        return lang == Language::ja ? std::string(metric_label(m.key, lang)) : m.label;
    };
    for (const EvaluationMetric& m : r.metrics)
        out += "<tr><td style=\"text-align:left\">" + html_escape(label_of(m)) + "</td><td>" + precise_number(m.treated_pre) +
               "</td><td>" + precise_number(m.treated_post) + "</td><td>" + precise_number(m.control_pre) + "</td><td>" +
               precise_number(m.control_post) + "</td><td>" + (m.did > 0 ? "+" : "") + precise_number(m.did) +
               "</td><td>" + precise_number(m.p_value) + (m.exact ? say(lang, " (exact)", "（厳密）") : "") +
               "</td><td style=\"text-align:left;white-space:normal\">" + html_escape(reading(m.p_value)) +
               (lang == Language::ja ? "（対象 " + count_text(lang, m.treated_regions, "地域") + "、対照 " +
                                           count_text(lang, m.control_regions, "地域") + "）"
                                     : " (" + count_text(lang, m.treated_regions) + " treated, " +
                                           count_text(lang, m.control_regions) + " control regions)") +
               "</td></tr>";
    out += "</tbody></table><p class=\"note\">" +
           say(lang,
               "Difference in differences: the treated regions' mean change minus the controls'. p: the share of ways to "
               "pick as many treated regions among all of them that give an estimate as large (exact when there are at most "
               "100,000 ways). A small p says the treated regions changed differently from the controls, not why: the "
               "regions a programme picks are rarely picked at random (docs/evaluation.md).",
               "差の差：対象地域の平均変化から対照地域の平均変化を引いた値。p：全地域から対象と同数の地域を選ぶ方法のうち、"
               "同じ大きさ以上の推定値になるものの割合（方法が 100,000 通り以下なら厳密）。p が小さければ対象地域は対照と"
               "異なる変化をしたと言えますが、その理由までは言えません：事業が選ぶ地域は無作為に選ばれることはまれです"
               "（docs/evaluation.md）。") +
           "</p>";
    out += "<div class=\"multiples\">";
    for (const EvaluationMetric& m : r.metrics) {
        std::vector<std::string> labels;
        std::vector<bool> treated;
        std::vector<double> pre, post;
        for (const EvaluationRegion& g : r.regions) {
            const auto& a = g.pre.at(m.key);
            const auto& b = g.post.at(m.key);
            if (!a || !b) continue;
            labels.push_back(g.name);
            treated.push_back(g.treated);
            pre.push_back(*a);
            post.push_back(*b);
        }
        out += slope_chart_svg(label_of(m), labels, treated, pre, post, lang);
    }
    out += "</div>";
    const Durability& d = r.durability;
    out += "<h4>" + say(lang, "Do the ties it funded last?", "支援した紐帯は続くか？") + "</h4><p>";
    for (const DurabilityGroup& g : d.groups)
        out += lang == Language::ja
                   ? (g.group == "programme" ? "事業のプロジェクトで初めて結ばれたペア " : "同じ年に他のプロジェクトで初めて結ばれたペア ") +
                         count_text(lang, g.pairs, "組") + "のうち、のちに再び協働したのは " + count_text(lang, g.events, "組") + "。"
                   : count_text(lang, g.pairs) +
                         (g.group == "programme" ? " pairs first tied in its projects, "
                                                 : " pairs first tied the same years in other projects, ") +
                         count_text(lang, g.events) + " of them again later. ";
    if (d.logrank_p) out += say(lang, "Log-rank test: p = ", "ログランク検定：p = ") + precise_number(*d.logrank_p) + say(lang, ".", "。");
    out += "</p>" + durability_svg(d, lang);
    for (const std::string& note : r.notes) out += "<p class=\"note\">" + html_escape(note) + "</p>";
    return out;
}

}  // namespace

std::vector<std::string> report_programmes(const Network& network, std::size_t limit) {
    std::vector<std::string> out;
    for (const Programme& p : network.programmes) out.push_back(p.id);
    if (!out.empty()) return out;
    for (const std::string& id : programme_ids(network))
        if (out.size() < limit) out.push_back(id);
    return out;
}

std::string slope_chart_svg(const std::string& title, const std::vector<std::string>& labels, const std::vector<bool>& treated,
                            const std::vector<double>& pre, const std::vector<double>& post, Language lang) {
    // The axis words sit below the plot, clear of the labels at its right end.
    const double w = 320, h = 236, left = 60, right = 120, top = 30, bottom = 38;
    double lo = 0, hi = 0;
    bool first = true;
    for (const auto* xs : {&pre, &post})
        for (double v : *xs) {
            lo = first ? v : std::min(lo, v);
            hi = first ? v : std::max(hi, v);
            first = false;
        }
    if (hi == lo) hi = lo + 1;
    const auto y = [&](double v) { return top + (h - top - bottom) * (hi - v) / (hi - lo); };
    std::string out = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + num(w) + " " + num(h) + "\" width=\"" + num(w) +
                      "\" height=\"" + num(h) + "\"><title>" + html_escape(title) + say(lang, ": before and after, per region", "：地域ごとの前と後") + "</title>";
    out += "<text x=\"4\" y=\"14\" font-size=\"12\" font-weight=\"bold\">" + html_escape(shorten(title, 40)) + "</text>";
    out += "<text x=\"" + num(left) + "\" y=\"" + num(h - 4) + "\" font-size=\"11\" text-anchor=\"middle\">" + say(lang, "before", "前") + "</text>";
    out += "<text x=\"" + num(w - right) + "\" y=\"" + num(h - 4) + "\" font-size=\"11\" text-anchor=\"middle\">" + say(lang, "after", "後") + "</text>";
    // The scale: the highest and lowest value at the left.
    out += "<text x=\"" + num(left - 4) + "\" y=\"" + num(y(hi) + 4) + "\" font-size=\"10\" text-anchor=\"end\">" +
           precise_number(hi) + "</text>";
    out += "<text x=\"" + num(left - 4) + "\" y=\"" + num(y(lo) + 4) + "\" font-size=\"10\" text-anchor=\"end\">" +
           precise_number(lo) + "</text>";
    double mean[2][2] = {{0, 0}, {0, 0}};
    std::size_t count[2] = {0, 0};
    // Controls first, so the treated lines are drawn on top.
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t i = 0; i < labels.size(); ++i) {
            if (treated[i] != (pass == 1)) continue;
            const char* colour = treated[i] ? treated_colour : control_colour;
            out += "<line x1=\"" + num(left) + "\" y1=\"" + num(y(pre[i])) + "\" x2=\"" + num(w - right) + "\" y2=\"" +
                   num(y(post[i])) + "\" stroke=\"" + colour + "\" stroke-opacity=\"0.45\"><title>" +
                   html_escape(labels[i]) + ": " + precise_number(pre[i]) + " → " + precise_number(post[i]) +
                   "</title></line>";
            mean[pass][0] += pre[i];
            mean[pass][1] += post[i];
            ++count[pass];
        }
    // The group means, thick, labelled at their right end; labels closer than a line apart
    // are pushed apart around their middle so that they never overlap.
    double label_y[2] = {0, 0};
    for (int pass = 0; pass < 2; ++pass)
        if (count[pass]) label_y[pass] = y(mean[pass][1] / count[pass]) + 4;
    if (count[0] && count[1]) separate(label_y[1], label_y[0], 17);
    for (int pass = 0; pass < 2; ++pass) {
        if (!count[pass]) continue;
        const double a = mean[pass][0] / count[pass], b = mean[pass][1] / count[pass];
        const char* colour = pass ? treated_colour : control_colour;
        out += "<line x1=\"" + num(left) + "\" y1=\"" + num(y(a)) + "\" x2=\"" + num(w - right) + "\" y2=\"" + num(y(b)) +
               "\" stroke=\"" + colour + "\" stroke-width=\"3.5\"/>";
        out += "<text x=\"" + num(w - right + 6) + "\" y=\"" + num(label_y[pass]) + "\" font-size=\"11\" fill=\"" + colour + "\">" +
               (pass ? say(lang, "treated mean", "対象の平均") : say(lang, "control mean", "対照の平均")) + "</text>";
    }
    return out + "</svg>";
}

std::string programmes_section(const Network& network, const AnalysisOptions& analysis, Language lang,
                               const std::function<std::string(int)>& year_text) {
    const std::function<std::string(int)> year = year_text ? year_text : [](int y) { return std::to_string(y); };
    const std::vector<std::string> ids = report_programmes(network);
    if (ids.empty()) return "";
    std::string out = "<section id=\"programmes\"><h2>" + say(lang, "Programmes", "事業") + "</h2><p class=\"note\">" +
                      say(lang,
                          "Did each programme change the ecosystems of the regions it funded beyond the other regions' "
                          "change, and do the collaborations it funded last? ",
                          "各事業は、支援した地域のエコシステムを他の地域の変化を超えて変えたか、また支援した協働は続くか？") +
                      "(<code>ecosys evaluate</code>, docs/evaluation.md)</p>";
    for (const std::string& id : ids) out += programme_block(network, id, analysis, lang, year);
    const std::size_t all = programme_ids(network).size();
    if (all > ids.size())
        out += "<p class=\"note\">" +
               (lang == Language::ja ? "プロジェクトが挙げるほかの事業 " + count_text(lang, all - ids.size(), "件") +
                                           "は省略しています。<code>ecosys evaluate</code> で評価できます。"
                                     : count_text(lang, all - ids.size()) +
                                           " more programmes named by projects are left out; evaluate them with "
                                           "<code>ecosys evaluate</code>.") +
               "</p>";
    return out + "</section>";
}

}  // namespace ecosys::detail
