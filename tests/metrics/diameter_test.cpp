#include <doctest/doctest.h>

#include <random>
#include <utility>
#include <vector>

#include "ecosys/metrics/diameter.hpp"
#include "ecosys/metrics/path_lengths.hpp"
#include "graph/grown_graph.hpp"

using namespace ecosys;

namespace {

using Edges = std::vector<std::pair<Graph::Vertex, Graph::Vertex>>;

double diameter_of(const Graph& g) {
    Diameter d(g);
    d.run();
    return d.diameter();
}

/// The diameter from a search out of every actor (PathLengths), unweighted.
double diameter_by_all_searches(const Graph& g) {
    PathLengths p(g, false, 1);
    p.run();
    return p.diameter();
}

/// G(n, p), seeded: disconnected when sparse.
Graph random_graph(std::size_t n, double p, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    Edges edges;
    for (Graph::Vertex u = 0; u < n; ++u)
        for (Graph::Vertex v = u + 1; v < n; ++v)
            if (coin(rng) < p) edges.emplace_back(u, v);
    return Graph::from_edges(n, edges);
}

/// Seeded preferential attachment, k ties per new vertex: hubs and short paths.
Graph hub_graph(std::size_t n, std::size_t k, std::uint64_t seed) {
    return test::grown_graph(n, k, seed, [](std::mt19937_64& rng, Graph::Vertex v, const std::vector<Graph::Vertex>&,
                                            const test::GrownEdges&, const std::vector<Graph::Vertex>& ends) -> Graph::Vertex {
        return ends.empty() || rng() % 3 == 0 ? static_cast<Graph::Vertex>(rng() % v) : ends[rng() % ends.size()];
    });
}

}  // namespace

TEST_CASE("diameter: paths, cycles and a star, drawn") {
    // 0 - 1 - 2 - 3 - 4: the ends are 4 apart.
    CHECK(diameter_of(Graph::from_edges(5, Edges{{0, 1}, {1, 2}, {2, 3}, {3, 4}})) == 4.0);
    // A 7-cycle: the farthest actor is 3 steps round either way; an 8-cycle: 4.
    Edges c7, c8;
    for (Graph::Vertex v = 0; v < 7; ++v) c7.emplace_back(v, (v + 1) % 7);
    for (Graph::Vertex v = 0; v < 8; ++v) c8.emplace_back(v, (v + 1) % 8);
    CHECK(diameter_of(Graph::from_edges(7, c7)) == 3.0);
    CHECK(diameter_of(Graph::from_edges(8, c8)) == 4.0);
    //     1   2
    //      \ /
    //   4 - 0 - 3     leaf to leaf through the centre: 2
    CHECK(diameter_of(Graph::from_edges(5, Edges{{0, 1}, {0, 2}, {0, 3}, {0, 4}})) == 2.0);
}

TEST_CASE("diameter: of the largest component, the first of equal ones, as PathLengths") {
    // 0 - 1 - 2     3 - 4      the larger component 0-1-2: diameter 2
    CHECK(diameter_of(Graph::from_edges(5, Edges{{0, 1}, {1, 2}, {3, 4}})) == 2.0);
    // 0 - 1     2 - 3 - 4 - 5  the larger one comes second: 3
    CHECK(diameter_of(Graph::from_edges(6, Edges{{0, 1}, {2, 3}, {3, 4}, {4, 5}})) == 3.0);
    // Equal sizes, the first (by its first actor) counts:
    //   0 - 1 - 2      3           path first: 2
    //                 / \          .
    //                4 - 5
    CHECK(diameter_of(Graph::from_edges(6, Edges{{0, 1}, {1, 2}, {3, 4}, {3, 5}, {4, 5}})) == 2.0);
    //   0              3 - 4 - 5   triangle first: 1
    //  / \             .
    // 1 - 2
    const Graph triangle_first = Graph::from_edges(6, Edges{{0, 1}, {0, 2}, {1, 2}, {3, 4}, {4, 5}});
    CHECK(diameter_of(triangle_first) == 1.0);
    CHECK(diameter_by_all_searches(triangle_first) == 1.0);
    Diameter d(triangle_first);
    d.run();
    CHECK(d.component_size() == 3);
}

TEST_CASE("diameter: no ties, one actor, no actors: 0") {
    CHECK(diameter_of(Graph::from_edges(3, Edges{})) == 0.0);
    CHECK(diameter_of(Graph::from_edges(1, Edges{})) == 0.0);
    const Graph none = Graph::from_edges(0, Edges{});
    Diameter d(none);
    CHECK_THROWS_AS(static_cast<void>(d.diameter()), std::logic_error);
    d.run();
    CHECK(d.diameter() == 0.0);
    CHECK(d.searches() == 0);
}

TEST_CASE("diameter: bounding eccentricities agrees with a search from every actor on random graphs") {
    // Sparse G(n, p) are disconnected (the largest component counts), dense ones have
    // diameter 2 or 3; trees and cycles make the bounds work hardest.
    int checked = 0;
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        for (const double p : {0.004, 0.01, 0.02, 0.05, 0.3}) {
            const Graph g = random_graph(200, p, seed);
            CHECK_MESSAGE(diameter_of(g) == diameter_by_all_searches(g), "G(200, " << p << ") seed " << seed);
            ++checked;
        }
        const Graph hubs = hub_graph(600, seed % 3 + 1, seed);  // k = 1: a tree
        CHECK_MESSAGE(diameter_of(hubs) == diameter_by_all_searches(hubs), "hub graph seed " << seed);
        ++checked;
    }
    CHECK(checked == 36);
}

TEST_CASE("diameter: a small-world graph takes a handful of searches, not one per actor") {
    const Graph g = hub_graph(3000, 3, 42);
    Diameter d(g);
    d.run();
    CHECK(d.diameter() == diameter_by_all_searches(g));
    CHECK(d.component_size() == 3000);
    CHECK(d.searches() <= 20);
}
