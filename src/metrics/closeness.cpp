#include "ecosys/metrics/closeness.hpp"

#include "metrics/source_scores.hpp"

namespace ecosys {

void Closeness::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, 0.0);
    // (r-1)/total * (r-1)/(n-1): r-1 actors reached at a summed distance of total.
    auto score = [n](double others, double total) {
        return total > 0.0 && n > 1 ? (others / total) * (others / static_cast<double>(n - 1)) : 0.0;
    };
    if (!weighted_ && !graph_.is_directed()) {  // the batched search reads undirected lists
        // Sums of integer distances are exact, so this equals one BFS per source.
        detail::score_sources_batched(graph_, distribution_, "closeness", threads_, progress_, scores_,
                                      [&](const detail::DistanceSums& sums) {
                                          return score(static_cast<double>(sums.reached), static_cast<double>(sums.total));
                                      });
    } else {
        detail::score_sources_searched(graph_, weighted_, distribution_, "closeness", threads_, progress_, scores_,
                                       [&](const detail::ShortestPathSearch& search) {
                                           double total = 0.0;
                                           for (Graph::Vertex v : search.order()) total += search.distance(v);
                                           return score(static_cast<double>(search.order().size() - 1), total);
                                       });
    }
    has_run_ = true;
}

}  // namespace ecosys
