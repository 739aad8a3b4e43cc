// Diagrams of actors: the whole network or one region.

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <variant>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/analysis/kernels.hpp"
#include "ecosys/analysis/registry.hpp"
#include "ecosys/error.hpp"
#include "ecosys/metrics/degree.hpp"
#include "ecosys/metrics/louvain.hpp"
#include "ecosys/metrics/pagerank.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/model/projection.hpp"
#include "ecosys/render/diagram.hpp"
#include "ecosys/render/names.hpp"
#include "ecosys/render/style.hpp"
#include "render/diagram_parts.hpp"
#include "render/label_text.hpp"
#include "util/text.hpp"
#include "util/table.hpp"

namespace ecosys::render {

namespace {

using detail::format_number;

/// The metrics shown in tooltips and used for size and colour, per vertex.
struct ActorScores {
    std::vector<std::size_t> degree;
    std::vector<double> strength;
    std::vector<double> betweenness;  ///< normalised
    std::vector<double> pagerank;
    std::vector<double> size;  ///< the size metric (empty for SizeBy::none)
    std::vector<std::uint32_t> community;
    std::size_t communities = 0;
};

/// Whether two graphs are the same, array for array.
bool same_graph(const Graph& a, const Graph& b) {
    if (a.vertex_count() != b.vertex_count() || a.edge_count() != b.edge_count()) return false;
    for (Graph::Vertex v = 0; v < a.vertex_count(); ++v)
        if (a.actor(v) != b.actor(v)) return false;
    return a.offsets() == b.offsets() && a.targets() == b.targets() && a.edge_weights() == b.edge_weights();
}

double as_real(const MetricValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&value)) return *d;
    return 0.0;
}

ActorScores score(ScopeAnalysis& scope, const DiagramOptions& opt, bool need_communities) {
    ActorScores s;
    s.degree = degree(scope).degrees();
    s.strength = degree(scope).strengths();
    s.betweenness = betweenness(scope);
    s.pagerank = pagerank(scope).scores();
    if (opt.size_by != "none") {
        const MetricInfo* m = find_metric(opt.size_by);
        if (!m || m->level != MetricLevel::actor) (void)parse_size_by(opt.size_by);  // throws the usage message
        require_direction(*m, scope.options().directed);
        for (const MetricValue& v : m->actor_values(scope)) s.size.push_back(as_real(v));
    }
    if (need_communities) {
        s.community = louvain(scope).communities();
        s.communities = louvain(scope).count();
    }
    return s;
}

/// What the size metric is called in legends and tooltips.
std::string size_metric_label(const std::string& size_by, Language lang = Language::en) {
    const MetricInfo* m = find_metric(size_by);
    return m ? std::string(lang == Language::ja ? m->label_ja : m->label) : size_by;
}

std::string type_label(std::string type, Language lang = Language::en) {
    if (lang == Language::ja) {
        static const std::map<std::string, std::string> ja = {
            {"joint_research", "共同研究"}, {"matching", "マッチング"}, {"council", "協議会"},
            {"supply", "取引"},             {"training", "研修"},       {"equipment_sharing", "設備共用"},
            {"funding", "資金提供"},        {"loan", "融資"},           {"investment", "投資"},
            {"project", "プロジェクト"}};
        if (const auto it = ja.find(type); it != ja.end()) return it->second;
    }
    std::replace(type.begin(), type.end(), '_', ' ');
    return type;
}


/// All the kept ties between one pair of vertices.
struct Pair {
    Graph::Vertex u = 0, v = 0;  ///< u < v
    double weight = 0.0;
    std::vector<std::size_t> ties;  ///< indices into Network::ties, file order
};

/// Builds a diagram of the given actors (indices into net.actors, file order), one
/// step at a time: the ties drawn, the metrics on them, then nodes, edges, groups,
/// the key figures and the legend.
class ActorDiagram {
public:
    ActorDiagram(const Network& net, const std::vector<std::size_t>& actors, const DiagramOptions& opt)
        : net_(net), actors_(actors), opt_(opt), style_(net), n_(actors.size()), vertex_of_(net.actors.size(), no_group),
          need_communities_(opt.color_by == ColorBy::community || opt.group_by == GroupBy::community) {
        for (std::size_t i = 0; i < n_; ++i) vertex_of_[actors[i]] = i;
    }

