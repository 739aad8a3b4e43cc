#include "ecosys/compare/null_model.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>
#include <unordered_set>
#include <utility>

#include "ecosys/metrics/clustering.hpp"
#include "ecosys/metrics/path_lengths.hpp"

namespace ecosys {

namespace {

using Edge = std::pair<Graph::Vertex, Graph::Vertex>;

/// A uniform integer in [0, n), n > 0, the same on every platform (Lemire's
/// multiply-shift, without the rejection step: the bias is below 2^-32 for the
/// edge counts this is used with).
std::size_t below(std::mt19937_64& rng, std::size_t n) {
    return static_cast<std::size_t>((static_cast<unsigned __int128>(rng()) * n) >> 64);
}

std::uint64_t key(Graph::Vertex u, Graph::Vertex v) {
    if (u > v) std::swap(u, v);
    return (static_cast<std::uint64_t>(u) << 32) | v;
}

/// The statistics of keys(), in that order, of one graph.
std::vector<double> statistics(const Graph& g) {
    Clustering clustering(g);
    clustering.run();
    PathLengths paths(g, false, 1);
    paths.run();
    return {clustering.transitivity(), clustering.mean(), paths.mean_path_length(), paths.diameter()};
}

}  // namespace

std::optional<double> NullDistribution::z() const {
    // Below this the random graphs agree to rounding: the z-score would be noise.
    if (!(sd > 1e-12)) return std::nullopt;
    return (observed - mean) / sd;
}

const std::vector<std::string>& DegreePreservingNull::keys() {
    static const std::vector<std::string> k{"transitivity", "mean_clustering", "mean_path_length", "diameter"};
    return k;
}

bool DegreePreservingNull::has(std::string_view key) {
    return std::find(keys().begin(), keys().end(), key) != keys().end();
}

const NullDistribution& DegreePreservingNull::distribution(std::string_view key) const {
    assure_finished();
    const auto it = std::find(keys().begin(), keys().end(), key);
    if (it == keys().end()) throw std::out_of_range("no null distribution for '" + std::string(key) + "'");
    return distributions_[static_cast<std::size_t>(it - keys().begin())];
}

std::size_t DegreePreservingNull::accepted_swaps() const {
    assure_finished();
    return accepted_;
}

void DegreePreservingNull::run() {
    const std::size_t n = graph_.vertex_count();
    std::vector<Edge> original;
    for (Graph::Vertex v = 0; v < n; ++v)
        for (Graph::Vertex w : graph_.neighbours(v))
            if (v < w) original.emplace_back(v, w);
    const Graph simple = Graph::from_edges(n, original);  // unweighted, as the statistics are

    const std::vector<double> observed = statistics(simple);
    const std::size_t k = keys().size();
    // Welford's running mean and squared deviations: exact 0 when every sample agrees.
    std::vector<double> mean(k, 0.0), m2(k, 0.0);
    accepted_ = 0;

    const std::size_t m = original.size();
    std::vector<Edge> edges;
    std::unordered_set<std::uint64_t> present;
    for (std::size_t sample = 0; sample < options_.samples; ++sample) {
        edges = original;
        present.clear();
        for (const auto& [u, v] : edges) present.insert(key(u, v));
        std::seed_seq seq{static_cast<std::uint32_t>(options_.seed), static_cast<std::uint32_t>(options_.seed >> 32),
                          static_cast<std::uint32_t>(sample), static_cast<std::uint32_t>(sample >> 32)};
        std::mt19937_64 rng(seq);
        if (m >= 2) {
            const std::size_t attempts = options_.swaps_per_edge * m;
            for (std::size_t t = 0; t < attempts; ++t) {
                const std::size_t i = below(rng, m);
                const std::size_t j = below(rng, m);
                if (i == j) continue;
                auto [a, b] = edges[i];
                auto [c, d] = edges[j];
                if (rng() & 1) std::swap(c, d);
                // {a,b},{c,d} -> {a,d},{c,b}
                if (a == d || c == b) continue;
                const std::uint64_t ad = key(a, d), cb = key(c, b);
                if (ad == cb || present.count(ad) || present.count(cb)) continue;
                present.erase(key(a, b));
                present.erase(key(c, d));
                present.insert(ad);
                present.insert(cb);
                edges[i] = {std::min(a, d), std::max(a, d)};
                edges[j] = {std::min(c, b), std::max(c, b)};
                ++accepted_;
            }
        }
        const std::vector<double> s = statistics(Graph::from_edges(n, edges));
        for (std::size_t q = 0; q < k; ++q) {
            const double delta = s[q] - mean[q];
            mean[q] += delta / static_cast<double>(sample + 1);
            m2[q] += delta * (s[q] - mean[q]);
        }
    }

    distributions_.assign(k, {});
    for (std::size_t q = 0; q < k; ++q) {
        NullDistribution& d = distributions_[q];
        d.observed = observed[q];
        d.mean = mean[q];
        if (options_.samples >= 2) d.sd = std::sqrt(m2[q] / static_cast<double>(options_.samples - 1));
    }
    has_run_ = true;
}

}  // namespace ecosys
