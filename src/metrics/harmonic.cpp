#include "ecosys/metrics/harmonic.hpp"

#include "metrics/source_scores.hpp"

namespace ecosys {

void Harmonic::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, 0.0);
    if (n > 1 && !weighted_ && !graph_.is_directed()) {  // the batched search reads undirected lists
        detail::score_sources_batched(graph_, distribution_, "harmonic", threads_, progress_, scores_,
                                      [&](const detail::DistanceSums& sums) { return sums.harmonic / static_cast<double>(n - 1); });
    } else if (n > 1) {
        detail::score_sources_searched(graph_, weighted_, distribution_, "harmonic", threads_, progress_, scores_,
                                       [&](const detail::ShortestPathSearch& search) {
                                           double total = 0.0;
                                           for (Graph::Vertex v : search.order().subspan(1)) total += 1.0 / search.distance(v);
                                           return total / static_cast<double>(n - 1);
                                       });
    }
    has_run_ = true;
}

}  // namespace ecosys
