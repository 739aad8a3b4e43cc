#include <doctest/doctest.h>

#include "ecosys/metrics/modularity.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

// Two triangles joined by one tie:
//
//   a           d
//   | \       / |      m = 7. Halves {a,b,c}, {d,e,f}: 3 ties inside each, degree sums
//   |  c --- f  |      2+2+3 = 7 each: Q = 2 (3/7 - (7/14)^2) = 6/7 - 1/2 = 5/14.
//   | /       \ |      Singletons: Q = -(4 (2/14)^2 + 2 (3/14)^2) = -34/196.
//   b           e
namespace {
Network two_triangles(double bridge = 1) {
    return small_network({"a", "b", "c", "d", "e", "f"}, {{"a", "b"},
                                                          {"b", "c"},
                                                          {"a", "c"},
                                                          {"d", "e"},
                                                          {"e", "f"},
                                                          {"d", "f"},
                                                          {"c", "f", bridge}});
}
}  // namespace

TEST_CASE("modularity of two triangles split in halves, and of singletons") {
    const Network net = two_triangles();
    const Graph g = Graph::from_network(net);
    const std::vector<std::uint32_t> halves = {0, 0, 0, 1, 1, 1};
    CHECK(modularity(g, halves) == doctest::Approx(5.0 / 14.0));
    const std::vector<std::uint32_t> singletons = {0, 1, 2, 3, 4, 5};
    CHECK(modularity(g, singletons) == doctest::Approx(-34.0 / 196.0));
    const std::vector<std::uint32_t> one = {0, 0, 0, 0, 0, 0};
    CHECK(modularity(g, one) == doctest::Approx(0.0));
}

TEST_CASE("weighted modularity: a heavy bridge makes the halves less separate") {
    // Bridge c-f of weight 3: m = 9, 3 inside each half, strength sums 2+2+5 = 9:
    // Q = 2 (3/9 - (9/18)^2) = 2/3 - 1/2 = 1/6.
    const Network net = two_triangles(3);
    const Graph g = Graph::from_network(net);
    const std::vector<std::uint32_t> halves = {0, 0, 0, 1, 1, 1};
    CHECK(modularity(g, halves, true) == doctest::Approx(1.0 / 6.0));
    CHECK(modularity(g, halves, false) == doctest::Approx(5.0 / 14.0));
}

TEST_CASE("modularity without ties is 0; a partition of the wrong size is an error") {
    const Network net = small_network({"a", "b"}, {});
    const Graph g = Graph::from_network(net);
    const std::vector<std::uint32_t> two = {0, 1};
    CHECK(modularity(g, two) == 0.0);
    const std::vector<std::uint32_t> three = {0, 1, 2};
    CHECK_THROWS_WITH_AS(static_cast<void>(modularity(g, three)),
                         "modularity: the partition has 3 entries for a graph of 2 vertices", std::invalid_argument);
}

TEST_CASE("a partition worth nothing has modularity 0, not rounding noise") {
    //   d - b - a - e        m = 6. {a, b, c, d}: 3 ties inside, degrees 3+2+2+1 = 8;
    //           |   |        {e}, {f}: none inside, degree 2 each.
    //           c - f        Q = 3/6 - (8/12)^2 - 2 (2/12)^2 = 18/36 - 16/36 - 2/36 = 0
    // (in floating point 2.8e-17, as networkx.community.modularity gives it).
    const Network n = small_network({"a", "b", "c", "d", "e", "f"},
                                    {{"a", "b"}, {"a", "c"}, {"a", "e"}, {"b", "d"}, {"c", "f"}, {"e", "f"}});
    const Graph g = Graph::from_network(n);
    const std::vector<std::uint32_t> partition{0, 0, 0, 0, 1, 2};
    CHECK(modularity(g, partition, false, 1.0) == 0.0);
    // Not every small value is noise: singletons are -sum (k/2m)^2 = -(9 + 4 + 4 + 1 + 4 + 4) / 144.
    CHECK(modularity(g, std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5}, false, 1.0) == doctest::Approx(-26.0 / 144.0));
}
