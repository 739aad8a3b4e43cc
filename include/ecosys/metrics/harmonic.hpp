#pragma once
// Harmonic closeness centrality, normalised to [0, 1].

#include "ecosys/metrics/all_sources_metric.hpp"

namespace ecosys {

/// harmonic(v) = (sum over actors u != v that v reaches of 1/d(v,u)) / (n-1);
/// unreached actors add 0, so it needs no correction on disconnected graphs.
/// 0 when n <= 1. NOTE: NetworkX harmonic_centrality returns the sum without the
/// division by n-1; ours is that value / (n-1), so that 1 means "adjacent to everyone".
///
/// Weighted: distance = 1/weight; a tie of weight 0 is no path.
/// run() takes O(nm) time unweighted, O(nm log n) weighted, shared among the threads.
/// With set_distribution, each process does a contiguous share of the sources (of
/// nearly equal cost) and the scores are gathered: the same bits as one process.
///
/// M. Marchiori, V. Latora (2000), Harmony in the small-world, Physica A 285;
/// P. Boldi, S. Vigna (2014), Axioms for centrality, Internet Mathematics 10.
class Harmonic final : public AllSourcesMetric {
public:
    using AllSourcesMetric::AllSourcesMetric;

    void run() override;
};

}  // namespace ecosys
