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
#include "ecosys/metrics/path_lengths.hpp"

namespace ecosys {

struct NullModelOptions {
    /// Random graphs drawn; 0 draws none (every z-score is then absent).
    std::size_t samples = 100;
    /// Same seed, same graphs, same z-scores (whatever the thread count).
    std::uint64_t seed = 1;
    /// Global curveball trades from its start to each random graph.
    std::size_t trades_per_sample = 10;
    /// Global curveball trades from the graph itself to each start.
    std::size_t burn_in = 50;
    /// Starts, each burnt in on its own; random graph i branches from start i mod starts.
    std::size_t starts = 8;
    /// Worker threads, one random graph at a time each; 0 = one per hardware thread.
    unsigned threads = 0;
    /// Path lengths of every random graph are exact while actors x ties of the graph
    /// is at most this.
    double exact_path_limit = 1e9;
    /// Above exact_path_limit: mean path length exact in the first path_samples
    /// random graphs only (diameter, transitivity and clustering still in all).
    std::size_t path_samples = 20;
    /// Above this actors x ties: mean path length of every random graph estimated
    /// from path_sources sampled sources instead.
    double sampled_path_limit = 5e10;
    std::size_t path_sources = 1024;
    /// The statistics to compute, keys of DegreePreservingNull::keys() (others are
    /// ignored); empty = all. The diameter can cost many searches per random graph on
    /// large graphs without a sparse periphery, the mean path length the most of all.
    std::vector<std::string> statistics;
    /// The unweighted path lengths of the graph itself when the caller has them already
    /// (the analysis cache's path_lengths kernel of the same graph): the observed mean
    /// path length and diameter are read from it instead of searching from every actor
    /// again. Null = computed here. Must outlive run().
    const PathLengths* observed_paths = nullptr;
};

/// Mean and sample standard deviation of one statistic over the random graphs.
struct NullDistribution {
    /// The statistic of the graph itself, always exact; NaN for a mean path length from
    /// sampled sources that leaves no z (not computed: it would cost more than all the
    /// random graphs).
    double observed = 0;
    double mean = 0;
    /// With n - 1 in the denominator; 0 with fewer than two samples. With sampled
    /// sources: the spread of the exact values, i.e. that of the estimates less the
    /// mean variance their sampling adds; 0 (so no z) unless that mean variance is at
    /// most a quarter of what is left.
    double sd = 0;
    /// Random graphs behind mean and sd.
    std::size_t samples = 0;
    /// Sources sampled per random graph for its mean path length; 0 = exact.
    std::size_t sources = 0;
    /// The standard error the cheaper computation (fewer random graphs, or sampled
    /// sources) adds to z() on top of the Monte Carlo error of `samples` exact random
    /// graphs; 0 when every random graph was measured exactly.
    double z_error = 0;
    /// (observed - mean) / sd; absent when sd is 0 (every random graph gives the same
    /// value, e.g. a star, a complete graph, or no samples).
    [[nodiscard]] std::optional<double> z() const;
};

/// The configuration model restricted to simple graphs: each random graph has exactly
/// the degree sequence of `graph` (same actors, same number of ties, no self-loops or
/// parallel ties), drawn by global curveball trades (compare/curveball.hpp), whose
/// chain converges to the uniform distribution over those graphs.
///
/// Mixing: the chain runs `burn_in` (50) global trades from the graph itself to a
/// start, `starts` (8) times independently; random graph i then runs
/// `trades_per_sample` (10) more from start i mod 8 with its own generator, seeded by
/// (seed, i + 1), so it depends on neither the thread count nor the order the workers
/// take the samples in. Measured on the CORDIS network (27k actors, 524k ties) and its
/// largest country (DE, 3k actors): the autocorrelation of transitivity falls by about
/// 0.84 per global trade (0.17 after 10, 0.02 after 20); chains from DE's own graph
/// show a bias of 0.3 null standard deviations after 25 trades and none measurable
/// (1,000 chains) after 50; two random graphs of one start (20 trades apart through
/// it) are correlated 0.05, which with 8 starts widens the null mean's standard error
/// at 100 samples from 0.10 to 0.13 null standard deviations. Each global trade costs
/// O(n + m), 12 ms on the CORDIS network. docs/metrics.md, "Size-adjusted z-scores".
///
/// Statistics (keys()): transitivity, mean_clustering, mean_path_length, diameter, as
/// `ecosys metrics` defines them, unweighted: the null model keeps structure, not
/// weights. Transitivity, clustering and the diameter are exact in every random graph
/// (the diameter by bounding eccentricities, metrics/diameter.hpp). The mean path
/// length is exact in every random graph while actors x ties <= exact_path_limit;
/// above it, exact in the first path_samples random graphs only; above
/// sampled_path_limit, estimated in every random graph from path_sources sampled
/// sources (metrics/sampled_path_length.hpp). Fewer exact random graphs come first
/// because random graphs with one degree sequence hardly differ in mean path length:
/// on the CORDIS network their spread is 0.0006-0.001, while 1,024 sampled sources
/// estimate one graph's value to +- 0.007, noise that would swamp the z. The observed
/// statistics are always exact (the observed mean path length with sampled sources is
/// computed only when a z results). NullDistribution::z_error states what either shortcut
/// adds to the z-score's error. Density and mean degree are the same in every such
/// graph, so they have no z-score.
///
/// Cost: (starts x burn_in + samples x trades_per_sample) x O(n + m) for the trades, and
/// per random graph, for the statistics asked for (options.statistics), O(m^1.5) for
/// the triangles, searches for the diameter (a few on graphs with a sparse periphery,
/// hundreds on expander-like ones), and the mean path length (O(n m), or
/// O(path_sources m)). The samples run on `threads` workers; with set_distribution,
/// each process runs a contiguous share of them and their results are gathered, so
/// every process ends with the same bits as one process alone. Measured (CPU time): the
/// CORDIS network, 100 samples, 52 s; a 200,000-actor, 10^6-tie preferential-attachment
/// graph with sampled sources, 20 samples, 48 s, 300 MiB.
class DegreePreservingNull final : public Algorithm {
public:
    explicit DegreePreservingNull(const Graph& graph, NullModelOptions options = {})
        : graph_(graph), options_(options) {}
    void run() override;

    /// The statistics with a null distribution, in this order.
    [[nodiscard]] static const std::vector<std::string>& keys();
    /// Whether `key` is one of keys().
    [[nodiscard]] static bool has(std::string_view key);
    /// Whether the z of `key` may carry a z_error (mean_path_length: the one statistic
    /// that large graphs do not get exactly in every random graph).
    [[nodiscard]] static bool estimated(std::string_view key);

    /// The distribution of one of keys(); throws std::out_of_range for another key or
    /// one that options.statistics left out.
    [[nodiscard]] const NullDistribution& distribution(std::string_view key) const;
    /// Ties the trades gave from one end to another, burn-in and all samples together
    /// (0 when the graph is alone with its degree sequence, e.g. a star).
    [[nodiscard]] std::size_t moved_ties() const;

private:
    const Graph& graph_;
    NullModelOptions options_;
    std::vector<NullDistribution> distributions_;
    std::vector<bool> computed_;
    std::size_t moved_ = 0;
};

}  // namespace ecosys
