#include <doctest/doctest.h>

#include "ecosys/graph/graph.hpp"
#include "ecosys/helix/helix_completeness.hpp"
#include "helix/helix_test_network.hpp"

using namespace ecosys;
using ecosys::test::helix_network;

TEST_CASE("helix completeness: sectors present, sector pairs without a tie, actors reaching 3+ sectors") {
    //   i1 ─ a1 ─ g1        no finance actor
    //   │    │
    //   i2   a2            a1's contacts: industry, government, academia: 3 sectors
    const Network net = helix_network({{"i1", "industry"}, {"i2", "industry"}, {"a1", "academia"}, {"a2", "academia"}, {"g1", "government"}},
                                      {{"i1", "a1"}, {"a1", "g1"}, {"i1", "i2"}, {"a1", "a2"}});
    const Graph g = Graph::from_network(net);
    const SectorGroups groups = sector_groups(g, net);
    HelixCompleteness c(g, groups);
    c.run();
    CHECK(c.present() == std::vector<std::size_t>{0, 1, 2});  // industry, academia, government; no finance
    // Present pairs: industry-academia (i1-a1), academia-government (a1-g1) tied;
    // industry-government never: the one missing link. Pairs with finance are implied by its absence.
    REQUIRE(c.missing_links().size() == 1);
    CHECK(c.missing_links()[0] == std::pair<std::size_t, std::size_t>{0, 2});
    // sectors tied: i1 {academia, industry} 2, i2 {industry} 1, a1 {industry, government, academia} 3,
    // a2 {academia} 1, g1 {academia} 1: one actor of five reaches three sectors.
    CHECK(c.sectors_tied() == std::vector<std::size_t>{2, 1, 3, 1, 1});
    CHECK(c.multi_sector_share() == doctest::Approx(0.2));
}

TEST_CASE("helix completeness of an empty graph") {
    const Network net = helix_network({}, {});
    const Graph g = Graph::from_network(net);
    const SectorGroups groups = sector_groups(g, net);
    HelixCompleteness c(g, groups);
    c.run();
    CHECK(c.present().empty());
    CHECK(c.missing_links().empty());
    CHECK(c.multi_sector_share() == 0.0);
}
