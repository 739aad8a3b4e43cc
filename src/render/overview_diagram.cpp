// The national picture: one node per region, lines for the ties between regions.

#include <algorithm>
#include <map>
#include <unordered_map>

#include "ecosys/error.hpp"
#include "ecosys/model/projection.hpp"
#include "ecosys/render/diagram.hpp"
#include "ecosys/render/names.hpp"
#include "ecosys/render/style.hpp"
#include "render/diagram_parts.hpp"
#include "render/label_text.hpp"
#include "util/table.hpp"

namespace ecosys::render {

namespace {

using detail::format_number;

struct RegionStats {
    std::size_t actors = 0;
    std::map<std::string, std::size_t> sectors;
    std::size_t internal_ties = 0;
    std::size_t external_ties = 0;
};

struct Link {
    std::size_t a = 0, b = 0;  ///< region indices, a < b
    std::size_t ties = 0;
    double weight = 0;
    std::vector<std::pair<std::string, std::size_t>> types;  ///< count per type, first seen first
};

}  // namespace

Diagram overview_diagram(const Network& net, const DiagramOptions& opt) {
    const Style style(net);
    if (net.actors.empty()) throw UsageError("the network has no actors to draw");
    // The regions that have actors, then "" for the actors without one, if any: they
    // get a node of their own rather than being dropped.
    std::vector<std::string> regions = net.populated_regions();
    const std::size_t declared = regions.size();
    std::size_t unplaced = 0;
    for (const Actor& a : net.actors) unplaced += a.region.empty();
    if (unplaced) regions.emplace_back();
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < regions.size(); ++i) index.emplace(regions[i], i);

    std::vector<RegionStats> stats(regions.size());
    for (const Actor& a : net.actors) {
        RegionStats& s = stats[index.at(a.region)];
        ++s.actors;
        ++s.sectors[a.sector];
    }

    std::vector<Link> links;
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> link_of;
    std::size_t across = 0;
    std::vector<Tie> ties = net.ties;
    if (opt.analysis.graph.projects) {
        std::vector<Tie> projected = project_ties(net, opt.analysis.graph.project_weighting);
        ties.insert(ties.end(), projected.begin(), projected.end());
    }
    for (const Tie& t : ties) {
        if (!detail::keep_tie(t, opt)) continue;
        std::size_t a = index.at(net.actors[t.source].region), b = index.at(net.actors[t.target].region);
        if (a == b) {
            if (t.source != t.target) ++stats[a].internal_ties;
            continue;
        }
        ++stats[a].external_ties;
        ++stats[b].external_ties;
        ++across;
        if (a > b) std::swap(a, b);
        auto [it, inserted] = link_of.emplace(std::make_pair(a, b), links.size());
        if (inserted) links.push_back({a, b, 0, 0.0, {}});
        Link& l = links[it->second];
        ++l.ties;
        l.weight += t.weight;
        auto type = std::find_if(l.types.begin(), l.types.end(), [&](const auto& e) { return e.first == t.type; });
        if (type == l.types.end()) l.types.push_back({t.type, 1});
        else ++type->second;
    }

    Diagram d;
    d.seed = opt.analysis.seed;
    d.engine = resolve_engine(opt.engine, regions.size());
    // Room between the shapes for the three-line labels (name, actors, sector mix).
    d.node_margin = 40;

