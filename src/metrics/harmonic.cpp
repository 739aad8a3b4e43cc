#include "ecosys/metrics/harmonic.hpp"

#include "metrics/shortest_paths.hpp"

namespace ecosys {

void Harmonic::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, 0.0);
    if (n > 1) {
        detail::ShortestPathSearch search(graph_, weighted_, /*count_paths=*/false);
        for (Graph::Vertex s = 0; s < n; ++s) {
            search.run(s);
            double total = 0.0;
            for (Graph::Vertex v : search.order().subspan(1)) total += 1.0 / search.distance(v);
            scores_[s] = total / static_cast<double>(n - 1);
        }
    }
    has_run_ = true;
}

const std::vector<double>& Harmonic::scores() const {
    assure_finished();
    return scores_;
}

}  // namespace ecosys
