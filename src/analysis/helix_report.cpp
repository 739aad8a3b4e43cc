#include "ecosys/analysis/helix_report.hpp"

#include <algorithm>
#include <numeric>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/analysis/kernels.hpp"
#include "ecosys/metrics/connector_hubs.hpp"
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

/// Every measure on one scope, from the analysis cache (run on first use).
struct Analysis {
    const Graph& graph;
    const SectorGroups& groups;
    const SectorMixing& mixing;
    const EIIndex& ei;
    const HelixCompleteness& completeness;
    const Brokerage& brokerage;
    const std::optional<SynergyFigures>& synergy;

    explicit Analysis(ScopeAnalysis& s)
        : graph(s.graph()), groups(ecosys::sector_groups(s)), mixing(ecosys::mixing(s)), ei(ecosys::ei(s, true)),
          completeness(ecosys::completeness(s)), brokerage(ecosys::brokerage(s)), synergy(ecosys::synergy(s)) {}
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
    r.synergy = a.synergy;
    return r;
}

/// row_of_vertex: the row of each vertex of the scope's graph, or no_row (on the whole
/// network's graph vertex v is actor v, so rows by actor serve).
void fill_actors(const Analysis& a, bool weighted, const std::vector<std::size_t>& row_of_vertex, std::vector<ActorHelix>& rows) {
    StructuralHoles holes(a.graph, weighted);
    holes.run();
    for (Graph::Vertex v = 0; v < a.graph.vertex_count(); ++v) {
        const std::size_t row = row_of_vertex[v];
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

/// The hubs among `members` (indices into Network::actors), by the whole network's roles
/// (on whose graph vertex v is actor v). In proportion to the members.
std::vector<ConnectorHubRow> hubs_among(ScopeAnalysis& whole, const ConnectorHubs& roles, const std::vector<std::size_t>& members) {
    const Network& network = whole.network();
    std::vector<ConnectorHubRow> out;
    for (std::size_t a : members) {
        const std::size_t v = a;
        const int role = static_cast<int>(roles.roles()[v]) + 1;
        if (role < 5) continue;
        const Actor& actor = network.actors[a];
        out.push_back({actor.id, actor.name, actor.sector, roles.within_module_z()[v], roles.participation()[v], role});
    }
    std::stable_sort(out.begin(), out.end(), [](const ConnectorHubRow& x, const ConnectorHubRow& y) {
        if ((x.role == 6) != (y.role == 6)) return x.role == 6;
        return x.within_module_z > y.within_module_z;
    });
    return out;
}

[[noreturn]] void unknown_region(std::string_view value, const Network& network) {
    std::vector<std::string> ids;
    for (const Region& r : network.regions) ids.push_back(r.id);
    std::string message = "unknown region " + detail::quote(value);
    message += detail::did_you_mean(value, ids);
    message += "; regions in this network: " + detail::join_alternatives(ids, ", ");
    throw UsageError(message);
}

}  // namespace

HelixReport compute_helix(const Network& network, const HelixOptions& options) {
    AnalysisCache cache(network, options.analysis);
    return compute_helix(cache, options);
}

HelixReport compute_helix(AnalysisCache& cache, const HelixOptions& options) {
    const Network& network = cache.network();
    HelixReport report;
    report.network = network.name;
    report.scope = options.scope;
    report.weighted = cache.options().weighted;
    report.graph = cache.options().graph;
    report.ei = EIOptions{cache.options().ei_permutations, cache.options().seed};

    std::vector<std::string> regions;
    if (options.regions.empty()) {
        regions = network.populated_regions();
    } else {
        for (const std::string& id : options.regions) {
            if (!network.find_region(id)) unknown_region(id, network);
            if (std::find(regions.begin(), regions.end(), id) == regions.end()) regions.push_back(id);
        }
    }

    ScopeAnalysis& whole_scope = cache.whole();
    report.sectors = sector_groups(whole_scope).sectors;

    std::vector<char> listed(network.actors.size(), options.regions.empty() ? 1 : 0);
    for (const std::string& id : options.regions)
        for (std::size_t i : cache.scope(id).members()) listed[i] = 1;
    std::vector<std::size_t> row_of_actor(network.actors.size(), no_row);
    for (std::size_t i = 0; i < network.actors.size(); ++i) {
        if (!listed[i]) continue;
        const Actor& actor = network.actors[i];
        row_of_actor[i] = report.actors.size();
        ActorHelix row;
        row.id = actor.id;
        row.name = actor.name;
        row.sector = actor.sector;
        row.region = actor.region;
        row.measured = options.scope == MetricScope::network || !actor.region.empty();
        report.actors.push_back(std::move(row));
    }

    const bool weighted = cache.options().weighted;
    if (options.scope == MetricScope::network) fill_actors(Analysis(whole_scope), weighted, row_of_actor, report.actors);
    for (const std::string& id : regions)
        report.regions.push_back(region_record(Analysis(cache.scope(id)), id, network.find_region(id)->name, network));
    if (options.scope == MetricScope::region) {
        // Each listed actor takes its figures from the scope of its own region.
        for (const OwnRegionRows& own : own_region_rows(cache, row_of_actor))
            fill_actors(Analysis(*own.scope), weighted, own.rows, report.actors);
    }
    report.regions.push_back(region_record(Analysis(whole_scope), "*", network.name, network));
    report.hub_partition = std::string(to_string(cache.options().hub_partition));
    const ConnectorHubs& roles = connector_hubs(whole_scope);
    for (RegionHelix& r : report.regions) r.hubs = hubs_among(whole_scope, roles, cache.scope(r.id).members());
    return report;
}

}  // namespace ecosys
