#include <doctest/doctest.h>

#include "ecosys/metrics/harmonic.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

TEST_CASE("harmonic closeness sums 1/d over the actors reached, divided by n-1") {
    //   a---b---c   d      a: (1 + 1/2)/3 = 1/2; b: (1 + 1)/3 = 2/3; d reaches nobody: 0.
    //                      (NetworkX harmonic_centrality gives 1.5 and 2: not divided by n-1.)
    const Network net = small_network({"a", "b", "c", "d"}, {{"a", "b"}, {"b", "c"}});
    const Graph g = Graph::from_network(net);
    Harmonic h(g);
    h.run();
    CHECK(h.scores()[0] == doctest::Approx(0.5));
    CHECK(h.scores()[1] == doctest::Approx(2.0 / 3.0));
    CHECK(h.scores()[2] == doctest::Approx(0.5));
    CHECK(h.scores()[3] == 0.0);
}

TEST_CASE("weighted harmonic closeness uses distance = 1/weight") {
    //   a --2-- b --1-- c     a: (1/0.5 + 1/1.5)/2 = (2 + 2/3)/2 = 4/3.
    const Network net = small_network({"a", "b", "c"}, {{"a", "b", 2}, {"b", "c", 1}});
    const Graph g = Graph::from_network(net);
    Harmonic h(g, true);
    h.run();
    CHECK(h.scores()[0] == doctest::Approx(4.0 / 3.0));
}

TEST_CASE("harmonic closeness of a lone actor is 0") {
    const Network net = small_network({"a"}, {});
    const Graph g = Graph::from_network(net);
    Harmonic h(g);
    h.run();
    CHECK(h.scores() == std::vector<double>{0});
}
