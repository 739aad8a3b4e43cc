#include "ecosys/analysis/kernels.hpp"

#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>

#include "ecosys/error.hpp"
#include "ecosys/graph/biconnected.hpp"
#include "ecosys/helix/brokerage.hpp"
#include "ecosys/helix/ei_index.hpp"
#include "ecosys/helix/helix_completeness.hpp"
#include "ecosys/helix/sector_groups.hpp"
#include "ecosys/helix/sector_mixing.hpp"
#include "ecosys/helix/synergy.hpp"
#include "ecosys/metrics/approx_betweenness.hpp"
#include "ecosys/metrics/betweenness.hpp"
#include "ecosys/metrics/closeness.hpp"
#include "ecosys/metrics/clustering.hpp"
#include "ecosys/metrics/components.hpp"
#include "ecosys/metrics/connector_hubs.hpp"
#include "ecosys/metrics/core_number.hpp"
#include "ecosys/metrics/core_periphery.hpp"
#include "ecosys/metrics/degree.hpp"
#include "ecosys/metrics/edge_betweenness.hpp"
#include "ecosys/metrics/eigenvector.hpp"
#include "ecosys/metrics/fragmentation.hpp"
#include "ecosys/metrics/funding.hpp"
#include "ecosys/metrics/harmonic.hpp"
#include "ecosys/metrics/hits.hpp"
#include "ecosys/metrics/leiden.hpp"
#include "ecosys/metrics/louvain.hpp"
#include "ecosys/metrics/pagerank.hpp"
#include "ecosys/metrics/path_lengths.hpp"
#include "ecosys/metrics/sampled_betweenness.hpp"

