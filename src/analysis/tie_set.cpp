#include "ecosys/analysis/tie_set.hpp"

#include <algorithm>

#include "ecosys/analysis/kernels.hpp"
#include "ecosys/metrics/edge_betweenness.hpp"

namespace ecosys {

TiesReport compute_ties(AnalysisCache& cache) {
    TiesReport report;
    report.network = cache.network().name;
    report.weighted = cache.options().weighted;
    report.directed = cache.options().directed;
    ScopeAnalysis& scope = cache.whole();
    const Graph& undirected = scope.graph();
    const Graph& g = report.directed ? scope.digraph() : undirected;
    const std::vector<double>& betweenness = edge_betweenness(scope).scores();
    const std::vector<unsigned char>& bridge = bridges(scope);
    const auto& actors = cache.network().actors;
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) {
        const auto targets = g.neighbours(v);
        for (std::size_t i = 0; i < targets.size(); ++i) {
            const Graph::Vertex w = targets[i];
            if (!report.directed && w < v) continue;  // each undirected edge once, from its first end
            // The same pair in the undirected graph (always there: an arc stands for a tie).
            const auto around = undirected.neighbours(v);
            const std::size_t at = static_cast<std::size_t>(std::lower_bound(around.begin(), around.end(), w) - around.begin());
            report.ties.push_back({actors[g.actor(v)].id, actors[g.actor(w)].id, betweenness[g.offsets()[v] + i],
                                   bridge[undirected.offsets()[v] + at] != 0});
        }
    }
    return report;
}

}  // namespace ecosys
