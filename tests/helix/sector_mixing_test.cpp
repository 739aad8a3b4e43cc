#include <doctest/doctest.h>

#include "ecosys/graph/graph.hpp"
#include "ecosys/helix/sector_assortativity.hpp"
#include "ecosys/helix/sector_mixing.hpp"
#include "helix/helix_test_network.hpp"

using namespace ecosys;
using ecosys::test::five_actor_helix;
using ecosys::test::helix_network;

TEST_CASE("mixing matrix: ties per sector pair, symmetric, density over the possible pairs") {
    const Network net = five_actor_helix();
    const Graph g = Graph::from_network(net);
    const SectorGroups groups = sector_groups(g, net);
    REQUIRE(groups.sectors == std::vector<std::string>{"industry", "academia", "government", "finance"});
    SectorMixing mixing(g, groups);
    mixing.run();
    // Hand count: industry-industry 1 (i1-i2), industry-academia 2, academia-government 1,
    // academia-finance 1; 4 of the 5 ties cross sectors.
    const std::vector<std::vector<std::size_t>> expected = {{1, 2, 0, 0}, {2, 0, 1, 1}, {0, 1, 0, 0}, {0, 1, 0, 0}};
    CHECK(mixing.counts() == expected);
    CHECK(mixing.sizes() == std::vector<std::size_t>{2, 1, 1, 1});
    CHECK(mixing.ties() == 5);
    CHECK(mixing.cross_sector_ties() == 4);
    CHECK(mixing.cross_sector_share() == doctest::Approx(0.8));
    // Densities: 1 tie of 1 possible industry pair; 2 of 2 x 1 industry-academia pairs;
    // 0 of 2 industry-government pairs; academia alone has no pair inside.
    CHECK(*mixing.density(0, 0) == 1.0);
    CHECK(*mixing.density(0, 1) == 1.0);
    CHECK(*mixing.density(0, 2) == 0.0);
    CHECK_FALSE(mixing.density(1, 1).has_value());
}

TEST_CASE("sector assortativity is Newman's r, as NetworkX attribute_assortativity_coefficient") {
    const Network net = five_actor_helix();
    const Graph g = Graph::from_network(net);
    const SectorGroups groups = sector_groups(g, net);
    SectorMixing mixing(g, groups);
    mixing.run();
    // Tie ends (10): e_ii = 2/10, e_ia = e_ai = 2/10, e_ag = e_ga = e_af = e_fa = 1/10.
    // a = (0.4, 0.4, 0.1, 0.1), sum a^2 = 0.34, trace 0.2: r = (0.2 - 0.34) / 0.66 = -7/33.
    CHECK(*sector_assortativity(mixing) == doctest::Approx(-7.0 / 33.0).epsilon(1e-12));
}

TEST_CASE("sector assortativity: +1 for ties only inside sectors, undefined without variety") {
    //   i1 ─ i2     a1 ─ a2
    const Network sorted = helix_network({{"i1", "industry"}, {"i2", "industry"}, {"a1", "academia"}, {"a2", "academia"}},
                                         {{"i1", "i2"}, {"a1", "a2"}});
    const Graph g = Graph::from_network(sorted);
    const SectorGroups groups = sector_groups(g, sorted);
    SectorMixing mixing(g, groups);
    mixing.run();
    CHECK(*sector_assortativity(mixing) == doctest::Approx(1.0));

    //   i1 ─ i2   a1 (no ties): every tie end is industry, r = 0/0
    const Network one = helix_network({{"i1", "industry"}, {"i2", "industry"}, {"a1", "academia"}}, {{"i1", "i2"}});
    const Graph h = Graph::from_network(one);
    const SectorGroups hg = sector_groups(h, one);
    SectorMixing hm(h, hg);
    hm.run();
    CHECK_FALSE(sector_assortativity(hm).has_value());
    CHECK(hm.cross_sector_share() == 0.0);

    const Network none = helix_network({{"i1", "industry"}}, {});
    const Graph e = Graph::from_network(none);
    const SectorGroups eg = sector_groups(e, none);
    SectorMixing em(e, eg);
    em.run();
    CHECK_FALSE(sector_assortativity(em).has_value());
    CHECK(em.cross_sector_share() == 0.0);
}

TEST_CASE("mixing: results read before run() are an error") {
    const Network net = five_actor_helix();
    const Graph g = Graph::from_network(net);
    const SectorGroups groups = sector_groups(g, net);
    SectorMixing mixing(g, groups);
    CHECK_THROWS_WITH_AS((void)mixing.counts(), "metric results read before they were computed: call run() first",
                         std::logic_error);
}

TEST_CASE("sector assortativity is exactly 0 when ties mix as by chance, not the rounding of trace - sum a^2") {
    //   i1 ─ i2            ties: industry-industry 1, industry-academia 4,
    //   i1, i2 ─ a1, a2    industry-government 4, academia-academia 4 (26 tie ends).
    //   i1, i2 ─ g1, g2    a = (10, 12, 4)/26, sum a^2 = 260/676 = 10/26 = trace
    //   a1 ─ a2 ─ a3 ─ a4, a1 ─ a3     (2 + 8)/26: r = 0 exactly, yet the doubles
    //                                   left -5.6e-17 before the rule of util/rounding.hpp.
    const Network net = helix_network({{"i1", "industry"}, {"i2", "industry"}, {"a1", "academia"}, {"a2", "academia"},
                                       {"a3", "academia"}, {"a4", "academia"}, {"g1", "government"}, {"g2", "government"}},
                                      {{"i1", "i2"}, {"i1", "a1"}, {"i1", "a2"}, {"i2", "a1"}, {"i2", "a2"}, {"i1", "g1"},
                                       {"i1", "g2"}, {"i2", "g1"}, {"i2", "g2"}, {"a1", "a2"}, {"a2", "a3"}, {"a3", "a4"},
                                       {"a1", "a3"}});
    const Graph g = Graph::from_network(net);
    const SectorGroups groups = sector_groups(g, net);
    SectorMixing mixing(g, groups);
    mixing.run();
    CHECK(*sector_assortativity(mixing) == 0.0);
}
