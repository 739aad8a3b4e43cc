#include "ecosys/report/report.hpp"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/analysis/kernels.hpp"
#include "ecosys/compare/comparison.hpp"
#include "ecosys/compare/diff.hpp"
#include "ecosys/error.hpp"
#include "ecosys/analysis/helix_report.hpp"
#include "ecosys/metrics/connector_hubs.hpp"
#include "ecosys/analysis/matching.hpp"
#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/analysis/whatif.hpp"
#include "ecosys/model/year_text.hpp"
#include "ecosys/render/names.hpp"
#include "ecosys/report/explorer.hpp"
#include "ecosys/render/renderer.hpp"
#include "ecosys/render/style.hpp"
#include "report/charts.hpp"
#include "report/definitions.hpp"
#include "report/html.hpp"
#include "report/programmes_section.hpp"
#include "util/table.hpp"

namespace ecosys {

namespace {

using detail::csp_hash;
using detail::html_escape;
using detail::readable_number;
using detail::programmes_section;

/// The key metrics of the small multiples, in reading order.
const std::vector<std::string>& chart_keys() {
    static const std::vector<std::string> keys = {
        "density",      "mean_degree",        "openness",   "transitivity", "mean_path_length",
        "cross_sector_share", "ei_index", "multi_sector_share", "betweenness_centralization"};
    return keys;
}

const char* const style_sheet = R"css(
:root{--ink:#1d2330;--muted:#5b6475;--rule:#d8dce3;--accent:#0072B2;--bg:#fff;--soft:#f4f6f9}
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans CJK JP","Noto Sans","DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg);line-height:1.45;font-size:15px}
header.top{padding:28px 40px 18px;border-bottom:1px solid var(--rule);background:var(--soft)}
header.top h1{margin:0 0 4px;font-size:28px}
header.top p{margin:0;color:var(--muted)}
header.top p.left-out-note{margin-top:6px;color:#8a4b00}
ul.left-out{margin:0;padding-left:18px}
nav{padding:8px 40px;border-bottom:1px solid var(--rule);font-size:14px;position:sticky;top:0;background:#fffffff2;z-index:2}
nav a{margin-right:14px;color:var(--accent);text-decoration:none}
main{padding:8px 40px 40px;max-width:1280px}
section{margin:28px 0;scroll-margin-top:44px}
h2{font-size:21px;border-bottom:2px solid var(--ink);padding-bottom:4px;margin:0 0 12px}
h3{font-size:16px;margin:18px 0 8px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:16px 0}
.card{border:1px solid var(--rule);border-radius:6px;padding:8px 14px;min-width:120px;background:#fff}
.card b{display:block;font-size:22px}
.card span{color:var(--muted);font-size:13px}
.note{color:var(--muted);font-size:13px;max-width:900px}
.figure{border:1px solid var(--rule);border-radius:6px;padding:8px;margin:10px 0;text-align:center;overflow:auto}
svg.diagram{width:100%;height:auto}
table{border-collapse:collapse;font-size:13px}
th,td{padding:4px 8px;border-bottom:1px solid var(--rule);text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}
table.sortable button{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer;color:var(--ink)}
table.sortable th[aria-sort=descending] button::after{content:" ▼"}
table.sortable th[aria-sort=ascending] button::after{content:" ▲"}
table.sortable tbody tr{cursor:pointer}
table.sortable tbody tr:hover{background:var(--soft)}
td small{color:var(--muted)}
td.z{color:var(--muted)}
tfoot td{font-style:italic;border-top:2px solid var(--rule)}
.table-wrap{overflow-x:auto}
td.list{white-space:normal;text-align:left;min-width:14em}
td.name{white-space:normal;min-width:10em}
.multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:18px}
svg.chart{font-size:11px}
svg.chart .chart-title{font-weight:bold;font-size:12px}
svg.chart .bar{fill:var(--accent)}
svg.chart a:hover .bar{fill:#D55E00}
svg.chart .bar-label{text-anchor:end;fill:var(--ink)}
svg.chart .bar-value{fill:var(--muted)}
svg.chart .axis{stroke:#888}
svg.chart .reference{stroke:#D55E00;stroke-dasharray:3 2}
svg.chart .reference-label{fill:#D55E00;font-size:10px;text-anchor:middle}
.panels{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:20px;align-items:start}
.panels > div{overflow-x:auto}
.panels th,.panels td:first-child{white-space:normal}
.panels td:first-child{min-width:9em}
table.heat td{text-align:center;min-width:44px}
table.heat td.missing{outline:2px dashed #D55E00;outline-offset:-3px}
table.heat td.impossible{color:#aaa}
.mix-bar{display:flex;height:18px;border-radius:3px;overflow:hidden;border:1px solid var(--rule);max-width:420px}
.mix-bar span{display:block;height:100%}
.mix-legend{list-style:none;padding:0;margin:6px 0;font-size:13px}
.mix-legend li{display:inline-block;margin-right:12px}
dl.methods{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;font-size:14px}
dl.methods dt{color:var(--muted)}
dl.methods dd{margin:0}
code{font-size:12px;word-break:break-all}
.top-link{font-size:13px}
.print-only{display:none}
@media print{
nav,.screen-only,#explore,.top-link{display:none}
.print-only{display:block}
body{font-size:12px}
header.top{padding:8px 0}
main{padding:0;max-width:none}
section{break-inside:avoid-page}
.table-wrap,.panels > div,.figure{overflow:visible}
.panels{display:block}
table{font-size:9px;max-width:100%;margin-bottom:8px}
th,td{white-space:normal;overflow-wrap:anywhere;padding:2px 4px}
td.list,td.name,.panels td:first-child{min-width:0}
tr{break-inside:avoid}
thead{display:table-header-group}
}
)css";

/// Sorting the comparison table by a click on its column header (and its printed parts
/// with it); a click on a row jumps to the region's section. No data lives in the
/// script: it reads data-v.
const char* const script = R"js(
(function () {
  function key(cell) { return cell.getAttribute('data-v'); }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var descending = th.getAttribute('aria-sort') !== 'descending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var text = th.hasAttribute('data-text');
        rows.sort(function (a, b) {
          var x = key(a.cells[col]), y = key(b.cells[col]);
          if (x === '' || y === '') return (x === '') - (y === '');
          var order = text ? x.localeCompare(y) : Number(x) - Number(y);
          return descending ? -order : order;
        });
        rows.forEach(function (r) { body.appendChild(r); });
        document.querySelectorAll('table.print-part[data-of="' + table.id + '"]').forEach(function (part) {
          var rowOf = {};
          Array.prototype.forEach.call(part.tBodies[0].rows, function (r) { rowOf[r.getAttribute('data-row')] = r; });
          rows.forEach(function (r) {
            var p = rowOf[r.getAttribute('data-target')];
            if (p) part.tBodies[0].appendChild(p);
          });
        });
      });
    });
  });
  document.querySelectorAll('tr[data-target]').forEach(function (tr) {
    tr.addEventListener('click', function (event) {
      if (event.target.closest('a')) return;
      location.hash = tr.getAttribute('data-target');
    });
  });
})();
)js";


std::string anchor_of(const std::string& region_id) { return render::element_id("region", region_id); }

/// Where the header says what the report leaves out for size, filled in at the end. A
/// comment: no text of the data can make one (escaped), nor a diagram (comments removed).
const std::string left_out_marker = "<!--left out-->";

/// Reports a stage of the report (`done` of `total`; done == total when it ends) and
/// stops there if Ctrl-C was pressed: every stage shows on the progress line, even one
/// that is a single long call (a layout), and none is begun after an interrupt.
void stage(const Progress* progress, std::string_view step, std::size_t done, std::size_t total) {
    if (!progress) return;
    if (progress->cancel && progress->cancel->load()) throw Cancelled();
    if (progress->report) progress->report(step, done, total);
}

/// The rows of one region of a dependence ranking that would split it (new components
/// or actors cut off from its largest component) as a small table, or a sentence when
/// none would. A removal that splits nothing still nudges fragmentation up when the
/// region has isolated actors (fewer actors, same unreachable pairs): not listed.
/// `kind_of` gives the second column of a row (role, type, sector).
std::string dependence_table(const DependenceRegion& region, const std::string& what, const std::string& name_head,
                             const std::string& kind_head, const std::function<std::string(const DependenceRow&)>& kind_of,
                             Language lang) {
    if (region.rows.empty())
        return "<p class=\"note\">" + say(lang, "No " + what + " in this region.", "この地域には" + what + "がありません。") + "</p>";
    const auto splits = [](const DependenceRow& r) { return r.cut_off > 0 || r.components_after > r.components_before; };
    if (std::none_of(region.rows.begin(), region.rows.end(), splits))
        return "<p class=\"note\">" +
               say(lang, "Losing any one of its " + what + " would not split it.", "どの" + what + "を一つ失っても地域は分断されません。") +
               "</p>";
    std::string out = "<table><thead><tr><th>" + name_head + "</th><th>" + kind_head + "</th><th title=\"" +
                      say(lang, "Rise in fragmentation: the share of actor pairs with no path left",
                          "分断度の上昇：経路がなくなるアクターのペアの割合") +
                      "\">" + say(lang, "Fragmentation +", "分断度 +") + "</th><th title=\"" +
                      say(lang, "Actors that would leave the region's largest component", "地域の最大連結成分から外れるアクター") +
                      "\">" + say(lang, "Cut off", "孤立") + "</th></tr></thead><tbody>";
    for (const DependenceRow& r : region.rows)
        if (splits(r))
            out += "<tr><td>" + html_escape(r.name.empty() ? r.actor : r.name) + "</td><td>" + html_escape(kind_of(r)) + "</td><td>" +
                   detail::precise_number(r.damage()) + "</td><td>" + count_text(lang, r.cut_off) + "</td></tr>";
    return out + "</tbody></table>";
}

/// One region's cut points (compute_cut_point_dependence): how many, how many bridges,
/// and the ones whose loss would split it most.
std::string cut_point_table(const Network& network, const DependenceRegion& region, Language lang) {
    std::string out = "<p class=\"note\">";
    if (region.candidates == 0) {
        out += say(lang, "No cut point: losing any one actor would not split it.", "切断点はありません：どのアクターを一つ失っても分断されません。");
        if (region.bridges > 0)
            out += lang == Language::ja ? "橋 " + count_text(lang, region.bridges, "本") + "（それだけが二者を結ぶ紐帯）。"
                                        : " " + count_text(lang, region.bridges) + (region.bridges == 1 ? " bridge" : " bridges") +
                                              " (a tie that alone joins its two actors).";
        return out + "</p>";
    }
    if (lang == Language::ja)
        out += "切断点（それを失うだけで地域が分断されるアクター）" + count_text(lang, region.candidates, "者") + "、橋（それを失うだけで分断される紐帯）" +
               count_text(lang, region.bridges, "本") + "。分断度の上昇が大きい順に：";
    else
        out += count_text(lang, region.candidates) + (region.candidates == 1 ? " cut point" : " cut points") +
               " (actors whose loss alone splits the region) and " + count_text(lang, region.bridges) +
               (region.bridges == 1 ? " bridge" : " bridges") + " (ties whose loss alone splits it); the most damaging:";
    out += "</p>";
    const auto sector_of = [&](const DependenceRow& r) {
        const auto i = network.find_actor(r.actor);
        if (!i) return std::string();
        const Actor& a = network.actors[*i];
        const Sector* s = network.find_sector(a.sector);
        const std::string sector = s && !s->label.empty() ? s->label : a.sector;
        return a.role.empty() ? sector : sector + " · " + a.role;
    };
    return out + dependence_table(region, say(lang, "cut points", "切断点"), say(lang, "Actor", "アクター"), say(lang, "Sector", "セクター"),
                                  sector_of, lang);
}

/// The Fragility section: per region (the whole network when there are none) its cut
/// points, then its intermediaries (actors with a role) and projects whose loss alone
/// would fragment it most (docs/whatif.md, "Dependence"); the kinds the data does not
/// have (no roles, no projects) are said once, not per region.
std::string fragility_section(AnalysisCache& cache, const Comparison& comparison, Language lang, const Progress* progress,
                              std::vector<std::string>& left_out) {
    const Network& network = cache.network();
    std::vector<std::string> ids;
    for (const ComparisonRow& row : comparison.rows) ids.push_back(row.id);
    constexpr std::size_t top = 3, max_projects = 200;
    const bool roles = std::any_of(network.actors.begin(), network.actors.end(), [](const Actor& a) { return !a.role.empty(); });
    const bool projects = !network.projects.empty() && network.projects.size() <= max_projects;
    stage(progress, "report: fragility", 0, 3);
    const DependenceReport cuts = compute_cut_point_dependence(cache, ids, top);
    stage(progress, "report: fragility", 1, 3);
    std::optional<DependenceReport> people;
    if (roles) people = compute_intermediary_dependence(cache, ids, top);
    stage(progress, "report: fragility", 2, 3);
    std::optional<DependenceReport> programs;
    if (projects) programs = compute_project_dependence(cache, ids, top);
    stage(progress, "report: fragility", 3, 3);

    std::string out = "<section id=\"fragility\"><h2>" + say(lang, "Fragility", "脆弱性") + "</h2><p class=\"note\">" +
                      say(lang,
                          "Per region, the actors, the coordinators and other intermediaries (actors with a role) and the "
                          "projects whose loss alone would fragment it most: the rise in the share of actor pairs with no path "
                          "between them, and the actors cut off from the region's largest component "
                          "(<code>ecosys whatif --each-actor</code>, <code>--each-role</code>, <code>--each-project</code>). "
                          "Cut points are the actors whose loss alone splits the region (articulation points).",
                          "地域ごとに、それを失うだけで地域が最も分断されるアクター、コーディネーターなどの仲介者（役割をもつアクター）と"
                          "プロジェクト：経路のないアクターのペアの割合の上昇と、地域の最大連結成分から切り離されるアクター"
                          "（<code>ecosys whatif --each-actor</code>、<code>--each-role</code>、<code>--each-project</code>）。"
                          "切断点は、それを失うだけで地域が分断されるアクター（関節点）です。");
    if (!roles)
        out += say(lang, " No actor of the data has a role (coordinator, matching planner ...): intermediaries are not listed.",
                   "データのどのアクターにも役割（コーディネーターなど）がないため、仲介者は示しません。");
    if (network.projects.empty())
        out += say(lang, " The data has no projects.", "データにプロジェクトはありません。");
    else if (!projects) {
        const std::string why =
            lang == Language::ja
                ? "脆弱性のプロジェクトは省略しています：プロジェクト " + count_text(lang, network.projects.size(), "件") + "は上限の " +
                      count_text(lang, max_projects, "件") + "を超えます（一件ごとに地域のグラフを作り直します）。"
                : "Projects are left out of Fragility: the network's " + count_text(lang, network.projects.size()) +
                      " projects are more than " + count_text(lang, max_projects) +
                      " (each one removed means rebuilding its regions' graphs); <code>ecosys whatif --each-project</code> ranks them all.";
        out += " " + why;
        left_out.push_back(why);
    }
    out += "</p>";
    // The reports hold the regions, then "*" (the whole network): without regions, "*" alone is shown.
    const std::size_t shown = ids.empty() ? 1 : ids.size();
    for (std::size_t i = 0; i < shown; ++i) {
        const std::size_t at = ids.empty() ? cuts.regions.size() - 1 : i;
        out += "<h3>" +
               html_escape(ids.empty() ? say(lang, "The whole network", "ネットワーク全体") : detail::title_text(comparison.rows[i].name)) +
               "</h3>";
        out += cut_point_table(network, cuts.regions[at], lang);
        if (people)
            out += dependence_table(people->regions[at], say(lang, "intermediaries", "仲介者"), say(lang, "Actor", "アクター"),
                                    say(lang, "Role", "役割"), [](const DependenceRow& r) { return r.role; }, lang);
        if (programs)
            out += dependence_table(programs->regions[at], say(lang, "projects", "プロジェクト"), say(lang, "Project", "プロジェクト"),
                                    say(lang, "Type", "種類"), [](const DependenceRow& r) { return r.role; }, lang);
    }
    return out + "</section>";
}

/// Whether some actor states needs and some actor seeds: the report then has a Matching section.
bool has_needs_and_seeds(const Network& network) {
    const auto with = [&](auto member) {
        return std::any_of(network.actors.begin(), network.actors.end(), [&](const Actor& a) { return !(a.*member).empty(); });
    };
    return with(&Actor::needs) && with(&Actor::seeds);
}

/// The Matching section (docs/matching.md): the best cross-region needs-seeds pairs with
/// who can introduce them, and per region the needs no actor of the region can supply.
std::string matching_section(const Network& network, const AnalysisOptions& analysis, Language lang) {
    MatchRequest request;
    request.top = 10;
    request.cross_region_only = true;
    request.analysis = analysis;
    const MatchReport m = compute_matches(network, request);
    auto name_of = [&](const std::string& id) { return html_escape(network.actors[*network.find_actor(id)].name); };
    std::string out = "<section id=\"matching\"><h2>" + say(lang, "Matching", "マッチング") + "</h2><p class=\"note\">" +
                      say(lang, "The best pairs of a company need and a seed in another region, not tied yet: score = ",
                          "企業のニーズと他地域のシーズのうち、まだ結ばれていない最良のペア：スコア = ") +
                      detail::precise_number(m.weights.keywords) +
                      say(lang, " × keyword similarity (TF-IDF cosine) + ", " × キーワード類似度（TF-IDF コサイン）+ ") +
                      detail::precise_number(m.weights.proximity) + say(lang, " / distance + ", " / 距離 + ") +
                      detail::precise_number(m.weights.structure) +
                      say(lang, " × Jaccard; the introduction path is the intermediaries on a shortest path between them ",
                          " × Jaccard 係数。紹介経路は両者を結ぶ最短経路上の仲介者です") +
                      "(<code>ecosys match --cross-region-only --explain</code>).</p>";
    if (m.pairs.empty()) {
        out += "<p class=\"note\">" +
               say(lang, "No untied pair across regions shares a keyword.", "キーワードを共有する未結合の地域間ペアはありません。") +
               "</p>";
    } else {
        out += "<table><thead><tr><th>" + say(lang, "Needs", "ニーズ") + "</th><th>" + say(lang, "Seeds", "シーズ") + "</th><th>" +
               say(lang, "Regions", "地域") + "</th><th>" + say(lang, "Shared keywords", "共通キーワード") + "</th><th>" +
               say(lang, "Score", "スコア") + "</th><th>" + say(lang, "Distance", "距離") + "</th><th>" +
               say(lang, "Introduction path", "紹介経路") + "</th></tr></thead><tbody>";
        for (const MatchPair& p : m.pairs) {
            std::string path;
            for (const Intermediary& i : p.introduction)
                path += (path.empty() ? "" : " → ") + html_escape(i.name) + " (" +
                        html_escape(i.role.empty() ? (i.kind.empty() ? i.sector : i.kind) : i.role) + ")";
            std::string shared;
            for (const std::string& k : p.shared) shared += (shared.empty() ? "" : ", ") + k;
            out += "<tr><td class=\"name\">" + name_of(p.need_actor) + "</td><td class=\"name\">" + name_of(p.seed_actor) + "</td><td>" +
                   html_escape(p.need_region + " → " + p.seed_region) + "</td><td class=\"list\">" + html_escape(shared) + "</td><td>" +
                   detail::precise_number(p.score) + "</td><td>" +
                   (p.distance ? count_text(lang, *p.distance) : say(lang, "none", "なし")) + "</td><td class=\"list\">" +
                   (p.distance ? (path.empty() ? say(lang, "direct", "直接") : path) : say(lang, "not connected", "つながりなし")) +
                   "</td></tr>";
        }
        out += "</tbody></table>";
    }
    out += "<h3>" + say(lang, "Unmatched needs per region", "地域ごとの未充足ニーズ") + "</h3><p class=\"note\">" +
           say(lang, "A need is unmatched when no actor of the company's own region holds the keyword as a seed.",
               "企業と同じ地域のどのアクターもそのキーワードをシーズとしてもたないとき、ニーズは未充足です。") +
           "</p><table><thead><tr><th>" + say(lang, "Region", "地域") + "</th><th>" +
           say(lang, "Actors with needs", "ニーズをもつアクター") + "</th><th>" + say(lang, "Needs", "ニーズ") + "</th><th>" +
           say(lang, "Unmatched", "未充足") + "</th><th>" +
           say(lang, "Could be supplied by (unmatched needs)", "供給できる地域（未充足ニーズ数）") + "</th></tr></thead><tbody>";
    for (const RegionNeeds& r : m.regions) {
        std::string sup;
        for (const auto& [region, count] : r.suppliers) sup += (sup.empty() ? "" : ", ") + region + " " + count_text(lang, count);
        if (!r.unsupplied.empty()) {
            std::string none;
            for (const std::string& k : r.unsupplied) none += (none.empty() ? "" : ", ") + k;
            sup += (sup.empty() ? "" : "; ") + say(lang, "no region: ", "該当地域なし：") + none;
        }
        out += "<tr><td>" + html_escape(r.region.empty() ? say(lang, "(no region)", "（地域なし）") : r.region) + "</td><td>" +
               count_text(lang, r.actors_with_needs) + "</td><td>" + count_text(lang, r.needs) + "</td><td>" +
               count_text(lang, r.unmatched) + "</td><td class=\"list\">" + html_escape(sup.empty() ? "-" : sup) + "</td></tr>";
    }
    return out + "</tbody></table></section>";
}

std::string card(const std::string& value, const std::string& label, const std::string& title = "") {
    return "<div class=\"card\"" + (title.empty() ? std::string() : " title=\"" + html_escape(title) + "\"") + "><b>" +
           html_escape(value) + "</b><span>" + html_escape(label) + "</span></div>";
}

/// A card's figure: a share (key ending in "_share", and openness) as a percentage, so that
/// "Cross-sector ties 1" does not read as a count; anything else as readable_number.
std::string card_number(std::string_view key, std::optional<double> value) {
    if (!value || !(key.ends_with("_share") || key == "openness")) return readable_number(value);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g %%", *value * 100.0);
    return buf;
}

std::optional<double> value_of(const Comparison& c, const ComparisonRow& row, std::string_view key) {
    const auto i = c.column(key);
    return i ? row.values[*i] : std::nullopt;
}

std::string svg_of(const render::Diagram& diagram, const std::string& prefix, std::vector<std::string>& notes) {
    render::Rendered r = render::render(diagram, render::Format::svg);
    for (std::string& w : r.warnings) notes.push_back(diagram.title + ": " + w);
    for (const std::string& n : diagram.notes) notes.push_back(diagram.title + ": " + n);
    return detail::inline_svg(r.data, prefix);
}

std::vector<detail::SectorLabel> sector_labels(const Network& network, const std::vector<std::string>& ids) {
    const render::Style style(network);
    std::vector<detail::SectorLabel> out;
    for (const std::string& id : ids) {
        const Sector* s = network.find_sector(id);
        const render::SectorStyle& st = style.sector(id);
        out.push_back({id, s && !s->label.empty() ? s->label : id, st.color, st.glyph});
    }
    return out;
}

/// Data columns of a printed table part at most: A4 or Letter, portrait, keeps seven
/// figures and a name column legible (9 px type, headers wrapped).
constexpr std::size_t print_columns = 7;

/// The comparison table: on screen one table, sortable, scrolling sideways when wide; in
/// print (where a scrolled-away column is lost) the same rows as parts of at most
/// print_columns columns, each repeating the region column, shown only in print. The
/// sorting script orders the parts' rows as the table's.
std::string comparison_table(const Comparison& c, Language lang) {
    struct Column {
        std::string head, title;
        std::function<std::string(const ComparisonRow&, bool ranked)> cell;
    };
    std::vector<Column> columns;
    for (std::size_t i = 0; i < c.columns.size(); ++i)
        columns.push_back({std::string(detail::metric_label(c.columns[i], lang)), std::string(detail::metric_definition(c.columns[i], lang)),
                           [&, i](const ComparisonRow& row, bool ranked) {
                               const auto& v = row.values[i];
                               std::string cell = "<td data-v=\"" + (v ? detail::shortest_number(*v) : std::string()) + "\">" +
                                                  readable_number(v);
                               if (ranked && row.ranks[i]) cell += " <small>" + count_text(lang, *row.ranks[i]) + "</small>";
                               return cell + "</td>";
                           }});
    for (std::size_t i = 0; i < c.columns.size(); ++i)
        if (has_z_score(c.columns[i]))
            columns.push_back({std::string(detail::metric_label(c.columns[i], lang)) + " z",
                               say(lang, "Size-adjusted: standard deviations from random graphs with the same degrees",
                                   "規模の補正：同じ次数のランダムグラフからの標準偏差の数"),
                               [&, i](const ComparisonRow& row, bool) {
                                   const auto& z = row.z[i];
                                   return "<td class=\"z\" data-v=\"" + (z ? detail::shortest_number(*z) : std::string()) + "\">" +
                                          (z && *z >= 0 ? "+" : "") + readable_number(z) + "</td>";
                               }});

    // One table of the columns [from, to): the screen's (sortable) or a printed part.
    const auto table = [&](std::size_t from, std::size_t to, bool screen) {
        std::string out = screen ? "<table class=\"sortable\" id=\"comparison-table\"><thead><tr>"
                                 : "<table class=\"print-part\" data-of=\"comparison-table\"><thead><tr>";
        const auto head = [&](const std::string& text) {
            return screen ? "<button type=\"button\">" + html_escape(text) + "</button>" : html_escape(text);
        };
        out += std::string("<th scope=\"col\"") + (screen ? " data-text" : "") + ">" + head(say(lang, "Region", "地域")) + "</th>";
        for (std::size_t k = from; k < to; ++k)
            out += "<th scope=\"col\" title=\"" + html_escape(columns[k].title) + "\">" + head(columns[k].head) + "</th>";
        out += "</tr></thead><tbody>";
        for (const ComparisonRow& row : c.rows) {
            const std::string target = html_escape(anchor_of(row.id));
            const std::string name = html_escape(detail::title_text(row.name));
            out += screen ? "<tr data-target=\"" + target + "\"><td data-v=\"" + name + "\"><a href=\"#" + target + "\">" + name + "</a></td>"
                          : "<tr data-row=\"" + target + "\"><td>" + name + "</td>";
            for (std::size_t k = from; k < to; ++k) out += columns[k].cell(row, true);
            out += "</tr>";
        }
        out += "</tbody>";
        if (c.whole) {
            out += "<tfoot><tr><td>" + say(lang, "Whole network", "ネットワーク全体") + "</td>";
            for (std::size_t k = from; k < to; ++k) out += columns[k].cell(*c.whole, false);
            out += "</tr></tfoot>";
        }
        return out + "</table>";
    };
    if (columns.size() <= print_columns) return "<div class=\"table-wrap\">" + table(0, columns.size(), true) + "</div>";
    std::string out = "<div class=\"table-wrap screen-only\">" + table(0, columns.size(), true) + "</div><div class=\"print-only\">";
    // Parts of nearly equal width: 19 columns print as 7, 6 and 6.
    const std::size_t parts = (columns.size() + print_columns - 1) / print_columns;
    for (std::size_t p = 0, from = 0; p < parts; ++p) {
        const std::size_t left = columns.size() - from, to = from + (left + (parts - p) - 1) / (parts - p);
        out += table(from, to, false);
        from = to;
    }
    return out + "</div>";
}

std::string brokers_table(const Network& network, const RegionHelix& region, ScopeAnalysis& scope,
                          const render::Style& style, Language lang) {
    if (region.top_brokers.empty())
        return "<p class=\"note\">" +
               say(lang, "No actor brokers a path here (no two of its partners are left untied).",
                   "ここで経路を仲介するアクターはいません（相手同士が結ばれていないペアがありません）。") +
               "</p>";
    const auto head = [&](std::string_view title_en, std::string_view title_ja, std::string_view en, std::string_view ja) {
        return "<th title=\"" + say(lang, title_en, title_ja) + "\">" + say(lang, en, ja) + "</th>";
    };
    std::string out = "<table><thead><tr><th>" + say(lang, "Actor", "アクター") + "</th>" +
                      head("Brokered pairs, all roles", "仲介したペア（全役割）", "Paths", "経路") +
                      head("Brokers within its own sector", "自セクター内の仲介", "Coord.", "調整") +
                      head("Outsider brokering within another sector", "他セクター内を外から仲介", "Itin.", "巡回") +
                      head("Passes its own sector's flow out", "自セクターの流れを外へ渡す", "Repr.", "代表") +
                      head("Lets another sector's flow in", "他セクターの流れを内へ入れる", "Gatek.", "門番") +
                      head("Brokers between two other sectors", "他の二つのセクターの間を仲介", "Liaison", "連絡") +
                      head("Normalised betweenness inside the region", "地域内の媒介中心性（正規化）", "Betw.", "媒介") +
                      "</tr></thead><tbody>";
    for (const auto& [id, counts] : region.top_brokers) {
        const auto index = network.find_actor(id);
        if (!index) continue;
        const Actor& a = network.actors[*index];
        std::size_t total = 0;
        for (std::size_t n : counts) total += n;
        // Betweenness inside the region: vertex v of the scope's graph is members()[v].
        std::optional<double> b;
        const auto& members = scope.members();
        const auto at = std::lower_bound(members.begin(), members.end(), *index);
        if (at != members.end() && *at == *index) b = betweenness(scope)[static_cast<std::size_t>(at - members.begin())];
        const render::SectorStyle& st = style.sector(a.sector);
        out += "<tr><td title=\"" + html_escape(a.id + " · " + a.sector) + "\"><span style=\"color:" + html_escape(st.color) +
               "\">" + html_escape(st.glyph) + "</span> " + html_escape(detail::shorten(a.name, 36)) + "</td><td>" +
               count_text(lang, total) + "</td>";
        for (std::size_t n : counts) out += "<td>" + count_text(lang, n) + "</td>";
        out += "<td>" + readable_number(b) + "</td></tr>";
    }
    return out + "</tbody></table>";
}

/// The region's hubs (Guimera-Amaral R5-R7 on the whole network, the regions as modules),
/// in the words of the 2014 SME White Paper.
std::string hubs_table(const HelixReport& helix, const RegionHelix& region, const render::Style& style, Language lang) {
    const std::string modules = helix.hub_partition == "region" ? "region" : helix.hub_partition;
    const std::string modules_ja = modules == "region" ? "地域" : modules == "sector" ? "セクター" : "コミュニティ";
    std::string out = "<h3>" + say(lang, "Connector hubs", "コネクターハブ") + "</h3>";
    if (region.hubs.empty())
        return out + "<p class=\"note\">" +
               (lang == Language::ja
                    ? "ここにハブはいません：" + modules_ja + "内の紐帯が" + modules_ja +
                          "の平均より大きく多いアクターはいません（" + modules_ja + "内次数 z ≥ 2.5）。"
                    : "No hub here: no actor has many more ties inside its " + html_escape(modules) + " than its " +
                          html_escape(modules) + "'s actors on average (within-" + html_escape(modules) + " degree z ≥ 2.5).") +
               "</p>";
    out += "<table><thead><tr><th>" + say(lang, "Actor", "アクター") + "</th><th title=\"" +
           (lang == Language::ja ? modules_ja + "内の紐帯が平均より標準偏差いくつ分多いか"
                                 : "Ties inside its " + html_escape(modules) + " above its mean, in standard deviations") +
           "\">" + say(lang, "z inside", "内部 z") + "</th><th title=\"" +
           (lang == Language::ja ? "0：すべての紐帯が一つの" + modules_ja + "内、1 に近い：多くに分散"
                                 : "0: all its ties inside one " + html_escape(modules) + "; near 1: spread over many") +
           "\">" + say(lang, "Participation", "参加係数") + "</th><th>" + say(lang, "Role", "役割") + "</th></tr></thead><tbody>";
    const std::size_t shown = std::min<std::size_t>(region.hubs.size(), 10);
    for (std::size_t i = 0; i < shown; ++i) {
        const ConnectorHubRow& h = region.hubs[i];
        const render::SectorStyle& st = style.sector(h.sector);
        const std::string_view role = lang == Language::ja ? role_name_ja(static_cast<HubRole>(h.role - 1))
                                                           : role_name(static_cast<HubRole>(h.role - 1));
        out += "<tr><td title=\"" + html_escape(h.id + " · " + h.sector) + "\"><span style=\"color:" + html_escape(st.color) +
               "\">" + html_escape(st.glyph) + "</span> " + html_escape(detail::shorten(h.name, 36)) + "</td><td>" +
               readable_number(h.within_module_z) + "</td><td>" + readable_number(h.participation) + "</td><td>" + std::string(role) +
               "</td></tr>";
    }
    out += "</tbody></table>";
    if (region.hubs.size() > shown)
        out += "<p class=\"note\">" +
               (lang == Language::ja ? "ほか " + count_text(lang, region.hubs.size() - shown, "件") + "（ecosys helix ですべて表示）。"
                                     : "And " + count_text(lang, region.hubs.size() - shown) + " more (ecosys helix lists them all).") +
               "</p>";
    if (lang == Language::ja)
        return out + "<p class=\"note\">ハブは" + modules_ja + "内で密に結ばれます。<b>コネクターハブ</b>はさらに紐帯を複数の" +
               modules_ja + "に広げます（参加係数 0.30 超）：2014 年版中小企業白書が地域に発掘と支援を求めるコネクターハブ企業です。"
               "Guimerà &amp; Amaral (2005) の役割分類、docs/metrics.md。</p>";
    return out + "<p class=\"note\">Hubs tie densely inside their " + html_escape(modules) +
           "; a <b>connector hub</b> also spreads its ties across " + html_escape(modules) +
           "s (participation above 0.30): the connector-hub firms (コネクターハブ企業) that the 2014 SME White Paper "
           "asks regions to find and support. Guimerà &amp; Amaral (2005) roles; docs/metrics.md.</p>";
}

std::string helix_panels(const Network& network, const HelixReport& helix, const RegionHelix& region,
                         ScopeAnalysis& betweenness, const render::Style& style, Language lang) {
    const std::vector<detail::SectorLabel> sectors = sector_labels(network, helix.sectors);
    std::vector<std::size_t> mix(helix.sectors.size(), 0);
    for (std::size_t i : betweenness.members())
        for (std::size_t s = 0; s < helix.sectors.size(); ++s)
            if (helix.sectors[s] == network.actors[i].sector) ++mix[s];

    std::string out = "<div class=\"panels\"><div><h3>" + say(lang, "Top brokers", "主な仲介者") + "</h3>" +
                      brokers_table(network, region, betweenness, style, lang) + "<p class=\"note\">" +
                      say(lang,
                          "Gould &amp; Fernandez brokerage roles with the sector as the group: paths a → broker → c with "
                          "no tie a → c, counted inside the region.",
                          "セクターを集団とする Gould &amp; Fernandez の仲介役割：a → 仲介者 → c の経路で a → c の紐帯がないもの"
                          "を地域内で数えます。") +
                      "</p>" + hubs_table(helix, region, style, lang) + "</div>";
    out += "<div><h3>" + say(lang, "Sector mix", "セクター構成") + "</h3>" + detail::sector_mix_html(sectors, mix, lang);
    out += "<h3>" + say(lang, "Sector-to-sector ties", "セクター間の紐帯") + "</h3>" +
           detail::heat_map_html(sectors, region.mixing, region.mixing_density, lang);
    std::string facts = say(lang, "Cross-sector share ", "セクター間紐帯の割合 ") + readable_number(region.cross_sector_share) +
                        say(lang, " · E-I index ", " · E-I指数 ") + readable_number(region.ei_index);
    if (region.ei_p_value) facts += " (p = " + readable_number(region.ei_p_value) + ")";
    facts += say(lang, " · assortativity ", " · 同類選好 ") + readable_number(region.assortativity);
    if (region.synergy) facts += say(lang, " · synergy T ", " · シナジー T ") + readable_number(region.synergy->t3) + say(lang, " bits", " ビット");
    out += "<p class=\"note\">" + html_escape(facts) + "</p>";
    if (!region.missing_links.empty()) {
        std::string missing;
        for (const auto& [a, b] : region.missing_links) {
            if (!missing.empty()) missing += ", ";
            missing += a + " – " + b;
        }
        out += "<p class=\"note\">" + say(lang, "No tie at all between: ", "紐帯がまったくない組み合わせ：") + html_escape(missing) +
               say(lang, " (dashed cells).", "（破線のセル）。") + "</p>";
    }
    return out + "</div></div>";
}

std::string change_value(const MetricValue& v, Language lang) {
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return *i < 0 ? "-" + count_text(lang, static_cast<std::size_t>(-*i)) : count_text(lang, static_cast<std::size_t>(*i));
    if (const auto* d = std::get_if<double>(&v)) return readable_number(*d);
    return "–";
}

std::string id_list(const std::vector<std::string>& ids, Language lang) {
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + html_escape(id);
    return out.empty() ? say(lang, "none", "なし") : out;
}

/// The "Change" section: what `ecosys diff` reports, as tables (docs/diff.md).
std::string change_section(const NetworkDiff& d, Language lang) {
    std::string out = "<section id=\"change\"><h2>" + say(lang, "Change: ", "変化：") + html_escape(d.before_label) + " → " +
                      html_escape(d.after_label) + "</h2><p class=\"note\">";
    if (lang == Language::ja)
        out += "アクター " + count_text(lang, d.actors_added.size()) + " 増、" + count_text(lang, d.actors_removed.size()) +
               " 減；紐帯 " + count_text(lang, d.ties_added.size()) + " 増、" + count_text(lang, d.ties_removed.size()) +
               " 減（ペアと種類で照合、プロジェクトによる紐帯の種類は project）；連結成分が変わったアクター " +
               count_text(lang, d.changed_component.size()) + "。各セル：前 → 後（<code>ecosys diff</code>、docs/diff.md）。</p>";
    else
        out += count_text(lang, d.actors_added.size()) + " actors added, " + count_text(lang, d.actors_removed.size()) +
               " removed; " + count_text(lang, d.ties_added.size()) + " ties added, " + count_text(lang, d.ties_removed.size()) +
               " removed (matched by pair and type; the ties projects stand for have type project); " +
               count_text(lang, d.changed_component.size()) +
               " actors changed component. Each cell: before → after (<code>ecosys diff</code>, docs/diff.md).</p>";
    for (const std::string& n : d.notes) out += "<p class=\"note\">" + html_escape(n) + "</p>";
    out += "<table class=\"change\"><thead><tr><th>" + say(lang, "Region", "地域") + "</th>";
    for (const std::string& k : d.keys) out += "<th>" + html_escape(std::string(detail::metric_label(k, lang))) + "</th>";
    out += "</tr></thead><tbody>";
    for (const RegionChange& r : d.regions) {
        out += "<tr><td>" + html_escape(r.id == "*" ? say(lang, "whole network", "ネットワーク全体") : r.name) + "</td>";
        for (std::size_t i = 0; i < d.keys.size(); ++i)
            out += "<td>" + change_value(r.before[i], lang) + " → " + change_value(r.after[i], lang) + "</td>";
        out += "</tr>";
    }
    out += "</tbody></table><h3>" + say(lang, "Cross-sector links", "セクター間の結びつき") +
           "</h3><table class=\"change\"><thead><tr><th>" + say(lang, "Sectors", "セクター") + "</th><th>" +
           say(lang, "Before", "前") + "</th><th>" + say(lang, "After", "後") + "</th><th>" + say(lang, "Gained", "増") +
           "</th><th>" + say(lang, "Lost", "減") + "</th></tr></thead><tbody>";
    for (const SectorPairChange& s : d.sector_links)
        out += "<tr><td>" + html_escape(s.first) + " – " + html_escape(s.second) + "</td><td>" + count_text(lang, s.before) +
               "</td><td>" + count_text(lang, s.after) + "</td><td>+" + count_text(lang, s.gained) + "</td><td>−" +
               count_text(lang, s.lost) + "</td></tr>";
    out += "</tbody></table><h3>" + say(lang, "Top brokers gained and lost", "主な仲介者の増減") +
           "</h3><table class=\"change\"><thead><tr><th>" + say(lang, "Measure", "指標") + "</th><th>" +
           say(lang, "Gained", "加わった") + "</th><th>" + say(lang, "Lost", "外れた") + "</th></tr></thead><tbody>";
    for (const BrokerChange& b : d.brokers)
        out += "<tr><td>" + html_escape(b.measure) + "</td><td class=\"list\">" + id_list(b.gained, lang) +
               "</td><td class=\"list\">" + id_list(b.lost, lang) + "</td></tr>";
    return out + "</tbody></table></section>";
}

}  // namespace

