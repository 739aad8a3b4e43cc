#pragma once
// k-core numbers.

#include <cstddef>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

/// Core number of every actor: the largest k such that the actor belongs to a
/// subgraph in which every actor has at least k ties (the k-core). Unweighted
/// always; an isolated actor has core number 0. As NetworkX core_number(G).
///
/// Batagelj-Zaversnik bucket algorithm: O(n + m) time.
///
/// V. Batagelj, M. Zaversnik (2003), An O(m) algorithm for cores decomposition of
/// networks, arXiv:cs/0310049; S. B. Seidman (1983), Network structure and minimum
/// degree, Social Networks 5(3).
class CoreNumber final : public Algorithm {
public:
    explicit CoreNumber(const Graph& graph) : graph_(graph) {}

    void run() override;

    [[nodiscard]] const std::vector<std::size_t>& scores() const;

private:
    const Graph& graph_;
    std::vector<std::size_t> core_;
};

}  // namespace ecosys
