#include "ecosys/metrics/core_number.hpp"

#include <algorithm>
#include <utility>

namespace ecosys {

void CoreNumber::run() {
    const std::size_t n = graph_.vertex_count();
    core_.assign(n, 0);
    std::size_t max_degree = 0;
    for (Graph::Vertex v = 0; v < n; ++v) {
        core_[v] = graph_.degree(v);
        max_degree = std::max(max_degree, core_[v]);
    }
    // Vertices sorted by current degree (bucket sort); bin_start[d] = first position of degree d.
    std::vector<std::size_t> bin_start(max_degree + 2, 0);
    for (Graph::Vertex v = 0; v < n; ++v) ++bin_start[core_[v] + 1];
    for (std::size_t d = 0; d <= max_degree; ++d) bin_start[d + 1] += bin_start[d];
    std::vector<Graph::Vertex> sorted(n);
    std::vector<std::size_t> position(n);
    {
        std::vector<std::size_t> next(bin_start.begin(), bin_start.end() - 1);
        for (Graph::Vertex v = 0; v < n; ++v) {
            position[v] = next[core_[v]]++;
            sorted[position[v]] = v;
        }
    }
    // Peel in order of degree; lowering a neighbour's degree moves it to the front
    // of its bucket and shrinks that bucket by one.
    for (std::size_t i = 0; i < n; ++i) {
        const Graph::Vertex v = sorted[i];
        for (Graph::Vertex u : graph_.neighbours(v)) {
            if (core_[u] <= core_[v]) continue;
            const std::size_t du = core_[u];
            const std::size_t pu = position[u];
            const std::size_t pw = bin_start[du];
            const Graph::Vertex w = sorted[pw];
            if (u != w) {
                std::swap(sorted[pu], sorted[pw]);
                position[u] = pw;
                position[w] = pu;
            }
            ++bin_start[du];
            --core_[u];
        }
    }
    has_run_ = true;
}

const std::vector<std::size_t>& CoreNumber::scores() const {
    assure_finished();
    return core_;
}

}  // namespace ecosys
