#include "ecosys/metrics/key_players.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <random>
#include <string>

#include "ecosys/error.hpp"
#include "ecosys/metrics/fragmentation.hpp"
#include "metrics/pairs_without_each.hpp"
#include "metrics/shared_sources.hpp"

namespace ecosys {

namespace {

using Vertex = Graph::Vertex;

constexpr std::uint64_t saturated = std::numeric_limits<std::uint64_t>::max();
/// Below every value a set can have: what values_with_each() writes for a vertex
/// that is already in the set.
constexpr std::int64_t no_value = std::numeric_limits<std::int64_t>::min();

std::uint64_t times_saturated(std::uint64_t a, std::uint64_t b) {
    if (a != 0 && b > saturated / a) return saturated;
    return a * b;
}

/// Scores sets as integers, higher better: -(connected pairs) for fragment, the
/// number of vertices reached for reach. Holds its buffers, so that evaluating a set
/// allocates nothing.
class Evaluator {
public:
    Evaluator(const Graph& graph, KeyPlayerGoal goal, unsigned radius)
        : graph_(graph), goal_(goal), radius_(radius), n_(graph.vertex_count()), mask_(n_, 0), cover_(n_, 0),
          stamp_(n_, 0), dist_(n_, 0), pairs_(n_) {
        queue_.reserve(n_);
    }

    /// The value of `set` from scratch.
    std::int64_t value(std::span<const Vertex> set) {
        set_mask(set);
        std::int64_t result = 0;
        if (goal_ == KeyPlayerGoal::fragment) {
            result = -static_cast<std::int64_t>(pairs_without_mask());
        } else {
            std::fill(cover_.begin(), cover_.end(), 0);
            for (Vertex s : set) ball(s, [&](Vertex w) { ++cover_[w]; });
            for (std::size_t v = 0; v < n_; ++v) result += (cover_[v] && !mask_[v]) ? 1 : 0;
        }
        clear_mask(set);
        return result;
    }

    /// For every candidate c not in `set`, the value of set + c, into `out` (indexed by
    /// vertex; no_value for the candidates in the set). One low-point search (fragment)
    /// or one radius-ball per candidate (reach).
    void values_with_each(std::span<const Vertex> set, std::span<const Vertex> candidates, std::vector<std::int64_t>& out) {
        if (out.size() != n_) out.assign(n_, no_value);
        set_mask(set);
        if (goal_ == KeyPlayerGoal::fragment) {
            pairs_.run(graph_, mask_);
            for (Vertex c : candidates) out[c] = mask_[c] ? no_value : -static_cast<std::int64_t>(pairs_.without(c));
        } else {
            std::fill(cover_.begin(), cover_.end(), 0);
            for (Vertex s : set) ball(s, [&](Vertex w) { ++cover_[w]; });
            std::int64_t base = 0;
            for (std::size_t v = 0; v < n_; ++v) base += (cover_[v] && !mask_[v]) ? 1 : 0;
            for (Vertex c : candidates) {
                if (mask_[c]) {
                    out[c] = no_value;
                    continue;
                }
                std::int64_t gain = cover_[c] ? -1 : 0;  // c joins the set: no longer counted
                ball(c, [&](Vertex w) { gain += (w != c && !mask_[w] && !cover_[w]) ? 1 : 0; });
                out[c] = base + gain;
            }
        }
        clear_mask(set);
    }

private:
    void set_mask(std::span<const Vertex> set) {
        for (Vertex s : set) mask_[s] = 1;
    }
    void clear_mask(std::span<const Vertex> set) {
        for (Vertex s : set) mask_[s] = 0;
    }

    /// Connected pairs of the graph without the masked vertices, by breadth-first search.
    std::uint64_t pairs_without_mask() {
        ++epoch_;
        std::uint64_t pairs = 0;
        for (Vertex root = 0; root < n_; ++root) {
            if (mask_[root] || stamp_[root] == epoch_) continue;
            queue_.clear();
            queue_.push_back(root);
            stamp_[root] = epoch_;
            for (std::size_t head = 0; head < queue_.size(); ++head)
                for (Vertex w : graph_.neighbours(queue_[head]))
                    if (!mask_[w] && stamp_[w] != epoch_) {
                        stamp_[w] = epoch_;
                        queue_.push_back(w);
                    }
            const std::uint64_t s = queue_.size();
            pairs += s * (s - 1);
        }
        return pairs;
    }

