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

namespace {
/// v0--v1--...--v(n-1)
Network chain(std::size_t n) {
    std::vector<test::ActorSpec> actors;
    std::vector<test::TieSpec> ties;
    for (std::size_t i = 0; i < n; ++i) actors.push_back({"v" + std::to_string(i)});
    for (std::size_t i = 0; i + 1 < n; ++i) ties.push_back({actors[i].id, actors[i + 1].id});
    return test::regional_network(std::move(actors), std::move(ties));
}
}  // namespace

TEST_CASE("eigenvector centrality says when the power iteration does not converge") {
    //  v0--v1--v2-- ... --v2999     a chain: the two largest eigenvalues of A + I are
    //  3 - (pi/3001)^2 and 3 - (2 pi/3001)^2 roughly, so the error shrinks by about
    //  1 - 1e-6 a step: 10,000 steps cannot reach the tolerance.
    // The exact principal eigenvector of a path of n vertices is sin(pi k / (n + 1)),
    // k = 1..n, normalised: the last iterate is visibly off, and the kernel says so.
    const double pi = std::acos(-1.0);
    auto exact = [pi](std::size_t n, std::size_t k) {  // k = 1..n
        double norm = 0.0;
        for (std::size_t j = 1; j <= n; ++j) norm += std::pow(std::sin(pi * double(j) / double(n + 1)), 2);
        return std::sin(pi * double(k) / double(n + 1)) / std::sqrt(norm);
    };
    const Network net = chain(3000);
    const Graph g = Graph::from_network(net);
    Eigenvector e(g);
    e.run();
    CHECK_FALSE(e.converged());
    CHECK(e.last_change() > 0.0);
    CHECK(std::abs(e.scores()[1499] - exact(3000, 1500)) > 1e-3);  // why it must be said

    // A chain of 30 converges, to the exact vector.
    const Network small = chain(30);
    const Graph gs = Graph::from_network(small);
    Eigenvector es(gs);
    es.run();
    CHECK(es.converged());
    CHECK(es.last_change() == 0.0);
    for (std::size_t k = 1; k <= 30; ++k) CHECK(es.scores()[k - 1] == doctest::Approx(exact(30, k)).epsilon(1e-10));
}