    /// `region_scope`: the actors of one region, whose ties leaving it are counted;
    /// `scope_id` names their scope in opt.cache.
    Diagram make(std::string title, bool region_scope, const std::string& scope_id) {
        select_ties();
        GraphOptions ties_only;
        ties_only.projects = false;
        const Graph g = Graph::induced(filtered_, actors_, ties_only);
        compute_scores(g, ties_only, scope_id);
        d_.seed = opt_.analysis.seed;
        d_.engine = resolve_engine(opt_.engine, n_);
        rank_communities();
        choose_labels();
        add_nodes();
        add_edges();
        add_groups();
        add_figures(g, std::move(title), region_scope);
        add_legend();
        return std::move(d_);
    }

private:
    /// Ties: the file's, then (by default) those its projects stand for; those drawn,
    /// and those leaving the selection (counted only). The graph the metrics read is
    /// built from exactly the ties drawn.
    void select_ties() {
        ties_ = net_.ties;
        if (opt_.analysis.graph.projects) {
            std::vector<Tie> projected = project_ties(net_, opt_.analysis.graph.project_weighting);
            ties_.insert(ties_.end(), projected.begin(), projected.end());
        }
        filtered_ = net_;
        filtered_.ties.clear();
        filtered_.projects.clear();
        for (std::size_t i = 0; i < ties_.size(); ++i) {
            const Tie& t = ties_[i];
            if (!detail::keep_tie(t, opt_)) continue;
            bool in_a = vertex_of_[t.source] != no_group, in_b = vertex_of_[t.target] != no_group;
            if (in_a && in_b) {
                if (t.source == t.target) continue;  // a self-loop has no line to draw
                kept_.push_back(i);
                filtered_.ties.push_back(t);
            } else if (in_a || in_b) {
                ++external_;
            }
        }
    }

    /// The shared analysis when the diagram's graph is its scope's analysis graph (no
    /// tie filter changed it); else an analysis of the drawn ties alone.
    void compute_scores(const Graph& g, const GraphOptions& ties_only, const std::string& scope_id) {
        ScopeAnalysis* shared = nullptr;
        if (opt_.cache) {
            ScopeAnalysis& candidate = opt_.cache->scope(scope_id);
            if (same_graph(candidate.graph(), g)) shared = &candidate;
        }
        if (!shared) {
            AnalysisOptions ao = opt_.cache ? opt_.cache->options() : opt_.analysis;
            ao.graph = ties_only;
            ao.approx_epsilon = 0.0;
            own_ = std::make_unique<AnalysisCache>(filtered_, ao);
            shared = &own_->scope(scope_id);
        }
        scores_ = score(*shared, opt_, need_communities_);
    }

    /// Communities numbered by size, largest first (1-based for people).
    void rank_communities() {
        community_size_.assign(scores_.communities, 0);
        if (!need_communities_) return;
        for (std::uint32_t c : scores_.community) ++community_size_[c];
        std::vector<std::size_t> by_size(scores_.communities);
        std::iota(by_size.begin(), by_size.end(), std::size_t{0});
        std::stable_sort(by_size.begin(), by_size.end(),
                         [&](std::size_t a, std::size_t b) { return community_size_[a] > community_size_[b]; });
        community_rank_.assign(scores_.communities, 0);
        for (std::size_t r = 0; r < by_size.size(); ++r) community_rank_[by_size[r]] = r;
    }

    std::string community_color(std::size_t rank) const {
        const auto& palette = categorical_palette();
        return rank < palette.size() ? palette[rank] : std::string(other_color);
    }

