#include <doctest/doctest.h>

#include "ecosys/metrics/pagerank.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

TEST_CASE("PageRank of a star") {
    //     a
    //     |       leaves l, centre c: c = 0.15/4 + 0.85 * 3l and c + 3l = 1
    //  b--c--d    => 1.85 c = 0.8875: c = 0.4797297297, l = (1 - c)/3 = 0.1734234234.
    const Network net = small_network({"a", "b", "c", "d"}, {{"a", "c"}, {"b", "c"}, {"c", "d"}});
    const Graph g = Graph::from_network(net);
    PageRank p(g);
    p.run();
    CHECK(p.scores()[2] == doctest::Approx(0.8875 / 1.85).epsilon(1e-10));
    CHECK(p.scores()[0] == doctest::Approx((1 - 0.8875 / 1.85) / 3).epsilon(1e-10));
}

TEST_CASE("PageRank spreads the rank of dangling actors uniformly") {
    //  a--b   c   d    by symmetry a = b = p, c = d = q, 2p + 2q = 1;
    //                  q = 0.15/4 + 0.85 * (2q)/4 => q = 0.0375/0.575 = 0.0652173913, p = 0.5 - q.
    const Network net = small_network({"a", "b", "c", "d"}, {{"a", "b"}});
    const Graph g = Graph::from_network(net);
    PageRank p(g);
    p.run();
    const double q = 0.0375 / 0.575;
    CHECK(p.scores()[2] == doctest::Approx(q).epsilon(1e-10));
    CHECK(p.scores()[0] == doctest::Approx(0.5 - q).epsilon(1e-10));
}

TEST_CASE("weighted PageRank follows ties in proportion to their weight") {
    //   a --1-- b --3-- c    b sends 1/4 to a and 3/4 to c:
    //   b = 0.05 + 0.85 (a + c), a = 0.05 + 0.85 b/4, c = 0.05 + 0.85 * 3b/4
    //   => b = 0.135/0.2775 = 0.4864864865, a = 0.1533783784, c = 0.3601351351.
    const Network net = small_network({"a", "b", "c"}, {{"a", "b", 1}, {"b", "c", 3}});
    const Graph g = Graph::from_network(net);
    PageRank p(g, true);
    p.run();
    const double b = 0.135 / 0.2775;
    CHECK(p.scores()[1] == doctest::Approx(b).epsilon(1e-10));
    CHECK(p.scores()[0] == doctest::Approx(0.05 + 0.2125 * b).epsilon(1e-10));
    CHECK(p.scores()[2] == doctest::Approx(0.05 + 0.6375 * b).epsilon(1e-10));
}

TEST_CASE("PageRank of one actor is 1, of none empty") {
    const Network one = small_network({"a"}, {});
    const Graph g = Graph::from_network(one);
    PageRank p(g);
    p.run();
    CHECK(p.scores() == std::vector<double>{1.0});
    const Network none = small_network({}, {});
    const Graph h = Graph::from_network(none);
    PageRank e(h);
    e.run();
    CHECK(e.scores().empty());
}

TEST_CASE("PageRank reports convergence: the error shrinks by the damping factor a step") {
    //  a--b--c
    const Network net = small_network({"a", "b", "c"}, {{"a", "b"}, {"b", "c"}});
    const Graph g = Graph::from_network(net);
    PageRank p(g);
    p.run();
    CHECK(p.converged());
    CHECK(p.last_change() == 0.0);
    CHECK(p.iterations() < 300);  // 0.85^k < 1e-13 near k = 185
}
