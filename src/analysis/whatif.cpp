#include "ecosys/analysis/whatif.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <type_traits>
#include <unordered_set>

#include "ecosys/analysis/kernels.hpp"
#include "ecosys/analysis/metric_difference.hpp"
#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/analysis/registry.hpp"
#include "ecosys/error.hpp"
#include "ecosys/graph/max_flow.hpp"
#include "ecosys/graph/min_cut.hpp"
#include "ecosys/metrics/components.hpp"
#include "ecosys/metrics/fragmentation.hpp"
#include "ecosys/model/incidence.hpp"
#include "analysis/region_values.hpp"
#include "util/text.hpp"

namespace ecosys {

const std::vector<std::string>& whatif_extra_keys() {
    static const std::vector<std::string> keys{"fragmentation", "distance_fragmentation", "edge_connectivity"};
    return keys;
}

namespace {

/// The scalar region keys of the registry, in column order (not the direction keys:
/// whatif reads the undirected graph).
std::vector<std::string> scalar_region_keys(const Network& network) {
    const bool funding = has_funding_data(network);
    std::vector<std::string> keys;
    for (const std::string& key : metric_keys(MetricLevel::region))
        if (find_metric(key)->scalar && !find_metric(key)->directed && default_column(*find_metric(key), funding))
            keys.push_back(key);
    return keys;
}

/// Fragmentation, distance-weighted fragmentation and edge connectivity of a scope.
std::vector<MetricValue> extra_values(ScopeAnalysis& scope) {
    const Graph& g = scope.graph();
    std::vector<MetricValue> out;
    out.emplace_back(fragmentation(components(scope).sizes()));
    out.emplace_back(distance_fragmentation(g));
    if (g.vertex_count() >= 2) out.emplace_back(static_cast<std::int64_t>(stoer_wagner_min_cut(g, false).value));
    else out.emplace_back(std::monostate{});
    return out;
}

/// Ids of the actors of the scope's largest component.
std::set<std::string> largest_component(ScopeAnalysis& scope) {
    std::set<std::string> ids;
    const Components& c = components(scope);
    if (c.count() == 0) return ids;
    const Graph& g = scope.graph();
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v)
        if (c.component_of()[v] == c.largest()) ids.insert(scope.network().actors[g.actor(v)].id);
    return ids;
}

/// Sector pairs (indices into the network's sectors, first <= second) with an edge in the scope.
std::set<std::pair<std::size_t, std::size_t>> sector_links(ScopeAnalysis& scope) {
    const Network& net = scope.network();
    std::map<std::string, std::size_t> order;
    for (std::size_t i = 0; i < net.sectors.size(); ++i) order.emplace(net.sectors[i].id, i);
    const auto index = [&](const std::string& s) {
        auto it = order.find(s);
        return it == order.end() ? order.emplace(s, order.size()).first->second : it->second;
    };
    const Graph& g = scope.graph();
    std::set<std::pair<std::size_t, std::size_t>> links;
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v)
        for (Graph::Vertex w : g.neighbours(v)) {
            if (w < v) continue;
            std::size_t a = index(net.actors[g.actor(v)].sector), b = index(net.actors[g.actor(w)].sector);
            links.emplace(std::min(a, b), std::max(a, b));
        }
    return links;
}

std::vector<std::pair<std::string, std::string>> min_cut_ties(ScopeAnalysis& scope) {
    std::vector<std::pair<std::string, std::string>> ties;
    const Graph& g = scope.graph();
    if (g.vertex_count() < 2) return ties;
    const MinCut cut = stoer_wagner_min_cut(g, false);
    std::vector<std::uint8_t> side(g.vertex_count(), 0);
    for (Graph::Vertex v : cut.side) side[v] = 1;
    const Network& net = scope.network();
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v)
        for (Graph::Vertex w : g.neighbours(v))
            if (v < w && side[v] != side[w]) ties.emplace_back(net.actors[g.actor(v)].id, net.actors[g.actor(w)].id);
    return ties;
}

}  // namespace

