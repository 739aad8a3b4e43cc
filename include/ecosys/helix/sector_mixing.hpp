#pragma once
// The sector mixing matrix: how many ties join each pair of sectors.

#include <cstddef>
#include <optional>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/helix/sector_groups.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

/// Ties (collapsed edges, unweighted) between every pair of sectors, symmetric;
/// the diagonal holds the ties inside a sector. density(s, t) divides by the pairs
/// of actors that could be tied: n_s n_t for s != t, n_s (n_s - 1) / 2 inside s.
/// cross_sector_share() is the share of ties that join two different sectors.
///
/// counts() equals NetworkX attribute_mixing_matrix(G, "sector", normalized=False)
/// off the diagonal; NetworkX counts an undirected edge from both ends, so its
/// diagonal is twice ours.
///
/// run() takes O(n + m + k^2) time for k sectors.
class SectorMixing final : public Algorithm {
public:
    SectorMixing(const Graph& graph, const SectorGroups& groups) : graph_(graph), groups_(groups) {}

    void run() override;

    /// counts()[s][t]: ties between sector s and sector t (indices into groups.sectors).
    [[nodiscard]] const std::vector<std::vector<std::size_t>>& counts() const;
    /// Actors of each sector in the graph.
    [[nodiscard]] const std::vector<std::size_t>& sizes() const;
    /// counts / possible pairs; nullopt when no pair is possible (a sector without
    /// actors, or s == t with fewer than two).
    [[nodiscard]] std::optional<double> density(std::size_t s, std::size_t t) const;
    /// Ties joining different sectors / all ties; 0 when there are no ties.
    [[nodiscard]] double cross_sector_share() const;
    [[nodiscard]] std::size_t ties() const;
    [[nodiscard]] std::size_t cross_sector_ties() const;

private:
    const Graph& graph_;
    const SectorGroups& groups_;
    std::vector<std::vector<std::size_t>> counts_;
    std::vector<std::size_t> sizes_;
    std::size_t ties_ = 0;
    std::size_t cross_ = 0;
};

}  // namespace ecosys
