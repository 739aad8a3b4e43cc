#include <doctest/doctest.h>

#include "ecosys/metrics/louvain.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

TEST_CASE("Louvain separates two triangles joined by one tie") {
    //   a           d
    //   | \       / |      the best split is the two triangles, Q = 5/14
    //   |  c --- f  |      (see modularity_test.cpp); ids in file order: a's community 0.
    //   | /       \ |
    //   b           e
    const Network net = small_network(
        {"a", "b", "c", "d", "e", "f"},
        {{"a", "b"}, {"b", "c"}, {"a", "c"}, {"d", "e"}, {"e", "f"}, {"d", "f"}, {"c", "f"}});
    const Graph g = Graph::from_network(net);
    Louvain louvain(g);
    louvain.run();
    CHECK(louvain.communities() == std::vector<std::uint32_t>{0, 0, 0, 1, 1, 1});
    CHECK(louvain.count() == 2);
    CHECK(louvain.modularity() == doctest::Approx(5.0 / 14.0));
}

TEST_CASE("Louvain is deterministic: the same graph and seed give the same communities") {
    // A ring of 8 triangles: many equally good partitions, so the order matters.
    std::vector<test::TieSpec> ties;
    std::vector<std::string> ids;
    for (int t = 0; t < 8; ++t)
        for (int k = 0; k < 3; ++k) ids.push_back("v" + std::to_string(3 * t + k));
    for (int t = 0; t < 8; ++t) {
        const std::string a = ids[3 * t], b = ids[3 * t + 1], c = ids[3 * t + 2], next = ids[(3 * t + 3) % 24];
        ties.push_back({a, b});
        ties.push_back({b, c});
        ties.push_back({a, c});
        ties.push_back({c, next});
    }
    std::vector<test::ActorSpec> actors;
    for (const auto& id : ids) actors.push_back({id});
    const Network net = test::regional_network(actors, ties);
    const Graph g = Graph::from_network(net);
    Louvain first(g, false, 7), second(g, false, 7);
    first.run();
    second.run();
    CHECK(first.communities() == second.communities());
    CHECK(first.communities()[0] == 0);
    CHECK(first.modularity() > 0.5);
}

TEST_CASE("Louvain: every isolated actor is a community of its own; no ties, Q = 0") {
    const Network net = small_network({"a", "b", "c"}, {});
    const Graph g = Graph::from_network(net);
    Louvain louvain(g);
    louvain.run();
    CHECK(louvain.communities() == std::vector<std::uint32_t>{0, 1, 2});
    CHECK(louvain.modularity() == 0.0);

    const Network none = small_network({}, {});
    const Graph h = Graph::from_network(none);
    Louvain empty(h);
    empty.run();
    CHECK(empty.count() == 0);
    CHECK(empty.modularity() == 0.0);
}
