#pragma once
// Core-periphery structure (Borgatti and Everett 1999): the discrete split into a core
// and a periphery, and the continuous coreness of every actor.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

struct CorePeripheryOptions {
    /// Seed of the random starts of the local search (same graph and seed, same split
    /// on every platform).
    std::uint64_t seed = 1;
    /// Local searches of the discrete model when it is not exhaustive: the first starts
    /// from the split by degree, the second from a greedy independent periphery, the
    /// others from random splits (0 counts as 1).
    std::size_t restarts = 20;
    /// Every split is tried when the graph has at most this many actors (at most
    /// CorePeriphery::max_exhaustive_limit); 0 always uses the local search.
    std::size_t exhaustive_limit = 20;
};

/// Borgatti and Everett's core-periphery models on the unweighted, undirected graph
/// (tie weights are ignored; the directed view is refused with a UsageError).
///
/// Discrete model. A split puts each actor in the core or in the periphery. Its ideal
/// pattern has a tie on every pair with at least one core end and none between two
/// peripheral actors: delta_ij = 1 if i or j is in the core, 0 otherwise (B&E's
/// discrete model with the core-periphery blocks as 1-blocks, their idealized
/// core/periphery structure). fit() is the Pearson correlation, over the
/// N = n(n-1)/2 pairs i < j, between a_ij (1 if tied) and delta_ij: B&E's correlation
/// measure of fit. With m ties, k core actors, P = (n-k)(n-k-1)/2 periphery pairs and
/// m_pp ties among the periphery:
///
///     fit = (m P - N m_pp) / sqrt(m (N - m) P (N - P)),
///
/// defined for 0 < m < N and 1 <= k <= n - 2 (else a_ij or delta_ij is constant).
/// The alternative variant that treats core-periphery pairs as missing data is not
/// used: it scores any clique plus an independent set as 1, so in an ideal graph it
/// cannot tell the core from the core plus one peripheral actor.
///
/// The split maximising the fit is core(). With n <= exhaustive_limit it is the exact
/// maximum over all 2^n splits (exhaustive() true): a Gray-code walk changes one actor
/// per step and updates m_pp by a popcount of bit-set adjacency: O(2^n) time, O(n)
/// memory (n = 20: 5 to 10 ms with the continuous model). Equal fits (compared exactly,
/// in integers) go to the smallest core, then to the core holding the earliest actor
/// where two cores differ.
/// Larger graphs get a heuristic, a local search (Kernighan-Lin / Fiduccia-Mattheyses
/// style): a pass moves every actor once, each step the move of best fit (the core
/// actor with fewest peripheral neighbours out, or the peripheral actor with most in,
/// found in O(1) from buckets), and keeps the best prefix of the moves; passes repeat
/// while they improve. It starts from the best split into the k highest-degree actors
/// and the rest, then from a periphery taken as a greedy maximal independent set (lowest
/// degree first; the other end of the ideal pattern), then from `restarts` - 2 random
/// splits (random core size in [1, n-2], random members; std::mt19937_64 with our own
/// draws, so reproducible everywhere); the first best split found is kept. A pass is
/// O(n + m + max degree) and a search takes a handful of passes (2,000 actors, default
/// 20 restarts, continuous model included: 20 to 25 ms with 6,000 ties of preferential
/// attachment or 20,000 of a planted core, 60 ms with 10,000 and 230 ms with 40,000
/// random ties). It is a heuristic: it may miss the optimum. On 504 random graphs of 15 to
/// 20 actors (densities 0.05 to 0.9) it found the exhaustive optimum every time with 20
/// restarts, and missed it on 1 with 10 and on 8 with 5.
///
/// No split has a fit when n < 3, when there are no ties or when every pair is tied
/// (a complete graph): then fit() is nullopt, core() all 0 and exhaustive() false.
/// A disconnected graph is one matrix like any other: isolated actors end in the
/// periphery.
///
/// Continuous model. Coreness c_i >= 0 such that c_i c_j approximates a_ij on every pair
/// i != j, the diagonal left out (B&E section 4), in least squares: c minimises
///
///     F(c) = sum over i != j of (a_ij - c_i c_j)^2,
///
/// the one-factor minimum-residual (MINRES, Comrey 1962) fit B&E use. Unbounded, F has
/// no minimum on many sparse graphs: on a star, c = t at the centre and 1/t on the
/// leaves fits every tie and predicts leaf-leaf pairs better as t grows (a Heywood case
/// of factor analysis), and the iteration drifts away. So c is bounded to [0, 1], the
/// range of a_ij (two actors of coreness 1 predict a tie for certain); where the
/// unbounded problem has its minimum inside the box, the two are the same.
///
/// Computed by projected coordinate descent: in vertex order, c_i becomes its exact
/// minimiser with the others fixed, clamp(sum_{j ~ i} c_j / sum_{j != i} c_j^2, 0, 1),
/// so F never increases; sweeps repeat until no c_i changes by more than 1e-14 (at most
/// max_sweeps sweeps; converged() says whether that was met), O(n + m) per sweep (tens
/// of sweeps on the test graphs), after the power iteration of the start. F is
/// not convex: the search starts from c = min(1, sqrt(lambda) u), (lambda, u) the
/// principal eigenpair of A (Eigenvector; the minimiser when the diagonal counts,
/// Eckart-Young), and returns the local minimum it reaches. On the reference graphs
/// (tests/reference/make_core_periphery_reference.py) that is the global minimum found
/// from many random starts. On a disconnected graph the components outside the
/// dominant one(s) of the eigenvector start at 0 and stay 0, as in Eigenvector; where
/// equal components share the dominance, the one of the earliest actor, updated first in
/// each sweep, takes the coreness and the others decay towards 0 (coreness on several
/// components would predict ties between them); values below 1e-12 are reported as 0.
///
/// fitted_coreness() is that c (in [0, 1]); coreness() is c scaled to unit Euclidean
/// norm (sum of squares 1, as Eigenvector), all 0 when c is (no ties).
/// continuous_fit() is the Pearson correlation over the pairs i < j between a_ij and
/// c_i c_j, computed in O(n + m); nullopt when either side is constant (no ties,
/// complete graph) or n < 3.
///
/// S. P. Borgatti, M. G. Everett (1999), Models of core/periphery structures, Social
/// Networks 21(4), 375-395; A. L. Comrey (1962), The minimum residual method of factor
/// analysis, Psychological Reports 11, 15-18; B. W. Kernighan, S. Lin (1970), An
/// efficient heuristic procedure for partitioning graphs, Bell System Technical Journal
/// 49(2), 291-307; C. M. Fiduccia, R. M. Mattheyses (1982), A linear-time heuristic for
/// improving network partitions, 19th Design Automation Conference, 175-181.
class CorePeriphery final : public Algorithm {
public:
    using Options = CorePeripheryOptions;

