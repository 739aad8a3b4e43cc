// Each actor's ties and projects, and each region's members, indexed once: the lists are
// the ones a pass over the whole network gives, and a region's members are
// Network::actors_in_region's.
#include <doctest/doctest.h>

#include <random>
#include <vector>

#include "ecosys/model/incidence.hpp"

using namespace ecosys;

namespace {

Tie tie(std::size_t a, std::size_t b) {
    Tie t;
    t.source = a;
    t.target = b;
    return t;
}

std::vector<std::size_t> list(std::span<const std::size_t> s) { return {s.begin(), s.end()}; }

}  // namespace

TEST_CASE("incidence: each actor's ties and projects, ascending, each once") {
    //   ties: 0 a-b, 1 b-c, 2 c-c (self-loop), 3 a-b again; projects: p0 {a, c, a}, p1 {b}
    Network net;
    for (const char* id : {"a", "b", "c", "d"}) net.actors.push_back({id, id, "industry"});
    net.ties = {tie(0, 1), tie(1, 2), tie(2, 2), tie(0, 1)};
    net.projects.resize(2);
    net.projects[0].participants = {0, 2, 0};
    net.projects[1].participants = {1};
    net.index();
    const ActorIncidence inc(net);
    CHECK(list(inc.ties_of(0)) == std::vector<std::size_t>{0, 3});
    CHECK(list(inc.ties_of(1)) == std::vector<std::size_t>{0, 1, 3});
    CHECK(list(inc.ties_of(2)) == std::vector<std::size_t>{1, 2});
    CHECK(inc.ties_of(3).empty());
    CHECK(list(inc.projects_of(0)) == std::vector<std::size_t>{0});
    CHECK(list(inc.projects_of(1)) == std::vector<std::size_t>{1});
    CHECK(list(inc.projects_of(2)) == std::vector<std::size_t>{0});
    CHECK(inc.projects_of(3).empty());
}

TEST_CASE("region members: the region and the regions below it, as actors_in_region") {
    //   japan > tohoku > miyagi; japan > kanto; an implicit region; an actor without one
    Network net;
    net.regions = {{"japan", "Japan", ""}, {"tohoku", "Tohoku", "japan"}, {"miyagi", "Miyagi", "tohoku"}, {"kanto", "Kanto", "japan"}};
    const char* const regions[] = {"miyagi", "kanto", "tohoku", "", "implicit", "miyagi", "japan"};
    for (std::size_t i = 0; i < 7; ++i) net.actors.push_back({"a" + std::to_string(i), "", "industry", regions[i]});
    net.index();
    const RegionMembers members(net);
    CHECK(members.members("japan") == std::vector<std::size_t>{0, 1, 2, 5, 6});
    CHECK(members.members("tohoku") == std::vector<std::size_t>{0, 2, 5});
    CHECK(members.members("miyagi") == std::vector<std::size_t>{0, 5});
    CHECK(members.members("implicit") == std::vector<std::size_t>{4});
    CHECK(members.members("nowhere").empty());
    for (const Region& r : net.regions) CHECK(members.members(r.id) == net.actors_in_region(r.id));
}

TEST_CASE("region members: parents in a cycle (a network built by hand) end, as actors_in_region does") {
    Network net;
    net.regions = {{"a", "A", "b"}, {"b", "B", "a"}, {"c", "C", "a"}};
    net.actors = {{"x", "x", "industry", "a"}, {"y", "y", "industry", "b"}, {"z", "z", "industry", "c"}};
    net.index();
    const RegionMembers members(net);
    for (const Region& r : net.regions) CHECK(members.members(r.id) == net.actors_in_region(r.id));
}

TEST_CASE("region members equal actors_in_region on random region trees") {
    std::mt19937 rng(30);
    for (int round = 0; round < 50; ++round) {
        Network net;
        const std::size_t regions = 1 + rng() % 20;
        for (std::size_t r = 0; r < regions; ++r) {
            // A parent among the earlier regions, or none, or (now and then) one that is no region.
            std::string parent = r == 0 || rng() % 4 == 0 ? "" : "r" + std::to_string(rng() % r);
            if (rng() % 15 == 0) parent = "elsewhere";
            net.regions.push_back({"r" + std::to_string(r), "", parent});
        }
        const std::size_t actors = rng() % 60;
        for (std::size_t a = 0; a < actors; ++a)
            net.actors.push_back({"a" + std::to_string(a), "", "industry", rng() % 5 == 0 ? "" : "r" + std::to_string(rng() % regions)});
        net.index();
        const RegionMembers members(net);
        for (const Region& r : net.regions) CHECK(members.members(r.id) == net.actors_in_region(r.id));
    }
}
