#include "ecosys/metrics/pagerank.hpp"

#include <cmath>

namespace ecosys {

void PageRank::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, n > 0 ? 1.0 / static_cast<double>(n) : 0.0);
    iterations_ = 0;
    if (n == 0) {
        has_run_ = true;
        return;
    }
    const auto& offsets = graph_.offsets();
    const auto& targets = graph_.targets();
    const auto& weights = graph_.edge_weights();
    auto weight = [&](std::size_t e) { return weighted_ ? weights[e] : 1.0; };

    // 1 / (weighted) degree, or 0 for a dangling actor.
    std::vector<double> inverse_out(n, 0.0);
    for (Graph::Vertex v = 0; v < n; ++v) {
        double out = 0.0;
        for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) out += weight(e);
        if (out > 0.0) inverse_out[v] = 1.0 / out;
    }

    const double uniform = 1.0 / static_cast<double>(n);
    std::vector<double> share(n), next(n);
    std::vector<double>& x = scores_;
    while (iterations_ < max_iterations) {
        ++iterations_;
        double dangling = 0.0;
        for (Graph::Vertex v = 0; v < n; ++v) {
            share[v] = x[v] * inverse_out[v];
            if (inverse_out[v] == 0.0) dangling += x[v];
        }
        const double base = (1.0 - damping_) * uniform + damping_ * dangling * uniform;
        double change = 0.0;
        for (Graph::Vertex w = 0; w < n; ++w) {
            double in = 0.0;
            for (std::size_t e = offsets[w]; e < offsets[w + 1]; ++e) in += share[targets[e]] * weight(e);
            next[w] = base + damping_ * in;
            change += std::abs(next[w] - x[w]);
        }
        x.swap(next);
        if (change < 1e-13) break;
    }
    double total = 0.0;
    for (double s : x) total += s;
    for (double& s : x) s /= total;
    has_run_ = true;
}

const std::vector<double>& PageRank::scores() const {
    assure_finished();
    return scores_;
}

std::size_t PageRank::iterations() const {
    assure_finished();
    return iterations_;
}

}  // namespace ecosys
