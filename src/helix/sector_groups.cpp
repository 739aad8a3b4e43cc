#include "ecosys/helix/sector_groups.hpp"

#include <unordered_map>

namespace ecosys {

SectorGroups sector_groups(const Graph& graph, const Network& network) {
    SectorGroups groups;
    std::unordered_map<std::string, std::uint32_t> index;
    auto group_of = [&](const std::string& id) {
        auto [it, added] = index.emplace(id, static_cast<std::uint32_t>(groups.sectors.size()));
        if (added) groups.sectors.push_back(id);
        return it->second;
    };
    for (const Sector& s : network.sectors) group_of(s.id);
    groups.of_vertex.resize(graph.vertex_count());
    for (Graph::Vertex v = 0; v < graph.vertex_count(); ++v) groups.of_vertex[v] = group_of(network.actors[graph.actor(v)].sector);
    return groups;
}

}  // namespace ecosys
