#include "ecosys/metrics/sampled_betweenness.hpp"

#include <algorithm>
#include <limits>
#include <memory>
#include <numeric>
#include <random>
#include <utility>

#include "util/parallel.hpp"
#include "util/random.hpp"

namespace ecosys {

namespace {

/// One worker's search state, allocated once: O(n) each.
struct SourceSearch {
    explicit SourceSearch(std::size_t n) : distance(n, unreached), paths(n, 0.0), dependency(n, 0.0) { order.reserve(n); }
    static constexpr std::uint32_t unreached = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> distance;
    std::vector<double> paths;       ///< sigma_sv: shortest s-v paths
    std::vector<double> dependency;  ///< delta_s(v)
    std::vector<Graph::Vertex> order;

    /// Adds delta_s(v) of every v != s into sums[v] (Brandes 2001), then clears the
    /// state of the vertices it reached.
    void add(const Graph& g, Graph::Vertex s, double* sums) {
        order.clear();
        distance[s] = 0;
        paths[s] = 1.0;
        order.push_back(s);
        for (std::size_t head = 0; head < order.size(); ++head) {
            const Graph::Vertex v = order[head];
            const std::uint32_t next = distance[v] + 1;
            for (const Graph::Vertex w : g.neighbours(v)) {
                if (distance[w] == unreached) {
                    distance[w] = next;
                    order.push_back(w);
                }
                if (distance[w] == next) paths[w] += paths[v];
            }
        }
        // Dependencies from the farthest vertices back: a predecessor of w is a
        // neighbour one step nearer the source.
        for (std::size_t i = order.size(); i-- > 1;) {
            const Graph::Vertex w = order[i];
            const double share = (1.0 + dependency[w]) / paths[w];
            const std::uint32_t previous = distance[w] - 1;
            for (const Graph::Vertex v : g.neighbours(w))
                if (distance[v] == previous) dependency[v] += paths[v] * share;
            sums[w] += dependency[w];
        }
        for (const Graph::Vertex v : order) {
            distance[v] = unreached;
            paths[v] = 0.0;
            dependency[v] = 0.0;
        }
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
    if (used_ < n) {
        // The first K of a partial Fisher-Yates shuffle: a uniform sample without replacement.
        std::mt19937_64 rng = detail::seeded_rng(seed_, 0);
        for (std::size_t i = 0; i < used_; ++i) std::swap(sources[i], sources[i + detail::uniform_below(rng, n - i)]);
        sources.resize(used_);
        std::sort(sources.begin(), sources.end());
    }
    std::vector<std::unique_ptr<SourceSearch>> searches(detail::worker_count(used_, threads_));
    std::vector<double> total;
    detail::parallel_sum(used_, n, threads_, progress_, "betweenness (sampled sources)",
                         [&](unsigned worker, std::size_t item, double* sums) {
                             if (!searches[worker]) searches[worker] = std::make_unique<SourceSearch>(n);
                             searches[worker]->add(graph_, sources[item], sums);
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

std::size_t SampledBetweenness::sources_used() const {
    assure_finished();
    return used_;
}

bool SampledBetweenness::exact() const {
    assure_finished();
    return used_ == graph_.vertex_count();
}

}  // namespace ecosys
