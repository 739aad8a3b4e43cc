#include <doctest/doctest.h>

#include "ecosys/metrics/degree.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

TEST_CASE("degree counts distinct neighbours; strength sums the collapsed weights") {
    //   a ==(1 + 2)== b --(1)-- c      d (only a self-loop of 5)
    const Network net = small_network({"a", "b", "c", "d"}, {{"a", "b", 1}, {"b", "a", 2}, {"b", "c"}, {"d", "d", 5}});
    const Graph g = Graph::from_network(net);
    Degree degree(g);
    degree.run();
    CHECK(degree.degrees() == std::vector<std::size_t>{1, 2, 1, 0});
    CHECK(degree.strengths() == std::vector<double>{3, 4, 1, 0});
}

TEST_CASE("reading results before run() is a logic error") {
    const Network net = small_network({"a"}, {});
    const Graph g = Graph::from_network(net);
    Degree degree(g);
    CHECK_THROWS_WITH_AS(static_cast<void>(degree.degrees()),
                         "metric results read before they were computed: call run() first", std::logic_error);
}
