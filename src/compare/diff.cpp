#include "ecosys/compare/diff.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>
#include <set>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/analysis/kernels.hpp"
#include "ecosys/analysis/metric_difference.hpp"
#include "ecosys/analysis/registry.hpp"
#include "ecosys/compare/comparison.hpp"
#include "ecosys/helix/brokerage.hpp"
#include "ecosys/metrics/components.hpp"
#include "ecosys/model/projection.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

/// Every tie of the network by pair and type, projected ties included (type "project").
std::set<TieChange> tie_keys(const Network& network, const GraphOptions& graph) {
    std::set<TieChange> keys;
    const auto add = [&](const Tie& t) {
        if (t.source == t.target) return;  // self-loops are not in any graph either
        const std::string& a = network.actors[t.source].id;
        const std::string& b = network.actors[t.target].id;
        if (t.directed) keys.insert({a, b, t.type, true});
        else keys.insert({std::min(a, b), std::max(a, b), t.type, false});
    };
    for (const Tie& t : network.ties) add(t);
    if (graph.projects)
        for (const Tie& t : project_ties(network, graph.project_weighting)) add(t);
    return keys;
}

/// Ids of the `top` actors with the highest positive score, highest first, ties by file order.
std::vector<std::string> top_ids(const Network& network, const Graph& g, const std::vector<double>& score, std::size_t top) {
    std::vector<Graph::Vertex> order(g.vertex_count());
    std::iota(order.begin(), order.end(), Graph::Vertex{0});
    std::stable_sort(order.begin(), order.end(), [&](Graph::Vertex a, Graph::Vertex b) { return score[a] > score[b]; });
    std::vector<std::string> out;
    for (Graph::Vertex v : order) {
        if (out.size() == top || !(score[v] > 0)) break;
        out.push_back(network.actors[g.actor(v)].id);
    }
    return out;
}

std::vector<std::string> missing_from(const std::vector<std::string>& items, const std::vector<std::string>& other) {
    std::vector<std::string> out;
    for (const std::string& s : items)
        if (std::find(other.begin(), other.end(), s) == other.end()) out.push_back(s);
    return out;
}

bool zero_or_absent(const MetricValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return *i == 0;
    if (const auto* d = std::get_if<double>(&v)) return *d == 0.0;
    return true;
}

/// Components of the whole graph, by actor id: (component number, its size).
std::map<std::string, std::pair<std::uint32_t, std::size_t>> component_by_actor(ScopeAnalysis& whole) {
    std::map<std::string, std::pair<std::uint32_t, std::size_t>> out;
    const Graph& g = whole.graph();
    const Components& c = components(whole);
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v)
        out.emplace(whole.network().actors[g.actor(v)].id, std::pair{c.component_of()[v], c.sizes()[c.component_of()[v]]});
    return out;
}

}  // namespace

bool NetworkDiff::empty() const {
    if (!actors_added.empty() || !actors_removed.empty() || !ties_added.empty() || !ties_removed.empty() ||
        !changed_component.empty())
        return false;
    for (const RegionChange& r : regions)
        for (std::size_t i = 0; i < r.delta.size(); ++i)
            if (!zero_or_absent(r.delta[i]) || r.before[i].index() != r.after[i].index()) return false;
    for (const SectorPairChange& s : sector_links)
        if (s.gained || s.lost || s.before != s.after) return false;
    for (const BrokerChange& b : brokers)
        if (!b.gained.empty() || !b.lost.empty()) return false;
    return true;
}

std::vector<std::string> sector_declaration_differences(const Network& before, const Network& after,
                                                        const std::string& before_label, const std::string& after_label) {
    std::vector<std::string> only_before, only_after, relabelled;
    for (const Sector& s : before.sectors) {
        const Sector* other = after.find_sector(s.id);
        if (!other) only_before.push_back(s.id);
        else if (other->label != s.label || other->color != s.color) relabelled.push_back(s.id);
    }
    for (const Sector& s : after.sectors)
        if (!before.find_sector(s.id)) only_after.push_back(s.id);
    std::vector<std::string> out;
    if (!only_before.empty()) out.push_back("sectors declared only in " + before_label + ": " + detail::join_alternatives(only_before, ", "));
    if (!only_after.empty()) out.push_back("sectors declared only in " + after_label + ": " + detail::join_alternatives(only_after, ", "));
    if (!relabelled.empty())
        out.push_back("sectors declared with another label or colour in " + after_label + ": " +
                      detail::join_alternatives(relabelled, ", "));
    return out;
}

