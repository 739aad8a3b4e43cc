#pragma once
// Local clustering coefficients and triangle counts.

#include <cstddef>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

/// Local clustering coefficient of every actor: the share of pairs of its neighbours
/// that are tied themselves, 2 T(v) / (d(v)(d(v)-1)); 0 when d(v) < 2.
/// As NetworkX clustering(G).
///
/// Weighted: the geometric-mean variant of Onnela et al. (2005), as NetworkX
/// clustering(G, weight="weight"): each triangle counts (w_uv w_vx w_xu)^(1/3) with
/// weights divided by the largest weight in the graph (0 for every actor when that
/// largest weight is 0).
///
/// Triangles are counted once each over degree-ordered sorted adjacency ("forward"
/// algorithm): O(m^1.5) time, O(n + m) memory.
///
/// D. J. Watts, S. H. Strogatz (1998), Collective dynamics of small-world networks,
/// Nature 393; J.-P. Onnela, J. Saramäki, J. Kertész, K. Kaski (2005), Intensity and
/// coherence of motifs in weighted complex networks, Phys. Rev. E 71.
class Clustering final : public Algorithm {
public:
    explicit Clustering(const Graph& graph, bool weighted = false) : graph_(graph), weighted_(weighted) {}

    void run() override;

    [[nodiscard]] const std::vector<double>& scores() const;
    /// Number of triangles each actor is part of (unweighted, whatever `weighted`).
    [[nodiscard]] const std::vector<std::size_t>& triangles() const;
    /// Mean of scores() over all actors, isolates counting 0 (NetworkX average_clustering); 0 when empty.
    [[nodiscard]] double mean() const;
    /// Global clustering, 3 x triangles / connected triples (NetworkX transitivity);
    /// unweighted; 0 when there are no triangles.
    [[nodiscard]] double transitivity() const;

private:
    const Graph& graph_;
    bool weighted_;
    std::vector<double> scores_;
    std::vector<std::size_t> triangles_;
};

}  // namespace ecosys
