#include "ecosys/metrics/core_periphery.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <string>

#include "ecosys/error.hpp"
#include "ecosys/metrics/eigenvector.hpp"

namespace ecosys {

namespace {

using Vertex = Graph::Vertex;

/// Counts that decide the fit of a split: n actors, N pairs, m ties.
struct Totals {
    std::uint64_t n = 0, pairs = 0, ties = 0;

    [[nodiscard]] std::uint64_t periphery_pairs(std::uint64_t core_size) const {
        const std::uint64_t p = n - core_size;
        return p * (p - 1) / 2;
    }
    /// 1 <= core_size <= n - 2 (n >= 3); a wrapped-around core_size - 1 is invalid too.
    [[nodiscard]] bool valid(std::uint64_t core_size) const { return core_size >= 1 && core_size <= n - 2; }

    /// Pearson correlation of adjacency and ideal pattern for a core of `core_size`
    /// actors with `periphery_ties` ties among the periphery (valid sizes only).
    [[nodiscard]] double fit(std::uint64_t core_size, std::uint64_t periphery_ties) const {
        const auto m = static_cast<double>(ties), big_n = static_cast<double>(pairs);
        const auto p = static_cast<double>(periphery_pairs(core_size));
        const double x = m * p - big_n * static_cast<double>(periphery_ties);
        return x / std::sqrt(m * (big_n - m) * p * (big_n - p));
    }
};

// ---------------------------------------------------------------------------------
// Exhaustive search (n <= 30): bit sets.

/// Whether the core `a` wins a tie against `b`: it holds the earliest actor where they differ.
bool earlier_core(std::uint32_t a, std::uint32_t b) {
    const std::uint32_t diff = a ^ b;
    return (a & diff & (~diff + 1)) != 0;
}

/// Whether fit numerator/denominator pair (x1, d1) is larger than (x2, d2), exactly:
/// x1 / sqrt(d1) > x2 / sqrt(d2), d > 0. |x| < 2^18 and d < 2^16 for n <= 30.
bool larger_fit(std::int64_t x1, std::int64_t d1, std::int64_t x2, std::int64_t d2) {
    const int s1 = (x1 > 0) - (x1 < 0), s2 = (x2 > 0) - (x2 < 0);
    if (s1 != s2) return s1 > s2;
    if (s1 == 0) return false;
    const std::int64_t lhs = x1 * x1 * d2, rhs = x2 * x2 * d1;
    return s1 > 0 ? lhs > rhs : lhs < rhs;
}

struct ExhaustiveResult {
    std::uint32_t core = 0;
    std::size_t core_size = 0;
    std::uint64_t periphery_ties = 0;
};

ExhaustiveResult exhaustive_split(const Graph& g, const Totals& t) {
    const std::size_t n = g.vertex_count();
    std::vector<std::uint32_t> adjacency(n, 0);
    for (Vertex v = 0; v < n; ++v)
        for (Vertex w : g.neighbours(v)) adjacency[v] |= std::uint32_t{1} << w;
    const std::uint32_t all = (std::uint32_t{1} << n) - 1;  // n <= 30

    // For every core size, the fewest periphery ties and the core that has them. The fit
    // of a split depends on (core size, periphery ties) only and falls as the ties rise.
    const std::uint64_t none = std::numeric_limits<std::uint64_t>::max();
    std::vector<std::uint64_t> fewest(n + 1, none);
    std::vector<std::uint32_t> best_core(n + 1, 0);
    std::uint32_t core = 0;
    std::size_t size = 0;
    std::uint64_t ties = t.ties;  // every actor in the periphery
    fewest[0] = ties;
    const std::uint64_t steps = std::uint64_t{1} << n;
    for (std::uint64_t i = 1; i < steps; ++i) {
        // Gray code: step i flips the actor of the lowest set bit of i.
        const auto v = static_cast<unsigned>(std::countr_zero(i));
        const std::uint32_t bit = std::uint32_t{1} << v;
        const auto to_periphery = static_cast<std::uint64_t>(std::popcount(adjacency[v] & ~core & all));
        if (core & bit) {
            core &= ~bit;
            --size;
            ties += to_periphery;
        } else {
            core |= bit;
            ++size;
            ties -= to_periphery;
        }
        if (ties < fewest[size] || (ties == fewest[size] && earlier_core(core, best_core[size]))) {
            fewest[size] = ties;
            best_core[size] = core;
        }
    }

    ExhaustiveResult best;
    std::int64_t best_x = 0, best_d = 0;
    const auto m = static_cast<std::int64_t>(t.ties), big_n = static_cast<std::int64_t>(t.pairs);
    for (std::size_t k = 1; k + 2 <= n; ++k) {
        const auto p = static_cast<std::int64_t>(t.periphery_pairs(k));
        const std::int64_t x = m * p - big_n * static_cast<std::int64_t>(fewest[k]);
        const std::int64_t d = p * (big_n - p);
        if (best.core_size == 0 || larger_fit(x, d, best_x, best_d)) {
            best = {best_core[k], k, fewest[k]};
            best_x = x;
            best_d = d;
        }
    }
    return best;
}

// ---------------------------------------------------------------------------------
// Local search (any n).

/// Vertices in buckets by key, each bucket a doubly linked list; lowest and highest
/// non-empty bucket found lazily (keys change by one per update, so the scans are
/// amortised O(1)).
class Buckets {
public:
    Buckets(std::size_t vertices, std::size_t max_key)
        : head_(max_key + 1, nil), next_(vertices, nil), prev_(vertices, nil), key_(vertices, 0) {}

