#pragma once
// Mean shortest-path length of the largest component, estimated from sampled sources.

#include <cstddef>
#include <cstdint>

#include "ecosys/metrics/sampled_sources.hpp"

namespace ecosys {

/// An unbiased estimate of PathLengths::mean_path_length() (unweighted) with its
/// standard error, from breadth-first searches out of `sources` actors drawn
/// uniformly without replacement from the largest component (the component of
/// PathLengths). With x(s) = the mean distance from s to the other k - 1 actors of
/// the component, the exact value is the mean of x over all k actors; the estimate
/// is the mean of x over the K drawn sources, and its standard error
///
///     sqrt((1 - K/k) s^2 / K),   s^2 = the variance of x over the drawn sources (K - 1),
///
/// (simple random sampling without replacement; Cochran 1977, ch. 2). With K >= k
/// every actor is a source: the value is exact (the same number as PathLengths, to
/// rounding) and the error 0. The sources depend on `seed` alone, not on `threads`;
/// sources_used() is min(sources, component size), or 0 below two actors.
///
/// Cost: K breadth-first searches, run 64 at a time by one multi-source search
/// (metrics/multi_source_bfs.hpp), O(K/64 x levels x m), plus O(n + m) to find the
/// component.
///
/// W. G. Cochran (1977), Sampling Techniques, 3rd ed., Wiley.
class SampledPathLength final : public SampledSources {
public:
    SampledPathLength(const Graph& graph, std::size_t sources, std::uint64_t seed, unsigned threads = 1)
        : SampledSources(graph, sources, seed, threads) {}

    void run() override;

    /// The estimate (exact when every actor of the component was a source).
    [[nodiscard]] double mean_path_length() const;
    /// Its standard error; 0 when exact.
    [[nodiscard]] double standard_error() const;
    /// The variance of the estimate, standard_error() squared.
    [[nodiscard]] double variance() const;
    [[nodiscard]] std::size_t component_size() const;
    [[nodiscard]] bool exact() const;

private:
    double mean_ = 0.0, variance_ = 0.0;
    std::size_t component_size_ = 0;
};

}  // namespace ecosys
