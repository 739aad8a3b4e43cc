#pragma once
// Community detection by the Leiden algorithm: Louvain's local moving plus a
// refinement that keeps every community connected.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

/// The objective Leiden maximises.
enum class LeidenQuality {
    /// Modularity with resolution gamma, as modularity.hpp:
    /// Q = sum over communities c of [ L_c / m - gamma * (d_c / 2m)^2 ].
    modularity,
    /// The Constant Potts Model: H = sum over communities c of
    /// [ L_c - gamma * n_c (n_c - 1) / 2 ], L_c the (weighted) ties inside c and n_c
    /// its number of actors (the paper's form): a community is worth having when its
    /// tie density exceeds gamma. The same objective as leidenalg's
    /// CPMVertexPartition (node sizes 1, no self-loops), whose quality() sums over
    /// ordered pairs of actors and so reports 2H on an undirected graph.
    cpm,
};

/// Leiden communities (V. A. Traag, L. Waltman, N. J. van Eck (2019), From Louvain
/// to Leiden: guaranteeing well-connected communities, Sci. Rep. 9, 5233).
///
/// One iteration, level by level, from the partition of the previous iteration
/// (singletons at first):
///  1. fast local moving: a queue of all vertices in shuffled order; each moves to
///     the neighbouring community, or to an empty one, with the largest gain if it
///     is positive, and a vertex that moves queues its neighbours outside its new
///     community again;
///  2. refinement: inside each community, starting from singletons, every
///     well-connected vertex still on its own (shuffled order) joins a
///     well-connected sub-community it has ties to, or stays, chosen at random with
///     probability proportional to exp(gain / randomness) among the choices that do
///     not lower the objective (gains measured in tie weight: m times the change of
///     modularity, or the change of the CPM objective);
///  3. aggregation: the sub-communities become the vertices of the next level, and
///     the communities of step 1 its starting partition.
/// An iteration ends when step 1 leaves every community a single vertex of its
/// level; that vertex is a sub-community of step 2, built by joining vertices along
/// ties, so **every community is connected**. (Should a refinement join nothing,
/// the connected parts of each community serve as its sub-communities, which keeps
/// both the guarantee and the progress.)
///
/// Deterministic for a seed: the shuffles (Fisher-Yates) and the refinement's
/// choice use our own sampling over std::mt19937_64 (util/random.hpp), no standard
/// distribution, so the same graph, options and seed give the same communities on
/// every platform (up to the last bit of std::exp, which decides a choice only
/// when a draw falls within 1e-16 of a boundary).
///
/// Communities are numbered 0, 1, ... in order of their first vertex. An isolated
/// actor is a community of its own. Weighted: tie weights are strengths and L_c
/// sums weights. O(m) per level times a small factor, a few levels per iteration;
/// until stable, co-authorship networks took 15 to 40 iterations (about 1 s for
/// 93,000 ties, 2 to 3 s for 520,000: bench/README.md).
class Leiden final : public Algorithm {
public:
    struct Options {
        LeidenQuality quality = LeidenQuality::modularity;
        /// gamma: modularity's resolution, or CPM's density threshold. At least 0.
        double resolution = 1.0;
        /// Use tie weights (else every tie weighs 1).
        bool weighted = false;
        std::uint64_t seed = 1;
        /// Number of iterations; 0 = until an iteration moves no vertex at any level
        /// (as leidenalg's n_iterations=-1; a safety net stops at 1000). Each one
        /// starts from the last, so more never lowers the objective.
        std::size_t iterations = 0;
        /// theta of the refinement: 0 = always the best choice (first met on ties);
        /// larger = more random. At least 0.
        double randomness = 0.01;
    };

    /// With the default Options (two constructors rather than `options = {}`, which
    /// GCC rejects for a nested struct with member initialisers).
    explicit Leiden(const Graph& graph);
    /// `graph` is undirected (not Graph::directed()) and must outlive the object.
    /// Throws UsageError for a directed graph or a negative or non-finite resolution
    /// or randomness.
    Leiden(const Graph& graph, Options options);

    void run() override;

    /// Community id of every vertex, 0, 1, ... in order of first vertex.
    [[nodiscard]] const std::vector<std::uint32_t>& communities() const;
    [[nodiscard]] std::size_t count() const;
    /// The objective of communities(): modularity with the resolution, or the CPM
    /// objective H above (half of leidenalg's CPMVertexPartition.quality()).
    [[nodiscard]] double quality() const;
    /// Modularity of communities() (modularity.hpp) with the same weighting: with the
    /// resolution under LeidenQuality::modularity (then equal to quality()), with
    /// resolution 1 under cpm (whose gamma is a density, not a modularity resolution).
    [[nodiscard]] double modularity() const;
    /// Iterations run (see Options::iterations).
    [[nodiscard]] std::size_t iterations_run() const;

private:
    const Graph& graph_;
    Options options_;
    std::vector<std::uint32_t> community_;
    std::size_t count_ = 0;
    double quality_ = 0.0;
    double modularity_ = 0.0;
    std::size_t iterations_run_ = 0;
};

/// The CPM objective of a partition (one id per vertex):
/// sum over communities c of [ L_c - resolution * n_c (n_c - 1) / 2 ], L_c the ties
/// inside c (their weights when `weighted`), n_c its number of vertices. O(n + m).
[[nodiscard]] double cpm_quality(const Graph& graph, std::span<const std::uint32_t> community, bool weighted,
                                 double resolution);

}  // namespace ecosys
