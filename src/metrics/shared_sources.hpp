#pragma once
// Private: how the source-parallel kernels (betweenness, closeness, harmonic) share
// their sources with the other processes of a Distribution (ecosys/distribution.hpp).

#include <chrono>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "ecosys/distribution.hpp"
#include "ecosys/graph/graph.hpp"

namespace ecosys::detail {

/// Per vertex of a CSR graph: the work of one search from it, the vertices plus
/// the edge ends of its connected component (a search from v visits exactly
/// those). O(n + m).
[[nodiscard]] std::vector<double> component_costs(std::span<const std::size_t> offsets,
                                                  std::span<const Graph::Vertex> targets);

/// This process's share of a step's items (a contiguous range of nearly equal
/// cost, cost_share), and the step's bookkeeping. Without a distribution (or with
/// one process) the share is every item and sum() does nothing.
class SharedSources {
public:
    SharedSources(Distribution* distribution, std::string step, std::span<const double> cost);
    /// The same for `count` items of equal cost (relabellings, restarts): process r of
    /// K takes [count r / K, count (r + 1) / K). O(1), whatever the count.
    SharedSources(Distribution* distribution, std::string step, std::size_t count);

    [[nodiscard]] std::size_t begin() const noexcept { return begin_; }
    [[nodiscard]] std::size_t end() const noexcept { return end_; }
    [[nodiscard]] std::size_t size() const noexcept { return end_ - begin_; }

    /// Ends this process's work: adds `values` over the processes (Distribution::sum)
    /// and records the step's busy and reduction times. Call once, on every process.
    void sum(std::span<double> values);

private:
    Distribution* distribution_;
    std::string step_;
    std::size_t total_ = 0;
    std::size_t begin_ = 0;
    std::size_t end_ = 0;
    std::chrono::steady_clock::time_point start_;
};

}  // namespace ecosys::detail