    /// Which vertices get labels: the largest by the size metric, then by degree, then file order.
    void choose_labels() {
        order_.resize(n_);
        std::iota(order_.begin(), order_.end(), std::size_t{0});
        std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
            double sa = scores_.size.empty() ? 0 : scores_.size[a], sb = scores_.size.empty() ? 0 : scores_.size[b];
            if (sa != sb) return sa > sb;
            return scores_.degree[a] > scores_.degree[b];
        });
        labelled_.assign(n_, false);
        labels_ = detail::label_count(opt_.labels, n_);
        for (std::size_t r = 0; r < labels_; ++r) labelled_[order_[r]] = true;
    }

    void add_nodes() {
        const detail::SizeRange range = detail::size_range(n_);
        const detail::LabelShape label_shape = detail::label_shape(n_);
        for (double v : scores_.size) max_size_ = std::max(max_size_, v);
        d_.nodes.reserve(n_);
        for (std::size_t v = 0; v < n_; ++v) {
            const Actor& a = net_.actors[actors_[v]];
            const SectorStyle& sector = style_.sector(a.sector);
            DiagramNode node;
            node.element_id = element_id("actor", a.id);
            node.name = a.name;
            node.shape = sector.shape;
            node.value = scores_.size.empty() ? 0.0 : scores_.size[v];
            node.size = opt_.size_by == "none" ? range.min + 0.35 * (range.max - range.min)
                                               : detail::scaled_size(node.value, max_size_, range);
            switch (opt_.color_by) {
                case ColorBy::sector: node.fill = sector.color; break;
                case ColorBy::region: node.fill = style_.region_color(a.region); break;
                case ColorBy::community: node.fill = community_color(community_rank_[scores_.community[v]]); break;
            }
            if (labelled_[v]) node.label = detail::wrap_text(a.name, label_shape.columns, label_shape.lines);
            node.tooltip = node_tooltip(a, v, node.value);
            d_.nodes.push_back(std::move(node));
        }
    }

    std::string node_tooltip(const Actor& a, std::size_t v, double value) const {
        std::string tip = ecosys::detail::title_text(a.name) + "\n" + "id " + ecosys::detail::title_text(a.id) + " · " + detail::sector_label(net_, a.sector) + " · " +
                          ecosys::detail::title_text(detail::region_name(net_, a.region));
        std::string kind_role;
        if (!a.kind.empty()) kind_role += type_label(a.kind);
        if (!a.role.empty()) kind_role += (kind_role.empty() ? "" : " · ") + type_label(a.role);
        if (!kind_role.empty()) tip += "\n" + kind_role;
        tip += "\ndegree " + count_text(opt_.language, scores_.degree[v]) + " · betweenness " +
               format_number(scores_.betweenness[v]) + " · PageRank " + format_number(scores_.pagerank[v]);
        if (opt_.size_by != "none" && opt_.size_by != "degree" && opt_.size_by != "betweenness" && opt_.size_by != "pagerank")
            tip += "\n" + size_metric_label(opt_.size_by) + " " + format_number(value);
        if (need_communities_) tip += "\ncommunity " + std::to_string(community_rank_[scores_.community[v]] + 1);
        return tip;
    }

    /// The kept ties by pair of actors, in order of the pair's first tie.
    std::vector<Pair> tie_pairs() const {
        std::vector<Pair> pairs;
        std::unordered_map<std::uint64_t, std::size_t> pair_index;
        for (std::size_t i : kept_) {
            const Tie& t = ties_[i];
            auto a = static_cast<Graph::Vertex>(vertex_of_[t.source]), b = static_cast<Graph::Vertex>(vertex_of_[t.target]);
            if (a > b) std::swap(a, b);
            std::uint64_t key = (std::uint64_t{a} << 32) | b;
            auto [it, inserted] = pair_index.emplace(key, pairs.size());
            if (inserted) pairs.push_back({a, b, 0.0, {}});
            Pair& p = pairs[it->second];
            p.weight += t.weight;
            p.ties.push_back(i);
        }
        return pairs;
    }

    /// Edges: one per pair of actors, in order of the pair's first tie.
    void add_edges() {
        const std::vector<Pair> pairs = tie_pairs();
        for (const Pair& p : pairs) max_weight_ = std::max(max_weight_, p.weight);
        for (std::size_t i : kept_) {
            ++tie_counts_[ties_[i].type];
            if (ties_[i].directed) directed_types_.insert(ties_[i].type);
        }
        d_.edges.reserve(pairs.size());
        for (std::size_t k = 0; k < pairs.size(); ++k) {
            DiagramEdge e = pair_edge(pairs[k], k);
            ++drawn_types_[e.type];
            d_.edges.push_back(std::move(e));
        }
    }

    /// The line of pair `p`, the k-th: styled by its dominant type (largest summed
    /// weight, then most ties, then first seen), with arrows for its directed ties.
    DiagramEdge pair_edge(const Pair& p, std::size_t k) const {
        std::vector<std::pair<std::string, std::pair<double, std::size_t>>> types;
        for (std::size_t i : p.ties) {
            const Tie& t = ties_[i];
            auto it = std::find_if(types.begin(), types.end(), [&](const auto& e) { return e.first == t.type; });
            if (it == types.end()) types.push_back({t.type, {t.weight, 1}});
            else it->second.first += t.weight, ++it->second.second;
        }
        auto best = types.begin();
        for (auto it = types.begin(); it != types.end(); ++it)
            if (it->second > best->second) best = it;
        const TieStyle& tie_style = style_.tie(best->first);

        DiagramEdge e;
        e.tail = p.u;
        e.head = p.v;
        e.element_id = "tie-" + std::to_string(k + 1);
        e.weight = p.weight;
        e.width = detail::edge_width(p.weight, max_weight_);
        e.line = tie_style.line;
        e.color = tie_style.color;
        e.type = best->first;
        const std::size_t tail_actor = actors_[p.u];
        for (std::size_t i : p.ties) {
            const Tie& t = ties_[i];
            if (!t.directed || t.type != e.type) continue;
            (t.source == tail_actor ? e.arrow_forward : e.arrow_back) = true;
        }
        e.tooltip = pair_tooltip(p);
        return e;
    }

    std::string pair_tooltip(const Pair& p) const {
        const Actor& a = net_.actors[actors_[p.u]];
        const Actor& b = net_.actors[actors_[p.v]];
        std::string tip = ecosys::detail::title_text(a.name) + " – " + ecosys::detail::title_text(b.name) + "\n" + count_text(opt_.language, p.ties.size()) +
                          (p.ties.size() == 1 ? " tie" : " ties") + ", weight " + format_number(p.weight, 4);
        constexpr std::size_t listed = 10;
        for (std::size_t j = 0; j < p.ties.size() && j < listed; ++j) {
            const Tie& t = ties_[p.ties[j]];
            tip += '\n';
            tip += type_label(t.type);
            if (t.directed) tip += " " + net_.actors[t.source].id + " → " + net_.actors[t.target].id;
            if (t.year) tip += " " + std::to_string(*t.year);
            tip += " (weight " + format_number(t.weight, 4) + ")";
        }
        if (p.ties.size() > listed) tip += "\n… and " + count_text(opt_.language, p.ties.size() - listed) + " more";
        return tip;
    }

    void add_groups() {
        if (opt_.group_by == GroupBy::none) return;
        std::vector<std::string> keys;  // group key per vertex
        keys.reserve(n_);
        for (std::size_t v = 0; v < n_; ++v) {
            const Actor& a = net_.actors[actors_[v]];
            switch (opt_.group_by) {
                case GroupBy::region: keys.push_back(a.region); break;
                case GroupBy::sector: keys.push_back(a.sector); break;
                case GroupBy::community: keys.push_back(std::to_string(community_rank_[scores_.community[v]] + 1)); break;
                case GroupBy::none: break;
            }
        }
        std::unordered_map<std::string, std::size_t> group_of;
        for (const std::string& key : group_order(keys)) {
            group_of.emplace(key, d_.groups.size());
            d_.groups.push_back(make_group(key));
        }
        for (std::size_t v = 0; v < n_; ++v) d_.nodes[v].group = group_of.at(keys[v]);
        d_.grouping = grouping_of(d_.engine);
        if (d_.grouping == Grouping::none)
            d_.notes.push_back(std::string(to_string(d_.engine)) + " cannot draw groups: --group-by " +
                               std::string(to_string(opt_.group_by)) + " has no effect (neato, sfdp, dot and fdp draw them)");
        if (d_.engine == Engine::fdp)
            d_.notes.push_back("fdp with groups is not reproducible in Graphviz 2.42: the picture may change from run "
                               "to run (neato, the default, is)");
    }

    /// Group order: the file's order of regions and sectors, communities by number.
    std::vector<std::string> group_order(const std::vector<std::string>& keys) const {
        std::vector<std::string> ordered;
        std::unordered_set<std::string> present(keys.begin(), keys.end());
        if (opt_.group_by == GroupBy::region) {
            for (const Region& r : net_.regions)
                if (present.count(r.id)) ordered.push_back(r.id);
            if (present.count("")) ordered.emplace_back();
        } else if (opt_.group_by == GroupBy::sector) {
            for (const Sector& s : net_.sectors)
                if (present.count(s.id)) ordered.push_back(s.id);
            for (const std::string& k : keys)  // sectors the network does not declare (hand-built networks)
                if (std::find(ordered.begin(), ordered.end(), k) == ordered.end()) ordered.push_back(k);
        } else {
            for (std::size_t r = 0; r < scores_.communities; ++r)
                if (present.count(std::to_string(r + 1))) ordered.push_back(std::to_string(r + 1));
        }
        return ordered;
    }

    DiagramGroup make_group(const std::string& key) const {
        DiagramGroup group;
        group.key = key;
        switch (opt_.group_by) {
            case GroupBy::region:
                group.label = detail::region_name(net_, key);
                group.color = style_.region_color(key);
                break;
            case GroupBy::sector:
                group.label = detail::sector_label(net_, key);
                group.color = style_.sector(key).color;
                break;
            default:
                group.label = "Community " + key;
                group.color = community_color(std::stoul(key) - 1);
        }
        return group;
    }

    /// Title and key figures.
    void add_figures(const Graph& g, std::string title, bool region_scope) {
        const std::size_t n = n_, external = external_;
        const std::size_t pair_count = g.edge_count();
        const double density = n > 1 ? 2.0 * static_cast<double>(pair_count) / (static_cast<double>(n) * (n - 1)) : 0.0;
        d_.title = std::move(title);
        const Language lang = opt_.language;
        std::string figures;
        if (lang == Language::ja) {
            figures = "アクター " + count_text(lang, n, "者") + " · 紐帯 " + count_text(lang, kept_.size(), "本");
            if (pair_count != kept_.size()) figures += "（" + count_text(lang, pair_count, "組") + "のペア）";
            figures += " · 密度 " + format_number(density);
            if (region_scope) figures += " · 他地域への紐帯 " + count_text(lang, external, "本");
        } else {
            figures = count_text(lang, n) + (n == 1 ? " actor · " : " actors · ") + count_text(lang, kept_.size()) +
                      (kept_.size() == 1 ? " tie" : " ties");
            if (pair_count != kept_.size()) figures += " between " + count_text(lang, pair_count) + " pairs";
            figures += " · density " + format_number(density);
            if (region_scope) figures += " · " + count_text(lang, external) + (external == 1 ? " tie" : " ties") + " to other regions";
        }
        d_.subtitle = figures;
        std::string filters = detail::filters_text(opt_);
        if (!filters.empty()) d_.subtitle += "\n" + filters;
        if (region_scope && !net_.name.empty()) d_.subtitle += "\n" + ecosys::detail::title_text(net_.name);
    }

    /// Legend: sectors (all of the network's, with their count here), colours, ties, size.
    void add_legend() {
        d_.legend.push_back(sector_legend());
        if (opt_.color_by == ColorBy::community) d_.legend.push_back(community_legend());
        else if (opt_.color_by == ColorBy::region) d_.legend.push_back(region_legend());
        d_.legend.push_back(tie_legend());
        d_.legend.push_back(size_legend());
        d_.legend.push_back(lines_legend());
    }

    LegendRow sector_legend() const {
        const Language lang = opt_.language;
        std::map<std::string, std::size_t> per_sector;
        for (std::size_t i : actors_) ++per_sector[net_.actors[i].sector];
        LegendRow sectors;
        sectors.heading = opt_.color_by == ColorBy::sector ? say(lang, "Sectors", "セクター") : say(lang, "Sectors (shape)", "セクター（形）");
        for (const Sector& s : net_.sectors) {
            const SectorStyle& ss = style_.sector(s.id);
            sectors.items.push_back({s.id, ss.glyph, opt_.color_by == ColorBy::sector ? ss.color : "#444444",
                                     detail::sector_label(net_, s.id) + " " + count_text(lang, per_sector[s.id])});
        }
        return sectors;
    }

    LegendRow community_legend() const {
        const Language lang = opt_.language;
        const auto& palette = categorical_palette();
        LegendRow row;
        row.heading = say(lang, "Colour: community", "色：コミュニティ");
        std::vector<std::size_t> size_by_rank(scores_.communities);
        for (std::size_t c = 0; c < scores_.communities; ++c) size_by_rank[community_rank_[c]] = community_size_[c];
        std::size_t others = 0, other_actors = 0;
        for (std::size_t r = 0; r < scores_.communities; ++r) {
            if (r < palette.size())
                row.items.push_back({std::to_string(r + 1), "●", palette[r],
                                     std::to_string(r + 1) + " (" + std::to_string(size_by_rank[r]) + ")"});
            else
                ++others, other_actors += size_by_rank[r];
        }
        if (others)
            row.items.push_back({"other", "●", std::string(other_color),
                                 std::to_string(others) + say(lang, " smaller (", " 個の小さなもの（") +
                                     std::to_string(other_actors) + say(lang, ")", "）")});
        row.note = say(lang, "Louvain, seed ", "Louvain、シード ") + std::to_string(opt_.analysis.seed) +
                   say(lang, "; numbered by size", "。大きい順に番号");
        return row;
    }

    LegendRow region_legend() const {
        const Language lang = opt_.language;
        LegendRow row;
        row.heading = say(lang, "Colour: region", "色：地域");
        std::map<std::string, std::size_t> per_region;
        for (std::size_t i : actors_) ++per_region[net_.actors[i].region];
        for (const Region& r : net_.regions)
            if (per_region.count(r.id))
                row.items.push_back({r.id, "●", style_.region_color(r.id),
                                     detail::region_name(net_, r.id) + " " + std::to_string(per_region[r.id])});
        if (per_region.count(""))
            row.items.push_back({"", "●", std::string(other_color),
                                 say(lang, "(no region) ", "（地域なし）") + std::to_string(per_region[""])});
        return row;
    }

    LegendRow tie_legend() {
        const Language lang = opt_.language;
        LegendRow tie_row;
        tie_row.heading = say(lang, "Ties", "紐帯");
        for (const std::string& type : style_.tie_types()) {
            if (!drawn_types_.count(type)) continue;
            const TieStyle& ts = style_.tie(type);
            bool directed = directed_types_.count(type) > 0;
            if (directed) directed_lines_ = true;
            tie_row.items.push_back({type, ts.glyph + (directed ? "▶" : ""), ts.color,
                                     type_label(type, lang) + " " + std::to_string(tie_counts_[type])});
        }
        if (tie_row.items.empty()) tie_row.note = say(lang, "none", "なし");
        return tie_row;
    }

    LegendRow size_legend() const {
        const Language lang = opt_.language;
        LegendRow size;
        size.heading = say(lang, "Size", "大きさ");
        if (opt_.size_by == "none") {
            size.note = say(lang, "every actor the same size", "すべて同じ大きさ");
        } else if (lang == Language::ja) {
            size.note = "面積は" + size_metric_label(opt_.size_by, lang);
            if (max_size_ > 0) size.note += "。最大 " + format_number(max_size_) + "：" + net_.actors[actors_[order_[0]]].name;
            else size.note += "。すべて 0";
        } else {
            size.note = "area shows " + size_metric_label(opt_.size_by);
            if (max_size_ > 0) size.note += "; largest " + format_number(max_size_) + ": " + net_.actors[actors_[order_[0]]].name;
            else size.note += "; 0 for every actor";
        }
        if (labels_ < n_)
            size.note += lang == Language::ja ? "。ラベルは大きい " + count_text(lang, labels_, "者") + "のみ"
                                              : "; labels on the " + std::to_string(labels_) + " largest";
        return size;
    }

    LegendRow lines_legend() const {
        const Language lang = opt_.language;
        LegendRow lines;
        lines.heading = say(lang, "Lines", "線");
        lines.note = say(lang, "one per pair of actors, styled by its heaviest tie type; width: summed weight",
                         "アクターのペアごとに一本、最も重い紐帯の種類の線種、太さは重みの合計");
        if (max_weight_ > 0) lines.note += say(lang, " (up to ", "（最大 ") + format_number(max_weight_) + say(lang, ")", "）");
        if (directed_lines_) lines.note += say(lang, "; ▶ direction", "。▶ は向き");
        return lines;
    }

    const Network& net_;
    const std::vector<std::size_t>& actors_;
    const DiagramOptions& opt_;
    const Style style_;
    const std::size_t n_;
    std::vector<std::size_t> vertex_of_;  // net.actors index -> vertex, or no_group
    const bool need_communities_;
    std::vector<Tie> ties_;             // the file's ties, then the projects'
    Network filtered_;                  // the network with the drawn ties only
    std::vector<std::size_t> kept_;     // the drawn ties, indices into ties_
    std::size_t external_ = 0;          // ties leaving the selection
    std::unique_ptr<AnalysisCache> own_;
    ActorScores scores_;
    std::vector<std::size_t> community_rank_, community_size_;
    std::vector<std::size_t> order_;    // vertices, largest first
    std::vector<bool> labelled_;
    std::size_t labels_ = 0;
    double max_size_ = 0, max_weight_ = 0;
    std::map<std::string, std::size_t> drawn_types_;  // dominant type -> number of lines
    std::map<std::string, std::size_t> tie_counts_;   // every kept tie by type
    std::unordered_set<std::string> directed_types_;
    bool directed_lines_ = false;                     // a drawn type has directed ties
    Diagram d_;
};

