#include <doctest/doctest.h>

#include "ecosys/metrics/path_lengths.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

TEST_CASE("mean path length and diameter are those of the largest component") {
    //   a---b---c---d     e---f      largest component a-d: distances 1,2,3,1,2,1
    //                                (sum 10 over 6 pairs): mean 5/3, diameter 3.
    const Network net = small_network({"a", "b", "c", "d", "e", "f"}, {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"e", "f"}});
    const Graph g = Graph::from_network(net);
    PathLengths p(g);
    p.run();
    CHECK(p.component_size() == 4);
    CHECK(p.mean_path_length() == doctest::Approx(5.0 / 3.0));
    CHECK(p.diameter() == 3.0);
}

TEST_CASE("weighted path lengths: distance 1/weight, a weight-0 tie is no path") {
    //   a --1-- b --0-- c --1-- d     e --2-- f --2-- g
    //   Weighted, the components are {a,b}, {c,d}, {e,f,g}; the largest is e-f-g with
    //   distances 0.5, 0.5, 1: mean 2/3, diameter 1. Unweighted a-d is the largest (4).
    const Network net = small_network({"a", "b", "c", "d", "e", "f", "g"},
                                      {{"a", "b", 1}, {"b", "c", 0}, {"c", "d", 1}, {"e", "f", 2}, {"f", "g", 2}});
    const Graph g = Graph::from_network(net);
    PathLengths weighted(g, true);
    weighted.run();
    CHECK(weighted.component_size() == 3);
    CHECK(weighted.mean_path_length() == doctest::Approx(2.0 / 3.0));
    CHECK(weighted.diameter() == doctest::Approx(1.0));
    PathLengths unweighted(g);
    unweighted.run();
    CHECK(unweighted.component_size() == 4);
    CHECK(unweighted.diameter() == 3.0);
}

TEST_CASE("path lengths of a graph without ties are 0") {
    const Network net = small_network({"a", "b"}, {});
    const Graph g = Graph::from_network(net);
    PathLengths p(g);
    p.run();
    CHECK(p.mean_path_length() == 0.0);
    CHECK(p.diameter() == 0.0);
    const Network none = small_network({}, {});
    const Graph h = Graph::from_network(none);
    PathLengths e(h);
    e.run();
    CHECK(e.component_size() == 0);
    CHECK(e.mean_path_length() == 0.0);
}
