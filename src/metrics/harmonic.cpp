#include "ecosys/metrics/harmonic.hpp"

#include <algorithm>

#include "metrics/multi_source_bfs.hpp"
#include "metrics/shared_sources.hpp"
#include "metrics/shortest_paths.hpp"
#include "util/parallel.hpp"

namespace ecosys {

void Harmonic::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, 0.0);
    if (n > 1 && !weighted_ && !graph_.is_directed()) {  // the batched search reads undirected lists
        constexpr std::size_t width = detail::MultiSourceBfs::width;
        const std::size_t batches = (n + width - 1) / width;
        // With other processes: this one's share of the batches; a batch costs about a
        // search of the largest component it starts in.
        std::vector<double> batch_cost(distribution_ ? batches : 0);
        if (distribution_) {
            const std::vector<double> cost = detail::component_costs(graph_.offsets(), graph_.targets());
            for (std::size_t s = 0; s < n; ++s) batch_cost[s / width] = std::max(batch_cost[s / width], cost[s]);
        }
        detail::SharedSources share(distribution_, "harmonic", distribution_ ? batch_cost : std::vector<double>(batches));
        std::vector<detail::MultiSourceBfs> searches;
        for (unsigned w = 0, workers = detail::worker_count(share.size(), threads_); w < workers; ++w) searches.emplace_back(graph_);
        detail::parallel_for(share.size(), threads_, progress_, "harmonic", [&](unsigned worker, std::size_t item) {
            const std::size_t b = share.begin() + item;
            std::vector<Graph::Vertex> sources;
            for (std::size_t s = b * width; s < std::min(n, (b + 1) * width); ++s) sources.push_back(static_cast<Graph::Vertex>(s));
            std::vector<detail::DistanceSums> sums(sources.size());
            searches[worker].run(sources, sums);
            for (std::size_t i = 0; i < sources.size(); ++i)
                scores_[sources[i]] = sums[i].harmonic / static_cast<double>(n - 1);
        });
        share.sum(scores_);  // each source's score is set by one process, 0 elsewhere: exact
    } else if (n > 1) {
        detail::SharedSources share(distribution_, "harmonic",
                                    distribution_ ? detail::component_costs(graph_.offsets(), graph_.targets())
                                                  : std::vector<double>(n));
        std::vector<detail::ShortestPathSearch> searches;
        for (unsigned w = 0, workers = detail::worker_count(share.size(), threads_); w < workers; ++w)
            searches.emplace_back(graph_, weighted_, /*count_paths=*/false);
        detail::parallel_for(share.size(), threads_, progress_, "harmonic", [&](unsigned worker, std::size_t item) {
            const std::size_t s = share.begin() + item;
            detail::ShortestPathSearch& search = searches[worker];
            search.run(static_cast<Graph::Vertex>(s));
            double total = 0.0;
            for (Graph::Vertex v : search.order().subspan(1)) total += 1.0 / search.distance(v);
            scores_[s] = total / static_cast<double>(n - 1);
        });
        share.sum(scores_);
    }
    has_run_ = true;
}

const std::vector<double>& Harmonic::scores() const {
    assure_finished();
    return scores_;
}

}  // namespace ecosys
