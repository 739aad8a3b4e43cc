#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <utility>
#include <vector>

#include "ecosys/compare/curveball.hpp"

using namespace ecosys;
using Edge = GlobalCurveball::Edge;

namespace {

/// The edges as a sorted list of (min, max) pairs: one key per labelled graph.
std::vector<Edge> canonical(std::vector<Edge> edges) {
    for (auto& [u, v] : edges)
        if (u > v) std::swap(u, v);
    std::sort(edges.begin(), edges.end());
    return edges;
}

std::vector<std::size_t> degrees(std::size_t n, const std::vector<Edge>& edges) {
    std::vector<std::size_t> d(n, 0);
    for (const auto& [u, v] : edges) {
        ++d[u];
        ++d[v];
    }
    return d;
}

/// A seeded preferential-attachment graph: every new vertex ties to `k` distinct
/// earlier ones chosen in proportion to their degree (hubs, as in co-participation
/// networks), plus `isolates` vertices without ties.
std::vector<Edge> hub_graph(std::size_t n, std::size_t k, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<Edge> edges;
    std::vector<GlobalCurveball::Vertex> ends;  // every edge end once: a degree-weighted urn
    for (GlobalCurveball::Vertex v = 1; v < n; ++v) {
        std::set<GlobalCurveball::Vertex> chosen;
        const std::size_t want = std::min<std::size_t>(k, v);
        while (chosen.size() < want) {
            const bool by_degree = !ends.empty() && rng() % 4 != 0;
            chosen.insert(by_degree ? ends[rng() % ends.size()] : static_cast<GlobalCurveball::Vertex>(rng() % v));
        }
        for (GlobalCurveball::Vertex w : chosen) {
            edges.emplace_back(w, v);
            ends.push_back(w);
            ends.push_back(v);
        }
    }
    return edges;
}

}  // namespace

// Six vertices of degree 2: two triangles or a 6-cycle, 10 + 60 = 70 labelled graphs.
//
//   0       3          0 - 1 - 2
//  / \     / \         |       |
// 1 - 2   4 - 5        5 - 4 - 3
//
// Run from the two triangles, 7,000 chains of 10 global trades (each with its own
// seed) should hit each of the 70 graphs about 100 times: uniform. The chi-square
// statistic over 70 cells has 69 degrees of freedom (mean 69, sd 11.7); a biased
// chain (e.g. one that never leaves a triangle) would give thousands.
TEST_CASE("curveball: global trades are uniform over the graphs with the degree sequence") {
    const std::vector<Edge> triangles{{0, 1}, {0, 2}, {1, 2}, {3, 4}, {3, 5}, {4, 5}};
    GlobalCurveball curveball(6, triangles);
    std::map<std::vector<Edge>, int> seen;
    constexpr int runs = 7000;
    for (int run = 0; run < runs; ++run) {
        std::mt19937_64 rng(1000 + run);
        curveball.run(10, rng);
        ++seen[canonical(curveball.edges())];
    }
    CHECK(seen.size() == 70);
    double chi2 = 0;
    for (const auto& [graph, count] : seen) chi2 += (count - 100.0) * (count - 100.0) / 100.0;
    CHECK(chi2 < 69 + 4 * 11.7);
    // Two triangles in 10 of the 70 graphs: p = 1/7.
    int two_triangles = 0;
    for (const auto& [graph, count] : seen) {
        const std::vector<std::size_t> d = degrees(6, graph);
        CHECK(std::all_of(d.begin(), d.end(), [](std::size_t x) { return x == 2; }));
        bool triangle_at_0 = false;
        const std::set<Edge> set(graph.begin(), graph.end());
        for (GlobalCurveball::Vertex a = 1; a < 6; ++a)
            for (GlobalCurveball::Vertex b = a + 1; b < 6; ++b)
                if (set.count({0, a}) && set.count({0, b}) && set.count({a, b})) triangle_at_0 = true;
        if (triangle_at_0) two_triangles += count;
    }
    CHECK(std::abs(two_triangles / double(runs) - 1.0 / 7.0) < 0.0125);  // 3 standard errors
}

