#include "ecosys/helix/helix_report.hpp"

#include <algorithm>
#include <numeric>

#include "ecosys/error.hpp"
#include "ecosys/helix/helix_completeness.hpp"
#include "ecosys/helix/sector_assortativity.hpp"
#include "ecosys/helix/sector_groups.hpp"
#include "ecosys/helix/sector_mixing.hpp"
#include "ecosys/helix/structural_holes.hpp"
#include "ecosys/helix/synergy.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

constexpr std::size_t no_row = static_cast<std::size_t>(-1);

/// The groups of a region's graph, with the whole network's sector order.
SectorGroups restricted(const Graph& g, const SectorGroups& whole_by_actor) {
    SectorGroups groups;
    groups.sectors = whole_by_actor.sectors;
    groups.of_vertex.resize(g.vertex_count());
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) groups.of_vertex[v] = whole_by_actor.of_vertex[g.actor(v)];
    return groups;
}

std::vector<std::size_t> actors_of(const Graph& g) {
    std::vector<std::size_t> out(g.vertex_count());
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) out[v] = g.actor(v);
    return out;
}

std::optional<SynergyFigures> synergy_of(const Network& network, std::span<const std::size_t> actors) {
    const std::vector<std::string> helices = synergy_helices(network);
    if (helices.empty()) return std::nullopt;
    std::vector<std::uint32_t> patterns = project_patterns(network, helices, actors);
    if (patterns.empty()) return std::nullopt;
    Synergy synergy(helices, std::move(patterns));
    synergy.run();
    SynergyFigures f;
    f.projects = synergy.projects();
    f.helices = helices;
    f.t3 = synergy.t3();
    f.t4 = synergy.t4();
    f.r4 = synergy.r4();
    // Every three of the helices, in helix order: (0,1,2), then (0,1,3), (0,2,3), (1,2,3).
    const std::vector<std::uint32_t> masks =
        helices.size() == 3 ? std::vector<std::uint32_t>{0b0111} : std::vector<std::uint32_t>{0b0111, 0b1011, 0b1101, 0b1110};
    for (std::uint32_t mask : masks) {
        std::vector<std::string> names;
        for (std::size_t h = 0; h < helices.size(); ++h)
            if (mask & (1u << h)) names.push_back(helices[h]);
        f.triples.push_back({std::move(names), synergy.information(mask)});
    }
    return f;
}

/// Every measure on one graph.
struct Analysis {
    const Graph& graph;
    SectorGroups groups;
    SectorMixing mixing;
    EIIndex ei;
    HelixCompleteness completeness;
    Brokerage brokerage;

    Analysis(const Graph& g, SectorGroups sg, const EIOptions& options)
        : graph(g), groups(std::move(sg)), mixing(graph, groups), ei(graph, groups, options), completeness(graph, groups),
          brokerage(graph, groups) {
        mixing.run();
        ei.run();
        completeness.run();
        brokerage.run();
    }
    Analysis(const Analysis&) = delete;
    Analysis& operator=(const Analysis&) = delete;
};