WhatIfReport compute_whatif(const Network& network, const WhatIfOptions& options) {
    check_removal(network, options.removal);
    std::vector<std::string> regions = options.regions.empty() ? network.populated_regions() : options.regions;
    AnalysisCache before_cache(network, options.analysis);
    for (const std::string& id : regions) (void)before_cache.scope(id);  // unknown regions: UsageError
    if (options.pair) {
        (void)require_actor(network, options.pair->first);
        (void)require_actor(network, options.pair->second);
        if (options.pair->first == options.pair->second)
            throw UsageError("--pair needs two different actors; got '" + options.pair->first + "' twice");
    }

    RemovalResult removed = apply_removal(network, options.removal);
    const Network& after_net = removed.network;
    AnalysisCache after_cache(after_net, options.analysis);

    WhatIfReport report;
    report.network = network.name;
    report.removal = options.removal;
    report.removed_actors = removed.removed_actors;
    report.removed_ties = removed.removed_ties;
    report.removed_projects = removed.removed_projects;
    const std::vector<std::string> metric_keys = scalar_region_keys(network);
    report.keys = metric_keys;
    report.keys.insert(report.keys.end(), whatif_extra_keys().begin(), whatif_extra_keys().end());

    MetricsOptions mo;
    mo.only = metric_keys;
    mo.only.push_back("top_brokers");
    mo.regions = regions;
    const MetricsReport before = compute_metrics(before_cache, mo);
    std::vector<std::string> still;  // regions with actors left
    const RegionMembers after_members(after_net);  // once, not a pass over the network per region
    for (const std::string& id : regions)
        if (!after_members.members(id).empty()) still.push_back(id);
    mo.regions = still;
    MetricsReport after;
    if (!still.empty() || regions.empty()) after = compute_metrics(after_cache, mo);
    else {
        mo.whole_network_only = true;
        after = compute_metrics(after_cache, mo);
    }

    std::vector<std::string> ids = regions;
    ids.push_back("*");
    // Each report's rows by region id, once: MetricsReport::region_value looks among all
    // rows, which made this loop quadratic in the regions (33 s for 10,000).
    const detail::RegionValues before_values(before), after_values(after);
    const std::unordered_set<std::string_view> left(still.begin(), still.end());
    for (const std::string& id : ids) {
        WhatIfRegion r;
        r.id = id;
        r.name = id == "*" ? network.name : network.find_region(id)->name;
        const bool present = id == "*" || left.count(id);
        for (const std::string& key : metric_keys) {
            r.before.push_back(*before_values(id, key));
            const MetricValue* a = present ? after_values(id, key) : nullptr;
            r.after.push_back(a ? *a : MetricValue{});
        }
        ScopeAnalysis& sb = before_cache.scope(id);
        for (MetricValue& v : extra_values(sb)) r.before.push_back(std::move(v));
        if (const auto* b = before_values(id, "top_brokers"))
            if (const auto* list = std::get_if<std::vector<std::string>>(b)) r.top_brokers_before = *list;
        if (present) {
            ScopeAnalysis& sa = after_cache.scope(id);
            for (MetricValue& v : extra_values(sa)) r.after.push_back(std::move(v));
            if (const auto* a = after_values(id, "top_brokers"))
                if (const auto* list = std::get_if<std::vector<std::string>>(a)) r.top_brokers_after = *list;
            const std::set<std::string> big_before = largest_component(sb), big_after = largest_component(sa);
            for (std::size_t m : sa.members()) {
                const std::string& aid = after_net.actors[m].id;
                if (big_before.count(aid) && !big_after.count(aid)) r.cut_off.push_back(aid);
            }
            const auto links_after = sector_links(sa);
            for (const auto& link : sector_links(sb))
                if (!links_after.count(link))
                    r.lost_sector_links.emplace_back(network.sectors.at(link.first).id, network.sectors.at(link.second).id);
            r.min_cut_after = min_cut_ties(sa);
        } else {
            r.after.resize(report.keys.size());
            for (const auto& link : sector_links(sb))
                r.lost_sector_links.emplace_back(network.sectors.at(link.first).id, network.sectors.at(link.second).id);
        }
        for (std::size_t i = 0; i < report.keys.size(); ++i) r.delta.push_back(metric_difference(r.before[i], r.after[i]));
        report.regions.push_back(std::move(r));
    }

    if (options.pair) {
        PairPaths p;
        p.a = options.pair->first;
        p.b = options.pair->second;
        p.before = vertex_disjoint_paths(before_cache.whole().graph(), static_cast<Graph::Vertex>(require_actor(network, p.a)),
                                         static_cast<Graph::Vertex>(require_actor(network, p.b)));
        const auto a = after_net.find_actor(p.a), b = after_net.find_actor(p.b);
        if (a && b)
            p.after = vertex_disjoint_paths(after_cache.whole().graph(), static_cast<Graph::Vertex>(*a),
                                            static_cast<Graph::Vertex>(*b));
        report.pair = p;
    }
    return report;
}

