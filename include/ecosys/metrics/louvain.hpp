#pragma once
// Community detection by the Louvain method.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

/// Louvain communities (modularity maximisation, resolution 1 by default).
///
/// Level by level: every actor, in an order shuffled by a generator seeded with
/// `seed`, moves to the neighbouring community with the largest modularity gain
/// (if positive; equal gains go to the community met first in its sorted neighbour
/// list), until no vertex gains by moving; then communities become the vertices of
/// the next level. It stops when a level moves nobody. The shuffle is our own
/// Fisher-Yates over std::mt19937_64, so the same graph and seed give the same
/// communities on every platform and standard library.
///
/// Communities are numbered 0, 1, ... in order of their first vertex (file order of
/// the first actor). An isolated actor is a community of its own. Weighted: tie
/// weights are strengths.
///
/// Within a level, after one visit of every vertex only the neighbours of vertices
/// that moved are visited again (a queue, as in Leiden's fast local move), so a level
/// costs about O(m) times a small factor; a few levels, a few rounds.
///
/// V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre (2008), Fast unfolding of
/// communities in large networks, J. Stat. Mech. P10008.
class Louvain final : public Algorithm {
public:
    explicit Louvain(const Graph& graph, bool weighted = false, std::uint64_t seed = 1, double resolution = 1.0)
        : graph_(graph), weighted_(weighted), seed_(seed), resolution_(resolution) {}

    void run() override;

    /// Community id of every vertex.
    [[nodiscard]] const std::vector<std::uint32_t>& communities() const;
    [[nodiscard]] std::size_t count() const;
    /// Modularity of communities() (modularity.hpp), with the same weighting and resolution.
    [[nodiscard]] double modularity() const;

private:
    const Graph& graph_;
    bool weighted_;
    std::uint64_t seed_;
    double resolution_;
    std::vector<std::uint32_t> community_;
    std::size_t count_ = 0;
    double modularity_ = 0.0;
};

}  // namespace ecosys
