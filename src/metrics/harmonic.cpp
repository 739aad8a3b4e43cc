#include "ecosys/metrics/harmonic.hpp"

#include <algorithm>

#include "metrics/multi_source_bfs.hpp"
#include "metrics/shortest_paths.hpp"
#include "util/parallel.hpp"

namespace ecosys {

void Harmonic::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, 0.0);
    if (n > 1 && !weighted_ && !graph_.is_directed()) {  // the batched search reads undirected lists
        constexpr std::size_t width = detail::MultiSourceBfs::width;
        const std::size_t batches = (n + width - 1) / width;
        std::vector<detail::MultiSourceBfs> searches;
        for (unsigned w = 0, workers = detail::worker_count(batches, threads_); w < workers; ++w) searches.emplace_back(graph_);
        detail::parallel_for(batches, threads_, progress_, "harmonic", [&](unsigned worker, std::size_t b) {
            std::vector<Graph::Vertex> sources;
            for (std::size_t s = b * width; s < std::min(n, (b + 1) * width); ++s) sources.push_back(static_cast<Graph::Vertex>(s));
            std::vector<detail::DistanceSums> sums(sources.size());
            searches[worker].run(sources, sums);
            for (std::size_t i = 0; i < sources.size(); ++i)
                scores_[sources[i]] = sums[i].harmonic / static_cast<double>(n - 1);
        });
    } else if (n > 1) {
        std::vector<detail::ShortestPathSearch> searches;
        for (unsigned w = 0, workers = detail::worker_count(n, threads_); w < workers; ++w)
            searches.emplace_back(graph_, weighted_, /*count_paths=*/false);
        detail::parallel_for(n, threads_, progress_, "harmonic", [&](unsigned worker, std::size_t s) {
            detail::ShortestPathSearch& search = searches[worker];
            search.run(static_cast<Graph::Vertex>(s));
            double total = 0.0;
            for (Graph::Vertex v : search.order().subspan(1)) total += 1.0 / search.distance(v);
            scores_[s] = total / static_cast<double>(n - 1);
        });
    }
    has_run_ = true;
}

const std::vector<double>& Harmonic::scores() const {
    assure_finished();
    return scores_;
}

}  // namespace ecosys