namespace {

/// The region without one actor: the searches behind every DependenceRow of an actor,
/// buffers kept from one actor to the next.
class WithoutOne {
public:
    WithoutOne(const Graph& graph, const Components& before)
        : g_(graph), before_(before), f_before_(fragmentation(before.sizes())), removed_(graph.vertex_count(), 0),
          label_(graph.vertex_count(), 0) {}

    /// Fragmentation, components and actors cut off from the largest component without
    /// v: one breadth-first search, O(n + m).
    DependenceRow row(const Actor& actor, Graph::Vertex v) {
        removed_[v] = 1;
        // Components of the scope without v, labelled 1, 2, ... with their sizes.
        std::fill(label_.begin(), label_.end(), 0);
        std::vector<std::size_t> sizes;
        for (Graph::Vertex root = 0; root < g_.vertex_count(); ++root) {
            if (removed_[root] || label_[root]) continue;
            const auto l = static_cast<std::uint32_t>(sizes.size() + 1);
            queue_.assign(1, root);
            label_[root] = l;
            for (std::size_t head = 0; head < queue_.size(); ++head)
                for (Graph::Vertex w : g_.neighbours(queue_[head]))
                    if (!removed_[w] && !label_[w]) {
                        label_[w] = l;
                        queue_.push_back(w);
                    }
            sizes.push_back(queue_.size());
        }
        removed_[v] = 0;
        DependenceRow row;
        row.actor = actor.id;
        row.name = actor.name;
        row.role = actor.role;
        row.fragmentation_before = f_before_;
        row.fragmentation_after = fragmentation(sizes);
        row.components_before = before_.count();
        row.components_after = sizes.size();
        if (!sizes.empty()) {
            const auto largest = static_cast<std::uint32_t>(std::max_element(sizes.begin(), sizes.end()) - sizes.begin() + 1);
            for (Graph::Vertex w = 0; w < g_.vertex_count(); ++w)
                if (w != v && before_.component_of()[w] == before_.largest() && label_[w] != largest) ++row.cut_off;
        }
        return row;
    }

private:
    const Graph& g_;
    const Components& before_;
    double f_before_;
    std::vector<std::uint8_t> removed_;
    std::vector<std::uint32_t> label_;
    std::vector<Graph::Vertex> queue_;
};

/// By damage, then cut_off (both descending), then the order they came in; `top` > 0
/// keeps that many.
void rank_rows(std::vector<DependenceRow>& rows, std::size_t top) {
    std::stable_sort(rows.begin(), rows.end(), [](const DependenceRow& a, const DependenceRow& b) {
        if (a.damage() != b.damage()) return a.damage() > b.damage();
        return a.cut_off > b.cut_off;
    });
    if (top > 0 && rows.size() > top) rows.resize(top);
}

/// The reported regions' ids, their scopes made, then "*".
std::vector<std::string> dependence_scopes(AnalysisCache& cache, const std::vector<std::string>& regions) {
    std::vector<std::string> ids = regions.empty() ? cache.network().populated_regions() : regions;
    for (const std::string& id : ids) (void)cache.scope(id);
    ids.push_back("*");
    return ids;
}

DependenceRegion empty_region(const Network& net, const std::string& id) {
    DependenceRegion region;
    region.id = id;
    region.name = id == "*" ? net.name : net.find_region(id)->name;
    return region;
}

template <class Pick>
DependenceReport dependence_of(AnalysisCache& cache, const std::string& role, const std::vector<std::string>& regions,
                               std::size_t top, Pick pick) {
    const Network& net = cache.network();
    DependenceReport report;
    report.network = net.name;
    report.role = role;
    for (const std::string& id : dependence_scopes(cache, regions)) {
        ScopeAnalysis& scope = cache.scope(id);
        const Graph& g = scope.graph();
        WithoutOne without(g, components(scope));
        DependenceRegion region = empty_region(net, id);
        for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) {
            const Actor& actor = net.actors[g.actor(v)];
            if (!pick(actor)) continue;
            region.rows.push_back(without.row(actor, v));
            ++region.candidates;
        }
        rank_rows(region.rows, top);
        report.regions.push_back(std::move(region));
    }
    return report;
}

}  // namespace

DependenceReport compute_dependence(AnalysisCache& cache, const std::string& role, const std::vector<std::string>& regions,
                                    std::size_t top) {
    if (!role.empty()) {
        Removal check;
        check.role = role;
        check_removal(cache.network(), check);
    }
    return dependence_of(cache, role, regions, top, [&](const Actor& a) { return role.empty() || a.role == role; });
}