    /// Calls f on every vertex within radius_ steps of s (s included), walking
    /// through any vertex (a set member still passes on reach).
    template <class F>
    void ball(Vertex s, F&& f) {
        ++epoch_;
        queue_.clear();
        queue_.push_back(s);
        stamp_[s] = epoch_;
        dist_[s] = 0;
        for (std::size_t head = 0; head < queue_.size(); ++head) {
            const Vertex v = queue_[head];
            f(v);
            if (dist_[v] == radius_) continue;
            for (Vertex w : graph_.neighbours(v))
                if (stamp_[w] != epoch_) {
                    stamp_[w] = epoch_;
                    dist_[w] = dist_[v] + 1;
                    queue_.push_back(w);
                }
        }
    }

    const Graph& graph_;
    KeyPlayerGoal goal_;
    unsigned radius_;
    std::size_t n_;
    std::vector<std::uint8_t> mask_;
    std::vector<std::uint32_t> cover_;
    std::vector<std::uint64_t> stamp_;
    std::uint64_t epoch_ = 0;
    std::vector<unsigned> dist_;
    std::vector<Vertex> queue_;
    detail::PairsWithoutEach pairs_;
};

double to_score(std::int64_t value, KeyPlayerGoal goal, std::size_t n, std::size_t k) {
    const double rest = static_cast<double>(n - k);
    if (goal == KeyPlayerGoal::fragment) {
        if (n - k < 2) return 0.0;
        return 1.0 + static_cast<double>(value) / (rest * (rest - 1.0));
    }
    return n == k ? 0.0 : static_cast<double>(value) / rest;
}

/// The largest value in `values` over the candidates not flagged in `in_set`.
std::int64_t best_outside(std::span<const std::int64_t> values, std::span<const Vertex> candidates,
                          std::span<const std::uint8_t> in_set) {
    std::int64_t best = no_value;
    for (Vertex c : candidates)
        if (!in_set[c]) best = std::max(best, values[c]);
    return best;
}

/// The heuristic's moves: the greedy start and the swaps that improve a set. Holds
/// its buffers across restarts.
class LocalSearch {
public:
    /// `search_cost`: the cost of one values_with_each() call, in budget units.
    LocalSearch(const Graph& graph, const KeyPlayerOptions& options, Evaluator& eval, std::uint64_t search_cost)
        : graph_(graph), options_(options), cand_(options.candidates), eval_(eval), in_set_(graph.vertex_count(), 0), member_(graph.vertex_count(), 0), lost_(graph.vertex_count(), 0) {
        // Searches a greedy step may look ahead with, and first candidates a two-swap
        // round may try per pair of members (after the one search that ranks them).
        const std::uint64_t k = options.k, searches = options.search_budget / std::max<std::uint64_t>(search_cost, 1);
        look_ahead_ = searches;
        const std::uint64_t pairs = k * (k - 1) / 2;
        pair_firsts_ = pairs == 0 ? 0 : std::min<std::uint64_t>(searches / pairs, cand_.size() - k + 1);
        pair_firsts_ = pair_firsts_ == 0 ? 0 : pair_firsts_ - 1;
    }

