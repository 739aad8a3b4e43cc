#include "ecosys/model/network.hpp"

namespace ecosys {

std::vector<Sector> default_sectors() {
    // Okabe–Ito colours: distinguishable with every common colour-vision deficiency.
    return {
        {"industry", "Industry 産", "#E69F00"},
        {"academia", "Academia 学", "#0072B2"},
        {"government", "Government 官", "#009E73"},
        {"finance", "Finance 金", "#CC79A7"},
    };
}

void Network::index() {
    actor_index_.clear();
    sector_index_.clear();
    region_index_.clear();
    actor_index_.reserve(actors.size());
    for (std::size_t i = 0; i < actors.size(); ++i) actor_index_.emplace(actors[i].id, i);
    for (std::size_t i = 0; i < sectors.size(); ++i) sector_index_.emplace(sectors[i].id, i);
    for (std::size_t i = 0; i < regions.size(); ++i) region_index_.emplace(regions[i].id, i);
    for (const Actor& a : actors) {
        if (a.region.empty() || region_index_.count(a.region)) continue;
        region_index_.emplace(a.region, regions.size());
        regions.push_back({a.region, a.region, "", false});
    }
}

std::optional<std::size_t> Network::find_actor(std::string_view id) const {
    auto it = actor_index_.find(std::string(id));
    if (it == actor_index_.end()) return std::nullopt;
    return it->second;
}

const Sector* Network::find_sector(std::string_view id) const {
    auto it = sector_index_.find(std::string(id));
    return it == sector_index_.end() ? nullptr : &sectors[it->second];
}

const Participation& Project::participation(std::size_t i) const {
    static const Participation none;
    return i < participations.size() ? participations[i] : none;
}

const Programme* Network::find_programme(std::string_view id) const {
    for (const Programme& p : programmes)
        if (p.id == id) return &p;
    return nullptr;
}

const Region* Network::find_region(std::string_view id) const {
    auto it = region_index_.find(std::string(id));
    return it == region_index_.end() ? nullptr : &regions[it->second];
}

std::vector<std::size_t> Network::actors_in_region(std::string_view region_id) const {
    // The regions at or below region_id: walk up from each region by its parent; a
    // cycle of parents ends after regions.size() steps.
    std::unordered_map<std::string_view, bool> inside;
    inside[region_id] = true;
    for (const Region& r : regions) {
        std::string_view at = r.id;
        for (std::size_t step = 0; step <= regions.size() && !at.empty(); ++step) {
            if (at == region_id) {
                inside[r.id] = true;
                break;
            }
            const Region* up = find_region(at);
            at = up ? std::string_view(up->parent) : std::string_view();
        }
    }
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < actors.size(); ++i)
        if (!actors[i].region.empty() && inside.count(actors[i].region)) out.push_back(i);
    return out;
}

std::vector<std::string> Network::populated_regions() const {
    std::unordered_map<std::string, bool> used;
    for (const Actor& a : actors)
        if (!a.region.empty()) used[a.region] = true;
    std::vector<std::string> out;
    for (const Region& r : regions)
        if (used.count(r.id)) out.push_back(r.id);
    return out;
}

}  // namespace ecosys
