#include "ecosys/model/removal.hpp"

#include <set>

#include "ecosys/error.hpp"
#include "util/text.hpp"

namespace ecosys {

bool Removal::empty() const {
    return actors.empty() && role.empty() && kind.empty() && sector.empty() && tie_type.empty() && projects.empty() &&
           project_type.empty() && !after_year;
}

namespace {

void require(const std::string& what, const std::string& value, const std::set<std::string>& known,
             const std::string& label) {
    if (value.empty() || known.count(value)) return;
    throw UsageError(detail::unknown_name_message(what, value, {known.begin(), known.end()}, label));
}

bool removes_actor(const Actor& a, const Removal& r, const std::set<std::string>& ids) {
    return ids.count(a.id) || (!r.role.empty() && a.role == r.role) || (!r.kind.empty() && a.kind == r.kind) ||
           (!r.sector.empty() && a.sector == r.sector);
}

}  // namespace

std::size_t require_actor(const Network& network, const std::string& id) {
    if (auto i = network.find_actor(id)) return *i;
    std::vector<std::string> all;
    for (const Actor& a : network.actors) all.push_back(a.id);
    const std::string hint = detail::did_you_mean(id, all);
    throw UsageError("unknown actor " + detail::quote(id) + hint +
                     "; this network has " + std::to_string(all.size()) + " actors");
}

void check_removal(const Network& network, const Removal& removal) {
    std::set<std::string> roles, kinds, sectors, tie_types, project_ids, project_types;
    for (const Actor& a : network.actors) {
        if (!a.role.empty()) roles.insert(a.role);
        if (!a.kind.empty()) kinds.insert(a.kind);
    }
    for (const Sector& s : network.sectors) sectors.insert(s.id);
    for (const Tie& t : network.ties) tie_types.insert(t.type);
    for (const Project& p : network.projects) {
        project_ids.insert(p.id);
        if (!p.type.empty()) project_types.insert(p.type);
    }
    for (const std::string& id : removal.actors) (void)require_actor(network, id);
    require("role", removal.role, roles, "roles in this network");
    require("kind", removal.kind, kinds, "kinds in this network");
    require("sector", removal.sector, sectors, "sectors in this network");
    require("tie type", removal.tie_type, tie_types, "tie types in this network");
    for (const std::string& id : removal.projects) require("project", id, project_ids, "projects in this network");
    require("project type", removal.project_type, project_types, "project types in this network");
}

RemovalResult apply_removal(const Network& network, const Removal& removal) {
    const std::set<std::string> ids(removal.actors.begin(), removal.actors.end());
    const std::set<std::string> project_ids(removal.projects.begin(), removal.projects.end());
    RemovalResult result;
    Network& out = result.network;
    out.name = network.name;
    out.sectors = network.sectors;
    out.regions = network.regions;
    constexpr std::size_t gone = static_cast<std::size_t>(-1);
    std::vector<std::size_t> new_index(network.actors.size(), gone);
    for (std::size_t i = 0; i < network.actors.size(); ++i) {
        const Actor& a = network.actors[i];
        if (removes_actor(a, removal, ids)) {
            result.removed_actors.push_back(a.id);
            continue;
        }
        new_index[i] = out.actors.size();
        out.actors.push_back(a);
    }
    const auto too_late = [&](const std::optional<int>& year) {
        return removal.after_year && year && *year > *removal.after_year;
    };
    for (const Tie& t : network.ties) {
        if (new_index[t.source] == gone || new_index[t.target] == gone ||
            (!removal.tie_type.empty() && t.type == removal.tie_type) || too_late(t.year)) {
            ++result.removed_ties;
            continue;
        }
        Tie copy = t;
        copy.source = new_index[t.source];
        copy.target = new_index[t.target];
        out.ties.push_back(copy);
    }
    for (const Project& p : network.projects) {
        if (project_ids.count(p.id) || (!removal.project_type.empty() && p.type == removal.project_type) ||
            too_late(p.year)) {
            result.removed_projects.push_back(p.id);
            continue;
        }
        Project copy = p;
        copy.participants.clear();
        copy.participations.clear();
        for (std::size_t i = 0; i < p.participants.size(); ++i) {
            const std::size_t a = p.participants[i];
            if (new_index[a] == gone) continue;
            copy.participants.push_back(new_index[a]);
            if (!p.participations.empty()) copy.participations.push_back(p.participations[i]);
        }
        out.projects.push_back(std::move(copy));
    }
    out.index();
    return result;
}

}  // namespace ecosys
