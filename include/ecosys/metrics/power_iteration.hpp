#pragma once
// The shape the power-iteration centralities share (eigenvector, HITS, PageRank): a
// graph, weights or not, and iterates until the L1 change between two of them falls
// below a tolerance, at most max_iterations times; whether it did, the analysis reports.

#include <cstddef>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

class PowerIteration : public Algorithm {
public:
    /// Whether the L1 change fell below the tolerance before max_iterations (if not,
    /// the scores are the last iterate, approximate, and the analysis says so).
    [[nodiscard]] bool converged() const;
    /// The L1 change of the last iterate, when not converged.
    [[nodiscard]] double last_change() const;

    static constexpr std::size_t max_iterations = 10000;

protected:
    PowerIteration(const Graph& graph, bool weighted) : graph_(graph), weighted_(weighted) {}

    const Graph& graph_;
    bool weighted_;
    bool converged_ = true;
    double last_change_ = 0.0;
};

}  // namespace ecosys
