#include <doctest/doctest.h>

#include "ecosys/metrics/core_number.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

TEST_CASE("core numbers of a kite with a tail and an isolate") {
    //   a---b
    //   |\ /|         a, b, c, d form a K4 (the 3-core); e hangs on d (1-core);
    //   | X |         f hangs on e (1-core); g has no ties (0).
    //   |/ \|
    //   c---d---e---f      g
    const Network net = small_network(
        {"a", "b", "c", "d", "e", "f", "g"},
        {{"a", "b"}, {"a", "c"}, {"a", "d"}, {"b", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"e", "f"}});
    const Graph g = Graph::from_network(net);
    CoreNumber core(g);
    core.run();
    CHECK(core.scores() == std::vector<std::size_t>{3, 3, 3, 3, 1, 1, 0});
}

TEST_CASE("core numbers of a cycle are 2 and ignore weights") {
    //   a --5-- b --1-- c --1-- a
    const Network net = small_network({"a", "b", "c"}, {{"a", "b", 5}, {"b", "c"}, {"c", "a"}});
    const Graph g = Graph::from_network(net);
    CoreNumber core(g);
    core.run();
    CHECK(core.scores() == std::vector<std::size_t>{2, 2, 2});
}
