#include <doctest/doctest.h>

#include "ecosys/graph/graph.hpp"
#include "model/drawn_tie.hpp"

using namespace ecosys;

namespace {

Network make(std::vector<std::pair<std::string, std::string>> regions_of, std::vector<Tie> ties) {
    Network n;
    for (auto& [id, region] : regions_of) n.actors.push_back({id, id, "industry", region});
    n.ties = std::move(ties);
    n.index();
    return n;
}

Tie tie(std::size_t a, std::size_t b, double w = 1) { return test::tie(a, b, "tie", w); }

}  // namespace

TEST_CASE("parallel ties collapse into one edge with summed weight; self-loops leave the graph") {
    //   a ==(1 + 2.5)== b --(1)-- c     a has a self-loop
    Network n = make({{"a", "x"}, {"b", "x"}, {"c", "y"}}, {tie(0, 1), tie(1, 0, 2.5), tie(1, 2), tie(0, 0, 4)});
    Graph g = Graph::from_network(n);
    CHECK(g.vertex_count() == 3);
    CHECK(g.edge_count() == 2);
    REQUIRE(g.degree(0) == 1);
    CHECK(g.neighbours(0)[0] == 1);
    CHECK(g.weights(0)[0] == 3.5);
    REQUIRE(g.degree(1) == 2);
    CHECK(g.neighbours(1)[0] == 0);
    CHECK(g.neighbours(1)[1] == 2);
    CHECK(g.weights(1)[0] == 3.5);
}

TEST_CASE("an induced subgraph keeps only the ties among its actors") {
    Network n = make({{"a", "x"}, {"b", "x"}, {"c", "y"}}, {tie(0, 1), tie(1, 2)});
    auto in_x = n.actors_in_region("x");
    Graph g = Graph::induced(n, in_x);
    CHECK(g.vertex_count() == 2);
    CHECK(g.edge_count() == 1);
    CHECK(g.actor(1) == 1);
}
