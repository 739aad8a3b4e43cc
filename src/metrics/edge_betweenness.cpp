#include "ecosys/metrics/edge_betweenness.hpp"

#include "graph/boost_graph.hpp"
#include "metrics/shortest_paths.hpp"
#include "util/parallel.hpp"

namespace ecosys {

void EdgeBetweenness::run() {
    const std::size_t n = graph_.vertex_count();
    const std::size_t halves = graph_.targets().size();
    scores_.assign(halves, 0.0);
    const unsigned workers = detail::worker_count(n, threads_);
    std::vector<detail::DependencyWorker> accumulators = detail::dependency_workers(graph_, weighted_, workers);
    const auto& offsets = graph_.offsets();
    const auto& targets = graph_.targets();
    std::vector<double> sums;
    detail::parallel_sum(
        n, halves, threads_, progress_, "edge_betweenness",
        [&](unsigned worker, std::size_t source, double* out) {
            auto& [search, delta] = accumulators[worker];
            search.run(static_cast<Graph::Vertex>(source));
            const auto order = search.order();
            // In order of decreasing distance each vertex v pulls from the vertices w it
            // precedes (farther, so done already); the share it pulls runs along v -> w.
            for (std::size_t i = order.size(); i-- > 0;) {
                const Graph::Vertex v = order[i];
                const double paths = search.path_count(v);
                double pulled = 0.0;
                for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
                    const Graph::Vertex w = targets[e];
                    // (An unreached w behind a weight-0 tie has distance and length infinite.)
                    if (search.path_count(w) == 0.0 || !search.is_predecessor(v, w, e)) continue;
                    const double c = paths / search.path_count(w) * (1.0 + delta[w]);
                    out[e] += c;
                    pulled += c;
                }
                delta[v] = pulled;
            }
            for (Graph::Vertex v : order) delta[v] = 0.0;
        },
        sums);
    if (n > 1) {
        const double scale = 1.0 / (static_cast<double>(n) * static_cast<double>(n - 1));
        if (graph_.is_directed()) {
            for (std::size_t e = 0; e < halves; ++e) scores_[e] = sums[e] * scale;
        } else {
            // An undirected edge carries what both of its halves were walked along.
            const std::vector<std::size_t> reverse = detail::reverse_halves(graph_);
            for (std::size_t e = 0; e < halves; ++e) scores_[e] = (sums[e] + sums[reverse[e]]) * scale;
        }
    }
    has_run_ = true;
}

}  // namespace ecosys
