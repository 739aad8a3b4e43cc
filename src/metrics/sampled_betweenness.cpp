#include "ecosys/metrics/sampled_betweenness.hpp"

#include <algorithm>
#include <memory>
#include <numeric>
#include <random>
#include <utility>

#include "metrics/shortest_paths.hpp"
#include "util/parallel.hpp"
#include "util/random.hpp"

namespace ecosys {

namespace {

/// One worker's search (the breadth-first search with path counts of the exact kernels)
/// and its dependencies, allocated once: O(n) each.
struct SourceSearch {
    explicit SourceSearch(const Graph& g) : search(g, /*weighted=*/false, /*count_paths=*/true), dependency(g.vertex_count(), 0.0) {}
    detail::ShortestPathSearch search;
    std::vector<double> dependency;  ///< delta_s(v)

    /// Adds delta_s(v) of every v != s into sums[v] (Brandes 2001): from the farthest
    /// vertices back, each passes its share to the neighbours one step nearer the source.
    void add(Graph::Vertex s, double* sums) {
        search.run(s);
        const Graph& g = search.graph();
        const auto order = search.order();
        for (std::size_t i = order.size(); i-- > 1;) {
            const Graph::Vertex w = order[i];
            const double share = (1.0 + dependency[w]) / search.path_count(w);
            for (std::size_t e = g.offsets()[w]; e < g.offsets()[w + 1]; ++e) {
                const Graph::Vertex v = g.targets()[e];
                if (search.is_predecessor(v, w, e)) dependency[v] += search.path_count(v) * share;
            }
            sums[w] += dependency[w];
        }
        for (const Graph::Vertex v : order) dependency[v] = 0.0;
    }
};

}  // namespace

void SampledBetweenness::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, 0.0);
    normalized_.assign(n, 0.0);
    used_ = std::min(sources_, n);
    if (n == 0 || used_ == 0) {
        has_run_ = true;
        return;
    }
    std::vector<Graph::Vertex> sources(n);
    std::iota(sources.begin(), sources.end(), Graph::Vertex{0});
    if (used_ < n) detail::keep_sorted_sample(sources, used_, seed_);
    std::vector<std::unique_ptr<SourceSearch>> searches(detail::worker_count(used_, threads_));
    std::vector<double> total;
    detail::parallel_sum(used_, n, threads_, progress_, "betweenness (sampled sources)",
                         [&](unsigned worker, std::size_t item, double* sums) {
                             if (!searches[worker]) searches[worker] = std::make_unique<SourceSearch>(graph_);
                             searches[worker]->add(sources[item], sums);
                         },
                         total);
    // Each unordered pair is found from both ends when every actor is a source: half of
    // the sum, scaled up by n / K.
    const double scale = 0.5 * static_cast<double>(n) / static_cast<double>(used_);
    for (std::size_t v = 0; v < n; ++v) scores_[v] = total[v] * scale;
    if (n > 2) {
        const double pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
        for (std::size_t v = 0; v < n; ++v) normalized_[v] = scores_[v] / pairs;
    }
    has_run_ = true;
}

const std::vector<double>& SampledBetweenness::scores() const {
    assure_finished();
    return scores_;
}

const std::vector<double>& SampledBetweenness::normalized_scores() const {
    assure_finished();
    return normalized_;
}

bool SampledBetweenness::exact() const {
    assure_finished();
    return used_ == graph_.vertex_count();
}

}  // namespace ecosys
