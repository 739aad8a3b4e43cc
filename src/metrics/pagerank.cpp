#include "ecosys/metrics/pagerank.hpp"

#include <cmath>

namespace ecosys {

void PageRank::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, n > 0 ? 1.0 / static_cast<double>(n) : 0.0);
    iterations_ = 0;
    converged_ = true;
    last_change_ = 0.0;
    if (n == 0) {
        has_run_ = true;
        return;
    }
    // 1 / (weighted) out-degree, or 0 for a dangling actor.
    std::vector<double> inverse_out(n, 0.0);
    for (Graph::Vertex v = 0; v < n; ++v) {
        double out = 0.0;
        const auto ws = graph_.weights(v);
        for (std::size_t i = 0; i < ws.size(); ++i) out += weighted_ ? ws[i] : 1.0;
        if (out > 0.0) inverse_out[v] = 1.0 / out;
    }

    // Each actor pulls from the actors linking to it: its neighbours when undirected,
    // its in-neighbours (the reversed arcs) when directed.
    const Graph reversed = graph_.is_directed() ? graph_.reversed() : Graph();
    const Graph& in_lists = graph_.is_directed() ? reversed : graph_;
    const auto& offsets = in_lists.offsets();
    const auto& targets = in_lists.targets();
    const auto& weights = in_lists.edge_weights();
    auto weight = [&](std::size_t e) { return weighted_ ? weights[e] : 1.0; };

    const double uniform = 1.0 / static_cast<double>(n);
    std::vector<double> share(n), next(n);
    std::vector<double>& x = scores_;
    converged_ = false;
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
        last_change_ = change;
        if (change < 1e-13) {
            converged_ = true;
            last_change_ = 0.0;
            break;
        }
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
