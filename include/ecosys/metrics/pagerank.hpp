#pragma once
// PageRank.

#include <cstddef>
#include <vector>

#include "ecosys/metrics/power_iteration.hpp"

namespace ecosys {

/// PageRank of the undirected graph (every tie a link both ways): the stationary
/// distribution of a walk that follows a tie with probability `damping` (chosen in
/// proportion to its weight when weighted, uniformly otherwise) and jumps to a
/// uniformly chosen actor otherwise. A dangling actor (no ties, or only ties of
/// weight 0 when weighted) jumps uniformly. Scores sum to 1; one actor alone gets 1.
///
/// Power iteration until the L1 change between iterates is below 1e-13, so every
/// score is within about 1e-12 of the fixed point (far inside the 1e-10 promised);
/// O(m) per iteration, about 200 iterations. Matches NetworkX pagerank(G, alpha=0.85,
/// weight=None or "weight") to its tolerance.
///
/// On a directed graph (Graph::directed()) the walk follows arcs: an actor passes
/// its score along its out-arcs, and one without out-arcs (dangling) spreads it
/// uniformly over all actors, as NetworkX pagerank(DiGraph) does.
///
/// S. Brin, L. Page (1998), The anatomy of a large-scale hypertextual web search engine,
/// Computer Networks 30.
class PageRank final : public PowerIteration {
public:
    explicit PageRank(const Graph& graph, bool weighted = false, double damping = 0.85)
        : PowerIteration(graph, weighted), damping_(damping) {}

    void run() override;

    [[nodiscard]] const std::vector<double>& scores() const;
    [[nodiscard]] std::size_t iterations() const;

private:
    double damping_;
    std::vector<double> scores_;
    std::size_t iterations_ = 0;
};

}  // namespace ecosys