    std::size_t max_actors = 0;
    for (const RegionStats& s : stats) max_actors = std::max(max_actors, s.actors);
    const std::size_t labels = detail::label_count(opt.labels, regions.size());
    // Label the largest regions first when only some get labels.
    std::vector<std::size_t> order(regions.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return stats[x].actors > stats[y].actors; });
    std::vector<bool> labelled(regions.size(), false);
    for (std::size_t r = 0; r < labels; ++r) labelled[order[r]] = true;

    const detail::SizeRange range{0.2, 0.6};
    std::map<std::string, std::size_t> dominant_count;
    for (std::size_t i = 0; i < regions.size(); ++i) {
        const RegionStats& s = stats[i];
        // Dominant sector: most actors, the first declared among equals.
        std::string dominant;
        std::size_t best = 0;
        for (const Sector& sec : net.sectors) {
            auto it = s.sectors.find(sec.id);
            if (it != s.sectors.end() && it->second > best) best = it->second, dominant = sec.id;
        }
        ++dominant_count[dominant];
        const SectorStyle& ss = style.sector(dominant);
        DiagramNode node;
        node.element_id = regions[i].empty() ? std::string("no-region") : element_id("region", regions[i]);
        node.name = regions[i].empty() && opt.language == Language::ja ? std::string("（地域なし）")
                                                                        : ecosys::detail::title_text(detail::region_name(net, regions[i]));
        node.fill = ss.color;
        node.shape = ss.shape;
        node.value = static_cast<double>(s.actors);
        node.size = detail::scaled_size(node.value, static_cast<double>(max_actors), range);
        if (labelled[i]) {
            node.label = detail::wrap_text(node.name, 22, 2);
            node.label.push_back(opt.language == Language::ja ? count_text(opt.language, s.actors, "者")
                                                              : count_text(opt.language, s.actors) + (s.actors == 1 ? " actor" : " actors"));
            for (const Sector& sec : net.sectors) {
                auto it = s.sectors.find(sec.id);
                if (it == s.sectors.end()) continue;
                const SectorStyle& mark = style.sector(sec.id);
                node.marks.push_back({sec.id, mark.glyph, mark.color, count_text(opt.language, it->second)});
            }
        }
        const double pairs = s.actors > 1 ? static_cast<double>(s.actors) * (s.actors - 1) / 2.0 : 0.0;
        std::string tip = node.name + (regions[i].empty() ? std::string("\n") : "\nid " + ecosys::detail::title_text(regions[i]) + " · ") +
                          count_text(opt.language, s.actors) + (s.actors == 1 ? " actor" : " actors");
        std::string mix;
        for (const Sector& sec : net.sectors) {
            auto it = s.sectors.find(sec.id);
            if (it == s.sectors.end()) continue;
            mix += (mix.empty() ? "" : " · ") + detail::sector_label(net, sec.id) + " " + count_text(opt.language, it->second);
        }
        if (!mix.empty()) tip += "\n" + mix;
        tip += "\n" + count_text(opt.language, s.internal_ties) + " ties inside (" +
               (pairs > 0 ? "ties per pair " + format_number(static_cast<double>(s.internal_ties) / pairs) : std::string("no pairs")) +
               ") · " + count_text(opt.language, s.external_ties) + " to other regions";
        node.tooltip = std::move(tip);
        d.nodes.push_back(std::move(node));
    }

    std::size_t max_ties = 0;
    for (const Link& l : links) max_ties = std::max(max_ties, l.ties);
    for (std::size_t k = 0; k < links.size(); ++k) {
        const Link& l = links[k];
        DiagramEdge e;
        e.tail = l.a;
        e.head = l.b;
        e.element_id = "link-" + std::to_string(k + 1);
        e.weight = static_cast<double>(l.ties);
        e.width = detail::edge_width(e.weight, static_cast<double>(max_ties));
        e.line = "solid";
        e.color = "#5A5A5A";
        e.type = "cross-region";
        e.label = count_text(opt.language, l.ties);
        std::vector<std::pair<std::string, std::size_t>> types = l.types;
        std::stable_sort(types.begin(), types.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
        std::string tip = d.nodes[l.a].name + " – " + d.nodes[l.b].name + "\n" + count_text(opt.language, l.ties) +
                          (l.ties == 1 ? " tie" : " ties") + ", weight " + format_number(l.weight, 4);
        for (const auto& [type, count] : types) {
            std::string label = type;
            std::replace(label.begin(), label.end(), '_', ' ');
            tip += "\n" + label + " " + count_text(opt.language, count);
        }
        e.tooltip = std::move(tip);
        d.edges.push_back(std::move(e));
    }

    const Language lang = opt.language;
    const bool ja = lang == Language::ja;
    d.title = (net.name.empty() ? std::string(tr(lang, "Network", "ネットワーク")) : ecosys::detail::title_text(net.name));
    if (ja)
        d.subtitle = "地域と地域間の紐帯：" + count_text(lang, declared, "地域") + " · アクター " +
                     count_text(lang, net.actors.size(), "者") + " · 地域間の紐帯 " + count_text(lang, across, "本");
    else
        d.subtitle = "Regions and the ties between them: " + count_text(lang, declared) + (declared == 1 ? " region · " : " regions · ") +
                     count_text(lang, net.actors.size()) + " actors · " + count_text(lang, across) +
                     (across == 1 ? " tie across regions" : " ties across regions");
    if (unplaced)
        d.subtitle += ja ? "\n地域のないアクター " + count_text(lang, unplaced, "者") + "：ノード（地域なし）"
                         : "\n" + count_text(lang, unplaced) + (unplaced == 1 ? " actor" : " actors") +
                               " without a region: the node (no region)";
    if (declared == 0) d.notes.push_back("no actor has a region: the overview is one node");
    std::string filters = detail::filters_text(opt);
    if (!filters.empty()) d.subtitle += "\n" + filters;

    LegendRow sectors;
    sectors.heading = tr(lang, "Dominant sector", "最多セクター");
    for (const Sector& s : net.sectors) {
        const SectorStyle& ss = style.sector(s.id);
        sectors.items.push_back({s.id, ss.glyph, ss.color, detail::sector_label(net, s.id) + " " + count_text(lang, dominant_count[s.id])});
    }
    sectors.note = tr(lang, "the sector with most actors in the region", "地域で最もアクターの多いセクター");
    d.legend.push_back(std::move(sectors));
    LegendRow size;
    size.heading = tr(lang, "Size", "大きさ");
    size.note = ja ? "地域のアクター数（面積）、最大 " + count_text(lang, max_actors, "者")
                   : "actors in the region (area), largest " + count_text(lang, max_actors);
    d.legend.push_back(std::move(size));
    LegendRow lines;
    lines.heading = tr(lang, "Lines", "線");
    lines.note = tr(lang, "ties between two regions, all types; width and number: how many",
                    "二地域間の紐帯（全種類）、太さと数字は本数");
    d.legend.push_back(std::move(lines));
    return d;
}

}  // namespace ecosys::render
