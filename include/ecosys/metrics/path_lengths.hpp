#pragma once
// Mean shortest-path length and diameter of the largest component.

#include <cstddef>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

/// Shortest-path statistics of the largest connected component (the first one, in
/// file order of its first actor, among components of equal size):
/// mean_path_length() is the mean distance over ordered pairs of distinct actors in
/// it, as NetworkX average_shortest_path_length on that component; diameter() is the
/// largest distance, as NetworkX diameter. Both 0 when the component has fewer than
/// two actors (and for an empty graph).
///
/// Weighted: distance = 1/weight, and a tie of weight 0 is no path, so the components
/// are those of the ties of positive weight. Unweighted: every tie, distance 1 per tie.
///
/// One search from every actor of the component: O(k m) unweighted, O(k m log n)
/// weighted, for a component of k actors, shared among `threads` worker threads
/// (0 = one per hardware thread); the per-source sums are added in source order, so
/// the results do not depend on the thread count.
class PathLengths final : public Algorithm {
public:
    explicit PathLengths(const Graph& graph, bool weighted = false, unsigned threads = 0)
        : graph_(graph), weighted_(weighted), threads_(threads) {}

    void run() override;

    [[nodiscard]] double mean_path_length() const;
    [[nodiscard]] double diameter() const;
    /// Number of actors in the component the statistics are about.
    [[nodiscard]] std::size_t component_size() const;

private:
    const Graph& graph_;
    bool weighted_;
    unsigned threads_;
    double mean_ = 0.0;
    double diameter_ = 0.0;
    std::size_t component_size_ = 0;
};

}  // namespace ecosys