    /// The greedy set into `set`; returns its value.
    std::int64_t greedy(std::vector<Vertex>& set) {
        set.clear();
        std::fill(in_set_.begin(), in_set_.end(), 0);
        std::int64_t value = 0;
        for (std::size_t step = 0; step < options_.k; ++step) {
            eval_.values_with_each(set, cand_, scratch_);
            rank(set);
            value = ranked_.front().value;
            std::size_t tied = 1;
            while (tied < ranked_.size() && ranked_[tied].value == value) ++tied;
            Vertex pick = ranked_.front().v;
            // Where several tie, look one step ahead over as many of them as the budget
            // allows (in rank order): the one whose best next addition scores most.
            const auto look = static_cast<std::size_t>(std::min<std::uint64_t>(tied, look_ahead_));
            if (look > 1 && step + 1 < options_.k) {
                std::int64_t best_next = no_value;
                for (std::size_t i = 0; i < look; ++i) {
                    const Vertex t = ranked_[i].v;
                    set.push_back(t);
                    in_set_[t] = 1;
                    eval_.values_with_each(set, cand_, scratch_);
                    const std::int64_t next = best_outside(scratch_, cand_, in_set_);
                    set.pop_back();
                    in_set_[t] = 0;
                    if (next > best_next) {
                        best_next = next;
                        pick = t;
                    }
                }
            }
            set.push_back(pick);
            in_set_[pick] = 1;
        }
        return value;
    }

    /// Improves `set` (of value `value`) by swaps until none helps; returns its value.
    std::int64_t improve(std::vector<Vertex>& set, std::int64_t value) {
        const std::size_t k = set.size();
        std::fill(in_set_.begin(), in_set_.end(), 0);
        for (Vertex s : set) in_set_[s] = 1;
        for (;;) {
            // One member out, one candidate in: one search per member left out.
            std::int64_t best = value;
            std::size_t out = k;
            Vertex in = 0;
            for (std::size_t i = 0; i < k; ++i) {
                rest_.assign(set.begin(), set.end());
                rest_.erase(rest_.begin() + static_cast<std::ptrdiff_t>(i));
                eval_.values_with_each(rest_, cand_, scratch_);
                for (Vertex c : cand_)
                    if (!in_set_[c] && scratch_[c] > best) {
                        best = scratch_[c];
                        out = i;
                        in = c;
                    }
            }
            if (out < k) {
                swap_in(set, out, in);
                value = best;
                continue;
            }
            // Two out, two in, when no single swap helps (on flat ground none changes the
            // score at all). For each pair of members out, one search ranks the first
            // candidate in; the best-ranked ones, as many as the budget allows, each get
            // one search that scores every second candidate.
            if (pair_firsts_ == 0) return value;
            std::size_t out1 = k, out2 = k;
            Vertex in1 = 0, in2 = 0;
            for (std::size_t i = 0; i < k; ++i)
                for (std::size_t j = i + 1; j < k; ++j) {
                    rest_.clear();
                    for (std::size_t x = 0; x < k; ++x)
                        if (x != i && x != j) rest_.push_back(set[x]);
                    eval_.values_with_each(rest_, cand_, scratch_);
                    rank(rest_);
                    const auto firsts = static_cast<std::size_t>(std::min<std::uint64_t>(ranked_.size(), pair_firsts_));
                    for (std::size_t f = 0; f < firsts; ++f) {
                        const Vertex a = ranked_[f].v;
                        rest_.push_back(a);
                        eval_.values_with_each(rest_, cand_, scratch_);
                        rest_.pop_back();
                        for (Vertex b : cand_)
                            if (!in_set_[b] && b != a && scratch_[b] > best) {
                                best = scratch_[b];
                                out1 = i;
                                out2 = j;
                                in1 = a;
                                in2 = b;
                            }
                    }
                }
            if (out1 == k) return value;
            swap_in(set, out1, in1);
            swap_in(set, out2, in2);
            value = best;
        }
    }

private:
    struct Ranked {
        std::int64_t value;      ///< of the members plus this candidate
        std::uint64_t num, den;  ///< fragment: the nearest isolation, num / den
        Vertex v;
    };

    void swap_in(std::vector<Vertex>& set, std::size_t out, Vertex in) {
        in_set_[set[out]] = 0;
        in_set_[in] = 1;
        set[out] = in;
    }

