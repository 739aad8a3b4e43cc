#include "ecosys/analysis/kernels.hpp"

#include <memory>
#include <string>
#include <unordered_map>

#include "ecosys/helix/sector_groups.hpp"
#include "ecosys/metrics/connector_hubs.hpp"
#include "ecosys/metrics/core_periphery.hpp"
#include "ecosys/metrics/leiden.hpp"
#include "ecosys/metrics/louvain.hpp"

namespace ecosys {

namespace {

/// Runs a freshly made algorithm with the options' progress and processes.
template <class A>
std::unique_ptr<A> ran(std::unique_ptr<A> a, ScopeAnalysis& scope) {
    a->set_progress(scope.options().progress);
    a->set_distribution(scope.options().distribution);
    a->run();
    a->set_progress(nullptr);
    a->set_distribution(nullptr);
    return a;
}

}  // namespace

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
        const Louvain& l = scope.louvain();
        return {l.communities(), l.count(), l.modularity()};
    }
    const Graph& g = scope.graph();
    const Leiden& l = scope.kernel<Leiden>("leiden", [&] {
        Leiden::Options options;
        options.quality = o.community == CommunityMethod::leiden_cpm ? LeidenQuality::cpm : LeidenQuality::modularity;
        options.resolution = o.resolution;
        options.weighted = o.weighted;
        options.seed = o.seed;
        return ran(std::make_unique<Leiden>(g, options), scope);
    });
    return {l.communities(), l.count(), l.modularity()};
}

const CorePeriphery& core_periphery(ScopeAnalysis& scope) {
    const Graph& g = scope.graph();
    return scope.kernel<CorePeriphery>("core_periphery", [&] {
        CorePeriphery::Options options;
        options.seed = scope.options().seed;
        return ran(std::make_unique<CorePeriphery>(g, options), scope);
    });
}

std::vector<std::uint32_t> hub_modules(ScopeAnalysis& scope) {
    const Graph& g = scope.graph();
    switch (scope.options().hub_partition) {
    case HubPartition::sector: return scope.sector_groups().of_vertex;
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
    const Graph& g = scope.graph();
    std::vector<std::uint32_t> modules = hub_modules(scope);
    return scope.kernel<ConnectorHubs>("connector_hubs", [&] {
        // ConnectorHubs reads the modules in run() only (its results are its own vectors).
        return ran(std::make_unique<ConnectorHubs>(g, modules, scope.options().weighted), scope);
    });
}

}  // namespace ecosys
