#include "io/network_builder.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

#include "util/text.hpp"

namespace ecosys::detail {

namespace {

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best = closest_match(word, candidates);
    return best.empty() ? std::string() : " (did you mean '" + best + "'?)";
}

std::string where_defined(const Location& at) {
    return at.line > 0 ? " (first defined at line " + std::to_string(at.line) + ")" : "";
}

}  // namespace

std::string check_weight(double weight) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", weight);
    if (!std::isfinite(weight)) return std::string("weight ") + text + " is not a finite number; weights must be finite numbers >= 0";
    if (weight < 0) return std::string("weight ") + text + " is negative; weights must be finite numbers >= 0";
    return {};
}

NetworkBuilder::NetworkBuilder(std::string default_name) { network_.name = std::move(default_name); }

void NetworkBuilder::error(const Location& at, std::string message) {
    errors_.push_back({Diagnostic::Severity::error, at, std::move(message)});
}

void NetworkBuilder::warning(const Location& at, std::string message) {
    warnings_.push_back({Diagnostic::Severity::warning, at, std::move(message)});
}

void NetworkBuilder::add_sector(Sector sector, const Location& at_id) {
    network_.sectors.push_back(std::move(sector));
    sector_at_.push_back(at_id);
}

void NetworkBuilder::add_region(Region region, const Location& at_id) {
    network_.regions.push_back(std::move(region));
    region_at_.push_back(at_id);
}

void NetworkBuilder::add_participation(std::string project, const Location& at_project, std::string actor,
                                       const Location& at_actor) {
    participations_.push_back({std::move(project), std::move(actor), at_project, at_actor});
}

