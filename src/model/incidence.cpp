#include "ecosys/model/incidence.hpp"

#include <algorithm>
#include <unordered_set>

namespace ecosys {

ActorIncidence::ActorIncidence(const Network& network) {
    const std::size_t n = network.actors.size();
    // Counting sort: the entries of each actor come out in ascending tie (project) order.
    tie_offsets_.assign(n + 1, 0);
    for (const Tie& t : network.ties) {
        ++tie_offsets_[t.source + 1];
        if (t.target != t.source) ++tie_offsets_[t.target + 1];
    }
    for (std::size_t a = 0; a < n; ++a) tie_offsets_[a + 1] += tie_offsets_[a];
    ties_.resize(tie_offsets_[n]);
    std::vector<std::size_t> next(tie_offsets_.begin(), tie_offsets_.end() - 1);
    for (std::size_t i = 0; i < network.ties.size(); ++i) {
        const Tie& t = network.ties[i];
        ties_[next[t.source]++] = i;
        if (t.target != t.source) ties_[next[t.target]++] = i;
    }

    // A participant listed twice in one project counts once.
    project_offsets_.assign(n + 1, 0);
    std::vector<std::size_t> last(n, static_cast<std::size_t>(-1));
    for (std::size_t p = 0; p < network.projects.size(); ++p)
        for (std::size_t a : network.projects[p].participants)
            if (last[a] != p) last[a] = p, ++project_offsets_[a + 1];
    for (std::size_t a = 0; a < n; ++a) project_offsets_[a + 1] += project_offsets_[a];
    projects_.resize(project_offsets_[n]);
    next.assign(project_offsets_.begin(), project_offsets_.end() - 1);
    std::fill(last.begin(), last.end(), static_cast<std::size_t>(-1));
    for (std::size_t p = 0; p < network.projects.size(); ++p)
        for (std::size_t a : network.projects[p].participants)
            if (last[a] != p) last[a] = p, projects_[next[a]++] = p;
}

RegionMembers::RegionMembers(const Network& network) {
    for (std::size_t i = 0; i < network.actors.size(); ++i)
        if (!network.actors[i].region.empty()) own_[network.actors[i].region].push_back(i);
    // A region's parent as Network::actors_in_region walks it: that of the first region
    // of the id (Network::find_region).
    for (const Region& r : network.regions)
        if (!r.parent.empty() && network.find_region(r.id) == &r) below_[r.parent].push_back(r.id);
}

std::vector<std::size_t> RegionMembers::members(std::string_view id) const {
    std::vector<std::size_t> out;
    std::vector<std::string_view> todo{id};
    std::unordered_set<std::string_view> seen{id};  // parents may form a cycle in a network built by hand
    while (!todo.empty()) {
        const std::string_view region = todo.back();
        todo.pop_back();
        if (const auto it = own_.find(region); it != own_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
        if (const auto it = below_.find(region); it != below_.end())
            for (std::string_view child : it->second)
                if (seen.insert(child).second) todo.push_back(child);
    }
    if (seen.size() > 1) std::sort(out.begin(), out.end());  // one region's own actors are in order already
    return out;
}

}  // namespace ecosys
