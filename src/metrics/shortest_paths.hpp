#pragma once
// Private: the single-source shortest-path search that betweenness, closeness,
// harmonic closeness and the path-length statistics share. Breadth-first search
// when unweighted, Dijkstra with distance = 1/weight when weighted. All buffers are
// allocated once per search object, so running it from every source allocates nothing.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <span>
#include <utility>
#include <vector>

#include "ecosys/graph/graph.hpp"

namespace ecosys::detail {

/// Relative tolerance under which two weighted path lengths count as equal. Lengths are
/// sums of 1/weight, and paths that are equally long in exact arithmetic (1/2 + 1/12 and
/// 1/3 + 1/4) can differ in the last bits of their floating-point sums; compared exactly,
/// one of them would stop being a shortest path. 1e-10 is far above the rounding of a sum
/// of up to a million terms (each adds at most 2^-53 relative) and far below any real
/// difference of tie strengths (docs/metrics.md, "Equal path lengths").
inline constexpr double path_length_tolerance = 1e-10;

/// True when the finite lengths a and b differ by at most path_length_tolerance relative to
/// the larger; an infinite length equals nothing. O(1).
[[nodiscard]] inline bool same_path_length(double a, double b) noexcept {
    if (!std::isfinite(a) || !std::isfinite(b)) return false;
    return std::abs(a - b) <= path_length_tolerance * std::max(std::abs(a), std::abs(b));
}

class ShortestPathSearch {
public:
    using Vertex = Graph::Vertex;

    /// `weighted`: edge length 1/weight (a tie of weight 0 is no path); else 1 per edge.
    /// `count_paths`: also count the shortest paths (sigma), as Brandes needs.
    ShortestPathSearch(const Graph& graph, bool weighted, bool count_paths);

    /// Searches from `source`. O(n + m) unweighted, O((n + m) log n) weighted.
    void run(Vertex source);

    /// Reached vertices in order of non-decreasing distance; the source first.
    [[nodiscard]] std::span<const Vertex> order() const noexcept { return {order_.data(), reached_}; }
    /// Distance from the source; +infinity for a vertex not reached.
    [[nodiscard]] double distance(Vertex v) const noexcept { return dist_[v]; }
    /// Number of shortest paths from the source (a double, as in NetworkX); 0 when not reached.
    [[nodiscard]] double path_count(Vertex v) const noexcept { return sigma_[v]; }

    /// True when v precedes `target` on a shortest path from the source:
    /// distance(v) + length(e) == distance(target), where `e` is the CSR position of
    /// the edge between them (from either end; lengths are symmetric). Weighted, "==" is
    /// same_path_length, the comparison the search itself used to count the paths.
    [[nodiscard]] bool is_predecessor(Vertex v, Vertex target, std::size_t e) const noexcept {
        if (!weighted_) return dist_[v] + 1.0 == dist_[target];
        return dist_[v] < dist_[target] && same_path_length(dist_[v] + lengths_[e], dist_[target]);
    }

    [[nodiscard]] const Graph& graph() const noexcept { return graph_; }

private:
    void run_bfs(Vertex source);
    void run_dijkstra(Vertex source);

    const Graph& graph_;
    bool weighted_;
    bool count_paths_;
    std::vector<double> lengths_;  ///< parallel to graph_.targets(); only when weighted
    std::vector<double> dist_;
    std::vector<double> sigma_;
    std::vector<Vertex> order_;
    std::size_t reached_ = 0;
    std::vector<unsigned char> settled_;
    std::vector<std::pair<double, Vertex>> heap_;
};

/// What one worker needs for Brandes' dependency accumulation (betweenness, edge
/// betweenness): a search that counts shortest paths, and each vertex's dependency,
/// set back to 0 after each source.
struct DependencyWorker {
    ShortestPathSearch search;
    std::vector<double> delta;
};

/// `count` of them on `graph`, searching with lengths 1/weight when `weighted`.
inline std::vector<DependencyWorker> dependency_workers(const Graph& graph, bool weighted, unsigned count) {
    std::vector<DependencyWorker> workers;
    workers.reserve(count);
    for (unsigned w = 0; w < count; ++w)
        workers.push_back({ShortestPathSearch(graph, weighted, /*count_paths=*/true),
                           std::vector<double>(graph.vertex_count(), 0.0)});
    return workers;
}

}  // namespace ecosys::detail