NetworkDiff diff_networks(const Network& before, const Network& after, const std::string& before_label,
                          const std::string& after_label, const DiffOptions& options) {
    NetworkDiff d;
    d.before_label = before_label;
    d.after_label = after_label;
    std::string listed;
    for (const std::string& key : options.metrics) listed += key + ",";
    if (options.metrics.empty()) {
        // The funding keys only when one side says who was paid what (registry.hpp).
        const bool funding = has_funding_data(before) || has_funding_data(after);
        for (const std::string& key : scalar_region_keys())
            if (default_column(*find_metric(key), funding)) d.keys.push_back(key);
    } else {
        d.keys = parse_compare_metrics(listed);
    }
    d.notes = sector_declaration_differences(before, after, before_label, after_label);
    // Programmes declared on one side only, and their projects on each side.
    for (const auto& [one, other, label] : {std::tuple{&after, &before, after_label}, std::tuple{&before, &after, before_label}})
        for (const Programme& g : one->programmes)
            if (!other->find_programme(g.id))
                d.notes.push_back("programme " + detail::quote(g.id) + " is declared only in " + label);
    std::map<std::string, std::pair<std::size_t, std::size_t>> projects;
    for (const Project& p : before.projects)
        if (!p.programme.empty()) ++projects[p.programme].first;
    for (const Project& p : after.projects)
        if (!p.programme.empty()) ++projects[p.programme].second;
    for (const auto& [id, n] : projects)
        if (n.first != n.second)
            d.notes.push_back("programme " + detail::quote(id) + ": " + std::to_string(n.first) + " projects in " + before_label +
                              ", " + std::to_string(n.second) + " in " + after_label);

    for (const Actor& a : after.actors)
        if (!before.find_actor(a.id)) d.actors_added.push_back(a.id);
    for (const Actor& a : before.actors)
        if (!after.find_actor(a.id)) d.actors_removed.push_back(a.id);

    const GraphOptions& graph = options.metrics_options.analysis.graph;
    const std::set<TieChange> ties_before = tie_keys(before, graph), ties_after = tie_keys(after, graph);
    std::set_difference(ties_after.begin(), ties_after.end(), ties_before.begin(), ties_before.end(), std::back_inserter(d.ties_added));
    std::set_difference(ties_before.begin(), ties_before.end(), ties_after.begin(), ties_after.end(), std::back_inserter(d.ties_removed));

    // Region metrics, through one analysis cache per side.
    AnalysisCache cache_before(before, options.metrics_options.analysis);
    AnalysisCache cache_after(after, options.metrics_options.analysis);
    std::vector<std::string> ids = before.populated_regions();
    const std::set<std::string> in_before(ids.begin(), ids.end());
    for (const std::string& id : after.populated_regions())
        if (!in_before.count(id)) ids.push_back(id);
    ids.push_back("*");
    std::vector<const MetricInfo*> metrics;
    for (const std::string& key : d.keys) metrics.push_back(find_metric(key));
    const auto values = [&](AnalysisCache& cache, const std::string& id) {
        std::vector<MetricValue> out(metrics.size());
        // A scope of the cache: its members from the cache's index, not a pass over the network.
        const bool present = id == "*" || (cache.network().find_region(id) && !cache.scope(id).members().empty());
        if (!present) return out;
        ScopeAnalysis& scope = cache.scope(id);
        for (std::size_t i = 0; i < metrics.size(); ++i) out[i] = metrics[i]->region_value(scope);
        return out;
    };
    for (const std::string& id : ids) {
        RegionChange r;
        r.id = id;
        const Region* region = id == "*" ? nullptr : (before.find_region(id) ? before.find_region(id) : after.find_region(id));
        r.name = region ? region->name : after.name;
        r.before = values(cache_before, id);
        r.after = values(cache_after, id);
        for (std::size_t i = 0; i < metrics.size(); ++i) r.delta.push_back(metric_difference(r.before[i], r.after[i]));
        d.regions.push_back(std::move(r));
    }

    // Cross-sector links: collapsed edges between two sectors, on the whole graphs.
    ScopeAnalysis& whole_before = cache_before.whole();
    ScopeAnalysis& whole_after = cache_after.whole();
    std::vector<std::string> sector_order;
    for (const Sector& s : before.sectors) sector_order.push_back(s.id);
    for (const Sector& s : after.sectors)
        if (std::find(sector_order.begin(), sector_order.end(), s.id) == sector_order.end()) sector_order.push_back(s.id);
    const auto rank = [&](const std::string& s) { return std::find(sector_order.begin(), sector_order.end(), s) - sector_order.begin(); };
    std::map<std::pair<std::ptrdiff_t, std::ptrdiff_t>, SectorPairChange> links;
    const auto count = [&](const Network& net, ScopeAnalysis& whole, const std::set<std::pair<std::string, std::string>>& other,
                           bool is_before) {
        for (const auto& [a, b] : tied_id_pairs(net, whole.graph())) {
            const std::string& sa = net.actors[*net.find_actor(a)].sector;
            const std::string& sb = net.actors[*net.find_actor(b)].sector;
            if (sa == sb) continue;
            const std::ptrdiff_t ra = rank(sa), rb = rank(sb);  // std::minmax of temporaries would dangle
            const std::pair<std::ptrdiff_t, std::ptrdiff_t> key{std::min(ra, rb), std::max(ra, rb)};
            SectorPairChange& link = links[key];
            link.first = sector_order[static_cast<std::size_t>(key.first)];
            link.second = sector_order[static_cast<std::size_t>(key.second)];
            const bool elsewhere = other.count({a, b}) > 0;
            if (is_before) {
                ++link.before;
                if (!elsewhere) ++link.lost;
            } else {
                ++link.after;
                if (!elsewhere) ++link.gained;
            }
        }
    };
    const auto pairs_before = tied_id_pairs(before, whole_before.graph()), pairs_after = tied_id_pairs(after, whole_after.graph());
    count(before, whole_before, pairs_after, true);
    count(after, whole_after, pairs_before, false);
    for (auto& [key, link] : links) d.sector_links.push_back(std::move(link));

    // Brokers: the top by betweenness, and by each Gould–Fernandez role.
    {
        BrokerChange b;
        b.measure = "betweenness";
        b.before = top_ids(before, whole_before.graph(), betweenness(whole_before), options.top);
        b.after = top_ids(after, whole_after.graph(), betweenness(whole_after), options.top);
        d.brokers.push_back(std::move(b));
    }
    for (std::size_t role = 0; role < brokerage_role_count; ++role) {
        BrokerChange b;
        b.measure = std::string(to_string(static_cast<BrokerageRole>(role)));
        const auto scores = [&](ScopeAnalysis& whole) {
            std::vector<double> s;
            for (const BrokerageCounts& c : brokerage(whole).counts()) s.push_back(static_cast<double>(c[role]));
            return s;
        };
        b.before = top_ids(before, whole_before.graph(), scores(whole_before), options.top);
        b.after = top_ids(after, whole_after.graph(), scores(whole_after), options.top);
        d.brokers.push_back(std::move(b));
    }
    for (BrokerChange& b : d.brokers) {
        b.gained = missing_from(b.after, b.before);
        b.lost = missing_from(b.before, b.after);
    }

    // Components: each component is matched with the component of the other side that
    // holds most of its actors present on both sides (the first among equals). An actor
    // of both changed component when its component after is not the match of its
    // component before, or the reverse: it was cut off from its group, or joined
    // another (a small group merging into the giant component changes; the giant
    // component losing or gaining a few actors does not change the others).
    const auto comp_before = component_by_actor(whole_before), comp_after = component_by_actor(whole_after);
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> shared;  // (before, after) -> common actors
    for (const Actor& a : after.actors) {
        const auto it = comp_before.find(a.id);
        if (it != comp_before.end()) ++shared[{it->second.first, comp_after.at(a.id).first}];
    }
    std::map<std::uint32_t, std::pair<std::uint32_t, std::size_t>> match_forward, match_back;  // -> (component, count)
    for (const auto& [key, count] : shared) {
        const auto better = [&count = count](std::map<std::uint32_t, std::pair<std::uint32_t, std::size_t>>& match, std::uint32_t from,
                                std::uint32_t to) {
            const auto it = match.find(from);
            if (it == match.end() || count > it->second.second) match[from] = {to, count};
        };
        better(match_forward, key.first, key.second);  // the map's order makes the first among equals win
        better(match_back, key.second, key.first);
    }
    for (const Actor& a : after.actors) {
        const auto it = comp_before.find(a.id);
        if (it == comp_before.end()) continue;
        const auto& [cb, size_before] = it->second;
        const auto& [ca, size_after] = comp_after.at(a.id);
        if (match_forward.at(cb).first != ca || match_back.at(ca).first != cb)
            d.changed_component.push_back({a.id, size_before, size_after});
    }
    return d;
}

}  // namespace ecosys
