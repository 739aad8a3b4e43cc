#pragma once
// Key players (Borgatti 2006): the K actors whose removal fragments the network
// most (KPP-Neg), or who reach the most others within a few steps (KPP-Pos).

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

enum class KeyPlayerGoal {
    /// Maximise fragmentation F of the graph without the set (metrics/fragmentation.hpp).
    fragment,
    /// Maximise the share of the vertices outside the set within `radius` steps of it.
    reach,
};

struct KeyPlayerOptions {
    std::size_t k = 1;
    KeyPlayerGoal goal = KeyPlayerGoal::fragment;
    /// reach: how many steps count as reached (>= 1).
    unsigned radius = 1;
    /// Vertices that may be chosen, any order; empty = every vertex.
    std::vector<Graph::Vertex> candidates;
    /// Seed of the random starting sets of the restarts (same seed, same answer).
    std::uint64_t seed = 1;
    /// Local searches: the first starts from the greedy set, the others from random sets.
    std::size_t restarts = 8;
    /// Every K-subset of the candidates is tried when there are at most this many.
    std::uint64_t exact_limit = 20000;
};

/// The score of a given set: fragmentation of the graph without it, or the share of
/// the other vertices reached within `radius` steps. O(n + m).
[[nodiscard]] double key_player_score(const Graph& graph, std::span<const Graph::Vertex> set, KeyPlayerGoal goal,
                                      unsigned radius = 1);

/// Finds a set of K vertices that maximises the goal. When C(candidates, K) <=
/// exact_limit every set is tried (exact() is true; among equal scores the first in
/// lexicographic order of candidate positions). Otherwise a greedy set (each step
/// the candidate with the best score added; ties to the lowest vertex) and random
/// sets are each improved by swaps (one member out, one candidate in, the best swap
/// first) until no swap improves; the best set found is kept.
///
/// Cost per swap round, K sets of candidates evaluated at once: fragment O(K (n + m))
/// (one low-point search per member left out gives the score of every candidate:
/// connected_pairs_without_each); reach O(K c b), c candidates, b the size of a
/// radius-ball. Exact enumeration: O(C(c, K) (n + m)).
/// Throws UsageError when K is 0 or larger than the candidates, or radius is 0.
class KeyPlayers final : public Algorithm {
public:
    KeyPlayers(const Graph& graph, KeyPlayerOptions options);

    void run() override;

    /// The set found, ascending vertices.
    [[nodiscard]] const std::vector<Graph::Vertex>& set() const;
    /// Its score (fragmentation or reach share, 0 .. 1).
    [[nodiscard]] double score() const;
    /// Whether every candidate set was tried.
    [[nodiscard]] bool exact() const;
    /// Local searches run (0 when exact), and how many of them ended at the best score.
    [[nodiscard]] std::size_t restarts_run() const;
    [[nodiscard]] std::size_t restarts_at_best() const;
    /// The lowest score a local search ended at (score() when exact).
    [[nodiscard]] double worst_restart_score() const;

private:
    const Graph& graph_;
    KeyPlayerOptions options_;
    std::vector<Graph::Vertex> set_;
    double score_ = 0.0;
    bool exact_ = false;
    std::size_t restarts_run_ = 0, restarts_at_best_ = 0;
    double worst_ = 0.0;
};

}  // namespace ecosys
