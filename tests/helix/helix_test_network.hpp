#pragma once
// Small networks for the helix tests: actors with a sector (and region), ties that
// may be directed, and projects, all named by id; built as the metric tests build
// theirs (small_network.hpp).

#include <string>
#include <vector>

#include "ecosys/model/network.hpp"
#include "metrics/small_network.hpp"

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
    std::vector<ActorSpec> actor_specs;
    for (const HelixActor& a : actors) actor_specs.push_back({a.id, a.region, a.sector});
    std::vector<TieSpec> tie_specs;
    for (const HelixTie& t : ties) tie_specs.push_back({t.source, t.target, t.weight, t.directed});
    Network n = regional_network(std::move(actor_specs), std::move(tie_specs));
    for (const HelixProject& p : projects) {
        Project project;
        project.id = p.id;
        for (const std::string& id : p.participants) project.participants.push_back(*n.find_actor(id));
        n.projects.push_back(std::move(project));
    }
    return n;
}

//   i1 ─── a1 ─── g1        i = industry, a = academia,
//   │    ╱   ╲              g = government, f = finance
//   │  ╱      ╲
//   i2          f1
inline Network five_actor_helix() {
    return helix_network({{"i1", "industry"}, {"i2", "industry"}, {"a1", "academia"}, {"g1", "government"}, {"f1", "finance"}},
                         {{"i1", "i2"}, {"i1", "a1"}, {"i2", "a1"}, {"a1", "g1"}, {"a1", "f1"}});
}

}  // namespace ecosys::test
