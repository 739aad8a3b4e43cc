#pragma once
// Size-adjusted statistics: how a graph's clustering and path lengths compare with
// random graphs of the same size and degree sequence, as a z-score. Lets a region of
// 20 actors be compared with one of 300, whose raw clustering and path lengths
// differ for size alone. Definitions: docs/metrics.md, "Size-adjusted z-scores".

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

struct NullModelOptions {
    /// Random graphs drawn; 0 draws none (every z-score is then absent).
    std::size_t samples = 100;
    /// Same seed, same graphs, same z-scores.
    std::uint64_t seed = 1;
    /// Double-edge swaps attempted per edge for each random graph.
    std::size_t swaps_per_edge = 10;
};

/// Mean and sample standard deviation of one statistic over the random graphs.
struct NullDistribution {
    double observed = 0;  ///< the statistic of the graph itself
    double mean = 0;
    double sd = 0;        ///< with n - 1 in the denominator; 0 with fewer than two samples
    /// (observed - mean) / sd; absent when sd is 0 (every random graph gives the same
    /// value, e.g. a star, a complete graph, or no samples).
    [[nodiscard]] std::optional<double> z() const;
};

/// The configuration model restricted to simple graphs: each random graph has exactly
/// the degree sequence of `graph` (same actors, same number of ties, no self-loops or
/// parallel ties), drawn by the double-edge swap chain (Maslov & Sneppen 2002) started
/// from the graph itself: pick two edges {a,b} and {c,d} uniformly and an orientation
/// at random, replace them by {a,d} and {c,b} unless that makes a self-loop or a
/// parallel edge (then the step keeps the graph). The chain's steps are symmetric, so
/// it converges to the uniform distribution over such graphs (Taylor 1981 for
/// connectedness of the chain). Each sample restarts from the graph with its own seed
/// (seed, sample), so the result depends on neither thread count nor order.
///
/// Statistics (keys()): transitivity, mean_clustering, mean_path_length, diameter, as
/// `ecosys metrics` defines them, unweighted: the null model keeps structure, not
/// weights. Density and mean degree are the same in every such graph, so they have
/// no z-score.
///
/// Cost: samples x (swaps_per_edge x m + the statistics, O(n m) for path lengths).
///
/// S. Maslov, K. Sneppen (2002), Specificity and stability in topology of protein
/// networks, Science 296; R. Taylor (1981), Constrained switchings in graphs,
/// Combinatorial Mathematics VIII, LNM 884.
class DegreePreservingNull final : public Algorithm {
public:
    explicit DegreePreservingNull(const Graph& graph, NullModelOptions options = {})
        : graph_(graph), options_(options) {}
    void run() override;

    /// The statistics with a null distribution, in this order.
    [[nodiscard]] static const std::vector<std::string>& keys();
    /// Whether `key` is one of keys().
    [[nodiscard]] static bool has(std::string_view key);

    /// The distribution of one of keys(); throws std::out_of_range for another key.
    [[nodiscard]] const NullDistribution& distribution(std::string_view key) const;
    /// Swaps that were made (not rejected), over all samples.
    [[nodiscard]] std::size_t accepted_swaps() const;

private:
    const Graph& graph_;
    NullModelOptions options_;
    std::vector<NullDistribution> distributions_;
    std::size_t accepted_ = 0;
};

}  // namespace ecosys