    /// Ranks the candidates outside the set (in_set_) into ranked_, best first: by
    /// their value with `members` (scratch_), then for fragment by how near their
    /// removal brings some remaining vertex to isolation (the largest share of its
    /// ties that `members` and the candidate take: (lost + 1) / degree), then by
    /// vertex. On flat ground, where every value is the same, this heads for a split.
    void rank(std::span<const Vertex> members) {
        const bool fragment = options_.goal == KeyPlayerGoal::fragment;
        if (fragment)
            for (Vertex s : members) {
                member_[s] = 1;
                for (Vertex w : graph_.neighbours(s)) ++lost_[w];
            }
        ranked_.clear();
        for (Vertex c : cand_) {
            if (in_set_[c]) continue;
            Ranked r{scratch_[c], 0, 1, c};
            if (fragment)
                for (Vertex w : graph_.neighbours(c)) {
                    if (member_[w]) continue;
                    const std::uint64_t num = lost_[w] + 1, den = graph_.degree(w);
                    if (num * r.den > r.num * den) {
                        r.num = num;
                        r.den = den;
                    }
                }
            ranked_.push_back(r);
        }
        if (fragment)
            for (Vertex s : members) {
                member_[s] = 0;
                for (Vertex w : graph_.neighbours(s)) --lost_[w];
            }
        std::sort(ranked_.begin(), ranked_.end(), [](const Ranked& a, const Ranked& b) {
            if (a.value != b.value) return a.value > b.value;
            const std::uint64_t l = a.num * b.den, r = b.num * a.den;
            return l != r ? l > r : a.v < b.v;
        });
    }

