#include "ecosys/metrics/modularity.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "util/rounding.hpp"

namespace ecosys {

double modularity(const Graph& graph, std::span<const std::uint32_t> community, bool weighted,
                  double resolution) {
    const std::size_t n = graph.vertex_count();
    if (community.size() != n)
        throw std::invalid_argument("modularity: the partition has " + std::to_string(community.size()) +
                                    " entries for a graph of " + std::to_string(n) + " vertices");
    std::uint32_t k = 0;
    for (std::uint32_t c : community) k = std::max(k, c + 1);
    std::vector<double> inside(k, 0.0), degree(k, 0.0);
    double total = 0.0;  // 2m
    for (Graph::Vertex v = 0; v < n; ++v) {
        const auto nbrs = graph.neighbours(v);
        const auto wts = graph.weights(v);
        for (std::size_t i = 0; i < nbrs.size(); ++i) {
            const double w = weighted ? wts[i] : 1.0;
            degree[community[v]] += w;
            total += w;
            if (community[nbrs[i]] == community[v]) inside[community[v]] += w;  // seen from both ends
        }
    }
    if (total == 0.0) return 0.0;
    double q = 0.0, magnitude = 0.0;
    for (std::uint32_t c = 0; c < k; ++c) {
        const double share = degree[c] / total;
        q += inside[c] / total - resolution * share * share;  // (2 L_c) / (2m) = L_c / m
        magnitude += inside[c] / total + std::abs(resolution) * share * share;
    }
    // Terms of both signs: a partition worth nothing (Q = 0 exactly) is 0, not rounding
    // noise (docs/robustness.md, "Zero up to rounding").
    return detail::zero_if_rounding(q, magnitude);
}

}  // namespace ecosys
