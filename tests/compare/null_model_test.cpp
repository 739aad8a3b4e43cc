#include <doctest/doctest.h>

#include <cmath>
#include <utility>
#include <vector>

#include "ecosys/compare/null_model.hpp"

using namespace ecosys;

namespace {

Graph graph_of(std::size_t n, std::vector<std::pair<Graph::Vertex, Graph::Vertex>> edges) {
    return Graph::from_edges(n, edges);
}

}  // namespace

// Two triangles:            The only other simple graph with every degree 2 on six
//                           vertices is the 6-cycle:
//   0       3
//  / \     / \              0 - 1 - 2
// 1 - 2   4 - 5             |       |
//                           5 - 4 - 3
//
// Labelled, there are 10 ways to split six vertices into two triangles and 60 6-cycles
// (5!/2), so a uniform draw is two triangles with p = 1/7. Transitivity and mean
// clustering are 1 for two triangles and 0 for the cycle: the null mean is 1/7, the
// standard deviation sqrt(p(1-p)) = 0.3499, and the z-score of the two triangles
// sqrt((1-p)/p) = sqrt(6) = 2.449. Mean path length (of the largest component; the
// first triangle) is 1 against 9/5 for the cycle, diameter 1 against 3: both z = -sqrt(6).
TEST_CASE("null model: two triangles against the uniform graphs with their degrees") {
    const Graph g = graph_of(6, {{0, 1}, {0, 2}, {1, 2}, {3, 4}, {3, 5}, {4, 5}});
    NullModelOptions options;
    options.samples = 2000;
    options.seed = 7;
    DegreePreservingNull null(g, options);
    null.run();

    const double p = 1.0 / 7.0;
    const NullDistribution& t = null.distribution("transitivity");
    CHECK(t.observed == 1.0);
    CHECK(std::abs(t.mean - p) < 0.025);
    CHECK(std::abs(t.sd - std::sqrt(p * (1 - p))) < 0.025);
    REQUIRE(t.z());
    CHECK(std::abs(*t.z() - std::sqrt(6.0)) < 0.25);

    const NullDistribution& c = null.distribution("mean_clustering");
    CHECK(c.observed == 1.0);
    CHECK(c.mean == t.mean);  // the two statistics agree graph by graph here

    const NullDistribution& l = null.distribution("mean_path_length");
    CHECK(l.observed == 1.0);
    CHECK(std::abs(l.mean - (p * 1.0 + (1 - p) * 1.8)) < 0.025);
    REQUIRE(l.z());
    CHECK(std::abs(*l.z() + std::sqrt(6.0)) < 0.25);

    const NullDistribution& d = null.distribution("diameter");
    CHECK(d.observed == 1.0);
    CHECK(std::abs(d.mean - (p * 1.0 + (1 - p) * 3.0)) < 0.06);
    CHECK(null.accepted_swaps() > 0);
}

// A star and a complete graph are the only simple graphs with their degrees:
//
//     1   2          0 --- 1
//      \ /           | \ / |
//   4 - 0 - 3        | / \ |
//                    3 --- 2
//
// every random graph is the graph itself, the standard deviation is 0 and no z-score
// is given.
TEST_CASE("null model: a graph that is alone with its degree sequence has no z-score") {
    const Graph star = graph_of(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
    DegreePreservingNull a(star, {50, 1, 10});
    a.run();
    CHECK(a.distribution("mean_path_length").observed == doctest::Approx(1.6));  // (8 x 1 + 12 x 2) / 20 ordered pairs
    CHECK(a.distribution("mean_path_length").mean == doctest::Approx(1.6));
    CHECK(a.distribution("mean_path_length").sd == 0.0);
    CHECK_FALSE(a.distribution("mean_path_length").z());
    CHECK(a.accepted_swaps() == 0);

    const Graph k4 = graph_of(4, {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}});
    DegreePreservingNull b(k4, {50, 1, 10});
    b.run();
    CHECK(b.distribution("transitivity").mean == 1.0);
    CHECK_FALSE(b.distribution("transitivity").z());
}

TEST_CASE("null model: the same seed gives the same figures, no samples give no z-score") {
    // A 2 x 4 grid: 8 vertices, 10 edges, room to rewire.
    const Graph g = graph_of(8, {{0, 1}, {1, 2}, {2, 3}, {4, 5}, {5, 6}, {6, 7}, {0, 4}, {1, 5}, {2, 6}, {3, 7}});
    DegreePreservingNull a(g, {30, 3, 10}), b(g, {30, 3, 10});
    a.run();
    b.run();
    for (const std::string& key : DegreePreservingNull::keys()) {
        CHECK(a.distribution(key).mean == b.distribution(key).mean);
        CHECK(a.distribution(key).sd == b.distribution(key).sd);
    }
    DegreePreservingNull none(g, {0, 3, 10});
    none.run();
    CHECK(none.distribution("transitivity").observed == 0.0);
    CHECK_FALSE(none.distribution("transitivity").z());
    CHECK_THROWS_AS(static_cast<void>(none.distribution("density")), std::out_of_range);
    DegreePreservingNull unrun(g);
    CHECK_THROWS_AS(static_cast<void>(unrun.distribution("transitivity")), std::logic_error);
}