Diagram actor_diagram(const Network& net, const std::vector<std::size_t>& actors, std::string title,
                      const DiagramOptions& opt, bool region_scope, const std::string& scope_id) {
    return ActorDiagram(net, actors, opt).make(std::move(title), region_scope, scope_id);
}

}  // namespace

Diagram network_diagram(const Network& network, const DiagramOptions& options) {
    std::vector<std::size_t> all(network.actors.size());
    std::iota(all.begin(), all.end(), std::size_t{0});
    std::string title = network.name.empty() ? say(options.language, "Network", "ネットワーク") : ecosys::detail::title_text(network.name);
    return actor_diagram(network, all, title, options, false, "*");
}

Diagram region_diagram(const Network& network, std::string_view region_id, const DiagramOptions& options) {
    const std::string id(region_id);
    if (!network.find_region(id)) {
        std::vector<std::string> ids;
        for (const Region& r : network.regions) ids.push_back(r.id);
        const std::string hint = ecosys::detail::did_you_mean(id, ids);
        std::vector<std::string> populated = network.populated_regions();
        throw UsageError("unknown region " + ecosys::detail::quote(id) +
                         hint +
                         (populated.empty() ? std::string("; the network has no regions")
                                            : "; regions with actors are " + ecosys::detail::join_alternatives(populated, " and ")));
    }
    const std::vector<std::size_t> actors = network.actors_in_region(id);
    if (actors.empty()) throw UsageError("region " + ecosys::detail::quote(id) + " has no actors (nor have the regions inside it)");
    return actor_diagram(network, actors, ecosys::detail::title_text(detail::region_name(network, id)), options, true, id);
}

}  // namespace ecosys::render