namespace ecosys {

namespace {

/// The algorithm A on `graph` (the scope's graph or one of its directed views), made
/// with `args` and run on first use under `name`: its own progress reports (sources
/// done) go out under the stage's name, and it shares its sources with the options'
/// processes.
template <class A, class... Args>
const A& computed(ScopeAnalysis& scope, const Graph& graph, std::string_view name, const Args&... args) {
    return scope.kernel<A>(name, [&] {
        auto made = std::make_unique<A>(graph, args...);
        made->set_distribution(scope.options().distribution);
        const Progress* outer = scope.options().progress;
        Progress inner;
        if (outer) {
            inner.cancel = outer->cancel;
            const std::string stage = scope.stage_name(name);
            if (outer->report)
                inner.report = [outer, stage](std::string_view, std::size_t done, std::size_t total) {
                    outer->report(stage, done, total);
                };
            made->set_progress(&inner);
        }
        made->run();
        made->set_progress(nullptr);
        made->set_distribution(nullptr);
        return made;
    });
}

/// The same on the scope's undirected graph.
template <class A, class... Args>
const A& computed(ScopeAnalysis& scope, std::string_view name, const Args&... args) {
    const Graph& g = scope.graph();
    return computed<A>(scope, g, name, args...);
}

}  // namespace

const Degree& degree(ScopeAnalysis& scope) { return computed<Degree>(scope, "degree"); }
const Degree& out_degree(ScopeAnalysis& scope) { return computed<Degree>(scope, scope.digraph(), "out_degree"); }
const Degree& in_degree(ScopeAnalysis& scope) { return computed<Degree>(scope, scope.reversed_digraph(), "in_degree"); }

const Closeness& in_closeness(ScopeAnalysis& scope) {
    const AnalysisOptions& o = scope.options();
    return computed<Closeness>(scope, scope.reversed_digraph(), "in_closeness", o.weighted, o.threads);
}
const Closeness& out_closeness(ScopeAnalysis& scope) {
    const AnalysisOptions& o = scope.options();
    return computed<Closeness>(scope, scope.digraph(), "out_closeness", o.weighted, o.threads);
}
const Harmonic& in_harmonic(ScopeAnalysis& scope) {
    const AnalysisOptions& o = scope.options();
    return computed<Harmonic>(scope, scope.reversed_digraph(), "in_harmonic", o.weighted, o.threads);
}
const Harmonic& out_harmonic(ScopeAnalysis& scope) {
    const AnalysisOptions& o = scope.options();
    return computed<Harmonic>(scope, scope.digraph(), "out_harmonic", o.weighted, o.threads);
}

const Hits& hits(ScopeAnalysis& scope) {
    const bool fresh = !scope.has_kernel("hits");
    const Hits& h = computed<Hits>(scope, scope.digraph(), "hits", scope.options().weighted);
    if (fresh && !h.converged()) scope.note_unconverged("hub and authority", Hits::max_iterations, h.last_change(), "hits");
    return h;
}

const std::vector<double>& betweenness(ScopeAnalysis& scope) {
    const AnalysisOptions& o = scope.options();
    if (o.directed) {
        if (o.approx_epsilon > 0.0) throw UsageError("approximate betweenness is undirected only; drop --directed or --approx");
        return computed<Betweenness>(scope, scope.digraph(), "betweenness", o.weighted, o.threads).normalized_scores();
    }
    if (o.approx_epsilon > 0.0) {
        const bool fresh = !scope.has_kernel("approx_betweenness");
        const ApproxBetweenness& a =
            computed<ApproxBetweenness>(scope, "approx_betweenness", o.approx_epsilon, o.approx_delta, o.seed, o.threads);
        if (fresh && a.exact())
            scope.note("betweenness of " + scope.described() + " is exact: the sample --approx asks for is at least its " +
                       std::to_string(scope.graph().vertex_count()) + " actors, and sampling would cost more");
        return a.normalized_scores();
    }
    if (uses_sampled_betweenness(scope)) {
        const bool fresh = !scope.has_kernel("sampled_betweenness");
        const SampledBetweenness& s =
            computed<SampledBetweenness>(scope, "sampled_betweenness", o.betweenness_sources, o.seed, o.threads);
        if (fresh) scope.note(sampled_betweenness_note(scope));
        return s.normalized_scores();
    }
    return computed<Betweenness>(scope, "betweenness", o.weighted, o.threads).normalized_scores();
}

bool uses_sampled_betweenness(ScopeAnalysis& scope) {
    const AnalysisOptions& o = scope.options();
    if (o.sampled_betweenness_limit <= 0.0 || o.directed || o.weighted || o.approx_epsilon > 0.0) return false;
    const Graph& g = scope.graph();
    return g.vertex_count() > o.betweenness_sources &&
           static_cast<double>(g.vertex_count()) * static_cast<double>(g.edge_count()) > o.sampled_betweenness_limit;
}

std::string sampled_betweenness_note(ScopeAnalysis& scope) {
    const Graph& g = scope.graph();
    const AnalysisOptions& o = scope.options();
    char size[32], limit[32];
    std::snprintf(size, sizeof size, "%.2g", static_cast<double>(g.vertex_count()) * static_cast<double>(g.edge_count()));
    std::snprintf(limit, sizeof limit, "%.2g", o.sampled_betweenness_limit);
    return "betweenness of " + scope.described() + " (and its betweenness centralization) is estimated from " +
           std::to_string(o.betweenness_sources) + " of its " + std::to_string(g.vertex_count()) +
           " actors as sources: its actors x ties (" + size + ") are above " + limit +
           ", where the exact search from every actor takes hours (docs/metrics.md, \"Betweenness of very large scopes\")";
}

const Closeness& closeness(ScopeAnalysis& scope) {
    return computed<Closeness>(scope, "closeness", scope.options().weighted, scope.options().threads);
}
const Harmonic& harmonic(ScopeAnalysis& scope) {
    return computed<Harmonic>(scope, "harmonic", scope.options().weighted, scope.options().threads);
}

const Eigenvector& eigenvector(ScopeAnalysis& scope) {
    const bool fresh = !scope.has_kernel("eigenvector");
    const Eigenvector& e = computed<Eigenvector>(scope, "eigenvector", scope.options().weighted);
    if (fresh && !e.converged())
        scope.note_unconverged("eigenvector", Eigenvector::max_iterations, e.last_change(), "eigenvector");
    return e;
}

const PageRank& pagerank(ScopeAnalysis& scope) {
    const bool fresh = !scope.has_kernel("pagerank");
    const bool weighted = scope.options().weighted;
    const PageRank& p = scope.options().directed ? computed<PageRank>(scope, scope.digraph(), "pagerank", weighted)
                                                 : computed<PageRank>(scope, "pagerank", weighted);
    if (fresh && !p.converged()) scope.note_unconverged("PageRank", PageRank::max_iterations, p.last_change(), "pagerank");
    return p;
}

const Clustering& clustering(ScopeAnalysis& scope) { return computed<Clustering>(scope, "clustering", scope.options().weighted); }
const Clustering& unweighted_clustering(ScopeAnalysis& scope) {
    return scope.options().weighted ? computed<Clustering>(scope, "clustering_unweighted", false) : clustering(scope);
}
const CoreNumber& core(ScopeAnalysis& scope) { return computed<CoreNumber>(scope, "core"); }
const Components& components(ScopeAnalysis& scope) { return computed<Components>(scope, "components"); }
const Louvain& louvain(ScopeAnalysis& scope) {
    const AnalysisOptions& o = scope.options();
    return computed<Louvain>(scope, "louvain", o.weighted, o.seed, o.resolution);
}
const PathLengths& path_lengths(ScopeAnalysis& scope) {
    return computed<PathLengths>(scope, "path_lengths", scope.options().weighted, scope.options().threads);
}

const std::vector<Graph::Vertex>& cut_points(ScopeAnalysis& scope) {
    const Graph& g = scope.graph();
    return scope.kernel<std::vector<Graph::Vertex>>(
        "cut_points", [&] { return std::make_unique<std::vector<Graph::Vertex>>(articulation_points(g)); });
}

const std::vector<unsigned char>& bridges(ScopeAnalysis& scope) {
    const Graph& g = scope.graph();
    return scope.kernel<std::vector<unsigned char>>("bridges",
                                                    [&] { return std::make_unique<std::vector<unsigned char>>(bridges(g)); });
}

const std::vector<std::uint64_t>& pairs_without_each(ScopeAnalysis& scope) {
    const Graph& g = scope.graph();
    return scope.kernel<std::vector<std::uint64_t>>(
        "pairs_without_each", [&] { return std::make_unique<std::vector<std::uint64_t>>(connected_pairs_without_each(g)); });
}

const EdgeBetweenness& edge_betweenness(ScopeAnalysis& scope) {
    const AnalysisOptions& o = scope.options();
    const Graph& g = o.directed ? scope.digraph() : scope.graph();
    return computed<EdgeBetweenness>(scope, g, "edge_betweenness", o.weighted, o.threads);
}

const SectorGroups& sector_groups(ScopeAnalysis& scope) {
    const Graph& g = scope.graph();
    return scope.untimed_kernel<SectorGroups>("sector_groups", [&] {
        // The whole network's sector order (declared sectors, then undeclared ones in
        // order of first use by an actor), so that every scope's sector-indexed
        // figures line up.
        const Network& net = scope.network();
        const SectorOrder& order = scope.sector_order();
        auto groups = std::make_unique<SectorGroups>();
        groups->sectors = order.sectors;
        groups->of_vertex.resize(g.vertex_count());
        for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) groups->of_vertex[v] = order.index.at(net.actors[g.actor(v)].sector);
        return groups;
    });
}

