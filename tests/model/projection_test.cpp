#include <doctest/doctest.h>

#include "ecosys/error.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/model/projection.hpp"
#include "helix/helix_test_network.hpp"

using namespace ecosys;
using ecosys::test::helix_network;

namespace {

//   projects: p1 = {a, b, c}, p2 = {b, c, d}, p3 = {e, e} (one participant, listed twice)
//   tie:      a ─2─ b
//
//   projected (count):  a-b 1, a-c 1, b-c 2, b-d 1, c-d 1   (+ the tie: a-b 3)
//   projected (newman): each project of 3 adds 1/2 per pair: a-b 0.5 (+2 = 2.5), b-c 1
Network shared() {
    return helix_network({{"a", "industry"}, {"b", "academia"}, {"c", "government"}, {"d", "finance"}, {"e", "industry"}},
                         {{"a", "b", false, 2}}, {{"p1", {"a", "b", "c"}}, {"p2", {"b", "c", "d"}}, {"p3", {"e", "e"}}});
}

double weight(const Graph& g, Graph::Vertex v, Graph::Vertex w) {
    const auto nb = g.neighbours(v);
    for (std::size_t i = 0; i < nb.size(); ++i)
        if (nb[i] == w) return g.weights(v)[i];
    return -1;  // not tied
}

}  // namespace

TEST_CASE("project_ties: one undirected tie of type project per pair per project") {
    const Network net = shared();
    const std::vector<Tie> ties = project_ties(net);
    REQUIRE(ties.size() == 6);  // 3 pairs in p1, 3 in p2, none in p3
    CHECK(ties[0].source == 0);
    CHECK(ties[0].target == 1);
    CHECK(ties[0].type == "project");
    CHECK_FALSE(ties[0].directed);
    CHECK(ties[0].weight == 1.0);
    const std::vector<Tie> newman = project_ties(net, ProjectWeighting::newman);
    CHECK(newman[0].weight == 0.5);
    CHECK(distinct_participants(net.projects[2]) == std::vector<std::size_t>{4});
}

TEST_CASE("graphs add projected ties by default: weight = shared projects, summed with the ties") {
    const Network net = shared();
    const Graph g = Graph::from_network(net);
    CHECK(g.edge_count() == 5);
    CHECK(weight(g, 0, 1) == 3.0);  // a-b: tie 2 + one project
    CHECK(weight(g, 1, 2) == 2.0);  // b-c: two projects
    CHECK(weight(g, 0, 3) == -1);   // a, d never met
    CHECK(g.degree(4) == 0);        // e alone in p3

    const Graph n = Graph::from_network(net, {true, ProjectWeighting::newman});
    CHECK(weight(n, 0, 1) == 2.5);
    CHECK(weight(n, 1, 2) == 1.0);

    const Graph ties_only = Graph::from_network(net, {false, ProjectWeighting::count});
    CHECK(ties_only.edge_count() == 1);
}

TEST_CASE("an induced graph keeps the projected pairs inside it; newman's k stays the project's size") {
    const Network net = shared();
    const std::vector<std::size_t> bcd = {1, 2, 3};
    const Graph g = Graph::induced(net, bcd, {true, ProjectWeighting::newman});
    CHECK(g.edge_count() == 3);      // b-c, b-d, c-d
    CHECK(weight(g, 0, 1) == 1.0);   // b-c: 1/2 from p1 (a is outside, k is still 3) + 1/2 from p2
    CHECK(weight(g, 0, 2) == 0.5);
}

TEST_CASE("project weighting names: count, newman, and a suggestion for a typo") {
    CHECK(parse_project_weighting("count") == ProjectWeighting::count);
    CHECK(parse_project_weighting("newman") == ProjectWeighting::newman);
    CHECK(to_string(ProjectWeighting::newman) == "newman");
    CHECK_THROWS_WITH_AS((void)parse_project_weighting("neuman"),
                         "unknown project weighting 'neuman' (did you mean 'newman'?); expected count or newman", UsageError);
}

TEST_CASE("graph edges remember the direction of the ties behind them") {
    //   a ──► b (funding)   b ─── c   c ──► d and d ──► c
    const Network net = helix_network({{"a", "government"}, {"b", "academia"}, {"c", "industry"}, {"d", "finance"}},
                                      {{"a", "b", true}, {"b", "c"}, {"c", "d", true}, {"d", "c", true}});
    const Graph g = Graph::from_network(net);
    CHECK(g.arcs(0)[0] == Graph::arc_out);                   // a: to b only
    CHECK(g.arcs(1)[0] == Graph::arc_in);                    // b: from a
    CHECK(g.arcs(1)[1] == (Graph::arc_out | Graph::arc_in));  // b - c undirected
    CHECK(g.arcs(2)[1] == (Graph::arc_out | Graph::arc_in));  // c: directed both ways to d
}
