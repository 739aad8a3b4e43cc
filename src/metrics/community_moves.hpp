#pragma once
// Private: the pieces of local moving and aggregation that Louvain and Leiden share:
// the graph of one level, the weights from a vertex to the communities around it, the
// queue of vertices to visit, the choice of the best community, and the next level.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include "ecosys/graph/graph.hpp"

namespace ecosys::detail {

/// One level's graph: weighted CSR of the ties between its vertices, and of each
/// vertex its strength and its number of actors. The ties inside a vertex (the
/// community of the level below it stands for) count in its strength only: no move
/// changes them.
struct LevelGraph {
    std::vector<std::size_t> offsets{0};
    std::vector<std::uint32_t> targets;
    std::vector<double> weights;
    std::vector<double> strength;  ///< sum of the weights of its actors' ties
    std::vector<double> actors;    ///< number of actors it stands for

    [[nodiscard]] std::size_t size() const { return actors.size(); }
};

/// The first level: the graph itself, one actor a vertex.
inline LevelGraph first_level(const Graph& g, bool weighted) {
    LevelGraph level;
    const std::size_t n = g.vertex_count();
    level.offsets.assign(g.offsets().begin(), g.offsets().end());
    level.targets.assign(g.targets().begin(), g.targets().end());
    if (weighted) level.weights.assign(g.edge_weights().begin(), g.edge_weights().end());
    else level.weights.assign(g.targets().size(), 1.0);
    level.strength.assign(n, 0.0);
    level.actors.assign(n, 1.0);
    for (std::size_t v = 0; v < n; ++v)
        for (std::size_t e = level.offsets[v]; e < level.offsets[v + 1]; ++e) level.strength[v] += level.weights[e];
    return level;
}

/// The weights from one vertex to the communities around it, gathered in the order
/// its neighbour list meets them; reset() clears for the next vertex in O(touched).
class CommunityWeights {
public:
    explicit CommunityWeights(std::size_t n) : weight_(n, 0.0), seen_(n, 0) {}

    void add(std::uint32_t c, double w) {
        if (!seen_[c]) {
            seen_[c] = 1;
            touched_.push_back(c);
        }
        weight_[c] += w;
    }
    /// The ties of v in `g` to each community, v's own community first (touched even
    /// when v has no tie into it, so that staying is always a choice).
    void add_ties_of(const LevelGraph& g, std::uint32_t v, const std::vector<std::uint32_t>& community) {
        add(community[v], 0.0);
        for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) add(community[g.targets[e]], g.weights[e]);
    }
    [[nodiscard]] double weight(std::uint32_t c) const { return weight_[c]; }
    [[nodiscard]] const std::vector<std::uint32_t>& touched() const { return touched_; }
    void reset() {
        for (std::uint32_t c : touched_) {
            weight_[c] = 0.0;
            seen_[c] = 0;
        }
        touched_.clear();
    }

private:
    std::vector<double> weight_;
    std::vector<unsigned char> seen_;
    std::vector<std::uint32_t> touched_;
};

/// The vertices local moving still has to visit, each in it at most once: at first
/// all, in the order given; a vertex that moves queues its neighbours outside its new
/// community. So once most vertices have settled only the few around the last moves
/// are visited again, instead of whole passes moving a handful each (V. A. Traag,
/// L. Waltman, N. J. van Eck (2019), From Louvain to Leiden, Sci. Rep. 9, "fast
/// local move").
class MoveQueue {
public:
    explicit MoveQueue(std::vector<std::uint32_t> order)
        : ring_(std::move(order)), queued_(ring_.size(), 1), size_(ring_.size()) {}

    [[nodiscard]] bool empty() const { return size_ == 0; }

    std::uint32_t pop() {
        const std::uint32_t v = ring_[head_];
        head_ = head_ + 1 == ring_.size() ? 0 : head_ + 1;
        --size_;
        queued_[v] = 0;
        return v;
    }

    /// Queues the neighbours of v in `g` outside community c, those not queued yet.
    void queue_neighbours_outside(const LevelGraph& g, std::uint32_t v, const std::vector<std::uint32_t>& community,
                                  std::uint32_t c) {
        for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
            const std::uint32_t u = g.targets[e];
            if (queued_[u] || community[u] == c) continue;
            queued_[u] = 1;
            ring_[(head_ + size_) % ring_.size()] = u;
            ++size_;
        }
    }

private:
    std::vector<std::uint32_t> ring_;
    std::vector<unsigned char> queued_;
    std::size_t head_ = 0, size_;
};

/// By how much a move must beat staying for a vertex of this strength: more than
/// rounding, or two communities could trade a vertex forever.
inline double move_tolerance(double strength) { return 1e-12 * std::max(strength, std::numeric_limits<double>::min()); }

/// The community of `weights.touched()` with the largest gain(c), and that gain:
/// `current` unless another beats it by more than `tolerance`; the first met among
/// those that do equally well.
template <class Gain>
std::pair<std::uint32_t, double> best_community(const CommunityWeights& weights, std::uint32_t current, double tolerance,
                                                Gain gain) {
    std::uint32_t best = current;
    double best_gain = gain(current);
    for (std::uint32_t c : weights.touched()) {
        const double candidate = gain(c);
        if (candidate > best_gain + tolerance) {
            best_gain = candidate;
            best = c;
        }
    }
    return {best, best_gain};
}

/// The level above `g`: its vertices are the communities `community` (ids 0 .. count-1)
/// of g, tied with the summed weights of the ties between them (neighbours in
/// increasing order), their strengths and actors summed.
inline LevelGraph aggregate(const LevelGraph& g, const std::vector<std::uint32_t>& community, std::uint32_t count) {
    const std::size_t n = g.size();
    std::vector<std::size_t> begin(count + 1, 0);
    for (std::uint32_t c : community) ++begin[c + 1];
    for (std::uint32_t c = 0; c < count; ++c) begin[c + 1] += begin[c];
    std::vector<std::uint32_t> members(n);
    {
        std::vector<std::size_t> next(begin.begin(), begin.end() - 1);
        for (std::uint32_t v = 0; v < n; ++v) members[next[community[v]]++] = v;
    }

    LevelGraph next;
    next.strength.assign(count, 0.0);
    next.actors.assign(count, 0.0);
    next.offsets.assign(count + 1, 0);
    CommunityWeights weights(count);
    std::vector<std::uint32_t> neighbours;
    for (std::uint32_t c = 0; c < count; ++c) {
        for (std::size_t i = begin[c]; i < begin[c + 1]; ++i) {
            const std::uint32_t v = members[i];
            next.strength[c] += g.strength[v];
            next.actors[c] += g.actors[v];
            for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
                const std::uint32_t d = community[g.targets[e]];
                if (d != c) weights.add(d, g.weights[e]);
            }
        }
        neighbours.assign(weights.touched().begin(), weights.touched().end());
        std::sort(neighbours.begin(), neighbours.end());
        for (std::uint32_t d : neighbours) {
            next.targets.push_back(d);
            next.weights.push_back(weights.weight(d));
        }
        weights.reset();
        next.offsets[c + 1] = next.targets.size();
    }
    return next;
}

}  // namespace ecosys::detail
