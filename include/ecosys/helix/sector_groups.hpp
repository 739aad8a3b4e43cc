#pragma once
// The sector of every vertex of a Graph, as a small group index: the partition the
// helix measures (mixing, E-I, assortativity, brokerage, completeness) are about.

#include <cstdint>
#include <string>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys {

struct SectorGroups {
    /// Sector ids: the network's declared sectors in declaration order, then any
    /// sector an actor names without its being declared (readers reject that; a
    /// network built by hand may not), in order of first use.
    std::vector<std::string> sectors;
    /// Index into `sectors` of each vertex of the graph.
    std::vector<std::uint32_t> of_vertex;

    [[nodiscard]] std::size_t count() const noexcept { return sectors.size(); }
};

/// The sectors of the actors of `graph` (built from `network`). O(n).
[[nodiscard]] SectorGroups sector_groups(const Graph& graph, const Network& network);

}  // namespace ecosys