    void clear() {
        std::fill(head_.begin(), head_.end(), nil);
        low_ = head_.size();
        high_ = 0;
    }
    void insert(Vertex v, std::size_t key) {
        key_[v] = key;
        prev_[v] = nil;
        next_[v] = head_[key];
        if (head_[key] != nil) prev_[head_[key]] = v;
        head_[key] = v;
        low_ = std::min(low_, key);
        high_ = std::max(high_, key);
    }
    void erase(Vertex v) {
        if (prev_[v] != nil) next_[prev_[v]] = next_[v];
        else head_[key_[v]] = next_[v];
        if (next_[v] != nil) prev_[next_[v]] = prev_[v];
    }
    /// A vertex of the lowest key, or nil.
    Vertex lowest() {
        while (low_ < head_.size() && head_[low_] == nil) ++low_;
        return low_ < head_.size() ? head_[low_] : nil;
    }
    /// A vertex of the highest key, or nil.
    Vertex highest() {
        while (high_ > 0 && head_[high_] == nil) --high_;
        return head_[high_];
    }

    static constexpr Vertex nil = std::numeric_limits<Vertex>::max();

private:
    std::vector<Vertex> head_, next_, prev_;
    std::vector<std::size_t> key_;
    std::size_t low_ = 0, high_ = 0;
};

/// One split and the counts its fit needs: periphery_degree[v] = v's neighbours in
/// the periphery.
class PartitionSearch {
public:
    PartitionSearch(const Graph& g, const Totals& t, std::size_t max_degree)
        : g_(g), t_(t), in_core_(g.vertex_count(), 0), periphery_degree_(g.vertex_count(), 0),
          core_side_(g.vertex_count(), max_degree), periphery_side_(g.vertex_count(), max_degree),
          locked_(g.vertex_count(), 0) {}

    void set(const std::vector<unsigned char>& in_core) {
        in_core_ = in_core;
        size_ = 0;
        std::uint64_t twice = 0;
        for (Vertex v = 0; v < g_.vertex_count(); ++v) {
            std::uint32_t count = 0;
            for (Vertex w : g_.neighbours(v)) count += in_core_[w] ? 0 : 1;
            periphery_degree_[v] = count;
            if (in_core_[v]) ++size_;
            else twice += count;
        }
        periphery_ties_ = twice / 2;
    }

    /// Passes until one does not improve the fit.
    void improve() {
        while (pass()) {
        }
    }