LoadResult NetworkBuilder::finish() {
    Network& net = network_;

    // Sectors: unique ids, a usable palette.
    std::vector<std::string> sector_ids;
    {
        std::unordered_map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < net.sectors.size(); ++i) {
            const Sector& s = net.sectors[i];
            auto [it, fresh] = seen.emplace(s.id, i);
            if (!fresh) error(sector_at_[i], "duplicate sector id " + quote(s.id) + where_defined(sector_at_[it->second]));
            else sector_ids.push_back(s.id);
        }
    }

    // Regions: unique ids; parents should be declared.
    {
        std::unordered_map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < net.regions.size(); ++i) {
            auto [it, fresh] = seen.emplace(net.regions[i].id, i);
            if (!fresh)
                error(region_at_[i], "duplicate region id " + quote(net.regions[i].id) + where_defined(region_at_[it->second]));
        }
        for (std::size_t i = 0; i < net.regions.size(); ++i) {
            const std::string& parent = net.regions[i].parent;
            if (parent.empty()) continue;
            if (parent == net.regions[i].id) error(region_at_[i], "region " + quote(parent) + " is its own parent");
            else if (!seen.count(parent))
                warning(region_at_[i], "parent region " + quote(parent) + " of region " + quote(net.regions[i].id) +
                                           " is not declared; it exists implicitly");
        }
    }

    // Actors: unique ids, known sectors.
    std::unordered_map<std::string, std::size_t> actor_at;
    std::vector<std::string> actor_ids;
    actor_ids.reserve(actors_.size());
    net.actors.reserve(actors_.size());
    std::vector<Location> kept_actor_at;
    for (RawActor& raw : actors_) {
        Actor& a = raw.actor;
        bool ok = true;
        if (a.id.empty()) {
            error(raw.at_id, "actor id is empty; every actor needs a unique, non-empty id");
            ok = false;
        } else if (auto it = actor_at.find(a.id); it != actor_at.end()) {
            error(raw.at_id, "duplicate actor id " + quote(a.id) + where_defined(kept_actor_at[it->second]));
            ok = false;
        }
        bool known_sector = false;
        for (const std::string& s : sector_ids) known_sector = known_sector || s == a.sector;
        if (!known_sector) {
            if (a.sector.empty())
                error(raw.at_sector, "actor " + quote(a.id) + " has an empty sector; expected " + join_alternatives(sector_ids));
            else
                error(raw.at_sector, "unknown sector " + quote(a.sector) + "; expected " + join_alternatives(sector_ids) +
                                         did_you_mean(a.sector, sector_ids));
        }
        if (!ok) continue;
        if (a.name.empty()) a.name = a.id;
        actor_at.emplace(a.id, net.actors.size());
        kept_actor_at.push_back(raw.at_id);
        actor_ids.push_back(a.id);
        net.actors.push_back(std::move(a));
    }

    auto resolve = [&](const std::string& id, const Location& at, const std::string& what) -> std::optional<std::size_t> {
        if (auto it = actor_at.find(id); it != actor_at.end()) return it->second;
        if (id.empty()) error(at, what + " is empty; expected an actor id");
        else error(at, what + " " + quote(id) + " is not an actor id" + did_you_mean(id, actor_ids));
        return std::nullopt;
    };

    // Ties.
    net.ties.reserve(ties_.size());
    for (RawTie& raw : ties_) {
        auto s = resolve(raw.source, raw.at_source, "tie source");
        auto t = resolve(raw.target, raw.at_target, "tie target");
        if (std::string problem = check_weight(raw.tie.weight); !problem.empty()) {
            error(raw.at_weight, problem);
            continue;
        }
        if (!s || !t) continue;
        if (*s == *t)
            warning(raw.at, "self-loop on actor " + quote(raw.source) + "; it is kept in the data but left out of the metrics");
        raw.tie.source = *s;
        raw.tie.target = *t;
        if (raw.tie.type.empty()) raw.tie.type = "tie";
        net.ties.push_back(std::move(raw.tie));
    }

    // Projects and their participants.
    std::unordered_map<std::string, std::size_t> project_at;
    std::vector<std::string> project_ids;
    for (RawProject& raw : projects_) {
        Project& p = raw.project;
        if (p.id.empty()) {
            error(raw.at_id, "project id is empty; every project needs a unique, non-empty id");
            continue;
        }
        if (auto it = project_at.find(p.id); it != project_at.end()) {
            error(raw.at_id, "duplicate project id " + quote(p.id) + where_defined(projects_[it->second].at_id));
            continue;
        }
        std::unordered_set<std::size_t> members;
        for (auto& [id, at] : raw.participants) {
            auto a = resolve(id, at, "participant");
            if (!a) continue;
            if (!members.insert(*a).second) {
                warning(at, "actor " + quote(id) + " is listed twice in project " + quote(p.id) + "; counted once");
                continue;
            }
            p.participants.push_back(*a);
        }
        project_at.emplace(p.id, net.projects.size());
        project_ids.push_back(p.id);
        net.projects.push_back(std::move(p));
    }
    for (Participation& row : participations_) {
        auto it = project_at.find(row.project);
        if (it == project_at.end()) {
            error(row.at_project, "project " + quote(row.project) + " is not in projects.csv" + did_you_mean(row.project, project_ids));
            continue;
        }
        auto a = resolve(row.actor, row.at_actor, "participant");
        if (!a) continue;
        Project& p = net.projects[it->second];
        bool dup = false;
        for (std::size_t m : p.participants) dup = dup || m == *a;
        if (dup) warning(row.at_actor, "actor " + quote(row.actor) + " is listed twice in project " + quote(p.id) + "; counted once");
        else p.participants.push_back(*a);
    }

    auto by_place = [](const Diagnostic& x, const Diagnostic& y) {
        if (x.where.source != y.where.source) return x.where.source < y.where.source;
        if (x.where.line != y.where.line) return x.where.line < y.where.line;
        return x.where.column < y.where.column;
    };
    std::stable_sort(warnings_.begin(), warnings_.end(), by_place);
    if (!errors_.empty()) {
        // The warnings go along: a user fixing the file wants to see everything at once.
        errors_.insert(errors_.end(), warnings_.begin(), warnings_.end());
        std::stable_sort(errors_.begin(), errors_.end(), by_place);
        throw ValidationError(std::move(errors_));
    }
    net.index();
    return {std::move(net), std::move(warnings_)};
}

}  // namespace ecosys::detail