const SectorMixing& mixing(ScopeAnalysis& scope) {
    const SectorGroups& groups = sector_groups(scope);
    return computed<SectorMixing>(scope, "sector_mixing", groups);
}

const EIIndex& ei(ScopeAnalysis& scope, bool test) {
    const SectorGroups& groups = sector_groups(scope);
    const AnalysisOptions& o = scope.options();
    if (test || scope.has_kernel("ei_test")) return computed<EIIndex>(scope, "ei_test", groups, EIOptions{o.ei_permutations, o.seed});
    return computed<EIIndex>(scope, "ei_index", groups, EIOptions{0, o.seed});
}

const HelixCompleteness& completeness(ScopeAnalysis& scope) {
    const SectorGroups& groups = sector_groups(scope);
    return computed<HelixCompleteness>(scope, "helix_completeness", groups);
}

const Brokerage& brokerage(ScopeAnalysis& scope) {
    const SectorGroups& groups = sector_groups(scope);
    return computed<Brokerage>(scope, "brokerage", groups);
}

const std::optional<SynergyFigures>& synergy(ScopeAnalysis& scope) {
    const Graph& g = scope.graph();
    std::vector<std::size_t> actors;
    if (!scope.has_kernel("synergy")) {
        actors.resize(g.vertex_count());
        for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) actors[v] = g.actor(v);
    }
    return scope.kernel<std::optional<SynergyFigures>>(
        "synergy", [&] { return std::make_unique<std::optional<SynergyFigures>>(synergy_figures(scope.network(), actors)); });
}

