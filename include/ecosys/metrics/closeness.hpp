#pragma once
// Closeness centrality with the Wasserman-Faust correction for disconnected graphs.

#include "ecosys/metrics/all_sources_metric.hpp"

namespace ecosys {

/// closeness(v) = (r-1)/(n-1) * (r-1)/sum_d, where r is the number of actors v
/// reaches (v included) and sum_d the sum of the distances to them. On a connected
/// graph this is (n-1)/sum_d. 0 when v reaches nobody or n <= 1. Matches NetworkX
/// closeness_centrality(G, wf_improved=True) (with distance="distance" set to
/// 1/weight when weighted).
///
/// Weighted: distance = 1/weight; a tie of weight 0 is no path.
/// run() takes O(nm) time unweighted, O(nm log n) weighted, shared among the threads.
/// With set_distribution, each process does a contiguous share of the sources (of
/// nearly equal cost) and the scores are gathered: the same bits as one process.
///
/// S. Wasserman, K. Faust (1994), Social Network Analysis, Cambridge UP, eq. 5.3 and p. 201.
class Closeness final : public AllSourcesMetric {
public:
    using AllSourcesMetric::AllSourcesMetric;

    void run() override;
};

}  // namespace ecosys
