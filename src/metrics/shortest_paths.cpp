#include "metrics/shortest_paths.hpp"

#include <algorithm>
#include <functional>
#include <limits>

namespace ecosys::detail {

namespace {
constexpr double infinity = std::numeric_limits<double>::infinity();
}

ShortestPathSearch::ShortestPathSearch(const Graph& graph, bool weighted, bool count_paths)
    : graph_(graph), weighted_(weighted), count_paths_(count_paths) {
    const std::size_t n = graph.vertex_count();
    dist_.assign(n, infinity);
    sigma_.assign(n, 0.0);
    order_.assign(n, 0);
    if (weighted_) {
        const auto& w = graph.edge_weights();
        lengths_.resize(w.size());
        // A tie of weight 0 (or less, which the readers reject) is no path at all.
        for (std::size_t e = 0; e < w.size(); ++e) lengths_[e] = w[e] > 0 ? 1.0 / w[e] : infinity;
        settled_.assign(n, 0);
        heap_.reserve(n);
    }
}

void ShortestPathSearch::run(Vertex source) {
    for (std::size_t i = 0; i < reached_; ++i) {
        const Vertex v = order_[i];
        dist_[v] = infinity;
        sigma_[v] = 0.0;
        if (weighted_) settled_[v] = 0;
    }
    reached_ = 0;
    if (weighted_) run_dijkstra(source);
    else run_bfs(source);
}

void ShortestPathSearch::run_bfs(Vertex source) {
    const auto& offsets = graph_.offsets();
    const auto& targets = graph_.targets();
    dist_[source] = 0.0;
    sigma_[source] = 1.0;
    order_[reached_++] = source;
    for (std::size_t head = 0; head < reached_; ++head) {
        const Vertex v = order_[head];
        const double next = dist_[v] + 1.0;
        for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
            const Vertex w = targets[e];
            if (dist_[w] == infinity) {
                dist_[w] = next;
                order_[reached_++] = w;
            }
            if (count_paths_ && dist_[w] == next) sigma_[w] += sigma_[v];
        }
    }
}

void ShortestPathSearch::run_dijkstra(Vertex source) {
    const auto& offsets = graph_.offsets();
    const auto& targets = graph_.targets();
    // Lazy-deletion binary heap; a vertex is pushed again only when its distance
    // strictly drops, and stale entries are skipped when popped.
    auto later = std::greater<std::pair<double, Vertex>>();
    heap_.clear();
    dist_[source] = 0.0;
    sigma_[source] = 1.0;
    heap_.push_back({0.0, source});
    // Every vertex that gets a finite distance is settled before the heap runs dry,
    // so order_ also lists every vertex that run() must reset next time.
    while (!heap_.empty()) {
        std::pop_heap(heap_.begin(), heap_.end(), later);
        const auto [d, v] = heap_.back();
        heap_.pop_back();
        if (settled_[v]) continue;
        settled_[v] = 1;
        order_[reached_++] = v;
        for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
            const Vertex w = targets[e];
            if (settled_[w] || lengths_[e] == infinity) continue;
            const double nd = d + lengths_[e];
            // Lengths within path_length_tolerance of each other are one length: a path
            // that ties only up to rounding adds to the count and keeps the first distance.
            if (same_path_length(nd, dist_[w])) {
                if (count_paths_) sigma_[w] += sigma_[v];
            } else if (nd < dist_[w]) {
                dist_[w] = nd;
                sigma_[w] = sigma_[v];
                heap_.push_back({nd, w});
                std::push_heap(heap_.begin(), heap_.end(), later);
            }
        }
    }
}

}  // namespace ecosys::detail
