#include "ecosys/compare/curveball.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "util/random.hpp"

namespace ecosys {

using detail::uniform_below;

GlobalCurveball::GlobalCurveball(std::size_t n, std::span<const Edge> edges)
    : n_(n), original_(edges.begin(), edges.end()), actors_(n, Actor{0, 0, 0, 0}), order_(n) {
    if (n > std::numeric_limits<std::uint32_t>::max() / 2 || 2 * edges.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("GlobalCurveball: more than 2^31 vertices or ties");
    std::vector<std::uint32_t> degree(n, 0);
    for (auto& [u, v] : original_) {
        if (u == v || u >= n || v >= n) throw std::invalid_argument("GlobalCurveball: a self-loop or a vertex out of range");
        if (u > v) std::swap(u, v);
        ++degree[u];
        ++degree[v];
    }
    std::uint32_t offset = 0;
    for (std::size_t v = 0; v < n; ++v) {
        actors_[v].slot = offset;
        offset += degree[v];
    }
    slots_.resize(offset);
    edges_ = original_;
}

void GlobalCurveball::set_start(std::span<const Edge> edges) {
    // The slots are laid out by degree: the new graph must have the same degrees.
    std::vector<std::uint32_t> degree(n_, 0);
    bool fits = edges.size() == original_.size();
    for (const auto& [u, v] : edges) {
        if (u == v || u >= n_ || v >= n_) {
            fits = false;
            break;
        }
        ++degree[u];
        ++degree[v];
    }
    for (std::size_t v = 0; fits && v < n_; ++v) {
        const std::uint32_t end = v + 1 < n_ ? actors_[v + 1].slot : static_cast<std::uint32_t>(slots_.size());
        fits = degree[v] == end - actors_[v].slot;
    }
    if (!fits) throw std::invalid_argument("GlobalCurveball::set_start: not the degree sequence of the graph");
    original_.assign(edges.begin(), edges.end());
    for (auto& [u, v] : original_)
        if (u > v) std::swap(u, v);
}

void GlobalCurveball::run(std::size_t global_trades, std::mt19937_64& rng) {
    edges_ = original_;
    moved_ = 0;
    for (std::size_t v = 0; v < n_; ++v) order_[v] = static_cast<Vertex>(v);
    if (n_ < 2 || edges_.empty()) return;
    for (std::size_t t = 0; t < global_trades; ++t) global_trade(rng);
}

void GlobalCurveball::global_trade(std::mt19937_64& rng) {
    const std::size_t n = n_;
    Actor* const actor = actors_.data();
    Vertex* const slots = slots_.data();

    // A uniform random pairing: trade k is order_[2k] with order_[2k + 1]; when n is
    // odd, order_[n - 1] trades with nobody (its index, n / 2, is after all others).
    for (std::size_t i = n - 1; i > 0; --i) std::swap(order_[i], order_[uniform_below(rng, i + 1)]);
    for (std::size_t i = 0; i < n; ++i) {
        Actor& a = actor[order_[i]];
        a.trade = static_cast<std::uint32_t>(i / 2);
        a.fill = 0;
    }

    // Every tie goes to the slot of its end that trades first; a tie between the two
    // partners of a trade is never traded and stays as it is.
    next_edges_.clear();
    for (const auto& [a, b] : edges_) {
        Actor& x = actor[a];
        Actor& y = actor[b];
        if (x.trade == y.trade) next_edges_.emplace_back(a, b);
        else if (x.trade < y.trade) slots[x.slot + x.fill++] = b;
        else slots[y.slot + y.fill++] = a;
    }

    // After its trade, a tie {x, w} goes on to w when w trades later, else it is final.
    auto hand_on = [&](Vertex x, Vertex w, std::uint32_t k) {
        Actor& to = actor[w];
        if (to.trade > k) slots[to.slot + to.fill++] = x;
        else next_edges_.emplace_back(std::min(x, w), std::max(x, w));
    };

    const std::size_t trades = n / 2;
    for (std::size_t t = 0; t < trades; ++t) {
        const auto k = static_cast<std::uint32_t>(t);
        const Vertex u = order_[2 * t], v = order_[2 * t + 1];
        // The slots now hold every neighbour of u and of v but each other: those
        // trading later from the start, those trading earlier handed on since.
        const Vertex* const lu = slots + actor[u].slot;
        const Vertex* const lv = slots + actor[v].slot;
        const std::size_t du = actor[u].fill, dv = actor[v].fill;
        if (du == 0 || dv == 0) {  // nothing to exchange
            for (std::size_t i = 0; i < du; ++i) hand_on(u, lu[i], k);
            for (std::size_t i = 0; i < dv; ++i) hand_on(v, lv[i], k);
            continue;
        }
        if (stamp_ >= 0xfffffffdu) {
            for (Actor& a : actors_) a.mark = 0;
            stamp_ = 0;
        }
        const std::uint32_t in_u = ++stamp_, shared = ++stamp_;
        for (std::size_t i = 0; i < du; ++i) actor[lu[i]].mark = in_u;
        common_.clear();
        pool_.clear();
        for (std::size_t i = 0; i < dv; ++i) {
            const Vertex w = lv[i];
            if (actor[w].mark == in_u) {
                actor[w].mark = shared;
                common_.push_back(w);
            }
        }
        for (std::size_t i = 0; i < du; ++i)
            if (actor[lu[i]].mark != shared) pool_.push_back(lu[i]);
        const std::size_t only_u = pool_.size();
        for (std::size_t i = 0; i < dv; ++i)
            if (actor[lv[i]].mark != shared) pool_.push_back(lv[i]);
        const std::size_t size = pool_.size(), only_v = size - only_u;

        // A uniform subset of the pool for the side with fewer of it (a partial
        // Fisher-Yates shuffle): u gets pool_[0, only_u) and v the rest either way.
        const std::size_t pick = std::min(only_u, only_v);
        for (std::size_t i = 0; i < pick; ++i) std::swap(pool_[i], pool_[i + uniform_below(rng, size - i)]);
        if (only_v < only_u) std::rotate(pool_.begin(), pool_.begin() + static_cast<std::ptrdiff_t>(pick), pool_.end());

        for (Vertex w : common_) {
            hand_on(u, w, k);
            hand_on(v, w, k);
        }
        for (std::size_t i = 0; i < only_u; ++i) hand_on(u, pool_[i], k);
        for (std::size_t i = only_u; i < size; ++i) {
            moved_ += actor[pool_[i]].mark == in_u ? 2 : 0;  // was u's, now v's; as many went the other way
            hand_on(v, pool_[i], k);
        }
    }
    if (n % 2 == 1) {
        const Vertex lone = order_[n - 1];
        for (std::size_t i = 0; i < actor[lone].fill; ++i) {
            const Vertex w = slots[actor[lone].slot + i];
            next_edges_.emplace_back(std::min(lone, w), std::max(lone, w));
        }
    }
    edges_.swap(next_edges_);
}

}  // namespace ecosys
