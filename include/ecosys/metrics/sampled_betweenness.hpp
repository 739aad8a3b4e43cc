#pragma once
// Betweenness estimated from the searches of sampled sources (Brandes and Pich 2007).

#include <cstddef>
#include <cstdint>
#include <vector>

#include "ecosys/metrics/sampled_sources.hpp"

namespace ecosys {

/// An unbiased estimate of Betweenness::scores() (unweighted, undirected) from Brandes'
/// single-source dependency accumulation run from K sources drawn uniformly without
/// replacement from all n actors:
///
///     estimate(v) = n / K * sum over the drawn sources s of delta_s(v) / 2,
///
/// delta_s(v) = the sum over targets t of the share of shortest s-t paths through v
/// (Brandes 2001). Summed over all n sources it is the exact betweenness, so with
/// K >= n every actor is a source and exact() says the values are Betweenness's (to
/// rounding). Tie weights and direction are ignored.
///
/// Unlike ApproxBetweenness (an additive error epsilon on the normalized scores, which
/// on a large network without hubs is far above every actor's value), the error here
/// is relative to each actor's own betweenness and shrinks as 1/sqrt(K); its cost is K
/// breadth-first searches, O(K (n + m)), so K does not grow with the network. Used by
/// `compare` and `report` for scopes above AnalysisOptions::sampled_betweenness_limit
/// (docs/metrics.md, "Betweenness of very large scopes").
///
/// sources_used() is min(sources, n). The sources depend on `seed` alone; the sums are
/// added in fixed chunks of sources (detail::parallel_sum), so the values are the same
/// bits for every thread count.
///
/// U. Brandes, C. Pich (2007), Centrality estimation in large networks, Int. J.
/// Bifurcation and Chaos 17(7).
class SampledBetweenness final : public SampledSources {
public:
    SampledBetweenness(const Graph& graph, std::size_t sources, std::uint64_t seed = 1, unsigned threads = 0)
        : SampledSources(graph, sources, seed, threads) {}

    void run() override;

    /// Estimated raw betweenness (each unordered pair once, as Betweenness::scores()).
    [[nodiscard]] const std::vector<double>& scores() const;
    /// scores() * 2 / ((n-1)(n-2)); all 0 when n <= 2.
    [[nodiscard]] const std::vector<double>& normalized_scores() const;
    /// True when every actor was a source (the values are exact).
    [[nodiscard]] bool exact() const;

private:
    std::vector<double> scores_;
    std::vector<double> normalized_;
};

}  // namespace ecosys
