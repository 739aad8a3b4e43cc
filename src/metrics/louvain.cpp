#include "ecosys/metrics/louvain.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <random>

#include "ecosys/metrics/modularity.hpp"
#include "metrics/community_ids.hpp"
#include "metrics/community_moves.hpp"
#include "util/parallel.hpp"

namespace ecosys {

namespace {

/// Fisher-Yates with a fully specified generator (std::shuffle's algorithm is not).
void shuffle_by_modulo(std::vector<std::uint32_t>& items, std::mt19937_64& rng) {
    for (std::size_t i = items.size(); i > 1; --i) {
        const std::size_t j = rng() % i;
        std::swap(items[i - 1], items[j]);
    }
}

/// Local moving on one level, from singletons or (`keep_initial`) from the partition
/// already in `community` (ids < n): the vertices in a queue (detail::MoveQueue), first
/// all in shuffled order. Returns whether any vertex moved.
bool move_vertices(const detail::LevelGraph& g, double resolution, std::mt19937_64& rng,
                   std::vector<std::uint32_t>& community, bool keep_initial, detail::SerialProgress& ticker) {
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
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), std::uint32_t{0});
    shuffle_by_modulo(order, rng);
    detail::MoveQueue queue(std::move(order));
    detail::CommunityWeights weights(n);
    bool moved_any = false;
    constexpr std::size_t max_visits_per_vertex = 1000;  // a safety net; each move raises modularity
    for (std::size_t visits = 0; !queue.empty() && visits < max_visits_per_vertex * n; ++visits) {
        if ((visits & 1023) == 0) ticker.tick(0);  // Ctrl-C and progress, within a few ms
        const std::uint32_t v = queue.pop();
        const std::uint32_t old_community = community[v];
        const double k = g.strength[v];
        weights.add_ties_of(g, v, community);
        community_strength[old_community] -= k;
        // Gain of joining c (up to the factor 2/m common to all): k_{v,c} - res * tot_c * k_v / 2m.
        const std::uint32_t best =
            detail::best_community(weights, old_community, detail::move_tolerance(k), [&](std::uint32_t c) {
                return weights.weight(c) - resolution * community_strength[c] * k / total;
            }).first;
        weights.reset();
        community_strength[best] += k;
        community[v] = best;
        if (best == old_community) continue;
        moved_any = true;
        queue.queue_neighbours_outside(g, v, community, best);
    }
    return moved_any;
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
        detail::LevelGraph level = detail::first_level(graph_, weighted_);
        std::vector<std::uint32_t> level_community;
        if (round > 0) level_community = best;
        bool first_level_of_round = true;
        while (level.size() > 1 &&
               move_vertices(level, resolution_, rng, level_community, first_level_of_round && round > 0, ticker)) {
            first_level_of_round = false;
            const std::uint32_t count = detail::renumber_in_order(level_community);
            for (std::uint32_t& c : community) c = level_community[c];
            if (count == level.size()) break;
            level = detail::aggregate(level, level_community, count);
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
