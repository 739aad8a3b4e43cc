#pragma once
// Degree and strength of every actor.

#include <cstddef>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

/// degree(v): number of distinct neighbours (parallel ties are one edge, self-loops
/// do not count). strength(v): sum of the collapsed tie weights at v, always
/// weighted. O(n + m).
class Degree final : public Algorithm {
public:
    explicit Degree(const Graph& graph) : graph_(graph) {}

    void run() override;

    [[nodiscard]] const std::vector<std::size_t>& degrees() const;
    [[nodiscard]] const std::vector<double>& strengths() const;

private:
    const Graph& graph_;
    std::vector<std::size_t> degrees_;
    std::vector<double> strengths_;
};

}  // namespace ecosys
