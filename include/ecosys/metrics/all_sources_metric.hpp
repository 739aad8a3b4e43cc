#pragma once
// The shape the exact path metrics that search out of every source share (betweenness,
// closeness, harmonic closeness, edge betweenness): a graph, weights or not, worker
// threads, and one score a vertex (a CSR position for edge betweenness).

#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

class AllSourcesMetric : public Algorithm {
public:
    /// `weighted`: distance = 1/weight (a tie of weight 0 is no path), else 1 a tie.
    /// `threads`: worker threads sharing the sources (0 = one per hardware thread); each
    /// source's share is written or summed in a fixed order, so results do not depend on it.
    explicit AllSourcesMetric(const Graph& graph, bool weighted = false, unsigned threads = 0)
        : graph_(graph), weighted_(weighted), threads_(threads) {}

    [[nodiscard]] const std::vector<double>& scores() const;

protected:
    const Graph& graph_;
    bool weighted_;
    unsigned threads_;
    std::vector<double> scores_;
};

}  // namespace ecosys
