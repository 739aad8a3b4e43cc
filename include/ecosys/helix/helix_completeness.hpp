#pragma once
// Is every helix present and tied to the others? Sectors present, sector pairs
// without a single tie, and how many actors reach into several sectors.

#include <cstddef>
#include <utility>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/helix/sector_groups.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

/// - present(): the sectors with at least one actor in the graph, in sector order.
/// - missing_links(): every pair (s, t), s before t, of two *different* present
///   sectors with no tie between them (ties inside a sector are not a helix link;
///   pairs with an absent sector are implied by present()).
/// - sectors_tied(v): the number of distinct sectors among v's contacts (v's own
///   sector counts only if v has a contact in it).
/// - multi_sector_share(): the share of all actors (isolates included) with
///   sectors_tied >= 3: actors whose own ties reach into three sectors or more;
///   0 for an empty graph.
///
/// run() takes O(n + m + k^2) time.
class HelixCompleteness final : public Algorithm {
public:
    /// The sectors_tied() threshold of multi_sector_share().
    static constexpr std::size_t multi_sector_threshold = 3;

    HelixCompleteness(const Graph& graph, const SectorGroups& groups) : graph_(graph), groups_(groups) {}

    void run() override;

    [[nodiscard]] const std::vector<std::size_t>& present() const;
    [[nodiscard]] const std::vector<std::pair<std::size_t, std::size_t>>& missing_links() const;
    [[nodiscard]] const std::vector<std::size_t>& sectors_tied() const;
    [[nodiscard]] double multi_sector_share() const;

private:
    const Graph& graph_;
    const SectorGroups& groups_;
    std::vector<std::size_t> present_;
    std::vector<std::pair<std::size_t, std::size_t>> missing_;
    std::vector<std::size_t> sectors_tied_;
    double multi_sector_share_ = 0;
};

}  // namespace ecosys