Report build_report(const Network& network, const ReportOptions& options) {
    if (network.actors.empty())
        throw ValidationError({network.name, 0, 0}, "the network has no actors: there is nothing to report");
    Report report;
    const render::Style style(network);
    const Language lang = options.language;

    // One analysis for the whole report: the comparison, the helix panels and the
    // diagrams read the same kernels, each run once per scope.
    AnalysisCache own_cache(network, options.analysis);
    AnalysisCache& cache = options.cache ? *options.cache : own_cache;

    CompareOptions co;
    co.metrics_options.analysis = options.analysis;
    const Progress* progress = options.analysis.progress;
    stage(progress, "report: regions compared", 0, 1);
    const Comparison comparison = compare_regions(cache, co);
    stage(progress, "report: regions compared", 1, 1);

    stage(progress, "report: sectors", 0, 1);
    const HelixReport helix = compute_helix(cache, HelixOptions{});
    stage(progress, "report: sectors", 1, 1);

    render::DiagramOptions dopt;
    dopt.engine = options.engine;
    dopt.analysis = options.analysis;
    dopt.cache = &cache;
    dopt.language = lang;

    const bool has_regions = !comparison.rows.empty();
    const ComparisonRow& whole = *comparison.whole;
    const std::string title = network.name.empty() ? say(lang, "Network", "ネットワーク") : detail::title_text(network.name);

    // What the report leaves out for the network's size, said where it is missing and
    // all together under Methods (and in the header, so no reader misses it).
    std::vector<std::string> left_out;
    const std::size_t limit = options.max_diagram_actors;
    const auto too_large = [&](std::size_t nodes) { return limit > 0 && nodes > limit; };
    // A diagram's SVG holds about 1.5 kB an actor with its ties and tooltips (1.2 to 1.7 kB
    // on the shared co-authorship and CORDIS networks), which sizes what is left out.
    const bool explorer_too_large =
        options.max_explorer_actors > 0 && network.actors.size() > options.max_explorer_actors;
    const bool with_explorer = options.explorer && explorer_available() && !explorer_too_large;
    if (options.explorer && explorer_available() && explorer_too_large)
        left_out.push_back(lang == Language::ja
                               ? "探索は省いています：アクター " + count_text(lang, network.actors.size(), "者") + "は上限の " +
                                     count_text(lang, options.max_explorer_actors, "者") +
                                     "を超えます（全アクターの配置に数分かかります）。<code>ecosys explore NETWORK</code> で作れます。"
                               : "The explorer is left out: the network's " + count_text(lang, network.actors.size()) +
                                     " actors are more than " + count_text(lang, options.max_explorer_actors) +
                                     " (the layout of every actor takes minutes and the page would grow by tens of MB); "
                                     "make it with <code>ecosys explore NETWORK</code>.");
    const auto no_diagram = [&](std::size_t actors, const std::string& what, const std::string& render_command) {
        const std::string megabytes = count_text(lang, (actors * 3 + 1'000) / 2'000);
        const std::string why =
            lang == Language::ja
                ? what + "の図は省いています：アクター " + count_text(lang, actors, "者") + "は、ページの図で読み取れる " +
                      count_text(lang, limit, "者") + "を超え、このページを約 " + megabytes + " MB 大きくします。" +
                      "<code>" + html_escape(render_command) + "</code> で描けます" +
                      (with_explorer ? "（探索でも見られます）" : "") + "。上限は --max-diagram-actors で変えられます。"
                : "The diagram of " + what + " is left out: its " + count_text(lang, actors) + " actors are more than the " +
                      count_text(lang, limit) + " a diagram on a page shows legibly, and it would add about " + megabytes +
                      " MB to this page. Draw it with <code>" + html_escape(render_command) + "</code>" +
                      (with_explorer ? ", see it in the explorer" : "") + ", or raise the limit with --max-diagram-actors.";
        left_out.push_back(why);
        return "<p class=\"note\">" + why + "</p>";
    };

    // Header and key figures.
    const auto tied_pairs = value_of(comparison, whole, "tied_pairs");
    std::string body = "<header class=\"top\"><h1>" + html_escape(title) + "</h1><p>";
    if (lang == Language::ja)
        body += "地域イノベーション・エコシステム報告 · アクター " + count_text(lang, network.actors.size(), "者") +
                " · 紐帯のあるペア " + count_text(lang, tied_pairs ? static_cast<std::size_t>(*tied_pairs) : 0, "組") + " · " +
                count_text(lang, comparison.rows.size(), "地域") + " · ecosys " ECOSYS_VERSION " で作成</p>" + left_out_marker + "</header>";
    else
        body += "Regional innovation ecosystem report · " + count_text(lang, network.actors.size()) + " actors · " +
                readable_number(tied_pairs) + " tied pairs · " + count_text(lang, comparison.rows.size()) +
                " regions · made with ecosys " ECOSYS_VERSION "</p>" + left_out_marker + "</header>";
    body += "<nav><a href=\"#overview\">" + say(lang, "Overview", "概要") + "</a><a href=\"#comparison\">" +
            say(lang, "Regions compared", "地域の比較") + "</a>";
    if (has_regions)
        body += "<a href=\"#charts\">" + say(lang, "Key metrics", "主要指標") + "</a><a href=\"#regions\">" +
                say(lang, "Regions", "地域") + "</a>";
    body += "<a href=\"#fragility\">" + say(lang, "Fragility", "脆弱性") + "</a>";
    if (options.change) body += "<a href=\"#change\">" + say(lang, "Change", "変化") + "</a>";
    const bool matching = has_needs_and_seeds(network);
    if (matching) body += "<a href=\"#matching\">" + say(lang, "Matching", "マッチング") + "</a>";
    stage(progress, "report: programmes", 0, 1);
    const std::string programmes =
        programmes_section(network, options.analysis, lang, [&](int y) { return year_text(y, lang, options.fiscal_years, options.era); });
    stage(progress, "report: programmes", 1, 1);
    if (!programmes.empty()) body += "<a href=\"#programmes\">" + say(lang, "Programmes", "事業") + "</a>";
    if (with_explorer) body += "<a href=\"#explore\">" + say(lang, "Explore", "探索") + "</a>";
    body += "<a href=\"#methods\">" + say(lang, "Methods", "方法") + "</a></nav><main>";

    body += "<section id=\"overview\"><h2>" + say(lang, "Overview", "概要") + "</h2><div class=\"cards\">";
    if (lang == Language::ja) {
        body += card(count_text(lang, network.actors.size()), "アクター");
        body += card(count_text(lang, tied_pairs ? static_cast<std::size_t>(*tied_pairs) : 0), "紐帯のあるペア",
                     std::string(detail::metric_definition("tied_pairs", lang)));
        body += card(count_text(lang, comparison.rows.size()), "地域");
    } else {
        body += card(count_text(lang, network.actors.size()), "actors");
        body += card(readable_number(tied_pairs), "tied pairs", detail::metric_definition("tied_pairs").data());
        body += card(count_text(lang, comparison.rows.size()), "regions");
    }
    for (const char* key : {"density", "cross_sector_share", "ei_index", "multi_sector_share", "modularity"})
        body += card(card_number(key, value_of(comparison, whole, key)), std::string(detail::metric_label(key, lang)),
                     std::string(detail::metric_definition(key, lang)));
    body += "</div>";
    stage(progress, "report: overview diagram", 0, 1);
    if (too_large(has_regions ? comparison.rows.size() : network.actors.size())) {
        body += has_regions ? no_diagram(comparison.rows.size(), say(lang, "the regions", "地域"), "ecosys render NETWORK --overview")
                            : no_diagram(network.actors.size(), say(lang, "the whole network", "ネットワーク全体"), "ecosys render NETWORK");
    } else {
        const render::Diagram d = has_regions ? render::overview_diagram(network, dopt) : render::network_diagram(network, dopt);
        body += "<div class=\"figure\">" + svg_of(d, "overview-", report.notes) + "</div>";
        body += "<p class=\"note\">" +
                (has_regions
                     ? say(lang,
                           "One shape per region: its area shows the number of actors, its colour and shape the sector "
                           "with most actors; beside it the region's name, actors and sector mix; lines are ties between "
                           "regions, labelled with their number. Hover for details.",
                           "地域ごとに一つの図形：面積はアクター数、色と形は最も多いセクターを表します。横に地域名、アクター数、"
                           "セクター構成。線は地域間の紐帯で、その数を添えています。詳細はマウスを重ねると表示されます。")
                     : say(lang,
                           "Every actor: colour and shape show the sector, size the betweenness. Hover an actor for its "
                           "figures.",
                           "すべてのアクター：色と形はセクター、大きさは媒介中心性を表します。数値はマウスを重ねると表示されます。")) +
                "</p>";
    }
    const RegionHelix* whole_helix = nullptr;
    for (const RegionHelix& r : helix.regions)
        if (r.id == "*") whole_helix = &r;
    if (whole_helix)
        body += "<h3>" + say(lang, "The whole network", "ネットワーク全体") + "</h3>" +
                helix_panels(network, helix, *whole_helix, cache.whole(), style, lang);
    stage(progress, "report: overview diagram", 1, 1);
    body += "</section>";

    // The explorer: the whole network and each region, to search, filter and click.
    std::optional<Explorer> explorer;
    if (with_explorer) {
        stage(progress, "report: explorer", 0, 1);
        ExplorerOptions eo;
        eo.title = title;
        eo.language = lang;
        eo.fiscal_years = options.fiscal_years;
        eo.era = options.era;
        explorer = build_explorer(cache, eo, "explorer");
        body += "<section id=\"explore\"><h2>" + say(lang, "Explore the network", "ネットワークを探索する") +
                "</h2><p class=\"note\">" +
                say(lang,
                    "Search an actor by id or name, filter by sector, region, tie type and years (▶ replays the years), "
                    "keep a k-core, size by any actor metric, click an actor for its metrics and its ego network, save the "
                    "view as SVG or PNG. Positions are those of the diagrams (Graphviz). Without JavaScript the diagrams stay.",
                    "ID や名前でアクターを検索し、セクター・地域・紐帯の種類・年で絞り込み（▶ で年を追って再生）、k-コアを残し、"
                    "任意のアクター指標で大きさを変え、アクターをクリックすると指標とエゴネットワークを表示し、表示を SVG や PNG "
                    "で保存できます。配置は図（Graphviz）と同じです。JavaScript がなくても図は残ります。") +
                "</p>" + explorer->markup + "</section>";
        for (const std::string& note : explorer->notes) report.notes.push_back("explorer: " + note);
        for (const std::string& note : explorer->left_out)
            left_out.push_back(say(lang, "Explorer: ", "探索：") + html_escape(note) + say(lang, ".", "。"));
        stage(progress, "report: explorer", 1, 1);
    }

    // The comparison table.
    body += "<section id=\"comparison\"><h2>" + say(lang, "Regions compared", "地域の比較") + "</h2>";
    if (has_regions) {
        body += comparison_table(comparison, lang);
        body += "<p class=\"note\">" +
                (lang == Language::ja
                     ? "列見出しをクリックするとその列で並べ替え、行をクリックするとその地域へ移動します。小さな数字は順位"
                       "（1 = 最大値）。z 列：地域のアクターと次数を保った " +
                           count_text(lang, options.analysis.samples, "個") +
                           "のランダムグラフでの平均から標準偏差いくつ分離れているかで、規模の異なる地域を公平に比べられます。"
                           "列名にマウスを重ねると定義が表示されます。"
                     : "Click a column to sort by it, a row to go to the region. Small numbers are ranks (1 = highest "
                       "value). z columns: how many standard deviations the value lies from its mean over " +
                           count_text(lang, options.analysis.samples) +
                           " random graphs with the region's actors and degrees; they compare regions of different sizes "
                           "fairly. Hover a column name for its definition.") +
                "</p>";
    } else {
        body += "<p class=\"note\">" +
                say(lang, "This network has no regions: the figures of the whole network follow.",
                    "このネットワークには地域がないため、ネットワーク全体の数値を示します。") +
                "</p>" + comparison_table(comparison, lang);
    }
    body += "</section>";

    // Small multiples.
    if (has_regions) {
        body += "<section id=\"charts\"><h2>" + say(lang, "Key metrics across regions", "地域ごとの主要指標") +
                "</h2><div class=\"multiples\">";
        for (const std::string& key : chart_keys()) {
            const auto col = comparison.column(key);
            if (!col) continue;
            std::vector<detail::Bar> bars;
            for (const ComparisonRow& row : comparison.rows) bars.push_back({row.name, row.values[*col], anchor_of(row.id)});
            body += "<div>" + detail::bar_chart_svg(detail::metric_label(key, lang), bars, whole.values[*col], lang) + "</div>";
        }
        body += "</div><p class=\"note\">" + say(lang, "Dashed line: the whole network.", "破線：ネットワーク全体。") +
                "</p></section>";
    }

    // One section per region.
    if (has_regions) {
        body += "<section id=\"regions\"><h2>" + say(lang, "Regions", "地域") + "</h2>";
        std::size_t k = 0;
        for (const ComparisonRow& row : comparison.rows) {
            stage(progress, "report: regions", k, comparison.rows.size());
            ++k;
            const RegionHelix* rh = nullptr;
            for (const RegionHelix& r : helix.regions)
                if (r.id == row.id) rh = &r;
            body += "<section id=\"" + html_escape(anchor_of(row.id)) + "\" class=\"region\"><h2>" + html_escape(detail::title_text(row.name)) +
                    "</h2><div class=\"cards\">";
            for (const char* key : {"actors", "tied_pairs", "density", "openness", "transitivity", "mean_path_length", "ei_index"}) {
                const auto col = comparison.column(key);
                std::string label(detail::metric_label(key, lang));
                if (col && row.ranks[*col])
                    label += lang == Language::ja ? " · " + count_text(lang, *row.ranks[*col]) + " 位"
                                                  : " · rank " + count_text(lang, *row.ranks[*col]);
                body += card(key == std::string_view("actors") && lang == Language::ja
                                 ? count_text(lang, static_cast<std::size_t>(value_of(comparison, row, key).value_or(0)))
                                 : card_number(key, value_of(comparison, row, key)),
                             label, std::string(detail::metric_definition(key, lang)));
            }
            body += "</div>";
            const std::size_t actors = cache.scope(row.id).members().size();
            if (too_large(actors)) {
                body += no_diagram(actors, html_escape(detail::title_text(row.name)), "ecosys render NETWORK --region " + row.id);
            } else {
                const render::Diagram d = render::region_diagram(network, row.id, dopt);
                body += "<div class=\"figure\">" + svg_of(d, "r" + std::to_string(k) + "-", report.notes) + "</div>";
            }
            if (rh) body += helix_panels(network, helix, *rh, cache.scope(rh->id), style, lang);
            body += "<p class=\"top-link\">";
            if (explorer)
                body += "<a href=\"#explore\" data-ex-scope=\"" + html_escape(row.id) + "\">" +
                        say(lang, "Explore this region", "この地域を探索する") + "</a> · ";
            body += "<a href=\"#comparison\">↑ " + say(lang, "Regions compared", "地域の比較") + "</a></p></section>";
        }
        stage(progress, "report: regions", comparison.rows.size(), comparison.rows.size());
        body += "</section>";
    }

    // Fragility: per region, the cut points, intermediaries and projects whose loss alone
    // would fragment it most (docs/whatif.md, "Dependence").
    body += fragility_section(cache, comparison, lang, progress, left_out);

    if (options.change) body += change_section(*options.change, lang);
    if (matching) {
        stage(progress, "report: matching", 0, 1);
        body += matching_section(network, options.analysis, lang);
        stage(progress, "report: matching", 1, 1);
    }
    body += programmes;

    // Methods.
    const bool ja = lang == Language::ja;
    body += "<section id=\"methods\"><h2>" + say(lang, "Methods", "方法") + "</h2><dl class=\"methods\">";
    for (const InputFile& f : options.inputs)
        body += "<dt>" + say(lang, "Input", "入力") + "</dt><dd>" + html_escape(f.name) + " · " +
                (ja ? count_text(lang, f.bytes, "バイト") : count_text(lang, f.bytes) + " bytes") + " · SHA-256 <code>" +
                html_escape(f.sha256) + "</code></dd>";
    body += "<dt>" + say(lang, "Tool", "ツール") + "</dt><dd>ecosys " ECOSYS_VERSION "</dd>";
    if (!options.command.empty())
        body += "<dt>" + say(lang, "Command", "コマンド") + "</dt><dd><code>" + html_escape(options.command) + "</code></dd>";
    const std::string weighting = options.analysis.graph.project_weighting == ProjectWeighting::newman
                                      ? say(lang, "Newman's 1/(k−1)", "Newman の 1/(k−1)")
                                      : say(lang, "shared projects", "共通のプロジェクト数");
    body += "<dt>" + say(lang, "Ties", "紐帯") + "</dt><dd>" +
            (options.analysis.directed ? say(lang,
                                    "directed view for betweenness and PageRank (directed ties one way, undirected ties "
                                    "both ways), undirected for the other metrics",
                                    "媒介中心性とページランクは有向（有向の紐帯は一方向、無向の紐帯は双方向）、ほかの指標は無向")
                              : say(lang, "undirected", "無向")) +
            say(lang, "; parallel ties are one tie whose weight is their sum; self-loops left out; ",
                "。並行する紐帯は重みを合計した一つの紐帯、自己ループは除外。") +
            (options.analysis.graph.projects
                 ? say(lang, "each pair of a project's participants is tied (weight: ",
                       "プロジェクトの参加者の各ペアを結ぶ（重み：") + weighting + say(lang, ")", "）")
                 : say(lang, "projects left out", "プロジェクトは除外")) +
            "</dd>";
    body += "<dt>" + say(lang, "Weights", "重み") + "</dt><dd>" +
            (options.analysis.weighted ? say(lang, "used as tie strengths (distance = 1/weight for path metrics)",
                                    "紐帯の強さとして使用（経路の指標では距離 = 1/重み）")
                              : say(lang, "not used", "使用しない")) +
            "</dd>";
    body += "<dt>" + say(lang, "Seed", "乱数シード") + "</dt><dd>" + std::to_string(options.analysis.seed) +
            say(lang, " (Louvain communities, layouts, E-I permutations, random graphs)",
                "（Louvain のコミュニティ、配置、E-I 並べ替え検定、ランダムグラフ）") +
            "</dd>";
    body += "<dt>" + say(lang, "Random graphs", "ランダムグラフ") + "</dt><dd>" +
            (ja ? "地域ごとに " + count_text(lang, options.analysis.samples, "個") + "、次数を保つ大域 curveball 交換（地域のグラフから共通の出発点まで " +
                      count_text(lang, co.null.burn_in, "回") + "、各グラフにさらに " + count_text(lang, co.null.trades_per_sample, "回") + "）"
                : count_text(lang, options.analysis.samples) + " per region, degree-preserving global curveball trades (" +
                      count_text(lang, co.null.burn_in) + " from the region's graph to a common start, " +
                      count_text(lang, co.null.trades_per_sample) + " more for each)") +
            "</dd>";
    body += "<dt>" + say(lang, "E-I test", "E-I 検定") + "</dt><dd>" +
            (ja ? "セクターのラベルを " + count_text(lang, options.analysis.ei_permutations, "回") + "並べ替え"
                : count_text(lang, options.analysis.ei_permutations) + " permutations of the sector labels") +
            "</dd>";
    body += "<dt>" + say(lang, "Layout", "配置") + "</dt><dd>Graphviz " + std::string(render::to_string(options.engine)) +
            say(lang, " (auto: neato up to 600 actors, sfdp above)", "（auto：600 アクターまで neato、それを超えると sfdp）") + "</dd>";
    body += "<dt>" + say(lang, "Diagrams", "図") + "</dt><dd>" +
            (options.max_diagram_actors == 0
                 ? say(lang, "every one drawn, whatever its size", "大きさにかかわらずすべて描画")
                 : lang == Language::ja ? "アクター " + count_text(lang, options.max_diagram_actors, "者") + "までの図を描画（--max-diagram-actors）"
                                        : "drawn up to " + count_text(lang, options.max_diagram_actors) + " actors (--max-diagram-actors)") +
            "</dd>";
    // Betweenness estimated from sampled sources on scopes too large for the exact search
    // (AnalysisOptions::sampled_betweenness_limit), as the comparison's rows say: said
    // with the other simplifications.
    {
        std::vector<const ComparisonRow*> rows;
        if (comparison.whole) rows.push_back(&*comparison.whole);
        for (const ComparisonRow& row : comparison.rows) rows.push_back(&row);
        for (const ComparisonRow* row : rows) {
            if (row->betweenness_sources == 0) continue;
            const std::string what = row->id == "*" ? say(lang, "the whole network", "ネットワーク全体")
                                                    : say(lang, "region ", "地域 ") + html_escape(row->id);
            left_out.push_back(
                lang == Language::ja
                    ? what + "の媒介中心性（と媒介中心化）は、アクター " + count_text(lang, row->actors, "者") + "のうち " +
                          count_text(lang, row->betweenness_sources, "者") +
                          "を起点に抽出して推定しています：厳密な計算は数時間かかります（docs/metrics.md）。"
                    : "Betweenness of " + what + " (and its betweenness centralization) is estimated from " +
                          count_text(lang, row->betweenness_sources) + " of its " + count_text(lang, row->actors) +
                          " actors drawn as sources: the exact search from every actor would take hours "
                          "(docs/metrics.md, \"Betweenness of very large scopes\").");
        }
    }
    if (!left_out.empty()) {
        body += "<dt id=\"left-out\">" + say(lang, "Left out for size", "規模のため省略") + "</dt><dd><ul class=\"left-out\">";
        for (const std::string& item : left_out) body += "<li>" + item + "</li>";
        body += "</ul></dd>";
    }
    body += "</dl><h3>" + say(lang, "Definitions", "定義") + "</h3><table><thead><tr><th>" + say(lang, "Metric", "指標") +
            "</th><th style=\"text-align:left\">" + say(lang, "Definition", "定義") + "</th></tr></thead><tbody>";
    std::vector<std::string> defined = comparison.columns;
    for (const char* extra : {"ei_p_value", "synergy_t3"}) defined.emplace_back(extra);
    for (const std::string& key : defined)
        body += "<tr><td>" + html_escape(detail::metric_label(key, lang)) +
                "</td><td style=\"text-align:left;white-space:normal\">" + html_escape(detail::metric_definition(key, lang)) +
                "</td></tr>";
    body += "</tbody></table><p class=\"note\">" +
            say(lang,
                "Full definitions, normalisations and references: docs/metrics.md and docs/helix.md of ecosys. Values agree "
                "with NetworkX where it has the measure.",
                "完全な定義・正規化・文献：ecosys の docs/metrics.md と docs/helix.md。NetworkX にある指標は NetworkX と同じ値です。"
                "用語の対訳：docs/glossary-ja.md。") +
            "</p></section></main>";

    // The header says, before anything else, that parts are left out and where they are listed.
    const std::size_t marker = body.find(left_out_marker);
    body.replace(marker, left_out_marker.size(),
                 left_out.empty()
                     ? std::string()
                     : "<p class=\"left-out-note\">" +
                           (lang == Language::ja
                                ? "このネットワークは大きいため、" + count_text(lang, left_out.size(), "件") +
                                      "の部分を省くか簡略にしています：<a href=\"#left-out\">方法</a>に理由とともに挙げています。"
                                : "This network is large: " + count_text(lang, left_out.size()) +
                                      (left_out.size() == 1 ? " part is" : " parts are") +
                                      " left out or simplified, each said where it is missing and listed with the reason under "
                                      "<a href=\"#left-out\">Methods</a>.") +
                           "</p>");

    std::string policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src " + csp_hash(script);
    std::string scripts = "<script>" + std::string(script) + "</script>";
    if (explorer) {
        for (const std::string& s : explorer->scripts) {
            policy += " " + csp_hash(s);
            scripts += "<script>" + s + "</script>";
        }
        scripts = explorer->licences + scripts;
    }
    report.html = "<!DOCTYPE html>\n<html lang=\"" + std::string(to_string(lang)) + "\"><head><meta charset=\"utf-8\">"
                  "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                  "<meta name=\"generator\" content=\"ecosys " ECOSYS_VERSION "\"><title>" +
                  html_escape(title) + say(lang, " · ecosystem report", " · エコシステム報告") + "</title><style>" + style_sheet +
                  (explorer ? explorer->style + "#explore .ex{height:680px}" : std::string()) + "</style></head><body>" + body + scripts + "</body></html>\n";
    return report;
}

NetworkDiff report_change(const Network& before, const Network& after, const std::string& before_label,
                          const std::string& after_label, const ReportOptions& options) {
    DiffOptions diff_options;
    diff_options.metrics = {"actors", "tied_pairs", "density", "components", "largest_component_share", "cross_sector_share",
                            "ei_index", "betweenness_centralization"};
    diff_options.metrics_options.analysis = options.analysis;  // the Change section reads direction as the rest does
    return diff_networks(before, after, before_label, after_label, diff_options);
}

}  // namespace ecosys