RegionHelix region_record(const Analysis& a, std::string id, std::string name, const Network& network) {
    const std::size_t k = a.groups.count();
    const std::vector<std::string>& sectors = a.groups.sectors;
    RegionHelix r;
    r.id = std::move(id);
    r.name = std::move(name);
    r.actors = a.graph.vertex_count();
    r.ties = a.graph.edge_count();
    r.mixing = a.mixing.counts();
    r.mixing_density.assign(k, std::vector<std::optional<double>>(k));
    for (std::size_t s = 0; s < k; ++s)
        for (std::size_t t = 0; t < k; ++t) r.mixing_density[s][t] = a.mixing.density(s, t);
    r.cross_sector_share = a.mixing.cross_sector_share();
    r.ei_index = a.ei.network_index();
    r.ei_expected = a.ei.expected_network_index();
    r.ei_p_value = a.ei.network_p_value();
    for (std::size_t s = 0; s < k; ++s) {
        r.sector_ei.push_back(a.ei.sector_index(s));
        r.sector_ei_p_value.push_back(a.ei.sector_p_value(s));
    }
    r.assortativity = sector_assortativity(a.mixing);
    for (std::size_t s : a.completeness.present()) r.sectors_present.push_back(sectors[s]);
    for (const auto& [s, t] : a.completeness.missing_links()) r.missing_links.push_back({sectors[s], sectors[t]});
    r.multi_sector_share = a.completeness.multi_sector_share();
    r.brokerage = a.brokerage.totals();
    r.brokerage_pairs = a.brokerage.pair_totals();
    std::vector<std::pair<std::size_t, Graph::Vertex>> ranked;  // (total, vertex)
    for (Graph::Vertex v = 0; v < a.graph.vertex_count(); ++v) {
        const BrokerageCounts& c = a.brokerage.counts()[v];
        const std::size_t total = std::accumulate(c.begin(), c.end(), std::size_t{0});
        if (total > 0) ranked.push_back({total, v});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    for (std::size_t i = 0; i < ranked.size() && i < 5; ++i) {
        const Graph::Vertex v = ranked[i].second;
        r.top_brokers.push_back({network.actors[a.graph.actor(v)].id, a.brokerage.counts()[v]});
    }
    r.synergy = synergy_of(network, actors_of(a.graph));
    return r;
}

void fill_actors(const Analysis& a, bool weighted, const std::vector<std::size_t>& row_of_actor, std::vector<ActorHelix>& rows) {
    StructuralHoles holes(a.graph, weighted);
    holes.run();
    for (Graph::Vertex v = 0; v < a.graph.vertex_count(); ++v) {
        const std::size_t row = row_of_actor[a.graph.actor(v)];
        if (row == no_row) continue;
        ActorHelix& r = rows[row];
        r.ei_index = a.ei.actor_index()[v];
        r.sectors_tied = a.completeness.sectors_tied()[v];
        r.effective_size = holes.effective_size()[v];
        r.efficiency = holes.efficiency()[v];
        r.constraint = holes.constraint()[v];
        r.hierarchy = holes.hierarchy()[v];
        r.brokerage = a.brokerage.counts()[v];
        r.brokered_pairs = a.brokerage.pairs(v);
    }
}

[[noreturn]] void unknown_region(std::string_view value, const Network& network) {
    std::vector<std::string> ids;
    for (const Region& r : network.regions) ids.push_back(r.id);
    std::string message = "unknown region " + detail::quote(value);
    const std::string suggestion = detail::closest_match(value, ids);
    if (!suggestion.empty()) message += " (did you mean '" + suggestion + "'?)";
    message += "; regions in this network: " + detail::join_alternatives(ids, ", ");
    throw UsageError(message);
}

}  // namespace

HelixReport compute_helix(const Network& network, const HelixOptions& options) {
    HelixReport report;
    report.network = network.name;
    report.scope = options.scope;
    report.weighted = options.weighted;
    report.graph = options.graph;
    report.ei = options.ei;

    std::vector<std::string> regions;
    if (options.regions.empty()) {
        regions = network.populated_regions();
    } else {
        for (const std::string& id : options.regions) {
            if (!network.find_region(id)) unknown_region(id, network);
            if (std::find(regions.begin(), regions.end(), id) == regions.end()) regions.push_back(id);
        }
    }

    const Graph whole_graph = Graph::from_network(network, options.graph);
    const SectorGroups whole_groups = sector_groups(whole_graph, network);  // vertex v is actor v
    report.sectors = whole_groups.sectors;

    std::vector<std::size_t> row_of_actor(network.actors.size(), no_row);
    for (std::size_t i = 0; i < network.actors.size(); ++i) {
        const Actor& actor = network.actors[i];
        if (!options.regions.empty() && std::find(regions.begin(), regions.end(), actor.region) == regions.end()) continue;
        row_of_actor[i] = report.actors.size();
        ActorHelix row;
        row.id = actor.id;
        row.name = actor.name;
        row.sector = actor.sector;
        row.region = actor.region;
        row.measured = options.scope == MetricScope::network || !actor.region.empty();
        report.actors.push_back(std::move(row));
    }

    const Analysis whole(whole_graph, whole_groups, options.ei);
    if (options.scope == MetricScope::network) fill_actors(whole, options.weighted, row_of_actor, report.actors);
    for (const std::string& id : regions) {
        const std::vector<std::size_t> members = network.actors_in_region(id);
        const Graph g = Graph::induced(network, members, options.graph);
        const Analysis region(g, restricted(g, whole_groups), options.ei);
        report.regions.push_back(region_record(region, id, network.find_region(id)->name, network));
        if (options.scope == MetricScope::region) fill_actors(region, options.weighted, row_of_actor, report.actors);
    }
    report.regions.push_back(region_record(whole, "*", network.name, network));
    return report;
}

HelixSummary summarise_helix(const Graph& graph, const Network& network, const EIOptions& ei_options) {
    const SectorGroups groups = sector_groups(graph, network);
    SectorMixing mixing(graph, groups);
    mixing.run();
    EIIndex ei(graph, groups, ei_options);
    ei.run();
    HelixCompleteness completeness(graph, groups);
    completeness.run();

    HelixSummary s;
    s.cross_sector_share = mixing.cross_sector_share();
    s.ei_index = ei.network_index();
    s.ei_p_value = ei.network_p_value();
    s.assortativity = sector_assortativity(mixing);
    s.multi_sector_share = completeness.multi_sector_share();
    if (auto synergy = synergy_of(network, actors_of(graph))) {
        s.synergy_t3 = synergy->t3;
        s.synergy_t4 = synergy->t4;
    }
    return s;
}

}  // namespace ecosys