    /// The largest exhaustive_limit accepted (2^30 splits take seconds); run() throws
    /// UsageError above it.
    static constexpr std::size_t max_exhaustive_limit = 30;
    /// Coordinate-descent sweeps of the continuous model at most.
    static constexpr std::size_t max_sweeps = 10000;

    explicit CorePeriphery(const Graph& graph, Options options = {}) : graph_(graph), options_(options) {}

    void run() override;

    /// Discrete model: 1 for the actors of the core, 0 for the periphery, per vertex.
    [[nodiscard]] const std::vector<unsigned char>& core() const;
    [[nodiscard]] std::size_t core_size() const;
    /// Correlation of the adjacency with the ideal pattern of core(); nullopt when no
    /// split has one (n < 3, no ties, complete graph).
    [[nodiscard]] std::optional<double> fit() const;
    /// Whether core() came from trying every split (n <= exhaustive_limit), so its fit
    /// is the maximum; false for the local search and when there was nothing to split.
    [[nodiscard]] bool exhaustive() const;

    /// Continuous model: coreness per vertex, non-negative, sum of squares 1 (all 0
    /// without ties).
    [[nodiscard]] const std::vector<double>& coreness() const;
    /// The minimum-residual solution itself, in [0, 1]: c_i c_j approximates a_ij.
    [[nodiscard]] const std::vector<double>& fitted_coreness() const;
    /// Correlation of a_ij with c_i c_j over the pairs i < j; nullopt when constant.
    [[nodiscard]] std::optional<double> continuous_fit() const;
    /// Whether the coordinate descent met its tolerance within max_sweeps.
    [[nodiscard]] bool converged() const;
    /// Coordinate-descent sweeps done.
    [[nodiscard]] std::size_t sweeps() const;

private:
    void run_discrete();
    void run_continuous();

    const Graph& graph_;
    Options options_;
    std::vector<unsigned char> core_;
    std::size_t core_size_ = 0;
    std::optional<double> fit_;
    bool exhaustive_ = false;
    std::vector<double> coreness_, fitted_;
    std::optional<double> continuous_fit_;
    bool converged_ = true;
    std::size_t sweeps_ = 0;
};

}  // namespace ecosys
