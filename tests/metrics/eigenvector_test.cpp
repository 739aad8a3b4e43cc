#include <doctest/doctest.h>

#include <cmath>

#include "ecosys/metrics/eigenvector.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

TEST_CASE("eigenvector centrality of a star") {
    //     a
    //     |        largest eigenvalue sqrt(3); eigenvector (sqrt 3, 1, 1, 1), unit norm:
    //  b--c--d     centre 1/sqrt(2) = 0.70711, leaves 1/sqrt(6) = 0.40825.
    const Network net = small_network({"a", "b", "c", "d"}, {{"a", "c"}, {"b", "c"}, {"c", "d"}});
    const Graph g = Graph::from_network(net);
    Eigenvector e(g);
    e.run();
    CHECK(e.eigenvalue() == doctest::Approx(std::sqrt(3.0)));
    CHECK(e.scores()[2] == doctest::Approx(1 / std::sqrt(2.0)));
    CHECK(e.scores()[0] == doctest::Approx(1 / std::sqrt(6.0)));
    CHECK(e.scores()[1] == doctest::Approx(1 / std::sqrt(6.0)));
}

TEST_CASE("eigenvector centrality on a disconnected graph: 0 outside the leading component") {
    //     a
    //     |            the star has eigenvalue sqrt(3), the edge e-f only 1: the
    //  b--c--d  e--f   limit of the power iteration is the star's vector, 0 on e and f.
    const Network net =
        small_network({"a", "b", "c", "d", "e", "f"}, {{"a", "c"}, {"b", "c"}, {"c", "d"}, {"e", "f"}});
    const Graph g = Graph::from_network(net);
    Eigenvector e(g);
    e.run();
    CHECK(e.scores()[2] == doctest::Approx(1 / std::sqrt(2.0)));
    CHECK(e.scores()[4] == 0.0);
    CHECK(e.scores()[5] == 0.0);
    CHECK(e.actors_set_to_zero() == 2);  // e and f, in one component
    CHECK(e.components_set_to_zero() == 1);

    //  a--b  c--d      two equal components share the eigenvalue 1: all 1/2.
    const Network twins = small_network({"a", "b", "c", "d"}, {{"a", "b"}, {"c", "d"}});
    const Graph h = Graph::from_network(twins);
    Eigenvector t(h);
    t.run();
    for (double s : t.scores()) CHECK(s == doctest::Approx(0.5));
    CHECK(t.actors_set_to_zero() == 0);
}

TEST_CASE("eigenvector centrality without ties is uniform; of nobody, empty") {
    const Network net = small_network({"a", "b", "c"}, {});
    const Graph g = Graph::from_network(net);
    Eigenvector e(g);
    e.run();
    for (double s : e.scores()) CHECK(s == doctest::Approx(1 / std::sqrt(3.0)));
    const Network none = small_network({}, {});
    const Graph h = Graph::from_network(none);
    Eigenvector empty(h);
    empty.run();
    CHECK(empty.scores().empty());
}

TEST_CASE("weighted eigenvector centrality uses the weights as matrix entries") {
    //   a --3-- b --4-- c     A = [[0,3,0],[3,0,4],[0,4,0]]: eigenvalue 5, vector (3,5,4)/sqrt(50).
    const Network net = small_network({"a", "b", "c"}, {{"a", "b", 3}, {"b", "c", 4}});
    const Graph g = Graph::from_network(net);
    Eigenvector e(g, true);
    e.run();
    CHECK(e.eigenvalue() == doctest::Approx(5.0));
    CHECK(e.scores()[0] == doctest::Approx(3 / std::sqrt(50.0)));
    CHECK(e.scores()[1] == doctest::Approx(5 / std::sqrt(50.0)));
    CHECK(e.scores()[2] == doctest::Approx(4 / std::sqrt(50.0)));
}
