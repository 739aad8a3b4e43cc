#include "ecosys/metrics/closeness.hpp"

#include "metrics/shortest_paths.hpp"

namespace ecosys {

void Closeness::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, 0.0);
    detail::ShortestPathSearch search(graph_, weighted_, /*count_paths=*/false);
    for (Graph::Vertex s = 0; s < n; ++s) {
        search.run(s);
        double total = 0.0;
        for (Graph::Vertex v : search.order()) total += search.distance(v);
        const double others = static_cast<double>(search.order().size() - 1);
        if (total > 0.0 && n > 1) scores_[s] = (others / total) * (others / static_cast<double>(n - 1));
    }
    has_run_ = true;
}

const std::vector<double>& Closeness::scores() const {
    assure_finished();
    return scores_;
}

}  // namespace ecosys
