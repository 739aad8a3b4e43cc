#pragma once
// Small networks for the helix tests: actors with a sector (and region), ties that
// may be directed, and projects, all named by id.

#include <string>
#include <vector>

#include "ecosys/model/network.hpp"

namespace ecosys::test {

struct HelixActor {
    std::string id, sector, region = "";
};

struct HelixTie {
    std::string source, target;
    bool directed = false;
    double weight = 1.0;
};

struct HelixProject {
    std::string id;
    std::vector<std::string> participants;
};

inline Network helix_network(const std::vector<HelixActor>& actors, const std::vector<HelixTie>& ties,
                             const std::vector<HelixProject>& projects = {}) {
    Network n;
    n.name = "test";
    for (const HelixActor& a : actors) {
        Actor actor;
        actor.id = a.id;
        actor.name = a.id;
        actor.sector = a.sector;
        actor.region = a.region;
        n.actors.push_back(std::move(actor));
    }
    n.index();
    for (const HelixTie& t : ties) {
        Tie tie;
        tie.source = *n.find_actor(t.source);
        tie.target = *n.find_actor(t.target);
        tie.directed = t.directed;
        tie.weight = t.weight;
        n.ties.push_back(tie);
    }
    for (const HelixProject& p : projects) {
        Project project;
        project.id = p.id;
        for (const std::string& id : p.participants) project.participants.push_back(*n.find_actor(id));
        n.projects.push_back(std::move(project));
    }
    return n;
}

}  // namespace ecosys::test
