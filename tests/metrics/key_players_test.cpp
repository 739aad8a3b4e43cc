#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "ecosys/error.hpp"
#include "ecosys/io/reader.hpp"
#include "ecosys/metrics/fragmentation.hpp"
#include "ecosys/metrics/key_players.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;
using Vertex = Graph::Vertex;

namespace {

//        h                 Two stars joined through h. Removing h leaves 4 + 4;
//      /   \               removing x leaves x1, x2, x3 alone and 5 together, so
//     x     y              x (or y) fragments more than h does.
//    /|\   /|\             .
//  x1 x2 x3 y1 y2 y3
Network two_stars() {
    return small_network({"h", "x", "y", "x1", "x2", "x3", "y1", "y2", "y3"},
                         {{"h", "x"}, {"h", "y"}, {"x", "x1"}, {"x", "x2"}, {"x", "x3"}, {"y", "y1"}, {"y", "y2"}, {"y", "y3"}});
}

/// The best score over every K-subset, by brute force.
double exhaustive_best(const Graph& g, std::size_t k, KeyPlayerGoal goal, unsigned radius) {
    const std::size_t n = g.vertex_count();
    std::vector<std::uint8_t> pick(n, 0);
    std::fill(pick.begin(), pick.begin() + static_cast<std::ptrdiff_t>(k), 1);
    double best = -1;
    do {
        std::vector<Vertex> set;
        for (Vertex v = 0; v < n; ++v)
            if (pick[v]) set.push_back(v);
        best = std::max(best, key_player_score(g, set, goal, radius));
    } while (std::prev_permutation(pick.begin(), pick.end()));
    return best;
}

std::vector<std::string> ids(const Network& net, const Graph& g, const std::vector<Vertex>& set) {
    std::vector<std::string> out;
    for (Vertex v : set) out.push_back(net.actors[g.actor(v)].id);
    return out;
}

KeyPlayers solve(const Graph& g, std::size_t k, KeyPlayerGoal goal, std::uint64_t exact_limit, unsigned radius = 1) {
    KeyPlayerOptions o;
    o.k = k;
    o.goal = goal;
    o.radius = radius;
    o.exact_limit = exact_limit;
    KeyPlayers kp(g, o);
    kp.run();
    return kp;
}

}  // namespace

TEST_CASE("fragmentation counts the pairs with no path, by hand") {
    // a-b-c-d-e without c: {a, b} and {d, e}; n = 4, connected ordered pairs 2 + 2 = 4
    // of 12: F = 1 - 4/12 = 2/3.
    const Network net = small_network({"a", "b", "c", "d", "e"}, {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "e"}});
    const Graph g = Graph::from_network(net);
    const std::vector<std::uint8_t> removed{0, 0, 1, 0, 0};
    const auto sizes = component_sizes_without(g, removed);
    CHECK(sizes == std::vector<std::size_t>{2, 2});
    CHECK(fragmentation(sizes) == doctest::Approx(2.0 / 3.0));
    CHECK(fragmentation(component_sizes_without(g)) == 0.0);
    CHECK(fragmentation(std::vector<std::size_t>{1}) == 0.0);  // no pairs
    // Distance-weighted, nothing removed: pairs at distance 1 (4 of them), 2 (3), 3 (2),
    // 4 (1), each both ways: sum 1/d = 2 (4 + 3/2 + 2/3 + 1/4) = 12.8333; DF = 1 - 12.8333/20.
    CHECK(distance_fragmentation(g) == doctest::Approx(1.0 - (2.0 * (4.0 + 1.5 + 2.0 / 3.0 + 0.25)) / 20.0));
    // Without c: only a-b and d-e at distance 1: sum 4 of 12.
    CHECK(distance_fragmentation(g, removed) == doctest::Approx(1.0 - 4.0 / 12.0));
}

TEST_CASE("connected pairs without each vertex equal a search per vertex") {
    // two_stars plus a cycle x1-x2-x3 and an isolated z: cut vertices and not.
    Network net = two_stars();
    const Graph g = Graph::from_network(net);
    const auto all = connected_pairs_without_each(g);
    // h: 4 + 4 -> 12 + 12 = 24; x: 1, 1, 1 and 5 -> 20; x1: 8 together -> 56.
    CHECK(all[0] == 24);
    CHECK(all[1] == 20);
    CHECK(all[3] == 56);
    for (Vertex v = 0; v < g.vertex_count(); ++v) {
        std::vector<std::uint8_t> removed(g.vertex_count(), 0);
        removed[v] = 1;
        CHECK(all[v] == connected_pairs(component_sizes_without(g, removed)));
    }
    // With a vertex already removed, on the Zachary club (cycles, several blocks).
    const Network club = load_network(std::filesystem::path(ECOSYS_NETWORKS_DIR) / "zachary-karate-club.json").network;
    const Graph cg = Graph::from_network(club);
    std::vector<std::uint8_t> mask(cg.vertex_count(), 0);
    mask[0] = 1;
    const auto each = connected_pairs_without_each(cg, mask);
    for (Vertex v = 1; v < cg.vertex_count(); ++v) {
        mask[v] = 1;
        CHECK(each[v] == connected_pairs(component_sizes_without(cg, mask)));
        mask[v] = 0;
    }
}

