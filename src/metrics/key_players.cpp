#include "ecosys/metrics/key_players.hpp"

#include <algorithm>
#include <random>
#include <string>

#include "ecosys/error.hpp"
#include "ecosys/metrics/fragmentation.hpp"
#include "metrics/shared_sources.hpp"

namespace ecosys {

namespace {

using Vertex = Graph::Vertex;

/// Scores sets as integers, higher better: -(connected pairs) for fragment, the
/// number of vertices reached for reach. Holds its buffers, so that evaluating a set
/// allocates nothing.
class Evaluator {
public:
    Evaluator(const Graph& graph, KeyPlayerGoal goal, unsigned radius)
        : graph_(graph), goal_(goal), radius_(radius), n_(graph.vertex_count()), mask_(n_, 0), cover_(n_, 0),
          stamp_(n_, 0), dist_(n_, 0) {
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

    /// For every candidate c not in `set`, the value of set + c, into `out` (indexed by vertex).
    void values_with_each(std::span<const Vertex> set, std::span<const Vertex> candidates, std::vector<std::int64_t>& out) {
        out.assign(n_, 0);
        set_mask(set);
        if (goal_ == KeyPlayerGoal::fragment) {
            const std::vector<std::uint64_t> pairs = connected_pairs_without_each(graph_, mask_);
            for (Vertex c : candidates) out[c] = -static_cast<std::int64_t>(pairs[c]);
        } else {
            std::fill(cover_.begin(), cover_.end(), 0);
            for (Vertex s : set) ball(s, [&](Vertex w) { ++cover_[w]; });
            std::int64_t base = 0;
            for (std::size_t v = 0; v < n_; ++v) base += (cover_[v] && !mask_[v]) ? 1 : 0;
            for (Vertex c : candidates) {
                if (mask_[c]) continue;
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
};

/// C(c, k), or limit + 1 when it exceeds limit.
std::uint64_t choose_capped(std::uint64_t c, std::uint64_t k, std::uint64_t limit) {
    std::uint64_t result = 1;
    for (std::uint64_t i = 1; i <= k; ++i) {
        result = result * (c - k + i) / i;  // exact: C(c-k+i, i), non-decreasing in i
        if (result > limit) return limit + 1;
    }
    return result;
}

double to_score(std::int64_t value, KeyPlayerGoal goal, std::size_t n, std::size_t k) {
    const double rest = static_cast<double>(n - k);
    if (goal == KeyPlayerGoal::fragment) {
        if (n - k < 2) return 0.0;
        return 1.0 + static_cast<double>(value) / (rest * (rest - 1.0));
    }
    return n == k ? 0.0 : static_cast<double>(value) / rest;
}

/// Improves `set` by best swaps until none helps; returns its value.
std::int64_t improve(Evaluator& eval, std::vector<Vertex>& set, std::span<const Vertex> candidates, std::int64_t value,
                     std::vector<std::int64_t>& scratch, std::vector<std::uint8_t>& in_set) {
    for (;;) {
        std::int64_t best = value;
        std::size_t out_pos = set.size();
        Vertex in = 0;
        for (std::size_t i = 0; i < set.size(); ++i) {
            std::vector<Vertex> rest = set;
            rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(i));
            eval.values_with_each(rest, candidates, scratch);
            for (Vertex c : candidates)
                if (!in_set[c] && scratch[c] > best) {
                    best = scratch[c];
                    out_pos = i;
                    in = c;
                }
        }
        if (out_pos == set.size()) return value;
        in_set[set[out_pos]] = 0;
        in_set[in] = 1;
        set[out_pos] = in;
        value = best;
    }
}

}  // namespace

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
}

void KeyPlayers::run() {
    const std::size_t n = graph_.vertex_count(), k = options_.k;
    const std::vector<Vertex>& cand = options_.candidates;
    Evaluator eval(graph_, options_.goal, options_.radius);

    if (choose_capped(cand.size(), k, options_.exact_limit) <= options_.exact_limit) {
        std::vector<std::size_t> pos(k);
        for (std::size_t i = 0; i < k; ++i) pos[i] = i;
        std::vector<Vertex> set(k);
        std::int64_t best = 0;
        bool first = true;
        for (;;) {
            for (std::size_t i = 0; i < k; ++i) set[i] = cand[pos[i]];
            const std::int64_t value = eval.value(set);
            if (first || value > best) {
                best = value;
                set_ = set;
                first = false;
            }
            std::size_t i = k;  // next combination in lexicographic order
            while (i > 0 && pos[i - 1] == cand.size() - k + (i - 1)) --i;
            if (i == 0) break;
            ++pos[i - 1];
            for (std::size_t j = i; j < k; ++j) pos[j] = pos[j - 1] + 1;
        }
        exact_ = true;
        score_ = worst_ = to_score(best, options_.goal, n, k);
        restarts_run_ = restarts_at_best_ = 0;
        has_run_ = true;
        return;
    }

    std::vector<std::int64_t> scratch;
    std::vector<std::uint8_t> in_set(n, 0);
    std::mt19937_64 rng(options_.seed);
    // With other processes (ecosys/distribution.hpp) each runs a contiguous share of the
    // restarts. A random start draws exactly k numbers, so a share's first start is
    // reached by discarding those of the starts before it. Each restart's end (its
    // value and sorted set, whole numbers) goes into its own slots of one vector that
    // is zero elsewhere, so the sum over the processes is every restart's end, exactly;
    // the best is then chosen in restart order, as one process would.
    const std::size_t R = options_.restarts;
    detail::SharedSources share(distribution_, "keyplayer_restarts", R);
    if (share.begin() > 1) rng.discard(static_cast<unsigned long long>(k) * (share.begin() - 1));
    std::vector<double> results(R * (1 + k), 0.0);
    for (std::size_t r = share.begin(); r < share.end(); ++r) {
        std::vector<Vertex> set;
        std::fill(in_set.begin(), in_set.end(), 0);
        if (r == 0) {  // greedy: add the best candidate, K times
            for (std::size_t step = 0; step < k; ++step) {
                eval.values_with_each(set, cand, scratch);
                Vertex pick = 0;
                bool found = false;
                for (Vertex c : cand)
                    if (!in_set[c] && (!found || scratch[c] > scratch[pick])) {
                        pick = c;
                        found = true;
                    }
                set.push_back(pick);
                in_set[pick] = 1;
            }
        } else {  // a random K-subset: the first K of a partial Fisher-Yates shuffle
            std::vector<Vertex> pool = cand;
            for (std::size_t i = 0; i < k; ++i) {
                const std::size_t j = i + static_cast<std::size_t>(rng() % (pool.size() - i));
                std::swap(pool[i], pool[j]);
                set.push_back(pool[i]);
                in_set[pool[i]] = 1;
            }
        }
        const std::int64_t value = improve(eval, set, cand, eval.value(set), scratch, in_set);
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
        std::vector<Vertex> set(k);
        for (std::size_t i = 0; i < k; ++i) set[i] = static_cast<Vertex>(slot[1 + i]);
        ends.push_back(value);
        if (r == 0 || value > best || (value == best && set < set_)) {
            best = value;
            set_ = set;
        }
        worst = r == 0 ? value : std::min(worst, value);
    }
    std::sort(set_.begin(), set_.end());
    restarts_run_ = options_.restarts;
    restarts_at_best_ = static_cast<std::size_t>(std::count(ends.begin(), ends.end(), best));
    score_ = to_score(best, options_.goal, n, k);
    worst_ = to_score(worst, options_.goal, n, k);
    has_run_ = true;
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