const FundingTotals& funding(ScopeAnalysis& scope) {
    return scope.kernel<FundingTotals>(
        "funding", [&] { return std::make_unique<FundingTotals>(funding_totals(scope.network(), scope.members())); });
}

std::string_view to_string(CommunityMethod method) {
    switch (method) {
    case CommunityMethod::louvain: return "louvain";
    case CommunityMethod::leiden: return "leiden";
    case CommunityMethod::leiden_cpm: return "leiden-cpm";
    }
    return "louvain";
}

std::string_view to_string(HubPartition partition) {
    switch (partition) {
    case HubPartition::region: return "region";
    case HubPartition::sector: return "sector";
    case HubPartition::community: return "community";
    }
    return "region";
}

CommunityView communities(ScopeAnalysis& scope) {
    const AnalysisOptions& o = scope.options();
    if (o.community == CommunityMethod::louvain) {
        const Louvain& l = louvain(scope);
        return {l.communities(), l.count(), l.modularity()};
    }
    Leiden::Options options;
    options.quality = o.community == CommunityMethod::leiden_cpm ? LeidenQuality::cpm : LeidenQuality::modularity;
    options.resolution = o.resolution;
    options.weighted = o.weighted;
    options.seed = o.seed;
    const Leiden& l = computed<Leiden>(scope, "leiden", options);
    return {l.communities(), l.count(), l.modularity()};
}

const CorePeriphery& core_periphery(ScopeAnalysis& scope) {
    CorePeriphery::Options options;
    options.seed = scope.options().seed;
    return computed<CorePeriphery>(scope, "core_periphery", options);
}

std::vector<std::uint32_t> hub_modules(ScopeAnalysis& scope) {
    const Graph& g = scope.graph();
    switch (scope.options().hub_partition) {
    case HubPartition::sector: return sector_groups(scope).of_vertex;
    case HubPartition::community: return communities(scope).of;
    case HubPartition::region: break;
    }
    std::unordered_map<std::string, std::uint32_t> index;
    std::vector<std::uint32_t> out(g.vertex_count());
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) {
        const std::string& region = scope.network().actors[g.actor(v)].region;
        out[v] = index.emplace(region, static_cast<std::uint32_t>(index.size())).first->second;
    }
    return out;
}

const ConnectorHubs& connector_hubs(ScopeAnalysis& scope) {
    // ConnectorHubs reads the modules in run() only (its results are its own vectors).
    const std::vector<std::uint32_t> modules = hub_modules(scope);
    return computed<ConnectorHubs>(scope, "connector_hubs", modules, scope.options().weighted);
}

}  // namespace ecosys
