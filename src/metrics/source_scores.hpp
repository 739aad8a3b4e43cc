#pragma once
// Private: a score for every source vertex from its shortest-path distances, the loop
// closeness and harmonic closeness share. Unweighted undirected graphs take the batched
// search (64 sources at a time, metrics/multi_source_bfs.hpp); the others one search per
// source (Dijkstra with weights, BFS on directed lists). Either way the sources are
// shared among the threads and among the processes of `distribution`, and each source's
// score is set by one process, 0 elsewhere, so the final sum over processes is exact.

#include <algorithm>
#include <string>
#include <vector>

#include "ecosys/distribution.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/progress.hpp"
#include "metrics/multi_source_bfs.hpp"
#include "metrics/shared_sources.hpp"
#include "metrics/shortest_paths.hpp"
#include "util/parallel.hpp"

namespace ecosys::detail {

/// scores[s] = score(sums of s) for every vertex s of an unweighted undirected graph.
template <class Score>
void score_sources_batched(const Graph& graph, Distribution* distribution, const std::string& step, unsigned threads,
                           const Progress* progress, std::vector<double>& scores, Score score) {
    const std::size_t n = graph.vertex_count();
    constexpr std::size_t width = MultiSourceBfs::width;
    const std::size_t batches = (n + width - 1) / width;
    // With other processes: this one's share of the batches; a batch costs about a
    // search of the largest component it starts in.
    std::vector<double> batch_cost(distribution ? batches : 0);
    if (distribution) {
        const std::vector<double> cost = component_costs(graph.offsets(), graph.targets());
        for (std::size_t s = 0; s < n; ++s) batch_cost[s / width] = std::max(batch_cost[s / width], cost[s]);
    }
    SharedSources share(distribution, step, distribution ? batch_cost : std::vector<double>(batches));
    std::vector<MultiSourceBfs> searches;
    for (unsigned w = 0, workers = worker_count(share.size(), threads); w < workers; ++w) searches.emplace_back(graph);
    parallel_for(share.size(), threads, progress, step, [&](unsigned worker, std::size_t item) {
        const std::size_t b = share.begin() + item;
        std::vector<Graph::Vertex> sources;
        for (std::size_t s = b * width; s < std::min(n, (b + 1) * width); ++s) sources.push_back(static_cast<Graph::Vertex>(s));
        std::vector<DistanceSums> sums(sources.size());
        searches[worker].run(sources, sums);
        for (std::size_t i = 0; i < sources.size(); ++i) scores[sources[i]] = score(sums[i]);
    });
    share.sum(scores);
}

/// scores[s] = score(search from s) for every vertex s, one ShortestPathSearch each
/// (weighted: Dijkstra on distance 1 / weight).
template <class Score>
void score_sources_searched(const Graph& graph, bool weighted, Distribution* distribution, const std::string& step,
                            unsigned threads, const Progress* progress, std::vector<double>& scores, Score score) {
    const std::size_t n = graph.vertex_count();
    SharedSources share(distribution, step,
                        distribution ? component_costs(graph.offsets(), graph.targets()) : std::vector<double>(n));
    std::vector<ShortestPathSearch> searches;
    for (unsigned w = 0, workers = worker_count(share.size(), threads); w < workers; ++w)
        searches.emplace_back(graph, weighted, /*count_paths=*/false);
    parallel_for(share.size(), threads, progress, step, [&](unsigned worker, std::size_t item) {
        const std::size_t s = share.begin() + item;
        ShortestPathSearch& search = searches[worker];
        search.run(static_cast<Graph::Vertex>(s));
        scores[s] = score(static_cast<const ShortestPathSearch&>(search));
    });
    share.sum(scores);
}

}  // namespace ecosys::detail
