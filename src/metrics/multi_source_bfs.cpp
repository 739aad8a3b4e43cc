#include "metrics/multi_source_bfs.hpp"

#include <algorithm>
#include <array>
#include <bit>

namespace ecosys::detail {

MultiSourceBfs::MultiSourceBfs(const Graph& graph)
    : graph_(graph), seen_(graph.vertex_count(), 0), frontier_(graph.vertex_count(), 0), next_(graph.vertex_count(), 0) {
    current_.reserve(graph.vertex_count());
    upcoming_.reserve(graph.vertex_count());
}

void MultiSourceBfs::run(std::span<const Vertex> sources, std::span<DistanceSums> out) {
    const std::size_t n = graph_.vertex_count();
    const auto& offsets = graph_.offsets();
    const auto& targets = graph_.targets();
    const std::size_t k = std::min(sources.size(), width);
    const std::uint64_t all = k == width ? ~std::uint64_t{0} : (std::uint64_t{1} << k) - 1;

    std::fill(seen_.begin(), seen_.end(), 0);
    current_.clear();
    for (std::size_t i = 0; i < k; ++i) {
        out[i] = {};
        const Vertex s = sources[i];
        if (!frontier_[s]) current_.push_back(s);
        seen_[s] |= std::uint64_t{1} << i;
        frontier_[s] |= std::uint64_t{1} << i;
    }

    for (std::uint32_t level = 1; !current_.empty(); ++level) {
        std::size_t frontier_edges = 0;
        for (Vertex u : current_) frontier_edges += offsets[u + 1] - offsets[u];
        upcoming_.clear();
        // Top-down while the frontier is light, else bottom-up over the unfinished vertices.
        if (frontier_edges * 4 < targets.size()) {
            for (Vertex u : current_) {
                const std::uint64_t f = frontier_[u];
                for (std::size_t e = offsets[u]; e < offsets[u + 1]; ++e) {
                    const Vertex v = targets[e];
                    const std::uint64_t fresh = f & ~seen_[v] & ~next_[v];
                    if (!fresh) continue;
                    if (!next_[v]) upcoming_.push_back(v);
                    next_[v] |= fresh;
                }
            }
        } else {
            for (Vertex v = 0; v < n; ++v) {
                const std::uint64_t missing = all & ~seen_[v];
                if (!missing) continue;
                std::uint64_t arriving = 0;
                for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
                    arriving |= frontier_[targets[e]];
                    if ((arriving & missing) == missing) break;
                }
                if (arriving & missing) {
                    next_[v] = arriving & missing;
                    upcoming_.push_back(v);
                }
            }
        }
        for (Vertex u : current_) frontier_[u] = 0;
        // Count the newly reached per source; add level by level so the sums do
        // not depend on the order vertices were found in.
        std::array<std::uint32_t, width> count{};
        for (Vertex v : upcoming_) {
            const std::uint64_t bits = next_[v];
            seen_[v] |= bits;
            frontier_[v] = bits;
            next_[v] = 0;
            for (std::uint64_t b = bits; b; b &= b - 1) ++count[static_cast<std::size_t>(std::countr_zero(b))];
        }
        const double inverse = 1.0 / level;
        for (std::size_t i = 0; i < k; ++i) {
            if (!count[i]) continue;
            out[i].total += std::uint64_t{count[i]} * level;
            out[i].reached += count[i];
            out[i].farthest = level;
            out[i].harmonic += count[i] * inverse;
        }
        current_.swap(upcoming_);
    }
}

}  // namespace ecosys::detail
