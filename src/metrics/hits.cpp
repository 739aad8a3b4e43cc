#include "ecosys/metrics/hits.hpp"

#include <algorithm>
#include <cmath>

namespace ecosys {

void Hits::run() {
    const std::size_t n = graph_.vertex_count();
    hubs_.assign(n, n > 0 ? 1.0 / static_cast<double>(n) : 0.0);
    authorities_.assign(n, 0.0);
    iterations_ = 0;
    converged_ = false;
    last_change_ = 0.0;
    const auto& offsets = graph_.offsets();
    const auto& targets = graph_.targets();
    const auto& weights = graph_.edge_weights();
    auto weight = [&](std::size_t e) { return weighted_ ? weights[e] : 1.0; };
    auto scale_to_max = [](std::vector<double>& x) {
        const double top = x.empty() ? 0.0 : *std::max_element(x.begin(), x.end());
        if (top > 0.0)
            for (double& v : x) v /= top;
        return top > 0.0;
    };

    std::vector<double> next(n);
    bool any = false;
    while (iterations_ < max_iterations) {
        ++iterations_;
        // authority(w) = sum of hub(v) over arcs v -> w; hub(v) = sum of authority(w) over the same arcs.
        std::fill(authorities_.begin(), authorities_.end(), 0.0);
        for (Graph::Vertex v = 0; v < n; ++v)
            for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) authorities_[targets[e]] += hubs_[v] * weight(e);
        for (Graph::Vertex v = 0; v < n; ++v) {
            double h = 0.0;
            for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) h += authorities_[targets[e]] * weight(e);
            next[v] = h;
        }
        any = scale_to_max(next);
        scale_to_max(authorities_);
        if (!any) {
            converged_ = true;
            break;
        }
        double change = 0.0;
        for (std::size_t v = 0; v < n; ++v) change += std::abs(next[v] - hubs_[v]);
        hubs_.swap(next);
        last_change_ = change;
        if (change < 1e-13) {
            converged_ = true;
            last_change_ = 0.0;
            break;
        }
    }
    if (n == 0) converged_ = true;
    if (!any) {
        std::fill(hubs_.begin(), hubs_.end(), 0.0);
        std::fill(authorities_.begin(), authorities_.end(), 0.0);
    }
    for (std::vector<double>* x : {&hubs_, &authorities_}) {
        double total = 0.0;
        for (double v : *x) total += v;
        if (total > 0.0)
            for (double& v : *x) v /= total;
    }
    has_run_ = true;
}

const std::vector<double>& Hits::hubs() const {
    assure_finished();
    return hubs_;
}

const std::vector<double>& Hits::authorities() const {
    assure_finished();
    return authorities_;
}

std::size_t Hits::iterations() const {
    assure_finished();
    return iterations_;
}

}  // namespace ecosys
