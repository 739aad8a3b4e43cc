#include "ecosys/metrics/betweenness.hpp"

#include "metrics/shortest_paths.hpp"

namespace ecosys {

void Betweenness::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, 0.0);
    normalized_.assign(n, 0.0);
    detail::ShortestPathSearch search(graph_, weighted_, /*count_paths=*/true);
    std::vector<double> delta(n, 0.0);
    const auto& offsets = graph_.offsets();
    const auto& targets = graph_.targets();

    for (Graph::Vertex s = 0; s < n; ++s) {
        search.run(s);
        const auto order = search.order();
        // Dependency accumulation in order of decreasing distance. Predecessors are
        // found by scanning neighbours rather than stored, so nothing is allocated per source.
        for (std::size_t i = order.size(); i-- > 1;) {
            const Graph::Vertex w = order[i];
            const double coefficient = (1.0 + delta[w]) / search.path_count(w);
            for (std::size_t e = offsets[w]; e < offsets[w + 1]; ++e) {
                const Graph::Vertex v = targets[e];
                if (search.is_predecessor(v, w, e)) delta[v] += search.path_count(v) * coefficient;
            }
            scores_[w] += delta[w];
        }
        for (Graph::Vertex v : order) delta[v] = 0.0;
    }

    // Every unordered pair was seen from both ends.
    for (double& b : scores_) b /= 2.0;
    if (n > 2) {
        const double scale = 2.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
        for (std::size_t v = 0; v < n; ++v) normalized_[v] = scores_[v] * scale;
    }
    has_run_ = true;
}

const std::vector<double>& Betweenness::scores() const {
    assure_finished();
    return scores_;
}

const std::vector<double>& Betweenness::normalized_scores() const {
    assure_finished();
    return normalized_;
}

}  // namespace ecosys