    [[nodiscard]] double fit() const { return t_.fit(size_, periphery_ties_); }
    [[nodiscard]] const std::vector<unsigned char>& in_core() const { return in_core_; }
    [[nodiscard]] std::size_t size() const { return size_; }

private:
    void flip(Vertex v) {
        const bool to_periphery = in_core_[v] != 0;
        in_core_[v] = to_periphery ? 0 : 1;
        if (to_periphery) {
            --size_;
            periphery_ties_ += periphery_degree_[v];
        } else {
            ++size_;
            periphery_ties_ -= periphery_degree_[v];
        }
        for (Vertex w : g_.neighbours(v)) {
            if (to_periphery) ++periphery_degree_[w];
            else --periphery_degree_[w];
            if (locked_[w]) continue;
            side(w).erase(w);
            side(w).insert(w, periphery_degree_[w]);
        }
    }
    Buckets& side(Vertex v) { return in_core_[v] ? core_side_ : periphery_side_; }

    /// Moves every actor once, each step the best move; keeps the best prefix of the
    /// moves. Returns whether the fit rose.
    bool pass() {
        const std::size_t n = g_.vertex_count();
        core_side_.clear();
        periphery_side_.clear();
        std::fill(locked_.begin(), locked_.end(), 0);
        for (Vertex v = 0; v < n; ++v) side(v).insert(v, periphery_degree_[v]);
        moves_.clear();
        const double start = fit();
        double best = start;
        std::size_t best_length = 0;
        for (;;) {
            const Vertex out = t_.valid(size_ - 1) ? core_side_.lowest() : Buckets::nil;
            const Vertex in = t_.valid(size_ + 1) ? periphery_side_.highest() : Buckets::nil;
            if (out == Buckets::nil && in == Buckets::nil) break;
            // Fits lie in [-1, 1]; -2 marks a move that is not there.
            const double out_fit =
                out == Buckets::nil ? -2.0 : t_.fit(size_ - 1, periphery_ties_ + periphery_degree_[out]);
            const double in_fit =
                in == Buckets::nil ? -2.0 : t_.fit(size_ + 1, periphery_ties_ - periphery_degree_[in]);
            const Vertex v = out_fit >= in_fit ? out : in;
            side(v).erase(v);
            locked_[v] = 1;
            flip(v);
            moves_.push_back(v);
            const double now = std::max(out_fit, in_fit);
            if (now > best) {
                best = now;
                best_length = moves_.size();
            }
        }
        // Undo the moves after the best prefix (nothing is locked any more that matters).
        std::fill(locked_.begin(), locked_.end(), 1);
        while (moves_.size() > best_length) {
            flip(moves_.back());
            moves_.pop_back();
        }
        return best > start;
    }

