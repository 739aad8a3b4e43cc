#pragma once
// Builds the small networks the tests draw: actors named by id, ties by the ids of
// their ends, optionally with a weight and a direction.

#include <initializer_list>
#include <string>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys::test {

struct TieSpec {
    std::string source, target;
    double weight = 1.0;
    bool directed = false;
};

struct ActorSpec {
    std::string id;
    std::string region = "";
    std::string sector = "industry";
};

/// Actors with regions and sectors.
inline Network regional_network(std::vector<ActorSpec> actors, std::vector<TieSpec> ties) {
    Network n;
    n.name = "test";
    for (const ActorSpec& a : actors) {
        Actor actor;
        actor.id = a.id;
        actor.name = a.id;
        actor.sector = a.sector;
        actor.region = a.region;
        n.actors.push_back(std::move(actor));
    }
    n.index();
    for (const TieSpec& t : ties) {
        Tie tie;
        tie.source = *n.find_actor(t.source);
        tie.target = *n.find_actor(t.target);
        tie.weight = t.weight;
        tie.directed = t.directed;
        n.ties.push_back(tie);
    }
    return n;
}

/// Actors of sector industry without region, named by their ids.
inline Network small_network(std::initializer_list<const char*> ids, std::vector<TieSpec> ties) {
    std::vector<ActorSpec> actors;
    for (const char* id : ids) actors.push_back({id});
    return regional_network(std::move(actors), std::move(ties));
}

}  // namespace ecosys::test