TEST_CASE("fragmentation after removal matches NetworkX on real networks") {
    // tests/metrics/key_players_reference.py: components after removal (NetworkX
    // connected_components) and F from their sizes.
    const auto dir = std::filesystem::path(ECOSYS_NETWORKS_DIR);
    struct Case {
        const char* file;
        std::vector<std::string> removed;
        std::vector<std::size_t> sizes;
        double f;
    };
    const std::vector<Case> cases{
        {"zachary-karate-club.json", {"Mr Hi"}, {27, 5, 1}, 0.3162878787878788},
        {"zachary-karate-club.json", {"Mr Hi", "John A"}, {26, 5, 1}, 0.3245967741935484},
        {"florentine-families.json", {"Medici"}, {11, 2, 1, 1}, 0.4666666666666667},
        {"florentine-families.json", {"Medici", "Guadagni"}, {10, 2, 1, 1}, 0.4945054945054945},
    };
    for (const Case& c : cases) {
        CAPTURE(c.file);
        const Network net = load_network(dir / c.file).network;
        const Graph g = Graph::from_network(net);
        std::vector<std::uint8_t> removed(g.vertex_count(), 0);
        std::vector<Vertex> set;
        for (const auto& id : c.removed) {
            removed[*net.find_actor(id)] = 1;
            set.push_back(static_cast<Vertex>(*net.find_actor(id)));
        }
        auto sizes = component_sizes_without(g, removed);
        std::sort(sizes.rbegin(), sizes.rend());
        CHECK(sizes == c.sizes);
        CHECK(fragmentation(sizes) == doctest::Approx(c.f).epsilon(1e-12));
        CHECK(key_player_score(g, set, KeyPlayerGoal::fragment) == doctest::Approx(c.f).epsilon(1e-12));
    }
}

TEST_CASE("key players of two stars: the optimum worked by hand and by exhaustive search") {
    const Network net = two_stars();
    const Graph g = Graph::from_network(net);
    for (std::uint64_t limit : {std::uint64_t{20000}, std::uint64_t{0}}) {  // exact, then greedy + swaps
        CAPTURE(limit);
        // K = 1, fragment: x leaves 1, 1, 1, 5 of n = 8: F = 1 - 20/56 = 9/14 (h: 1 - 24/56).
        KeyPlayers one = solve(g, 1, KeyPlayerGoal::fragment, limit);
        CHECK(ids(net, g, one.set()) == std::vector<std::string>{"x"});
        CHECK(one.score() == doctest::Approx(9.0 / 14.0));
        CHECK(one.exact() == (limit > 0));
        // K = 2: {x, y} leaves 7 isolated actors: F = 1.
        KeyPlayers two = solve(g, 2, KeyPlayerGoal::fragment, limit);
        CHECK(ids(net, g, two.set()) == std::vector<std::string>{"x", "y"});
        CHECK(two.score() == 1.0);
        // Reach within 1 step: x reaches h, x1, x2, x3 = 4 of 8; {x, y} all 7 others.
        KeyPlayers r1 = solve(g, 1, KeyPlayerGoal::reach, limit);
        CHECK(ids(net, g, r1.set()) == std::vector<std::string>{"x"});
        CHECK(r1.score() == 0.5);
        KeyPlayers r2 = solve(g, 2, KeyPlayerGoal::reach, limit);
        CHECK(r2.score() == 1.0);
        // Within 2 steps h reaches every other actor.
        KeyPlayers far = solve(g, 1, KeyPlayerGoal::reach, limit, 2);
        CHECK(ids(net, g, far.set()) == std::vector<std::string>{"h"});
        CHECK(far.score() == 1.0);
        for (std::size_t k = 1; k <= 3; ++k)
            for (auto goal : {KeyPlayerGoal::fragment, KeyPlayerGoal::reach})
                CHECK(solve(g, k, goal, limit).score() == doctest::Approx(exhaustive_best(g, k, goal, 1)));
    }
}

TEST_CASE("key players on the Zachary club equal the exhaustive optimum") {
    // NetworkX, every 2-set: the best F is 0.4233870967741935 ({Mr Hi, Actor 2}).
    const Network net = load_network(std::filesystem::path(ECOSYS_NETWORKS_DIR) / "zachary-karate-club.json").network;
    const Graph g = Graph::from_network(net);
    KeyPlayers exact = solve(g, 2, KeyPlayerGoal::fragment, 20000);
    CHECK(exact.exact());
    CHECK(exact.score() == doctest::Approx(0.4233870967741935).epsilon(1e-12));
    CHECK(ids(net, g, exact.set()) == std::vector<std::string>{"Mr Hi", "Actor 2"});
    KeyPlayers search = solve(g, 2, KeyPlayerGoal::fragment, 0);
    CHECK_FALSE(search.exact());
    CHECK(search.score() == doctest::Approx(0.4233870967741935).epsilon(1e-12));
    CHECK(search.restarts_run() == 8);
    CHECK(search.restarts_at_best() >= 1);
    CHECK(search.worst_restart_score() <= search.score());
    for (std::size_t k = 1; k <= 3; ++k) {
        CAPTURE(k);
        CHECK(solve(g, k, KeyPlayerGoal::fragment, 0).score() ==
              doctest::Approx(exhaustive_best(g, k, KeyPlayerGoal::fragment, 1)));
        CHECK(solve(g, k, KeyPlayerGoal::reach, 0, 1).score() ==
              doctest::Approx(exhaustive_best(g, k, KeyPlayerGoal::reach, 1)));
    }
    // Same seed, same answer.
    CHECK(solve(g, 3, KeyPlayerGoal::reach, 0).set() == solve(g, 3, KeyPlayerGoal::reach, 0).set());
}

TEST_CASE("key players refuse K of 0 or more than the candidates") {
    const Network net = two_stars();
    const Graph g = Graph::from_network(net);
    KeyPlayerOptions o;
    o.k = 0;
    CHECK_THROWS_WITH_AS(KeyPlayers(g, o), "--k must be at least 1", UsageError);
    o.k = 3;
    o.candidates = {0, 1};
    CHECK_THROWS_WITH_AS(KeyPlayers(g, o), "--k 3 is larger than the 2 candidates; choose at most 2", UsageError);
}
