#pragma once
// Key players (Borgatti 2006): the K actors whose removal fragments the network
// most (KPP-Neg), or who reach the most others within a few steps (KPP-Pos).

#include <cstddef>
#include <cstdint>
#include <limits>
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

/// The work budgets below count visits of vertices and ties: one search over the
/// graph costs n + m units. Measured at 2.6-5.8 ns per unit on real networks (two
/// shared cores; up to 16 on random graphs), so exact search within the default budget
/// takes about 1-2 s at most, and a greedy look-ahead step or a two-swap round about
/// 20 ms (docs/whatif.md, "Key players").
inline constexpr std::uint64_t default_key_player_exact_budget = 300'000'000;
inline constexpr std::uint64_t default_key_player_search_budget = 5'000'000;

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
    /// Every K-subset of the candidates is tried when key_player_exact_cost() is at
    /// most exact_budget and there are at most exact_limit subsets (0: never).
    std::uint64_t exact_budget = default_key_player_exact_budget;
    std::uint64_t exact_limit = std::numeric_limits<std::uint64_t>::max();
    /// The most one greedy look-ahead step or one two-swap round may cost (same units).
    std::uint64_t search_budget = default_key_player_search_budget;
};

/// The score of a given set: fragmentation of the graph without it, or the share of
/// the other vertices reached within `radius` steps. O(n + m).
[[nodiscard]] double key_player_score(const Graph& graph, std::span<const Graph::Vertex> set, KeyPlayerGoal goal,
                                      unsigned radius = 1);

/// C(n, k), or UINT64_MAX when it does not fit in 64 bits (never overflows).
[[nodiscard]] std::uint64_t binomial_saturated(std::uint64_t n, std::uint64_t k);

/// The estimated work of trying every K-subset of `candidates` vertices on a graph
/// of n vertices and m ties, in the units of default_key_player_exact_budget:
/// C(c, K-1) (n + m) for fragment and for reach within 1 step (one search scores every
/// completion of a (K-1)-subset), C(c, K) (n + m) for reach within 2 or more steps
/// (a search per set, at most n + m each). UINT64_MAX when it does not fit.
[[nodiscard]] std::uint64_t key_player_exact_cost(std::size_t n, std::size_t m, std::size_t candidates, std::size_t k,
                                                  KeyPlayerGoal goal, unsigned radius = 1);

/// Finds a set of K vertices that maximises the goal.
///
/// For fragment, candidates no best set needs are dropped first (unless fewer than K
/// would be left): isolated vertices, and vertices of degree 1 whose neighbour has a
/// larger degree and is a candidate (removing that neighbour instead is never worse).
///
/// Exact: when key_player_exact_cost() <= exact_budget and C(c, K) <= exact_limit,
/// every set is tried (exact() is true; among equal scores the first in lexicographic
/// order of candidate positions): for each (K-1)-subset in that order one search gives
/// the score of adding each later candidate (fragment: one low-point search, as
/// connected_pairs_without_each). No allocation per set.
///
/// Otherwise a heuristic: a greedy set and `restarts - 1` random sets, each improved
/// by swaps. Greedy adds the candidate with the best score, K times; where several tie
/// it ranks them, for fragment, by how near their removal brings some remaining vertex
/// to isolation (the largest share of its ties removed), then looks one step ahead over
/// as many of them as search_budget allows (the one whose best next addition scores
/// most), then takes the lowest vertex: on flat ground, where no single removal splits
/// the graph, the start still heads for a split. A swap takes one member out and one
/// candidate in, the best swap first, while one improves; when none does, a two-swap
/// round (two out, two in; per pair of members out, the first newcomers ranked as greedy
/// ranks them, as many as search_budget allows, each with every second newcomer) looks
/// for an improvement, and the search goes on from the best. The best set found is
/// kept; upper_bound() says how far from the optimum it can be at most.
///
/// Cost per swap round, K sets of candidates evaluated at once: fragment O(K (n + m))
/// (one low-point search per member left out gives the score of every candidate:
/// connected_pairs_without_each); reach O(K c b), c candidates, b the size of a
/// radius-ball. Exact enumeration: key_player_exact_cost().
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
    /// A score no set of K candidates exceeds: score() when exact; otherwise for
    /// fragment the fragmentation of n - K actors split as evenly as possible into
    /// the most pieces K removals can leave (components + the sum of the K largest
    /// candidate degrees minus K), for reach the smallest of 1, the K largest single
    /// reaches added up, and the greedy set's reach over 1 - (1 - 1/K)^K (coverage is
    /// submodular). Often loose: a bound, not an estimate.
    [[nodiscard]] double upper_bound() const;
    /// The estimated cost of exact search, key_player_exact_cost() over the candidates
    /// kept (saturated).
    [[nodiscard]] std::uint64_t exact_cost() const;
    /// Local searches run (0 when exact), and how many of them ended at the best score.
    [[nodiscard]] std::size_t restarts_run() const;
    [[nodiscard]] std::size_t restarts_at_best() const;
    /// The lowest score a local search ended at (score() when exact).
    [[nodiscard]] double worst_restart_score() const;

private:
    void drop_dominated_candidates();
    void run_exact();
    void run_heuristic();

    const Graph& graph_;
    KeyPlayerOptions options_;
    std::vector<Graph::Vertex> set_;
    double score_ = 0.0;
    double upper_bound_ = 1.0;
    std::uint64_t exact_cost_ = 0;
    bool exact_ = false;
    std::size_t restarts_run_ = 0, restarts_at_best_ = 0;
    double worst_ = 0.0;
};

}  // namespace ecosys
