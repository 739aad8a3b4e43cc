#include "ecosys/metrics/approx_betweenness.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

#include "ecosys/error.hpp"
#include "ecosys/metrics/betweenness.hpp"
#include "util/parallel.hpp"

namespace ecosys {

namespace {

using Vertex = Graph::Vertex;
constexpr std::uint32_t no_distance = std::numeric_limits<std::uint32_t>::max();

/// SplitMix64: a small generator fully specified here, so a seed means the same
/// samples on every platform.
class SplitMix {
public:
    explicit SplitMix(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, bound), bound < 2^32 (Lemire's multiply-shift, bias < 2^-32).
    std::uint64_t below(std::uint64_t bound) { return ((next() >> 32) * bound) >> 32; }
    /// Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    std::uint64_t state_;
};

/// 2 * eccentricity + 1 of the highest-degree vertex of each component, the largest.
std::size_t diameter_bound(const Graph& g) {
    const std::size_t n = g.vertex_count();
    std::vector<std::uint32_t> dist(n, no_distance);
    std::vector<unsigned char> seen(n, 0);
    std::vector<Vertex> queue(n);
    std::size_t bound = n > 0 ? 1 : 0;
    for (Vertex s = 0; s < n; ++s) {
        if (seen[s]) continue;
        // The component of s, and its highest-degree vertex.
        std::size_t tail = 0;
        queue[tail++] = s;
        seen[s] = 1;
        Vertex hub = s;
        for (std::size_t head = 0; head < tail; ++head) {
            const Vertex v = queue[head];
            if (g.degree(v) > g.degree(hub)) hub = v;
            for (Vertex w : g.neighbours(v))
                if (!seen[w]) {
                    seen[w] = 1;
                    queue[tail++] = w;
                }
        }
        // Its eccentricity.
        std::size_t reached = 0;
        queue[reached++] = hub;
        dist[hub] = 0;
        std::uint32_t eccentricity = 0;
        for (std::size_t head = 0; head < reached; ++head) {
            const Vertex v = queue[head];
            eccentricity = std::max(eccentricity, dist[v]);
            for (Vertex w : g.neighbours(v))
                if (dist[w] == no_distance) {
                    dist[w] = dist[v] + 1;
                    queue[reached++] = w;
                }
        }
        bound = std::max<std::size_t>(bound, 2 * std::size_t{eccentricity} + 1);
    }
    return bound;
}

/// Per-worker buffers of the bidirectional search; reset after each sample where touched.
struct PairSearch {
    std::vector<std::uint32_t> dist;   ///< from the side's own end
    std::vector<double> sigma;         ///< shortest paths from the side's own end
    std::vector<unsigned char> side;   ///< 0 unseen, 1 from s, 2 from t
    std::vector<Vertex> touched;
    std::vector<Vertex> frontier[2], next;
    std::vector<std::pair<Vertex, Vertex>> meeting;  ///< edges (x on side 1, y on side 2)

    explicit PairSearch(std::size_t n) : dist(n, no_distance), sigma(n, 0.0), side(n, 0) {}

    void reset() {
        for (Vertex v : touched) {
            dist[v] = no_distance;
            sigma[v] = 0.0;
            side[v] = 0;
        }
        touched.clear();
        meeting.clear();
    }

