#include <doctest/doctest.h>

#include "ecosys/metrics/betweenness.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

TEST_CASE("betweenness of a bow tie: the two centres carry every crossing pair") {
    //   a           e
    //     \       /
    //       c---d
    //     /       \        c lies on a-b and on the 6 pairs {a,b} x {d,e,f}: 7;
    //   b           f      d likewise: 7. Normalised: 7 * 2/((6-1)(6-2)) = 0.7.
    const Network net = small_network({"a", "b", "c", "d", "e", "f"},
                                      {{"a", "c"}, {"b", "c"}, {"c", "d"}, {"d", "e"}, {"d", "f"}});
    const Graph g = Graph::from_network(net);
    Betweenness b(g);
    b.run();
    CHECK(b.scores() == std::vector<double>{0, 0, 7, 7, 0, 0});
    CHECK(b.normalized_scores()[2] == doctest::Approx(0.7));
    CHECK(b.normalized_scores()[3] == doctest::Approx(0.7));
    CHECK(b.normalized_scores()[0] == 0.0);
}

TEST_CASE("betweenness splits a pair's credit over its equally short paths") {
    //   a---b
    //   |   |      b-d has two shortest paths (via a, via c): a and c get 1/2 each;
    //   d---c      likewise a-c for b and d. Normalised: 0.5 * 2/(3*2) = 1/6.
    const Network net = small_network({"a", "b", "c", "d"}, {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "a"}});
    const Graph g = Graph::from_network(net);
    Betweenness b(g);
    b.run();
    for (double s : b.scores()) CHECK(s == doctest::Approx(0.5));
    for (double s : b.normalized_scores()) CHECK(s == doctest::Approx(1.0 / 6.0));
}

TEST_CASE("weighted betweenness: distance is 1/weight, a weight-0 tie is no path") {
    //       b
    //   1 /   \ 1       lengths 1, 1 and 1/0.4 = 2.5: the shortest a-c path runs
    //    a-----c        through b (2 < 2.5), so b gets 1, normalised 1 * 2/(2*1) = 1.
    //      0.4          Unweighted, a-c is direct and b gets 0.
    const Network net = small_network({"a", "b", "c"}, {{"a", "b", 1}, {"b", "c", 1}, {"a", "c", 0.4}});
    const Graph g = Graph::from_network(net);
    Betweenness weighted(g, true);
    weighted.run();
    CHECK(weighted.normalized_scores() == std::vector<double>{0, 1, 0});
    Betweenness unweighted(g);
    unweighted.run();
    CHECK(unweighted.normalized_scores() == std::vector<double>{0, 0, 0});

    //   a --1-- b --0-- c     weighted: c is out of reach, so nobody lies between.
    const Network cut = small_network({"a", "b", "c"}, {{"a", "b", 1}, {"b", "c", 0}});
    const Graph h = Graph::from_network(cut);
    Betweenness w0(h, true);
    w0.run();
    CHECK(w0.scores() == std::vector<double>{0, 0, 0});
    Betweenness u0(h);
    u0.run();
    CHECK(u0.scores() == std::vector<double>{0, 1, 0});
}

TEST_CASE("betweenness is 0 for graphs of up to two actors") {
    const Network two = small_network({"a", "b"}, {{"a", "b"}});
    const Graph g = Graph::from_network(two);
    Betweenness b(g);
    b.run();
    CHECK(b.normalized_scores() == std::vector<double>{0, 0});
    const Network none = small_network({}, {});
    const Graph e = Graph::from_network(none);
    Betweenness empty(e);
    empty.run();
    CHECK(empty.scores().empty());
}
