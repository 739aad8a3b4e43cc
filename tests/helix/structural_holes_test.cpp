#include <doctest/doctest.h>

#include <cmath>

#include "ecosys/graph/graph.hpp"
#include "ecosys/helix/structural_holes.hpp"
#include "helix/helix_test_network.hpp"

using namespace ecosys;
using ecosys::test::helix_network;

TEST_CASE("structural holes of a star: the centre spans three holes") {
    //        l1
    //        │
    //   l2 ─ c ─ l3        no ties among the leaves
    const Network net = helix_network({{"c", "academia"}, {"l1", "industry"}, {"l2", "industry"}, {"l3", "finance"}},
                                      {{"c", "l1"}, {"c", "l2"}, {"c", "l3"}});
    const Graph g = Graph::from_network(net);
    StructuralHoles h(g);
    h.run();
    // Centre: 3 contacts, no redundancy: effective size 3, efficiency 1; each contact
    // takes p = 1/3 and no indirect share: constraint 3 x (1/3)^2 = 1/3; all equal: hierarchy 0.
    CHECK(*h.effective_size()[0] == doctest::Approx(3.0));
    CHECK(*h.efficiency()[0] == doctest::Approx(1.0));
    CHECK(*h.constraint()[0] == doctest::Approx(1.0 / 3.0));
    CHECK(*h.hierarchy()[0] == doctest::Approx(0.0));
    // A leaf: one contact that holds all its time: effective size 1, constraint 1, hierarchy 0.
    CHECK(*h.effective_size()[1] == doctest::Approx(1.0));
    CHECK(*h.constraint()[1] == doctest::Approx(1.0));
    CHECK(*h.hierarchy()[1] == 0.0);
}

TEST_CASE("structural holes of a triangle: every contact is redundant with the other") {
    //   a ─ b
    //    ╲ ╱
    //     c
    const Network net = helix_network({{"a", "industry"}, {"b", "academia"}, {"c", "government"}}, {{"a", "b"}, {"b", "c"}, {"a", "c"}});
    const Graph g = Graph::from_network(net);
    StructuralHoles h(g);
    h.run();
    // Effective size n - 2t/n = 2 - 2 x 1 / 2 = 1; efficiency 1/2.
    // c_ab = (p_ab + p_ac p_cb)^2 = (1/2 + 1/4)^2 = 9/16, twice: 9/8.
    CHECK(*h.effective_size()[0] == doctest::Approx(1.0));
    CHECK(*h.efficiency()[0] == doctest::Approx(0.5));
    CHECK(*h.constraint()[0] == doctest::Approx(9.0 / 8.0));
    CHECK(*h.hierarchy()[0] == doctest::Approx(0.0));
}

TEST_CASE("structural holes, weighted star: unequal investments raise constraint and hierarchy") {
    //   l1 ─1─ c ─3─ l3
    //          │
    //          2
    //          │
    //          l2
    const Network net = helix_network({{"c", "academia"}, {"l1", "industry"}, {"l2", "industry"}, {"l3", "finance"}},
                                      {{"c", "l1", false, 1}, {"c", "l2", false, 2}, {"c", "l3", false, 3}});
    const Graph g = Graph::from_network(net);
    StructuralHoles h(g, true);
    h.run();
    // p = 1/6, 2/6, 3/6; c_j = p_j^2 = 1/36, 4/36, 9/36; C = 14/36.
    // r_j = c_j / (C/3) = 3/14, 12/14, 27/14; H = sum r ln r / (3 ln 3) = 0.244072...
    CHECK(*h.effective_size()[0] == doctest::Approx(3.0));
    CHECK(*h.constraint()[0] == doctest::Approx(14.0 / 36.0));
    const double r1 = 3.0 / 14, r2 = 12.0 / 14, r3 = 27.0 / 14;
    CHECK(*h.hierarchy()[0] ==
          doctest::Approx((r1 * std::log(r1) + r2 * std::log(r2) + r3 * std::log(r3)) / (3 * std::log(3.0))));
    CHECK(*h.hierarchy()[0] == doctest::Approx(0.24407207073652457));
    // Unweighted, the same star is even.
    StructuralHoles u(g);
    u.run();
    CHECK(*u.constraint()[0] == doctest::Approx(1.0 / 3.0));
}

TEST_CASE("structural holes are undefined for an isolate") {
    const Network net = helix_network({{"a", "industry"}, {"b", "industry"}}, {});
    const Graph g = Graph::from_network(net);
    StructuralHoles h(g);
    h.run();
    CHECK_FALSE(h.effective_size()[0].has_value());
    CHECK_FALSE(h.efficiency()[0].has_value());
    CHECK_FALSE(h.constraint()[0].has_value());
    CHECK_FALSE(h.hierarchy()[0].has_value());
}
