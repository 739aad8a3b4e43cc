#include <doctest/doctest.h>

#include "ecosys/metrics/closeness.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

TEST_CASE("closeness of a path, and the Wasserman-Faust correction when an actor is cut off") {
    //   a---b---c      connected: b = 2/(1+1) = 1, a = c = 2/(1+2) = 2/3.
    const Network path = small_network({"a", "b", "c"}, {{"a", "b"}, {"b", "c"}});
    const Graph g = Graph::from_network(path);
    Closeness c(g);
    c.run();
    CHECK(c.scores()[0] == doctest::Approx(2.0 / 3.0));
    CHECK(c.scores()[1] == doctest::Approx(1.0));

    //   a---b---c   d      n = 4; a reaches r = 3 actors (itself included), distance sum 3:
    //                      (r-1)/(n-1) * (r-1)/3 = 2/3 * 2/3 = 4/9; b: 2/3 * 2/2 = 2/3; d: 0.
    const Network cut = small_network({"a", "b", "c", "d"}, {{"a", "b"}, {"b", "c"}});
    const Graph h = Graph::from_network(cut);
    Closeness d(h);
    d.run();
    CHECK(d.scores()[0] == doctest::Approx(4.0 / 9.0));
    CHECK(d.scores()[1] == doctest::Approx(2.0 / 3.0));
    CHECK(d.scores()[3] == 0.0);
}

TEST_CASE("weighted closeness uses distance = 1/weight") {
    //   a --2-- b --1-- c     lengths 0.5 and 1: a: 2/(0.5+1.5) = 1; b: 2/(0.5+1) = 4/3.
    const Network net = small_network({"a", "b", "c"}, {{"a", "b", 2}, {"b", "c", 1}});
    const Graph g = Graph::from_network(net);
    Closeness c(g, true);
    c.run();
    CHECK(c.scores()[0] == doctest::Approx(1.0));
    CHECK(c.scores()[1] == doctest::Approx(4.0 / 3.0));
    CHECK(c.scores()[2] == doctest::Approx(2.0 / 2.5));
}

TEST_CASE("closeness of a lone actor is 0") {
    const Network net = small_network({"a"}, {});
    const Graph g = Graph::from_network(net);
    Closeness c(g);
    c.run();
    CHECK(c.scores() == std::vector<double>{0});
}