    const Graph& g_;
    const Totals& t_;
    std::vector<unsigned char> in_core_;
    std::vector<std::uint32_t> periphery_degree_;
    std::size_t size_ = 0;
    std::uint64_t periphery_ties_ = 0;
    Buckets core_side_, periphery_side_;
    std::vector<unsigned char> locked_;
    std::vector<Vertex> moves_;
};

/// The best split into the k highest-degree actors (ties to the earlier actor) and the rest.
std::vector<unsigned char> degree_split(const Graph& g, const Totals& t) {
    const std::size_t n = g.vertex_count();
    std::vector<Vertex> order(n);
    std::iota(order.begin(), order.end(), Vertex{0});
    std::stable_sort(order.begin(), order.end(), [&](Vertex a, Vertex b) { return g.degree(a) > g.degree(b); });
    std::vector<std::uint32_t> periphery_degree(n);
    for (Vertex v = 0; v < n; ++v) periphery_degree[v] = static_cast<std::uint32_t>(g.degree(v));
    std::uint64_t ties = t.ties;
    std::size_t best_size = 1;
    double best = -2.0;
    for (std::size_t k = 1; k + 2 <= n; ++k) {
        const Vertex v = order[k - 1];
        ties -= periphery_degree[v];
        for (Vertex w : g.neighbours(v)) --periphery_degree[w];
        const double f = t.fit(k, ties);
        if (f > best) {
            best = f;
            best_size = k;
        }
    }
    std::vector<unsigned char> in_core(n, 0);
    for (std::size_t i = 0; i < best_size; ++i) in_core[order[i]] = 1;
    return in_core;
}

/// The periphery a maximal independent set taken greedily, lowest degree first (ties to
/// the earlier actor), the core the rest: the other end of the ideal pattern. Valid
/// (n >= 3, 0 < m < N): a maximal independent set of one actor would mean a complete graph.
std::vector<unsigned char> independent_periphery_split(const Graph& g) {
    const std::size_t n = g.vertex_count();
    std::vector<Vertex> order(n);
    std::iota(order.begin(), order.end(), Vertex{0});
    std::stable_sort(order.begin(), order.end(), [&](Vertex a, Vertex b) { return g.degree(a) < g.degree(b); });
    std::vector<unsigned char> in_core(n, 1), next_to_periphery(n, 0);
    for (Vertex v : order) {
        if (next_to_periphery[v]) continue;
        in_core[v] = 0;
        for (Vertex w : g.neighbours(v)) next_to_periphery[w] = 1;
    }
    return in_core;
}

/// A random split: a core of random size in [1, n - 2] (n >= 3), random members.
/// Our own draws from std::mt19937_64 (whose output the standard fixes), not the
/// library's distributions, so every platform draws the same.
std::vector<unsigned char> random_split(std::size_t n, std::mt19937_64& rng) {
    std::vector<Vertex> order(n);
    std::iota(order.begin(), order.end(), Vertex{0});
    for (std::size_t i = n; i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    const std::size_t size = 1 + static_cast<std::size_t>(rng() % (n - 2));
    std::vector<unsigned char> in_core(n, 0);
    for (std::size_t i = 0; i < size; ++i) in_core[order[i]] = 1;
    return in_core;
}

}  // namespace

void CorePeriphery::run() {
    if (graph_.is_directed())
        throw UsageError("core-periphery reads the undirected graph, not the directed view (Graph::directed())");
    if (options_.exhaustive_limit > max_exhaustive_limit)
        throw UsageError("core-periphery: exhaustive_limit " + std::to_string(options_.exhaustive_limit) +
                         " is above " + std::to_string(max_exhaustive_limit) +
                         ", the most actors whose 2^n splits can all be tried; use " +
                         std::to_string(max_exhaustive_limit) + " or less");
    has_run_ = false;
    run_discrete();
    run_continuous();
    has_run_ = true;
}

void CorePeriphery::run_discrete() {
    const std::size_t n = graph_.vertex_count();
    core_.assign(n, 0);
    core_size_ = 0;
    fit_.reset();
    exhaustive_ = false;
    Totals t;
    t.n = n;
    t.pairs = n < 2 ? 0 : static_cast<std::uint64_t>(n) * (n - 1) / 2;
    t.ties = graph_.edge_count();
    if (n < 3 || t.ties == 0 || t.ties == t.pairs) return;

    if (n <= options_.exhaustive_limit) {
        const ExhaustiveResult best = exhaustive_split(graph_, t);
        for (Vertex v = 0; v < n; ++v) core_[v] = static_cast<unsigned char>((best.core >> v) & 1u);
        core_size_ = best.core_size;
        fit_ = t.fit(best.core_size, best.periphery_ties);
        exhaustive_ = true;
        return;
    }

    std::size_t max_degree = 0;
    for (Vertex v = 0; v < n; ++v) max_degree = std::max(max_degree, graph_.degree(v));
    PartitionSearch search(graph_, t, max_degree);
    std::mt19937_64 rng(options_.seed);
    const std::size_t restarts = std::max<std::size_t>(options_.restarts, 1);
    double best = -2.0;
    for (std::size_t r = 0; r < restarts; ++r) {
        if (r == 0) search.set(degree_split(graph_, t));
        else if (r == 1) search.set(independent_periphery_split(graph_));
        else search.set(random_split(n, rng));
        search.improve();
        if (search.fit() > best) {
            best = search.fit();
            core_ = search.in_core();
            core_size_ = search.size();
        }
    }
    fit_ = best;
}

void CorePeriphery::run_continuous() {
    const std::size_t n = graph_.vertex_count();
    fitted_.assign(n, 0.0);
    coreness_.assign(n, 0.0);
    continuous_fit_.reset();
    converged_ = true;
    sweeps_ = 0;
    const std::size_t m = graph_.edge_count();
    if (m == 0) return;

    // Start: the principal eigenvector scaled to A ~ c c^T, clamped to the box.
    Eigenvector eigenvector(graph_);
    eigenvector.run();
    const double scale = std::sqrt(eigenvector.eigenvalue());
    std::vector<double>& c = fitted_;
    for (Vertex v = 0; v < n; ++v) c[v] = std::clamp(scale * eigenvector.scores()[v], 0.0, 1.0);

    converged_ = false;
    while (sweeps_ < max_sweeps && !converged_) {
        ++sweeps_;
        double squares = 0.0;  // sum of c_j^2, recomputed each sweep against drift
        for (double x : c) squares += x * x;
        double change = 0.0;
        for (Vertex v = 0; v < n; ++v) {
            double along = 0.0;
            for (Vertex w : graph_.neighbours(v)) along += c[w];
            const double others = squares - c[v] * c[v];
            double next = 0.0;
            if (along > 0.0) next = others > 0.0 ? std::min(1.0, along / others) : 1.0;
            change = std::max(change, std::abs(next - c[v]));
            squares = others + next * next;
            c[v] = next;
        }
        converged_ = change <= 1e-14;
    }
    // A component that loses a tie for the coreness decays geometrically towards 0
    // without reaching it; its tail is reported as the bound it tends to.
    for (double& x : c)
        if (x < 1e-12) x = 0.0;

    double squares = 0.0, sum = 0.0, fourth = 0.0;
    for (double x : c) {
        sum += x;
        squares += x * x;
        fourth += x * x * x * x;
    }
    if (squares > 0.0) {
        const double norm = std::sqrt(squares);
        for (Vertex v = 0; v < n; ++v) coreness_[v] = c[v] / norm;
    }

    // Pearson correlation of a_ij and c_i c_j over the pairs i < j, from sums.
    const auto pairs = static_cast<double>(n) * static_cast<double>(n - 1) / 2.0;
    const auto ties = static_cast<double>(m);
    if (n < 3 || ties == pairs) return;
    double tied = 0.0;  // sum of c_i c_j over the ties
    for (Vertex v = 0; v < n; ++v)
        for (Vertex w : graph_.neighbours(v))
            if (w > v) tied += c[v] * c[w];
    const double predicted = (sum * sum - squares) / 2.0;           // sum of c_i c_j
    const double predicted_sq = (squares * squares - fourth) / 2.0;  // sum of (c_i c_j)^2
    const double spread = pairs * predicted_sq - predicted * predicted;
    if (!(spread > 1e-12 * pairs * predicted_sq)) return;  // c_i c_j (nearly) constant
    continuous_fit_ = (pairs * tied - ties * predicted) / std::sqrt(ties * (pairs - ties) * spread);
}

const std::vector<unsigned char>& CorePeriphery::core() const {
    assure_finished();
    return core_;
}

std::size_t CorePeriphery::core_size() const {
    assure_finished();
    return core_size_;
}

std::optional<double> CorePeriphery::fit() const {
    assure_finished();
    return fit_;
}

bool CorePeriphery::exhaustive() const {
    assure_finished();
    return exhaustive_;
}

const std::vector<double>& CorePeriphery::coreness() const {
    assure_finished();
    return coreness_;
}

const std::vector<double>& CorePeriphery::fitted_coreness() const {
    assure_finished();
    return fitted_;
}

std::optional<double> CorePeriphery::continuous_fit() const {
    assure_finished();
    return continuous_fit_;
}

bool CorePeriphery::converged() const {
    assure_finished();
    return converged_;
}

std::size_t CorePeriphery::sweeps() const {
    assure_finished();
    return sweeps_;
}

}  // namespace ecosys
