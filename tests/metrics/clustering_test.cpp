#include <doctest/doctest.h>

#include "ecosys/metrics/clustering.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

// The kite used below:
//
//   a---b
//    \ /        one triangle a-b-c; c has 3 neighbours (3 pairs, 1 tied): 1/3;
//     c---d     a and b: 1; d: 0 (one neighbour). Transitivity: 3 x 1 triangle over
//               the connected triples (a 1, b 1, c 3, d 0) = 3/5.
TEST_CASE("local clustering, mean clustering and transitivity of a kite") {
    const Network net = small_network({"a", "b", "c", "d"}, {{"a", "b"}, {"b", "c"}, {"a", "c"}, {"c", "d"}});
    const Graph g = Graph::from_network(net);
    Clustering c(g);
    c.run();
    CHECK(c.triangles() == std::vector<std::size_t>{1, 1, 1, 0});
    CHECK(c.scores()[0] == doctest::Approx(1.0));
    CHECK(c.scores()[1] == doctest::Approx(1.0));
    CHECK(c.scores()[2] == doctest::Approx(1.0 / 3.0));
    CHECK(c.scores()[3] == 0.0);
    CHECK(c.mean() == doctest::Approx((1 + 1 + 1.0 / 3.0 + 0) / 4));
    CHECK(c.transitivity() == doctest::Approx(0.6));
}

TEST_CASE("weighted clustering: geometric mean of the triangle's weights over the largest weight") {
    //   a --8-- b
    //    1\   /1      the triangle counts (8/8 * 1/8 * 1/8)^(1/3) = 1/4:
    //      c --8-- d  a and b: 2 * 1/4 / (2 * 1) = 1/4; c: 2 * 1/4 / (3 * 2) = 1/12; d: 0.
    const Network net =
        small_network({"a", "b", "c", "d"}, {{"a", "b", 8}, {"b", "c", 1}, {"a", "c", 1}, {"c", "d", 8}});
    const Graph g = Graph::from_network(net);
    Clustering c(g, true);
    c.run();
    CHECK(c.scores()[0] == doctest::Approx(0.25));
    CHECK(c.scores()[1] == doctest::Approx(0.25));
    CHECK(c.scores()[2] == doctest::Approx(1.0 / 12.0));
    CHECK(c.scores()[3] == 0.0);
    CHECK(c.transitivity() == doctest::Approx(0.6));  // unweighted whatever the option
}

TEST_CASE("clustering of a complete graph is 1 everywhere; without ties 0") {
    const Network k4 = small_network({"a", "b", "c", "d"},
                                     {{"a", "b"}, {"a", "c"}, {"a", "d"}, {"b", "c"}, {"b", "d"}, {"c", "d"}});
    const Graph g = Graph::from_network(k4);
    Clustering c(g);
    c.run();
    CHECK(c.triangles() == std::vector<std::size_t>{3, 3, 3, 3});
    for (double s : c.scores()) CHECK(s == doctest::Approx(1.0));
    CHECK(c.transitivity() == doctest::Approx(1.0));

    const Network none = small_network({"a", "b"}, {});
    const Graph h = Graph::from_network(none);
    Clustering z(h, true);
    z.run();
    CHECK(z.scores() == std::vector<double>{0, 0});
    CHECK(z.mean() == 0.0);
    CHECK(z.transitivity() == 0.0);
}

TEST_CASE("weighted clustering when every weight is 0 is 0, not a division by zero") {
    const Network net = small_network({"a", "b", "c"}, {{"a", "b", 0}, {"b", "c", 0}, {"a", "c", 0}});
    const Graph g = Graph::from_network(net);
    Clustering c(g, true);
    c.run();
    CHECK(c.scores() == std::vector<double>{0, 0, 0});
}
