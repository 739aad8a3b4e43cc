#include "ecosys/metrics/louvain.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <random>

#include "ecosys/metrics/modularity.hpp"
#include "metrics/community_ids.hpp"
#include "util/parallel.hpp"

namespace ecosys {

namespace {

/// One level's graph: weighted CSR without self-loops, plus the weight of each
/// vertex's self-loop (the ties inside a community of the level below).
struct LouvainLevel {
    std::vector<std::size_t> offsets{0};
    std::vector<std::uint32_t> targets;
    std::vector<double> weights;
    std::vector<double> self_loop;
    std::vector<double> strength;  ///< sum of tie weights, self-loop counted twice

    [[nodiscard]] std::size_t size() const { return self_loop.size(); }
};

LouvainLevel first_louvain_level(const Graph& g, bool weighted) {
    LouvainLevel level;
    const std::size_t n = g.vertex_count();
    level.offsets.assign(g.offsets().begin(), g.offsets().end());
    level.targets.assign(g.targets().begin(), g.targets().end());
    if (weighted) level.weights.assign(g.edge_weights().begin(), g.edge_weights().end());
    else level.weights.assign(g.targets().size(), 1.0);
    level.self_loop.assign(n, 0.0);
    level.strength.assign(n, 0.0);
    for (std::size_t v = 0; v < n; ++v)
        for (std::size_t e = level.offsets[v]; e < level.offsets[v + 1]; ++e) level.strength[v] += level.weights[e];
    return level;
}

/// Fisher-Yates with a fully specified generator (std::shuffle's algorithm is not).
void shuffle_by_modulo(std::vector<std::uint32_t>& items, std::mt19937_64& rng) {
    for (std::size_t i = items.size(); i > 1; --i) {
        const std::size_t j = rng() % i;
        std::swap(items[i - 1], items[j]);
    }
}

/// Local moving on one level, from singletons or (`keep_initial`) from the partition
/// already in `community` (ids < n). Returns whether any vertex moved.
bool move_vertices(const LouvainLevel& g, double resolution, std::mt19937_64& rng, std::vector<std::uint32_t>& community,
                   bool keep_initial, detail::SerialProgress& ticker) {
    const std::size_t n = g.size();
    double total = 0.0;  // 2m
    for (double k : g.strength) total += k;
    if (!keep_initial) {
        community.resize(n);
        std::iota(community.begin(), community.end(), std::uint32_t{0});
    }
    if (total == 0.0) return false;

    std::vector<double> community_strength(n, 0.0);
    for (std::size_t v = 0; v < n; ++v) community_strength[community[v]] += g.strength[v];
    std::vector<double> weight_to(n, 0.0);
    std::vector<unsigned char> is_touched(n, 0);
    std::vector<std::uint32_t> touched;
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), std::uint32_t{0});
    shuffle_by_modulo(order, rng);

    // A queue of the vertices to visit, first all in shuffled order; a vertex that
    // moves puts its neighbours outside its new community back in the queue. So
    // once most vertices have settled only the few around the last moves are
    // visited again, instead of whole passes moving a handful each (V. A. Traag,
    // L. Waltman, N. J. van Eck (2019), From Louvain to Leiden, Sci. Rep. 9, "fast
    // local move").
    std::vector<std::uint32_t> queue(order);  // a ring: each vertex is in it at most once
    std::vector<unsigned char> queued(n, 1);
    std::size_t head = 0, size = n;
    bool moved_any = false;
    constexpr std::size_t max_visits_per_vertex = 1000;  // a safety net; each move raises modularity
    for (std::size_t visits = 0; size > 0 && visits < max_visits_per_vertex * n; ++visits) {
        if ((visits & 1023) == 0) ticker.tick(0);  // Ctrl-C and progress, within a few ms
        const std::uint32_t v = queue[head];
        head = head + 1 == n ? 0 : head + 1;
        --size;
        queued[v] = 0;
        const std::uint32_t old_community = community[v];
        const double k = g.strength[v];
        touched.clear();
        touched.push_back(old_community);
        is_touched[old_community] = 1;
        for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
            const std::uint32_t c = community[g.targets[e]];
            if (!is_touched[c]) {
                is_touched[c] = 1;
                touched.push_back(c);
            }
            weight_to[c] += g.weights[e];
        }
        community_strength[old_community] -= k;
        // Gain of joining c (up to the factor 2/m common to all): k_{v,c} - res * tot_c * k_v / 2m.
        std::uint32_t best = old_community;
        double best_gain = weight_to[old_community] - resolution * community_strength[old_community] * k / total;
        const double epsilon = 1e-12 * std::max(k, std::numeric_limits<double>::min());
        for (std::uint32_t c : touched) {
            const double gain = weight_to[c] - resolution * community_strength[c] * k / total;
            if (gain > best_gain + epsilon) {
                best_gain = gain;
                best = c;
            }
        }
        community_strength[best] += k;
        community[v] = best;
        for (std::uint32_t c : touched) {
            weight_to[c] = 0.0;
            is_touched[c] = 0;
        }
        if (best == old_community) continue;
        moved_any = true;
        for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
            const std::uint32_t u = g.targets[e];
            if (queued[u] || community[u] == best) continue;
            queued[u] = 1;
            queue[(head + size) % n] = u;
            ++size;
        }
    }
    return moved_any;
}

