#include <doctest/doctest.h>

#include "ecosys/metrics/components.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

TEST_CASE("components are numbered in file order of their first actor") {
    //   a---d     b     c---e        file order a, b, c, d, e:
    //                                {a, d} = 0, {b} = 1, {c, e} = 2.
    const Network net = small_network({"a", "b", "c", "d", "e"}, {{"c", "e"}, {"a", "d"}});
    const Graph g = Graph::from_network(net);
    Components c(g);
    c.run();
    CHECK(c.component_of() == std::vector<std::uint32_t>{0, 1, 2, 0, 2});
    CHECK(c.sizes() == std::vector<std::size_t>{2, 1, 2});
    CHECK(c.count() == 3);
    CHECK(c.largest() == 0);  // the first of the two of size 2
}

TEST_CASE("a tie of weight 0 still connects") {
    const Network net = small_network({"a", "b"}, {{"a", "b", 0}});
    const Graph g = Graph::from_network(net);
    Components c(g);
    c.run();
    CHECK(c.count() == 1);
}