DependenceReport compute_intermediary_dependence(AnalysisCache& cache, const std::vector<std::string>& regions,
                                                 std::size_t top) {
    return dependence_of(cache, "intermediary", regions, top, [](const Actor& a) { return !a.role.empty(); });
}

DependenceReport compute_project_dependence(AnalysisCache& cache, const std::vector<std::string>& regions,
                                            std::size_t top) {
    const Network& net = cache.network();
    const std::vector<std::string> ids = dependence_scopes(cache, regions);
    DependenceReport report;
    report.network = net.name;
    report.role = "project";
    for (const std::string& id : ids) report.regions.push_back(empty_region(net, id));
    for (const Project& project : net.projects) {
        Removal removal;
        removal.projects = {project.id};
        const RemovalResult without = apply_removal(net, removal);
        for (std::size_t r = 0; r < ids.size(); ++r) {
            ScopeAnalysis& scope = cache.scope(ids[r]);
            const std::vector<std::size_t>& members = scope.members();
            const bool touches = ids[r] == "*" || std::any_of(project.participants.begin(), project.participants.end(),
                                                              [&](std::size_t a) {
                                                                  return std::binary_search(members.begin(), members.end(), a);
                                                              });
            if (!touches) continue;
            // Actors keep their indices (no actor is removed), so the region's members
            // induce the same vertices without the project.
            const Graph g = Graph::induced(without.network, members, cache.options().graph);
            Components after(g);
            after.run();
            const Components& before = components(scope);
            DependenceRow row;
            row.actor = project.id;
            row.name = project.name.empty() ? project.id : project.name;
            row.role = project.type;
            row.fragmentation_before = fragmentation(before.sizes());
            row.fragmentation_after = fragmentation(after.sizes());
            row.components_before = before.count();
            row.components_after = after.count();
            if (after.count() > 0)
                for (Graph::Vertex v = 0; v < g.vertex_count(); ++v)
                    if (before.component_of()[v] == before.largest() && after.component_of()[v] != after.largest())
                        ++row.cut_off;
            report.regions[r].rows.push_back(std::move(row));
            ++report.regions[r].candidates;
        }
    }
    for (DependenceRegion& region : report.regions) rank_rows(region.rows, top);
    return report;
}

DependenceReport compute_cut_point_dependence(AnalysisCache& cache, const std::vector<std::string>& regions,
                                              std::size_t top) {
    const Network& net = cache.network();
    DependenceReport report;
    report.network = net.name;
    report.role = "cut_point";
    for (const std::string& id : dependence_scopes(cache, regions)) {
        ScopeAnalysis& scope = cache.scope(id);
        const Graph& g = scope.graph();
        const std::size_t n = g.vertex_count();
        DependenceRegion region = empty_region(net, id);
        const std::vector<Graph::Vertex>& cut = cut_points(scope);
        region.candidates = cut.size();
        const std::vector<unsigned char>& bridge = bridges(scope);
        region.bridges = static_cast<std::size_t>(std::count(bridge.begin(), bridge.end(), 1)) / 2;
        // Every cut point's rise in fragmentation from one low-point search (O(n + m)
        // for all); the searches for the actors cut off only for those that can make the
        // top (ties at the last place included), so a region of thousands of cut points
        // costs a few searches, not thousands.
        std::vector<Graph::Vertex> chosen = cut;
        if (top > 0 && cut.size() > top) {
            const std::vector<std::uint64_t>& pairs = pairs_without_each(scope);
            std::vector<std::uint64_t> after(n, 0);
            for (Graph::Vertex v : cut) after[v] = pairs[v];
            // Fewer connected pairs without v (over the same n - 1 actors): more damage.
            std::stable_sort(chosen.begin(), chosen.end(), [&](Graph::Vertex a, Graph::Vertex b) { return after[a] < after[b]; });
            const std::uint64_t last = after[chosen[top - 1]];
            chosen.erase(std::find_if(chosen.begin() + static_cast<std::ptrdiff_t>(top), chosen.end(),
                                      [&](Graph::Vertex v) { return after[v] != last; }),
                         chosen.end());
            std::sort(chosen.begin(), chosen.end());
        }
        WithoutOne without(g, components(scope));
        for (Graph::Vertex v : chosen) region.rows.push_back(without.row(net.actors[g.actor(v)], v));
        rank_rows(region.rows, top);
        report.regions.push_back(std::move(region));
    }
    return report;
}

}  // namespace ecosys