    void see(Vertex v, unsigned char from, std::uint32_t d, double paths) {
        side[v] = from;
        dist[v] = d;
        sigma[v] = paths;
        touched.push_back(v);
    }
};

/// Walks from x back to its side's end, choosing each predecessor with probability
/// sigma(p) / sigma(x); credits every vertex but the end.
void walk_back(const Graph& g, PairSearch& k, Vertex x, SplitMix& rng, double* sums) {
    while (k.dist[x] > 0) {
        sums[x] += 1.0;
        double pick = rng.unit() * k.sigma[x];
        Vertex chosen = x;
        for (Vertex p : g.neighbours(x)) {
            if (k.side[p] != k.side[x] || k.dist[p] + 1 != k.dist[x]) continue;
            chosen = p;
            pick -= k.sigma[p];
            if (pick < 0.0) break;
        }
        x = chosen;  // the last predecessor when rounding left pick >= 0
    }
}

/// One sample: a uniform pair (s, t), one uniform shortest s-t path, +1 to each inner vertex.
void sample_path(const Graph& g, PairSearch& k, SplitMix& rng, double* sums) {
    const std::size_t n = g.vertex_count();
    const auto s = static_cast<Vertex>(rng.below(n));
    auto t = static_cast<Vertex>(rng.below(n - 1));
    if (t >= s) ++t;
    k.see(s, 1, 0, 1.0);
    k.see(t, 2, 0, 1.0);
    k.frontier[0].assign(1, s);
    k.frontier[1].assign(1, t);
    std::size_t volume[2] = {g.degree(s), g.degree(t)};
    double total_paths = 0.0;
    // Expand whole levels of the side with the smaller frontier volume, until a level
    // reaches the other side: then every edge found from this level to the other
    // side's frontier ends a shortest path (see the proof in the header's reference).
    while (!k.frontier[0].empty() && !k.frontier[1].empty()) {
        const int a = volume[0] <= volume[1] ? 0 : 1;
        const auto mine = static_cast<unsigned char>(a + 1);
        k.next.clear();
        std::size_t next_volume = 0;
        for (Vertex x : k.frontier[a]) {
            const std::uint32_t d = k.dist[x] + 1;
            for (Vertex y : g.neighbours(x)) {
                if (k.side[y] == 0) {
                    if (!k.meeting.empty()) continue;  // this is the last level: no need to go on
                    k.see(y, mine, d, k.sigma[x]);
                    k.next.push_back(y);
                    next_volume += g.degree(y);
                } else if (k.side[y] == mine) {
                    if (k.dist[y] == d) k.sigma[y] += k.sigma[x];
                } else {
                    k.meeting.push_back(a == 0 ? std::pair{x, y} : std::pair{y, x});
                    total_paths += k.sigma[x] * k.sigma[y];
                }
            }
        }
        if (!k.meeting.empty()) break;
        std::swap(k.frontier[a], k.next);
        volume[a] = next_volume;
    }
    if (!k.meeting.empty()) {
        // The meeting edge with probability sigma_s(x) sigma_t(y) / sigma_st, then back to each end.
        double pick = rng.unit() * total_paths;
        auto chosen = k.meeting.back();
        for (const auto& [x, y] : k.meeting) {
            pick -= k.sigma[x] * k.sigma[y];
            if (pick < 0.0) {
                chosen = {x, y};
                break;
            }
        }
        walk_back(g, k, chosen.first, rng, sums);
        walk_back(g, k, chosen.second, rng, sums);
    }
    k.reset();
}

}  // namespace

ApproxBetweenness::ApproxBetweenness(const Graph& graph, double epsilon, double delta, std::uint64_t seed,
                                     unsigned threads)
    : graph_(graph), epsilon_(epsilon), delta_(delta), seed_(seed), threads_(threads) {
    auto bad = [](const char* what, double value) {
        std::ostringstream message;
        message << "approximate betweenness: " << what << " must be between 0 and 1 (exclusive), got " << value;
        throw UsageError(message.str());
    };
    if (!(epsilon > 0.0 && epsilon < 1.0)) bad("epsilon", epsilon);
    if (!(delta > 0.0 && delta < 1.0)) bad("delta", delta);
}

std::size_t ApproxBetweenness::sample_size(double epsilon, double delta, std::size_t vertex_diameter, std::size_t n) {
    constexpr double c = 0.5;  // the universal constant, as estimated by Loeffler and Phillips
    const double e = epsilon * static_cast<double>(n - 2) / static_cast<double>(n);
    const double log_term = std::floor(std::log2(static_cast<double>(std::max<std::size_t>(vertex_diameter, 3) - 2)));
    const double r = std::ceil(c / (e * e) * (log_term + 1.0 + std::log(1.0 / delta)));
    // 2^64 as a double: every r from there on (and infinity) saturates.
    if (!(r < 18446744073709551616.0)) return std::numeric_limits<std::size_t>::max();
    return static_cast<std::size_t>(r);
}

void ApproxBetweenness::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, 0.0);
    normalized_.assign(n, 0.0);
    samples_ = 0;
    exact_ = false;
    vertex_diameter_ = diameter_bound(graph_);
    if (n > 2 && sample_size(epsilon_, delta_, vertex_diameter_, n) >= n) {
        Betweenness brandes(graph_, false, threads_);
        brandes.set_progress(progress_);
        brandes.run();
        scores_ = brandes.scores();
        normalized_ = brandes.normalized_scores();
        exact_ = true;
    } else if (n > 2) {
        samples_ = sample_size(epsilon_, delta_, vertex_diameter_, n);
        const unsigned workers = detail::worker_count(samples_, threads_);
        std::vector<PairSearch> searches;
        searches.reserve(workers);
        for (unsigned w = 0; w < workers; ++w) searches.emplace_back(n);
        std::vector<double> counts;
        detail::parallel_sum(
            samples_, n, threads_, progress_, "approximate betweenness",
            [&](unsigned worker, std::size_t i, double* sums) {
                SplitMix rng(seed_ * 0xD1B54A32D192ED03ull + i);
                rng.next();
                sample_path(graph_, searches[worker], rng, sums);
            },
            counts);
        // counts / r estimates betweenness over ordered pairs / (n(n-1)).
        const double nd = static_cast<double>(n);
        const double to_normalized = nd / (nd - 2.0) / static_cast<double>(samples_);
        const double to_raw = (nd - 1.0) * (nd - 2.0) / 2.0;
        for (std::size_t v = 0; v < n; ++v) {
            normalized_[v] = counts[v] * to_normalized;
            scores_[v] = normalized_[v] * to_raw;
        }
    }
    has_run_ = true;
}

const std::vector<double>& ApproxBetweenness::scores() const {
    assure_finished();
    return scores_;
}

const std::vector<double>& ApproxBetweenness::normalized_scores() const {
    assure_finished();
    return normalized_;
}

std::size_t ApproxBetweenness::samples() const {
    assure_finished();
    return samples_;
}

bool ApproxBetweenness::exact() const {
    assure_finished();
    return exact_;
}

std::size_t ApproxBetweenness::vertex_diameter_bound() const {
    assure_finished();
    return vertex_diameter_;
}

}  // namespace ecosys
