// The interactive explorer's page: the network's data as JSON for explorer.js, the
// embedded libraries and the page around them (docs/explorer.md).

#include "ecosys/report/explorer.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/output/metrics_writer.hpp"
#include "ecosys/analysis/registry.hpp"
#include "ecosys/error.hpp"
#include "ecosys/model/projection.hpp"
#include "ecosys/model/year_text.hpp"
#include "ecosys/render/diagram.hpp"
#include "ecosys/render/positions.hpp"
#include "ecosys/render/style.hpp"
#include "report/charts.hpp"
#include "report/html.hpp"
#include "util/table.hpp"

namespace ecosys {

namespace assets {
// cmake/embed_assets.cmake writes these at build time.
extern const std::string_view explorer_js, explorer_css;
extern const std::string_view sigma_js, sigma_license, sigma_version, graphology_js, graphology_license,
    graphology_version;
extern const bool sigma_js_present, graphology_js_present;
}  // namespace assets

namespace {

using json = nlohmann::ordered_json;

/// One drawn tie: the ties of one pair of one type and year (and direction), summed.
struct DrawnTie {
    std::size_t source = 0, target = 0;
    std::size_t type = 0;
    int year = 0;
    bool has_year = false;
    bool directed = false;
    double weight = 0;
};

/// The file's ties and those the projects stand for (as the metrics read them), those
/// of one pair, type, year and direction merged into one with their weights summed.
std::vector<DrawnTie> drawn_ties(const Network& network, const GraphOptions& graph,
                                 const std::vector<std::string>& types) {
    std::unordered_map<std::string_view, std::size_t> type_index;
    for (std::size_t i = 0; i < types.size(); ++i) type_index.emplace(types[i], i);
    std::vector<DrawnTie> all;
    const auto add = [&](const Tie& t) {
        if (t.source == t.target) return;  // self-loops are left out of every metric
        DrawnTie d;
        d.source = t.source, d.target = t.target;
        if (!t.directed && d.source > d.target) std::swap(d.source, d.target);
        const auto it = type_index.find(t.type);
        d.type = it == type_index.end() ? 0 : it->second;
        d.has_year = t.year.has_value();
        d.year = t.year.value_or(0);
        d.directed = t.directed;
        d.weight = t.weight;
        all.push_back(d);
    };
    for (const Tie& t : network.ties) add(t);
    if (graph.projects && !network.projects.empty())
        for (const Tie& t : project_ties(network, graph.project_weighting)) add(t);
    const auto key = [](const DrawnTie& d) {
        return std::tuple(d.source, d.target, d.type, d.has_year, d.year, d.directed);
    };
    std::sort(all.begin(), all.end(), [&](const DrawnTie& a, const DrawnTie& b) { return key(a) < key(b); });
    std::vector<DrawnTie> merged;
    for (const DrawnTie& d : all) {
        if (!merged.empty() && key(merged.back()) == key(d)) merged.back().weight += d.weight;
        else merged.push_back(d);
    }
    return merged;
}

/// The scalar actor keys the page offers: the default columns (as `ecosys metrics`
/// lists them) and the one that sizes the actors.
std::vector<std::string> offered_keys(const Network& network, bool directed, const std::string& size_by) {
    const bool funding = has_funding_data(network);
    std::vector<std::string> keys;
    for (const MetricInfo& m : metric_registry()) {
        if (m.level != MetricLevel::actor || !m.scalar) continue;
        if (m.directed && !directed) continue;
        if (default_column(m, funding) || m.key == size_by) keys.emplace_back(m.key);
    }
    return keys;
}

/// Each key's values, one array per key with one value per actor (file order).
json value_columns(const MetricsReport& report, const std::vector<std::string>& keys, std::size_t actors) {
    json columns = json::array();
    for (const std::string& key : keys) {
        const auto c = std::find(report.actor_columns.begin(), report.actor_columns.end(), key);
        json column = json::array();
        for (std::size_t i = 0; i < actors; ++i)
            column.push_back(c == report.actor_columns.end() || i >= report.actors.size()
                                 ? json(nullptr)
                                 : metric_value_to_json(report.actors[i].values[c - report.actor_columns.begin()]));
        columns.push_back(std::move(column));
    }
    return columns;
}

/// JSON text safe inside <script type="application/json">: no '<' at all, so neither
/// "</script>" nor "<!--" can end or confuse the element (it is "\u003c" in a string,
/// the only place JSON can hold one); malformed UTF-8 replaced, never thrown on.
std::string script_json(const json& data) {
    const std::string text = data.dump(-1, ' ', false, json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size() + 64);
    for (char c : text) {
        if (c == '<') out += "\\u003c";
        else out += c;
    }
    return out;
}

/// An HTML comment naming a library and holding its licence ("--" cannot end it early).
std::string licence_comment(std::string_view name, std::string_view version, std::string_view licence) {
    std::string text(licence);
    for (std::size_t at; (at = text.find("--")) != std::string::npos;) text.replace(at, 2, "- -");
    const std::string v(version.substr(0, version.find(' ')));
    return "<!-- " + std::string(name) + " " + v + " (npm registry), embedded by ecosys:\n" + text + "-->\n";
}

}  // namespace

bool explorer_available() { return assets::sigma_js_present && assets::graphology_js_present; }

void require_explorer() {
    if (explorer_available()) return;
    throw UsageError(
        "this ecosys was built without the explorer's browser libraries (sigma.js and graphology from the npm "
        "registry): run scripts/fetch_js.sh (scripts/setup.sh runs it) and build again");
}

Explorer build_explorer(AnalysisCache& cache, const ExplorerOptions& options, std::string_view id) {
    require_explorer();
    const Network& network = cache.network();
    const AnalysisOptions& analysis = cache.options();
    const std::string size_by = options.size_by == "none" ? "none" : render::parse_size_by(options.size_by);
    if (size_by != "none") require_direction(require_metric(size_by, metric_keys(MetricLevel::actor)), analysis.directed);

    Explorer out;
    out.language = options.language;
    const std::vector<std::string> keys = offered_keys(network, analysis.directed, size_by);

    // Values as `ecosys metrics` (and `--scope region`) computes them, from the same cache.
    MetricsOptions mo;
    mo.analysis = analysis;
    mo.only = keys;
    mo.whole_network_only = true;
    const MetricsReport whole = compute_metrics(cache, mo);

    // Regions: those with actors of their own, declared ones first (file order).
    std::vector<std::string> region_ids;
    std::unordered_map<std::string, std::size_t> region_index;
    const auto note_region = [&](const std::string& r) {
        if (r.empty() || region_index.count(r)) return;
        region_index.emplace(r, region_ids.size());
        region_ids.push_back(r);
    };
    {
        std::unordered_map<std::string, bool> populated;
        for (const Actor& a : network.actors) populated[a.region] = true;
        for (const Region& r : network.regions)
            if (populated.count(r.id)) note_region(r.id);
        for (const Actor& a : network.actors) note_region(a.region);
    }
    json data;
    data["version"] = 1;
    data["id"] = std::string(id);
    data["title"] = options.title.empty() ? network.name : options.title;
    data["directed"] = analysis.directed;
    data["weighted"] = analysis.weighted;
    data["size_by"] = size_by;
    data["lang"] = std::string(to_string(options.language));
    const bool ja = options.language == Language::ja;

    // Sectors as the diagrams draw them: colour, Graphviz shape and legend glyph.
    const render::Style style(network);
    std::vector<std::string> sector_ids;
    std::unordered_map<std::string, std::size_t> sector_index;
    const auto note_sector = [&](const std::string& s) {
        if (sector_index.count(s)) return;
        sector_index.emplace(s, sector_ids.size());
        sector_ids.push_back(s);
    };
    for (const Sector& s : network.sectors) note_sector(s.id);
    for (const Actor& a : network.actors) note_sector(a.sector);
    json sectors = json::array();
    for (const std::string& s : sector_ids) {
        std::string label = s;
        for (const Sector& d : network.sectors)
            if (d.id == s && !d.label.empty()) label = d.label;
        const SectorStyle& st = style.sector(s);
        sectors.push_back({{"id", s}, {"label", label}, {"color", st.color}, {"shape", st.shape}, {"glyph", st.glyph}});
    }
    data["sectors"] = std::move(sectors);

    json regions = json::array();
    for (const std::string& r : region_ids) {
        std::string name = r;
        for (const Region& d : network.regions)
            if (d.id == r && !d.name.empty()) name = d.name;
        regions.push_back({{"id", r}, {"name", name}});
    }
    data["regions"] = std::move(regions);

    std::vector<std::string> types = style.tie_types();
    for (const Tie& t : network.ties)
        if (std::find(types.begin(), types.end(), t.type) == types.end()) types.push_back(t.type);
    json tie_types = json::array();
    for (const std::string& t : types) {
        const render::TieStyle& ts = style.tie(t);
        tie_types.push_back({{"id", t}, {"color", ts.color}, {"line", ts.line}});
    }
    data["tie_types"] = std::move(tie_types);

    json metrics = json::array();
    for (const std::string& key : keys) {
        const MetricInfo* m = find_metric(key);
        metrics.push_back({{"key", key},
                           {"label", std::string(ja ? m->label_ja : m->label)},
                           {"definition", std::string(ja ? m->definition_ja : m->definition)}});
    }
    data["metrics"] = std::move(metrics);

    // Actors at the whole-network diagram's positions (y upwards, in points).
    const std::map<std::string, Position> placed = render::graphviz_positions(network, analysis.seed, analysis.graph);
    json ids = json::array(), names = json::array(), kinds = json::array(), roles = json::array(),
         sector_of = json::array(), region_of = json::array(), xs = json::array(), ys = json::array();
    for (const Actor& a : network.actors) {
        ids.push_back(a.id);
        names.push_back(a.name);
        kinds.push_back(a.kind);
        roles.push_back(a.role);
        sector_of.push_back(sector_index.at(a.sector));
        region_of.push_back(a.region.empty() ? json(-1) : json(region_index.at(a.region)));
        const auto p = placed.find(a.id);
        xs.push_back(p == placed.end() ? 0.0 : p->second.x);
        ys.push_back(p == placed.end() ? 0.0 : p->second.y);
    }
    data["actors"] = {{"id", std::move(ids)}, {"name", std::move(names)}, {"kind", std::move(kinds)},
                      {"role", std::move(roles)}, {"sector", std::move(sector_of)}, {"region", std::move(region_of)},
                      {"x", std::move(xs)}, {"y", std::move(ys)}};
    out.actors = network.actors.size();

    json values;
    values["network"] = value_columns(whole, keys, network.actors.size());
    if (options.regions && !region_ids.empty()) {
        MetricsOptions ro = mo;
        ro.scope = MetricScope::region;
        ro.whole_network_only = true;
        values["region"] = value_columns(compute_metrics(cache, ro), keys, network.actors.size());
    }
    data["values"] = std::move(values);

    // Ties, the heaviest first when there are more than max_ties: the cut falls between
    // two weights, so the page can say "ties lighter than W are left out".
    std::vector<DrawnTie> ties = drawn_ties(network, analysis.graph, types);
    if (ties.size() > options.max_ties) {
        std::stable_sort(ties.begin(), ties.end(), [](const DrawnTie& a, const DrawnTie& b) { return a.weight > b.weight; });
        std::size_t keep = options.max_ties;
        while (keep > 0 && ties[keep - 1].weight == ties[keep].weight) --keep;
        const std::size_t left = ties.size() - keep;
        const double lightest = keep ? ties[keep - 1].weight : ties.front().weight;
        out.notes.push_back(
            ja ? "重みが " + detail::readable_number(lightest) + " 未満の紐帯 " + count_text(options.language, left, "本") + "（全 " +
                     count_text(options.language, ties.size(), "本") + "）を図から省いています（描くのは最大 " +
                     count_text(options.language, options.max_ties, "本") + "）。指標はすべての紐帯で計算しています"
               : count_text(options.language, left) + " of " + count_text(options.language, ties.size()) +
                     " ties lighter than " + detail::readable_number(lightest) + " are left out of the drawing (at most " +
                     count_text(options.language, options.max_ties) + " ties are drawn); the metrics count every tie");
        out.left_out.push_back(out.notes.back());
        data["left_out"] = {{"ties", left}, {"of", ties.size()}, {"lighter_than", lightest}};
        ties.resize(keep);
        std::sort(ties.begin(), ties.end(), [](const DrawnTie& a, const DrawnTie& b) {
            return std::tie(a.source, a.target, a.type) < std::tie(b.source, b.target, b.type);
        });
    }
    json source = json::array(), target = json::array(), type = json::array(), year = json::array(),
         weight = json::array(), directed = json::array();
    for (const DrawnTie& t : ties) {
        source.push_back(t.source);
        target.push_back(t.target);
        type.push_back(t.type);
        year.push_back(t.has_year ? json(t.year) : json(nullptr));
        weight.push_back(t.weight);
        directed.push_back(t.directed ? 1 : 0);
    }
    // How the timeline writes each year of the ties drawn.
    json year_labels = json::object();
    for (const DrawnTie& t : ties)
        if (t.has_year && !year_labels.contains(std::to_string(t.year)))
            year_labels[std::to_string(t.year)] = year_text(t.year, options.language, options.fiscal_years, options.era);
    data["year_labels"] = std::move(year_labels);
    data["ties"] = {{"source", std::move(source)}, {"target", std::move(target)}, {"type", std::move(type)},
                    {"year", std::move(year)}, {"weight", std::move(weight)}, {"directed", std::move(directed)}};
    out.ties = ties.size();
    for (const std::string& note : whole.notes) out.notes.push_back(note);
    data["notes"] = out.notes;

    const std::string element = detail::html_escape(id);
    out.markup = "<div class=\"ex\" id=\"" + element + "\" data-explorer=\"" + element + "-data\">" +
                 "<p class=\"ex-fallback\">" +
                 std::string(tr(options.language, "The explorer needs JavaScript; the diagrams show the same network.",
                                "エクスプローラーには JavaScript が必要です。図に同じネットワークを示しています。")) +
                 "</p></div>" +
                 "<script type=\"application/json\" id=\"" + element + "-data\">" + script_json(data) + "</script>";
    out.style = std::string(assets::explorer_css);
    out.scripts = {std::string(assets::graphology_js), std::string(assets::sigma_js), std::string(assets::explorer_js)};
    out.licences = licence_comment("graphology", assets::graphology_version, assets::graphology_license) +
                   licence_comment("sigma", assets::sigma_version, assets::sigma_license);
    return out;
}

std::string explorer_page(const Explorer& explorer, std::string_view title) {
    const Language lang = explorer.language;
    std::string policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data: blob:; script-src";
    for (const std::string& s : explorer.scripts) policy += " " + detail::csp_hash(s);
    std::string page = "<!DOCTYPE html>\n<html lang=\"" + std::string(to_string(lang)) + "\"><head><meta charset=\"utf-8\">"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<meta name=\"generator\" content=\"ecosys " ECOSYS_VERSION "\"><title>" +
                       detail::html_escape(detail::title_text(std::string(title))) +
                       std::string(tr(lang, " · ecosystem explorer", " · エコシステム・エクスプローラー")) + "</title><style>" +
                       "html,body{margin:0;height:100%}body{font-family:\"Noto Sans CJK JP\",\"Noto Sans\",\"DejaVu Sans\","
                       "sans-serif;color:#1d2330}" + explorer.style + ".ex{height:100vh;border:0}</style></head><body>" +
                       explorer.markup + explorer.licences;
    for (const std::string& s : explorer.scripts) page += "<script>" + s + "</script>";
    page += "</body></html>\n";
    return page;
}

}  // namespace ecosys
