#include "ecosys/metrics/centralization.hpp"

#include <algorithm>
#include <cstddef>

#include "util/rounding.hpp"

namespace ecosys {

namespace {

/// The sum over actors of (largest degree - their degree): Freeman's numerator.
double degree_spread(const Graph& graph) {
    const std::size_t n = graph.vertex_count();
    std::size_t max_degree = 0;
    for (Graph::Vertex v = 0; v < n; ++v) max_degree = std::max(max_degree, graph.degree(v));
    double sum = 0.0;
    for (Graph::Vertex v = 0; v < n; ++v) sum += static_cast<double>(max_degree - graph.degree(v));
    return sum;
}

}  // namespace

double degree_centralization(const Graph& graph) {
    const std::size_t n = graph.vertex_count();
    if (n < 3) return 0.0;
    return degree_spread(graph) / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
}

double directed_degree_centralization(const Graph& graph) {
    const std::size_t n = graph.vertex_count();
    if (n < 2) return 0.0;
    return degree_spread(graph) / (static_cast<double>(n - 1) * static_cast<double>(n - 1));
}

double betweenness_centralization(std::span<const double> normalized_betweenness) {
    const std::size_t n = normalized_betweenness.size();
    if (n < 3) return 0.0;
    const double max_b = *std::max_element(normalized_betweenness.begin(), normalized_betweenness.end());
    // On a graph whose actors all broker alike (a cycle, a cube) the differences are 0
    // in exact arithmetic, but Brandes' sums reach each actor's share in another order:
    // a few units in the last place, which ranked such a region above true zeros
    // (docs/robustness.md, "Zero up to rounding").
    double sum = 0.0, magnitude = 0.0;
    for (double b : normalized_betweenness) {
        sum += max_b - b;
        magnitude += max_b + b;
    }
    return detail::zero_if_rounding(sum, magnitude) / static_cast<double>(n - 1);
}

}  // namespace ecosys
