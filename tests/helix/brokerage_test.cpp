#include <doctest/doctest.h>

#include "ecosys/graph/graph.hpp"
#include "ecosys/helix/brokerage.hpp"
#include "helix/helix_test_network.hpp"

using namespace ecosys;
using ecosys::test::helix_network;

namespace {

BrokerageCounts counts_of(const Network& net, const std::string& broker) {
    const Graph g = Graph::from_network(net);
    const SectorGroups groups = sector_groups(g, net);
    Brokerage b(g, groups);
    b.run();
    return b.counts()[*net.find_actor(broker)];
}

/// a -> b -> c, directed, with the given sectors.
BrokerageCounts chain(const char* sa, const char* sb, const char* sc) {
    return counts_of(helix_network({{"a", sa}, {"b", sb}, {"c", sc}}, {{"a", "b", true}, {"b", "c", true}}), "b");
}

}  // namespace

TEST_CASE("brokerage: the five roles of Gould and Fernandez on a directed chain a -> b -> c") {
    //   a ──► b ──► c     the broker is b; sectors I(ndustry), A(cademia), G(overnment)
    CHECK(chain("industry", "industry", "industry") == BrokerageCounts{1, 0, 0, 0, 0});    // I I I coordinator
    CHECK(chain("industry", "academia", "industry") == BrokerageCounts{0, 1, 0, 0, 0});    // I A I itinerant
    CHECK(chain("industry", "industry", "academia") == BrokerageCounts{0, 0, 1, 0, 0});    // I I A representative
    CHECK(chain("academia", "industry", "industry") == BrokerageCounts{0, 0, 0, 1, 0});    // A I I gatekeeper
    CHECK(chain("industry", "academia", "government") == BrokerageCounts{0, 0, 0, 0, 1});  // I A G liaison
    CHECK(brokerage_role(0, 1, 2) == BrokerageRole::liaison);
    CHECK(to_string(BrokerageRole::itinerant) == "itinerant");
}

TEST_CASE("brokerage: a tie a -> c closes the path; c -> a alone does not") {
    //   a ──► b ──► c   and a ──► c: nothing to broker
    const Network closed =
        helix_network({{"a", "industry"}, {"b", "academia"}, {"c", "finance"}}, {{"a", "b", true}, {"b", "c", true}, {"a", "c", true}});
    CHECK(counts_of(closed, "b") == BrokerageCounts{0, 0, 0, 0, 0});
    //   a ──► b ──► c   and c ──► a: a still cannot reach c but through b
    const Network reverse =
        helix_network({{"a", "industry"}, {"b", "academia"}, {"c", "finance"}}, {{"a", "b", true}, {"b", "c", true}, {"c", "a", true}});
    CHECK(counts_of(reverse, "b") == BrokerageCounts{0, 0, 0, 0, 1});
}

TEST_CASE("brokerage, undirected variant: an open triad counts once in each direction") {
    //   a ─── b ─── c     a, b industry; c academia
    //   a -> b -> c is representative, c -> b -> a gatekeeper: equal for an undirected broker
    const Network net = helix_network({{"a", "industry"}, {"b", "industry"}, {"c", "academia"}}, {{"a", "b"}, {"b", "c"}});
    CHECK(counts_of(net, "b") == BrokerageCounts{0, 0, 1, 1, 0});
    CHECK(counts_of(net, "a") == BrokerageCounts{0, 0, 0, 0, 0});
}

TEST_CASE("brokerage on a small 産学官金 network with directed funding and loans, worked by hand") {
    //   g1 (government) ──funding──► a1 (academia) ◄──┐
    //                                │  ╲             │ (undirected joint research)
    //                                │   ╲            │
    //   f1 (finance) ──loan──► i1 ───────── i2 (industry, both)
    //
    //   Arcs: g1→a1, f1→i1, a1↔i1, a1↔i2, i1↔i2.
    //   Broker a1 (in: g1, i1, i2; out: i1, i2):
    //     g1→a1→i1 (no g1→i1): G A I liaison;  g1→a1→i2: liaison;
    //     i1→a1→i2 and i2→a1→i1 are closed by i1↔i2.            a1: liaison 2
    //   Broker i1 (in: f1, a1, i2; out: a1, i2):
    //     f1→i1→a1: F I A liaison;  f1→i1→i2: F I I gatekeeper;
    //     a1→i1→i2, i2→i1→a1 closed by a1↔i2.                     i1: liaison 1, gatekeeper 1
    //   Broker i2: every path closed. g1, f1: nobody reaches them.
    const Network net = helix_network(
        {{"g1", "government"}, {"a1", "academia"}, {"f1", "finance"}, {"i1", "industry"}, {"i2", "industry"}},
        {{"g1", "a1", true}, {"f1", "i1", true}, {"a1", "i1"}, {"a1", "i2"}, {"i1", "i2"}});
    const Graph g = Graph::from_network(net);
    const SectorGroups groups = sector_groups(g, net);
    Brokerage b(g, groups);
    b.run();
    CHECK(b.counts()[1] == BrokerageCounts{0, 0, 0, 0, 2});  // a1
    CHECK(b.counts()[3] == BrokerageCounts{0, 0, 0, 1, 1});  // i1
    CHECK(b.counts()[4] == BrokerageCounts{0, 0, 0, 0, 0});  // i2
    CHECK(b.counts()[0] == BrokerageCounts{0, 0, 0, 0, 0});  // g1
    CHECK(b.totals() == BrokerageCounts{0, 0, 0, 1, 3});
    // Who brokers which sector pair (sector order: industry 0, academia 1, government 2, finance 3):
    // a1 brokers government -> industry twice; i1 finance -> academia and finance -> industry.
    const std::size_t k = 4;
    CHECK(b.pairs(1)[2 * k + 0] == 2);
    CHECK(b.pairs(3)[3 * k + 1] == 1);
    CHECK(b.pairs(3)[3 * k + 0] == 1);
    CHECK(b.pair_totals()[2 * k + 0] == 2);

    // With the loan undirected, i1 also passes on to f1:
    //   a1→i1→f1: A I F liaison;  i2→i1→f1: I I F representative.
    Network undirected = net;
    undirected.ties[1].directed = false;
    const Graph h = Graph::from_network(undirected);
    const SectorGroups hg = sector_groups(h, undirected);
    Brokerage u(h, hg);
    u.run();
    CHECK(u.counts()[3] == BrokerageCounts{0, 0, 1, 1, 2});
}

TEST_CASE("brokerage: a project is an undirected clique, so its members broker nothing among themselves") {
    //   project p: i1 a1 g1 (all tied pairwise); tie g1 ─ f1
    //   g1 brokers i1→g1→f1 (I G F liaison), a1→g1→f1 (liaison) and back (2 more liaisons).
    const Network net = helix_network({{"i1", "industry"}, {"a1", "academia"}, {"g1", "government"}, {"f1", "finance"}},
                                      {{"g1", "f1"}}, {{"p", {"i1", "a1", "g1"}}});
    CHECK(counts_of(net, "g1") == BrokerageCounts{0, 0, 0, 0, 4});
    CHECK(counts_of(net, "a1") == BrokerageCounts{0, 0, 0, 0, 0});
}