    const Graph& graph_;
    const KeyPlayerOptions& options_;
    std::span<const Vertex> cand_;
    Evaluator& eval_;
    std::uint64_t look_ahead_ = 0, pair_firsts_ = 0;
    std::vector<std::uint8_t> in_set_, member_;
    std::vector<std::uint32_t> lost_;  // per vertex: its neighbours among the members being ranked for
    std::vector<std::int64_t> scratch_;
    std::vector<Vertex> rest_;
    std::vector<Ranked> ranked_;
};

/// The least connected pairs `remaining` vertices can have in at most `pieces`
/// components: split as evenly as possible.
std::uint64_t least_pairs(std::uint64_t remaining, std::uint64_t pieces) {
    const std::uint64_t q = remaining / pieces, r = remaining % pieces;
    return r * (q + 1) * q + (pieces - r) * q * (q == 0 ? 0 : q - 1);
}

/// upper_bound() without trying every set: for fragment from the degrees, for reach
/// from every candidate's own reach and the greedy set's value `greedy`.
double heuristic_bound(const Graph& graph, const KeyPlayerOptions& options, Evaluator& eval, std::int64_t greedy) {
    const std::size_t n = graph.vertex_count(), k = options.k;
    const std::span<const Vertex> cand = options.candidates;
    const std::uint64_t remaining = n - k;
    std::vector<std::int64_t> singles;  // per candidate: what it alone adds
    if (options.goal == KeyPlayerGoal::fragment) {
        for (Vertex v : cand) singles.push_back(static_cast<std::int64_t>(graph.degree(v)) - 1);
    } else {
        std::vector<std::int64_t> values;
        eval.values_with_each({}, cand, values);
        for (Vertex v : cand) singles.push_back(values[v]);
    }
    const auto kk = static_cast<std::ptrdiff_t>(k);
    std::partial_sort(singles.begin(), singles.begin() + kk, singles.end(), std::greater<>());
    const std::int64_t top = std::accumulate(singles.begin(), singles.begin() + kk, std::int64_t{0});
    if (options.goal == KeyPlayerGoal::fragment) {
        if (remaining < 2) return 0.0;
        // Removing a vertex of degree d leaves at most d - 1 more components, so at most
        // `pieces` remain; the fewest connected pairs is then the most even split.
        const auto components = static_cast<std::int64_t>(component_sizes_without(graph).size());
        const auto pieces = static_cast<std::uint64_t>(
            std::clamp<std::int64_t>(components + top, 1, static_cast<std::int64_t>(remaining)));
        std::uint64_t least = least_pairs(remaining, pieces);
        // At least m minus the K largest degrees ties stay, each joining two ordered pairs.
        const auto ties_left = static_cast<std::int64_t>(graph.edge_count()) - (top + static_cast<std::int64_t>(k));
        if (ties_left > 0) least = std::max(least, 2 * static_cast<std::uint64_t>(ties_left));
        return to_score(-static_cast<std::int64_t>(least), options.goal, n, k);
    }
    if (remaining == 0) return 0.0;
    // Greedy covers at least 1 - (1 - 1/K)^K of the most any K-set covers (coverage is
    // submodular), counting the members themselves, each in its own ball: cover =
    // reached + K.
    const double kd = static_cast<double>(k);
    const double share_of_best = 1.0 - std::pow(1.0 - 1.0 / kd, kd);
    const double by_greedy =
        std::floor((static_cast<double>(greedy) + kd) / share_of_best * (1.0 + 1e-12) + 1e-9) - kd;
    const double most = std::min({static_cast<double>(remaining), static_cast<double>(top), by_greedy});
    return std::max(most, 0.0) / static_cast<double>(remaining);
}

}  // namespace

std::uint64_t binomial_saturated(std::uint64_t n, std::uint64_t k) {
    if (k > n) return 0;
    k = std::min(k, n - k);
    std::uint64_t result = 1;
    for (std::uint64_t i = 1; i <= k; ++i) {
        // C(n-k+i, i) = C(n-k+i-1, i-1) (n-k+i) / i, a whole number: with g = gcd(result, i),
        // i/g divides n-k+i, so dividing first keeps every step exact and in range.
        const std::uint64_t g = std::gcd(result, i);
        result = times_saturated(result / g, (n - k + i) / (i / g));
        if (result == saturated) return saturated;
    }
    return result;
}

std::uint64_t key_player_exact_cost(std::size_t n, std::size_t m, std::size_t candidates, std::size_t k,
                                    KeyPlayerGoal goal, unsigned radius) {
    if (k == 0 || k > candidates) return 0;
    const bool per_set = goal == KeyPlayerGoal::reach && radius >= 2;
    return times_saturated(binomial_saturated(candidates, per_set ? k : k - 1), std::uint64_t{n} + m);
}

double key_player_score(const Graph& graph, std::span<const Graph::Vertex> set, KeyPlayerGoal goal, unsigned radius) {
    Evaluator eval(graph, goal, std::max(radius, 1u));
    return to_score(eval.value(set), goal, graph.vertex_count(), set.size());
}

KeyPlayers::KeyPlayers(const Graph& graph, KeyPlayerOptions options) : graph_(graph), options_(std::move(options)) {
    if (options_.candidates.empty())
        for (Vertex v = 0; v < graph_.vertex_count(); ++v) options_.candidates.push_back(v);
    std::sort(options_.candidates.begin(), options_.candidates.end());
    options_.candidates.erase(std::unique(options_.candidates.begin(), options_.candidates.end()),
                              options_.candidates.end());
    if (options_.k == 0) throw UsageError("--k must be at least 1");
    if (options_.k > options_.candidates.size())
        throw UsageError("--k " + std::to_string(options_.k) + " is larger than the " +
                         std::to_string(options_.candidates.size()) + " candidates; choose at most " +
                         std::to_string(options_.candidates.size()));
    if (options_.radius == 0) throw UsageError("--radius must be at least 1");
    if (options_.restarts == 0) options_.restarts = 1;
    if (options_.goal == KeyPlayerGoal::fragment) drop_dominated_candidates();
}

void KeyPlayers::drop_dominated_candidates() {
    // Removing an isolated vertex cuts no pair; removing a leaf's neighbour v cuts at
    // least the pairs removing the leaf does (the leaf goes too, alone). So a best set
    // with such a member can swap it for v, or, v being in the set already, for any
    // kept candidate outside it, without losing: some best set has only kept candidates.
    std::vector<std::uint8_t> is_candidate(graph_.vertex_count(), 0);
    for (Vertex v : options_.candidates) is_candidate[v] = 1;
    std::vector<Vertex> kept;
    for (Vertex v : options_.candidates) {
        const auto nbrs = graph_.neighbours(v);
        const bool isolated = nbrs.empty();
        const bool leaf = nbrs.size() == 1 && is_candidate[nbrs[0]] && graph_.degree(nbrs[0]) >= 2;
        if (!isolated && !leaf) kept.push_back(v);
    }
    if (kept.size() >= options_.k) options_.candidates = std::move(kept);
}

void KeyPlayers::run() {
    const std::size_t c = options_.candidates.size(), k = options_.k;
    exact_cost_ = key_player_exact_cost(graph_.vertex_count(), graph_.edge_count(), c, k, options_.goal, options_.radius);
    if (exact_cost_ <= options_.exact_budget && binomial_saturated(c, k) <= options_.exact_limit) run_exact();
    else run_heuristic();
    has_run_ = true;
}

void KeyPlayers::run_exact() {
    const std::size_t n = graph_.vertex_count(), k = options_.k;
    const std::vector<Vertex>& cand = options_.candidates;
    const std::size_t c = cand.size(), r = k - 1;
    Evaluator eval(graph_, options_.goal, options_.radius);
    std::vector<std::int64_t> values;
    std::int64_t best = no_value;
    if (options_.goal == KeyPlayerGoal::reach && options_.radius >= 2) {
        // Every set from scratch: a search per set (the cost estimate's C(c, K)).
        std::vector<std::size_t> pos(k);
        std::iota(pos.begin(), pos.end(), std::size_t{0});
        std::vector<Vertex> set(k);
        for (;;) {
            for (std::size_t i = 0; i < k; ++i) set[i] = cand[pos[i]];
            const std::int64_t value = eval.value(set);
            if (value > best) {
                best = value;
                set_ = set;
            }
            std::size_t i = k;  // next combination in lexicographic order
            while (i > 0 && pos[i - 1] == c - k + (i - 1)) --i;
            if (i == 0) break;
            ++pos[i - 1];
            for (std::size_t j = i; j < k; ++j) pos[j] = pos[j - 1] + 1;
        }
    } else {
        // Every (K-1)-subset in lexicographic order of candidate positions (its last
        // position at most c - 2), and one search for all its completions by a later
        // candidate: every K-subset once, in lexicographic order.
        std::vector<std::size_t> pos(r), best_pos(k);
        std::iota(pos.begin(), pos.end(), std::size_t{0});
        std::vector<Vertex> prefix(r);
        for (;;) {
            for (std::size_t i = 0; i < r; ++i) prefix[i] = cand[pos[i]];
            const std::size_t from = r == 0 ? 0 : pos[r - 1] + 1;
            eval.values_with_each(prefix, std::span(cand).subspan(from), values);
            for (std::size_t j = from; j < c; ++j)
                if (values[cand[j]] > best) {
                    best = values[cand[j]];
                    std::copy(pos.begin(), pos.end(), best_pos.begin());
                    best_pos[r] = j;
                }
            std::size_t i = r;  // next (K-1)-subset of positions 0 .. c-2
            while (i > 0 && pos[i - 1] == (c - 1) - r + (i - 1)) --i;
            if (i == 0) break;
            ++pos[i - 1];
            for (std::size_t j = i; j < r; ++j) pos[j] = pos[j - 1] + 1;
        }
        set_.clear();
        for (std::size_t p : best_pos) set_.push_back(cand[p]);
    }
    exact_ = true;
    score_ = worst_ = upper_bound_ = to_score(best, options_.goal, n, k);
    restarts_run_ = restarts_at_best_ = 0;
}

void KeyPlayers::run_heuristic() {
    const std::size_t n = graph_.vertex_count(), k = options_.k;
    const std::vector<Vertex>& cand = options_.candidates;
    Evaluator eval(graph_, options_.goal, options_.radius);
    const std::uint64_t search_cost =
        times_saturated(std::uint64_t{n} + graph_.edge_count(),
                        options_.goal == KeyPlayerGoal::reach && options_.radius >= 2 ? cand.size() : 1);
    LocalSearch search(graph_, options_, eval, search_cost);
    std::mt19937_64 rng(options_.seed);
    // With other processes (ecosys/distribution.hpp) each runs a contiguous share of the
    // restarts. A random start draws exactly k numbers, so a share's first start is
    // reached by discarding those of the starts before it. Each restart's end (its
    // value and sorted set, whole numbers) goes into its own slots of one vector that
    // is zero elsewhere, so the sum over the processes is every restart's end, exactly;
    // the best is then chosen in restart order, as one process would. The last slot
    // holds the greedy set's own value (before swaps), for reach's bound.
    const std::size_t R = options_.restarts;
    detail::SharedSources share(distribution_, "keyplayer_restarts", R);
    if (share.begin() > 1) rng.discard(static_cast<unsigned long long>(k) * (share.begin() - 1));
    std::vector<double> results(R * (1 + k) + 1, 0.0);
    std::vector<Vertex> set;
    for (std::size_t r = share.begin(); r < share.end(); ++r) {
        std::int64_t start = 0;
        if (r == 0) {
            start = search.greedy(set);
            results.back() = static_cast<double>(start);
        } else {  // a random K-subset: the first K of a partial Fisher-Yates shuffle
            std::vector<Vertex> pool = cand;
            set.clear();
            for (std::size_t i = 0; i < k; ++i) {
                const std::size_t j = i + static_cast<std::size_t>(rng() % (pool.size() - i));
                std::swap(pool[i], pool[j]);
                set.push_back(pool[i]);
            }
            start = eval.value(set);
        }
        const std::int64_t value = search.improve(set, start);
        std::sort(set.begin(), set.end());
        double* slot = &results[r * (1 + k)];
        slot[0] = static_cast<double>(value);
        for (std::size_t i = 0; i < k; ++i) slot[1 + i] = static_cast<double>(set[i]);
    }
    share.sum(results);  // alone: nothing to add

    std::int64_t best = 0, worst = 0;
    std::vector<std::int64_t> ends;
    for (std::size_t r = 0; r < R; ++r) {
        const double* slot = &results[r * (1 + k)];
        const auto value = static_cast<std::int64_t>(slot[0]);
        std::vector<Vertex> end_set(k);
        for (std::size_t i = 0; i < k; ++i) end_set[i] = static_cast<Vertex>(slot[1 + i]);
        ends.push_back(value);
        if (r == 0 || value > best || (value == best && end_set < set_)) {
            best = value;
            set_ = end_set;
        }
        worst = r == 0 ? value : std::min(worst, value);
    }
    restarts_run_ = options_.restarts;
    restarts_at_best_ = static_cast<std::size_t>(std::count(ends.begin(), ends.end(), best));
    score_ = to_score(best, options_.goal, n, k);
    worst_ = to_score(worst, options_.goal, n, k);

    // Every process computes the bound whole, from the graph and the summed greedy value.
    upper_bound_ = std::max(heuristic_bound(graph_, options_, eval, static_cast<std::int64_t>(results.back())),
                            score_);  // never below the set found, whatever the rounding
}

const std::vector<Graph::Vertex>& KeyPlayers::set() const {
    assure_finished();
    return set_;
}
double KeyPlayers::score() const {
    assure_finished();
    return score_;
}
bool KeyPlayers::exact() const {
    assure_finished();
    return exact_;
}
double KeyPlayers::upper_bound() const {
    assure_finished();
    return upper_bound_;
}
std::uint64_t KeyPlayers::exact_cost() const {
    assure_finished();
    return exact_cost_;
}
std::size_t KeyPlayers::restarts_run() const {
    assure_finished();
    return restarts_run_;
}
std::size_t KeyPlayers::restarts_at_best() const {
    assure_finished();
    return restarts_at_best_;
}
double KeyPlayers::worst_restart_score() const {
    assure_finished();
    return worst_;
}

}  // namespace ecosys