/// The graph whose vertices are the communities of `g`.
LouvainLevel aggregate_louvain_level(const LouvainLevel& g, const std::vector<std::uint32_t>& community, std::uint32_t count) {
    const std::size_t n = g.size();
    std::vector<std::size_t> begin(count + 1, 0);
    for (std::uint32_t c : community) ++begin[c + 1];
    for (std::uint32_t c = 0; c < count; ++c) begin[c + 1] += begin[c];
    std::vector<std::uint32_t> members(n);
    {
        std::vector<std::size_t> next(begin.begin(), begin.end() - 1);
        for (std::uint32_t v = 0; v < n; ++v) members[next[community[v]]++] = v;
    }

    LouvainLevel next;
    next.self_loop.assign(count, 0.0);
    next.strength.assign(count, 0.0);
    next.offsets.assign(count + 1, 0);
    std::vector<double> weight_to(count, 0.0);
    std::vector<unsigned char> is_touched(count, 0);
    std::vector<std::uint32_t> touched;
    for (std::uint32_t c = 0; c < count; ++c) {
        touched.clear();
        double inside_twice = 0.0;
        for (std::size_t i = begin[c]; i < begin[c + 1]; ++i) {
            const std::uint32_t v = members[i];
            next.self_loop[c] += g.self_loop[v];
            next.strength[c] += g.strength[v];
            for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
                const std::uint32_t d = community[g.targets[e]];
                if (d == c) {
                    inside_twice += g.weights[e];
                    continue;
                }
                if (!is_touched[d]) {
                    is_touched[d] = 1;
                    touched.push_back(d);
                }
                weight_to[d] += g.weights[e];
            }
        }
        next.self_loop[c] += inside_twice / 2.0;
        std::sort(touched.begin(), touched.end());
        for (std::uint32_t d : touched) {
            next.targets.push_back(d);
            next.weights.push_back(weight_to[d]);
            weight_to[d] = 0.0;
            is_touched[d] = 0;
        }
        next.offsets[c + 1] = next.targets.size();
    }
    return next;
}

}  // namespace

void Louvain::run() {
    const std::size_t n = graph_.vertex_count();
    std::mt19937_64 rng(seed_);
    std::vector<std::uint32_t> best(n);
    std::iota(best.begin(), best.end(), std::uint32_t{0});
    double best_modularity = ecosys::modularity(graph_, best, weighted_, resolution_);

    // Round 0 is plain Louvain. Each further round starts again from the single
    // actors, but inside the best partition so far, so that actors a coarse level
    // placed badly can move; rounds stop when one no longer raises modularity.
    constexpr int max_rounds = 32;
    detail::SerialProgress ticker(progress_, "louvain", 1);  // no count known ahead: reports 0 of 1
    for (int round = 0; round < max_rounds; ++round) {
        std::vector<std::uint32_t> community(n);
        std::iota(community.begin(), community.end(), std::uint32_t{0});
        LouvainLevel level = first_louvain_level(graph_, weighted_);
        std::vector<std::uint32_t> level_community;
        if (round > 0) level_community = best;
        bool first_level_of_round = true;
        while (level.size() > 1 &&
               move_vertices(level, resolution_, rng, level_community, first_level_of_round && round > 0, ticker)) {
            first_level_of_round = false;
            const std::uint32_t count = detail::renumber_in_order(level_community);
            for (std::uint32_t& c : community) c = level_community[c];
            if (count == level.size()) break;
            level = aggregate_louvain_level(level, level_community, count);
        }
        const double q = ecosys::modularity(graph_, community, weighted_, resolution_);
        if (round > 0 && q <= best_modularity + 1e-12) break;
        if (q > best_modularity || round == 0) {
            best = std::move(community);
            best_modularity = q;
        }
    }
    community_ = std::move(best);
    count_ = detail::renumber_in_order(community_);
    modularity_ = ecosys::modularity(graph_, community_, weighted_, resolution_);
    has_run_ = true;
}

const std::vector<std::uint32_t>& Louvain::communities() const {
    assure_finished();
    return community_;
}

std::size_t Louvain::count() const {
    assure_finished();
    return count_;
}

double Louvain::modularity() const {
    assure_finished();
    return modularity_;
}

}  // namespace ecosys