TEST_CASE("curveball: degrees kept, no self-loop or parallel tie, on a graph with hubs") {
    const std::size_t n = 400;
    std::vector<Edge> edges = hub_graph(n - 20, 3, 5);  // the last 20 vertices are isolates
    const std::vector<std::size_t> before = degrees(n, edges);
    GlobalCurveball curveball(n, edges);
    std::mt19937_64 rng(11);
    curveball.run(15, rng);
    const std::vector<Edge>& after = curveball.edges();
    CHECK(after.size() == edges.size());
    CHECK(degrees(n, after) == before);
    std::set<Edge> distinct;
    for (const auto& [u, v] : after) {
        CHECK(u < v);  // first < second, so no self-loop either
        distinct.insert({u, v});
    }
    CHECK(distinct.size() == after.size());
    // The graph has changed: most ties have moved.
    const std::vector<Edge> sorted = canonical(edges);
    const std::set<Edge> original(sorted.begin(), sorted.end());
    std::size_t kept = 0;
    for (const Edge& e : after) kept += original.count(e);
    CHECK(kept < after.size() / 2);
    CHECK(curveball.moved() > edges.size());

    // Graph view: the same degrees, neighbours sorted.
    const Graph g = curveball.graph();
    CHECK(g.vertex_count() == n);
    CHECK(g.edge_count() == edges.size());
    for (Graph::Vertex v = 0; v < n; ++v) CHECK(g.degree(v) == before[v]);
}

TEST_CASE("curveball: the same generator state gives the same graph; each run starts from the graph") {
    const std::vector<Edge> edges = hub_graph(120, 2, 9);
    GlobalCurveball a(120, edges), b(120, edges);
    std::mt19937_64 ra(3), rb(3);
    a.run(5, ra);
    b.run(5, rb);
    CHECK(a.edges() == b.edges());
    std::mt19937_64 rc(3);
    a.run(5, rc);  // again from the start, the same generator state: the same graph
    CHECK(a.edges() == b.edges());
    std::mt19937_64 zero(3);
    a.run(0, zero);
    CHECK(canonical(a.edges()) == canonical(edges));
    CHECK(a.moved() == 0);

    // Another start with the same degrees: runs go on from there.
    const std::vector<Edge> rewired = b.edges();
    a.set_start(rewired);
    std::mt19937_64 rd(4), re(4);
    a.run(3, rd);
    GlobalCurveball c(120, rewired);
    c.run(3, re);
    CHECK(a.edges() == c.edges());
    std::vector<Edge> other = rewired;
    other.pop_back();
    CHECK_THROWS_AS(a.set_start(other), std::invalid_argument);
}

// A star and a complete graph are alone with their degree sequences: trades can
// move nothing.
//
//     1   2          0 --- 1
//      \ /           | \ / |
//   4 - 0 - 3        | / \ |
//                    3 --- 2
TEST_CASE("curveball: graphs alone with their degrees stay as they are") {
    const std::vector<Edge> star{{0, 1}, {0, 2}, {0, 3}, {0, 4}};
    GlobalCurveball s(5, star);
    std::mt19937_64 rng(1);
    s.run(20, rng);
    CHECK(canonical(s.edges()) == canonical(star));
    CHECK(s.moved() == 0);
    const std::vector<Edge> k4{{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}};
    GlobalCurveball k(4, k4);
    k.run(20, rng);
    CHECK(canonical(k.edges()) == canonical(k4));
    CHECK(k.moved() == 0);
    GlobalCurveball empty(3, std::vector<Edge>{});
    empty.run(4, rng);
    CHECK(empty.edges().empty());
    CHECK_THROWS_AS(GlobalCurveball(3, std::vector<Edge>{{1, 1}}), std::invalid_argument);
}
