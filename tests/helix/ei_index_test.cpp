#include <doctest/doctest.h>

#include "ecosys/graph/graph.hpp"
#include "ecosys/helix/ei_index.hpp"
#include "helix/helix_test_network.hpp"

using namespace ecosys;
using ecosys::test::five_actor_helix;
using ecosys::test::helix_network;

namespace {

/// Two cliques of five, industry (i1..i5) and academia (a1..a5), joined by i1 - a1.
Network two_cliques() {
    std::vector<ecosys::test::HelixActor> actors;
    std::vector<ecosys::test::HelixTie> ties;
    for (const char* s : {"i", "a"})
        for (int k = 1; k <= 5; ++k) actors.push_back({s + std::to_string(k), s[0] == 'i' ? "industry" : "academia"});
    for (const char* s : {"i", "a"})
        for (int x = 1; x <= 5; ++x)
            for (int y = x + 1; y <= 5; ++y) ties.push_back({s + std::to_string(x), s + std::to_string(y)});
    ties.push_back({"i1", "a1"});
    return helix_network(actors, ties);
}

/// The E-I index of `net`, run: the graph and sector groups it reads live as long as it.
struct EIRun {
    Graph g;
    SectorGroups groups;
    EIIndex ei;

    EIRun(const Network& net, EIOptions options)
        : g(Graph::from_network(net)), groups(sector_groups(g, net)), ei(g, groups, options) {
        ei.run();
    }
};

}  // namespace

TEST_CASE("E-I index of the network, each sector and each actor, worked by hand") {
    const EIRun run(five_actor_helix(), {0, 1});
    const EIIndex& ei = run.ei;
    // Network: E = 4 crossing ties, I = 1 (i1 - i2): (4 - 1) / 5 = 0.6.
    CHECK(ei.external_ties() == 4);
    CHECK(ei.internal_ties() == 1);
    CHECK(*ei.network_index() == doctest::Approx(0.6));
    // Industry: E = 2 (i1-a1, i2-a1), I = 2 (i1-i2 seen from both ends): 0.
    // Academia, government, finance: only external ties: 1.
    CHECK(*ei.sector_index(0) == doctest::Approx(0.0));
    CHECK(*ei.sector_index(1) == 1.0);
    CHECK(*ei.sector_index(2) == 1.0);
    CHECK(*ei.sector_index(3) == 1.0);
    // i1: i2 same sector, a1 other: 0. a1: four others: 1.
    const auto& actor = ei.actor_index();
    CHECK(*actor[0] == doctest::Approx(0.0));
    CHECK(*actor[2] == 1.0);
    // Expected under random sectors: q = (2 x 1) / (5 x 4) = 0.1, so 1 - 2q = 0.8.
    CHECK(*ei.expected_network_index() == doctest::Approx(0.8));
    // No permutations asked for: no p-values.
    CHECK_FALSE(ei.network_p_value().has_value());
    CHECK_FALSE(ei.sector_p_value(0).has_value());
}

TEST_CASE("E-I permutation test on the five-actor graph: the exact distribution is known") {
    // Shuffling the sectors puts the industry pair on one of the C(5,2) = 10 actor pairs,
    // 5 of which are tied: I = 1 (E-I = 0.6) or I = 0 (E-I = 1), each with chance 1/2.
    // Observed 0.6 is the minimum: every shuffle is >= it, about half are <= it.
    const EIRun run(five_actor_helix(), {9999, 7});
    const EIIndex& ei = run.ei;
    CHECK(*ei.network_p_greater() == 1.0);
    CHECK(*ei.network_p_less() == doctest::Approx(0.5).epsilon(0.05));
    CHECK(*ei.network_p_value() > 0.95);  // min(1, 2 x about 0.5)
}

TEST_CASE("E-I permutation test finds two sector cliques far from chance") {
    //   i1..i5 a clique, a1..a5 a clique, i1 - a1 the only crossing tie: E = 1, I = 20,
    //   E-I = -19/21. Of the C(10,5) = 252 ways to place the industry label, only the
    //   observed one and its mirror keep 20 ties inside: P(E-I <= observed) = 2/252.
    const EIRun run(two_cliques(), {9999, 1});
    const EIIndex& ei = run.ei;
    CHECK(*ei.network_index() == doctest::Approx(-19.0 / 21.0));
    CHECK(*ei.network_p_less() > 0.005);  // 2/252 = 0.0079, +- 3 standard errors of 9999 shuffles
    CHECK(*ei.network_p_less() < 0.011);
    CHECK(*ei.network_p_greater() == 1.0);
    CHECK(*ei.network_p_value() < 0.03);
    // Expected: q = 2 x (5 x 4) / (10 x 9) = 4/9, 1 - 2q = 1/9.
    CHECK(*ei.expected_network_index() == doctest::Approx(1.0 / 9.0));
    // Each sector: E = 1, I = 2 x 10 = 20 tie ends: -19/21, equally far from chance.
    CHECK(*ei.sector_index(0) == doctest::Approx(-19.0 / 21.0));
    CHECK(*ei.sector_p_value(0) < 0.03);
}

TEST_CASE("E-I permutation test: the same seed gives the same p-values, another seed others") {
    const Network net = two_cliques();
    const Graph g = Graph::from_network(net);
    const SectorGroups groups = sector_groups(g, net);
    EIIndex a(g, groups, {999, 42}), b(g, groups, {999, 42}), c(g, groups, {999, 43});
    a.run();
    b.run();
    c.run();
    CHECK(*a.network_p_less() == *b.network_p_less());
    CHECK(*a.sector_p_value(1) == *b.sector_p_value(1));
    // (p-values are multiples of 1/1000; two seeds agreeing would be a coincidence here)
    CHECK(*a.network_p_less() != *c.network_p_less());
}

TEST_CASE("E-I index is undefined without ties; an isolate has no actor value") {
    //   i1   a1        (no ties)
    const EIRun run(helix_network({{"i1", "industry"}, {"a1", "academia"}}, {}), {});
    const EIIndex& ei = run.ei;
    CHECK_FALSE(ei.network_index().has_value());
    CHECK_FALSE(ei.expected_network_index().has_value());
    CHECK_FALSE(ei.network_p_value().has_value());
    CHECK_FALSE(ei.sector_index(0).has_value());
    CHECK_FALSE(ei.actor_index()[0].has_value());
}

TEST_CASE("E-I with one sector: -1, and chance can do no different (p = 1)") {
    //   i1 ─ i2 ─ i3
    const EIRun run(helix_network({{"i1", "industry"}, {"i2", "industry"}, {"i3", "industry"}}, {{"i1", "i2"}, {"i2", "i3"}}),
                    {99, 1});
    const EIIndex& ei = run.ei;
    CHECK(*ei.network_index() == -1.0);
    CHECK(*ei.expected_network_index() == -1.0);
    CHECK(*ei.network_p_value() == 1.0);
}
