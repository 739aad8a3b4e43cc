#include "ecosys/metrics/fragmentation.hpp"

#include <algorithm>

#include "metrics/pairs_without_each.hpp"

namespace ecosys {

namespace {

bool is_removed(std::span<const std::uint8_t> removed, Graph::Vertex v) { return !removed.empty() && removed[v]; }

std::uint64_t pairs_of(std::uint64_t s) { return s * (s == 0 ? 0 : s - 1); }

}  // namespace

std::vector<std::size_t> component_sizes_without(const Graph& graph, std::span<const std::uint8_t> removed) {
    const std::size_t n = graph.vertex_count();
    std::vector<std::uint8_t> seen(n, 0);
    std::vector<Graph::Vertex> queue;
    queue.reserve(n);
    std::vector<std::size_t> sizes;
    for (Graph::Vertex root = 0; root < n; ++root) {
        if (seen[root] || is_removed(removed, root)) continue;
        queue.clear();
        queue.push_back(root);
        seen[root] = 1;
        for (std::size_t head = 0; head < queue.size(); ++head)
            for (Graph::Vertex w : graph.neighbours(queue[head]))
                if (!seen[w] && !is_removed(removed, w)) {
                    seen[w] = 1;
                    queue.push_back(w);
                }
        sizes.push_back(queue.size());
    }
    return sizes;
}

std::uint64_t connected_pairs(std::span<const std::size_t> component_sizes) {
    std::uint64_t sum = 0;
    for (std::size_t s : component_sizes) sum += pairs_of(s);
    return sum;
}

double fragmentation(std::span<const std::size_t> component_sizes) {
    std::uint64_t n = 0;
    for (std::size_t s : component_sizes) n += s;
    if (n < 2) return 0.0;
    return 1.0 - static_cast<double>(connected_pairs(component_sizes)) / static_cast<double>(pairs_of(n));
}

double distance_fragmentation(const Graph& graph, std::span<const std::uint8_t> removed) {
    const std::size_t n = graph.vertex_count();
    std::size_t kept = 0;
    for (Graph::Vertex v = 0; v < n; ++v) kept += is_removed(removed, v) ? 0 : 1;
    if (kept < 2) return 0.0;
    std::vector<std::uint32_t> dist(n);
    std::vector<Graph::Vertex> queue;
    queue.reserve(n);
    double sum = 0.0;
    constexpr std::uint32_t unseen = 0xffffffffu;
    for (Graph::Vertex s = 0; s < n; ++s) {
        if (is_removed(removed, s)) continue;
        std::fill(dist.begin(), dist.end(), unseen);
        queue.clear();
        queue.push_back(s);
        dist[s] = 0;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const Graph::Vertex v = queue[head];
            for (Graph::Vertex w : graph.neighbours(v))
                if (dist[w] == unseen && !is_removed(removed, w)) {
                    dist[w] = dist[v] + 1;
                    sum += 1.0 / dist[w];
                    queue.push_back(w);
                }
        }
    }
    return 1.0 - sum / static_cast<double>(pairs_of(kept));
}

std::vector<std::uint64_t> connected_pairs_without_each(const Graph& graph, std::span<const std::uint8_t> removed) {
    detail::PairsWithoutEach each(graph.vertex_count());
    each.run(graph, removed);
    std::vector<std::uint64_t> result(graph.vertex_count(), 0);
    for (Graph::Vertex v = 0; v < graph.vertex_count(); ++v)
        if (!is_removed(removed, v)) result[v] = each.without(v);
    return result;
}

}  // namespace ecosys
