#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/analysis/kernels.hpp"
#include "ecosys/metrics/betweenness.hpp"
#include "ecosys/metrics/sampled_betweenness.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;

namespace {

using Edges = std::vector<std::pair<Graph::Vertex, Graph::Vertex>>;

/// An a x b grid (many shortest paths of equal length), vertex (x, y) = y * a + x,
/// plus a pendant path 0 - g - h hanging off the corner and two isolated vertices.
Graph grid_with_tail(Graph::Vertex a, Graph::Vertex b) {
    Edges edges;
    for (Graph::Vertex y = 0; y < b; ++y)
        for (Graph::Vertex x = 0; x < a; ++x) {
            if (x + 1 < a) edges.emplace_back(y * a + x, y * a + x + 1);
            if (y + 1 < b) edges.emplace_back(y * a + x, (y + 1) * a + x);
        }
    const Graph::Vertex g = a * b, h = a * b + 1;
    edges.emplace_back(0, g);
    edges.emplace_back(g, h);
    return Graph::from_edges(a * b + 4, edges);
}

}  // namespace

TEST_CASE("sampled betweenness: a path by hand, every actor a source") {
    // 0 - 1 - 2 - 3: actor 1 lies on 0-2 and 0-3, actor 2 on 0-3 and 1-3: 2 each,
    // normalised by (n-1)(n-2)/2 = 3.
    const Graph g = Graph::from_edges(4, Edges{{0, 1}, {1, 2}, {2, 3}});
    SampledBetweenness s(g, 10, 1, 1);
    s.run();
    CHECK(s.exact());
    CHECK(s.sources_used() == 4);
    const std::vector<double> expected{0.0, 2.0, 2.0, 0.0};
    for (Graph::Vertex v = 0; v < 4; ++v) {
        CHECK(s.scores()[v] == doctest::Approx(expected[v]));
        CHECK(s.normalized_scores()[v] == doctest::Approx(expected[v] / 3.0));
    }
}

TEST_CASE("sampled betweenness: with every actor a source it is Brandes' exact betweenness") {
    const Graph g = grid_with_tail(4, 3);
    Betweenness exact(g, false, 1);
    exact.run();
    SampledBetweenness s(g, g.vertex_count(), 7, 2);
    s.run();
    CHECK(s.exact());
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) {
        CHECK(s.scores()[v] == doctest::Approx(exact.scores()[v]).epsilon(1e-12));
        CHECK(s.normalized_scores()[v] == doctest::Approx(exact.normalized_scores()[v]).epsilon(1e-12));
    }
}

TEST_CASE("sampled betweenness: one source of a star, and unbiased over the seeds") {
    // Star, centre 0, leaves 1-4: the centre's betweenness is C(4,2) = 6. From a leaf,
    // delta(centre) = 3 (the three other leaves), scaled by n / K / 2 = 2.5: 7.5; from the
    // centre 0. Over the draws the mean is 4/5 * 7.5 = 6, the exact value.
    const Graph g = Graph::from_edges(5, Edges{{0, 1}, {0, 2}, {0, 3}, {0, 4}});
    double sum = 0.0;
    std::size_t centre_drawn = 0;
    constexpr std::size_t seeds = 2000;
    for (std::uint64_t seed = 1; seed <= seeds; ++seed) {
        SampledBetweenness s(g, 1, seed, 1);
        s.run();
        CHECK_FALSE(s.exact());
        const double c = s.scores()[0];
        CHECK((c == 0.0 || c == doctest::Approx(7.5)));
        if (c == 0.0) ++centre_drawn;
        for (Graph::Vertex v = 1; v < 5; ++v) CHECK(s.scores()[v] == 0.0);
        sum += c;
    }
    // The centre is drawn with probability 1/5: 400 of 2000 expected, sd about 18.
    CHECK(centre_drawn > 300);
    CHECK(centre_drawn < 500);
    CHECK(sum / seeds == doctest::Approx(6.0).epsilon(0.05));
}

TEST_CASE("sampled betweenness: the same bits for every thread count, other sources with another seed") {
    const Graph g = grid_with_tail(12, 10);
    SampledBetweenness one(g, 20, 3, 1), two(g, 20, 3, 2), other(g, 20, 4, 2);
    one.run();
    two.run();
    other.run();
    CHECK_FALSE(one.exact());
    CHECK(one.scores() == two.scores());
    CHECK(one.scores() != other.scores());
}

TEST_CASE("analysis cache: betweenness of a scope above sampled_betweenness_limit is sampled, and said") {
    // A path of six actors: 6 x 5 = 30.
    const Network net = test::small_network({"a0", "a1", "a2", "a3", "a4", "a5"},
                                            {{"a0", "a1"}, {"a1", "a2"}, {"a2", "a3"}, {"a3", "a4"}, {"a4", "a5"}});
    SUBCASE("below the limit (or without one): exact, no note") {
        AnalysisOptions o;
        o.threads = 1;
        AnalysisCache none(net, o);
        CHECK_FALSE(uses_sampled_betweenness(none.whole()));
        (void)betweenness(none.whole());
        CHECK(none.runs("betweenness", "*") == 1);
        o.sampled_betweenness_limit = 30.0;  // 6 actors x 5 ties = 30: not above
        o.betweenness_sources = 2;
        AnalysisCache below(net, o);
        CHECK_FALSE(uses_sampled_betweenness(below.whole()));
        CHECK(below.notes().empty());
    }
    SUBCASE("above it: the sampled kernel, and a note") {
        AnalysisOptions o;
        o.threads = 1;
        o.sampled_betweenness_limit = 29.0;
        o.betweenness_sources = 3;
        AnalysisCache cache(net, o);
        CHECK(uses_sampled_betweenness(cache.whole()));
        const std::vector<double>& b = betweenness(cache.whole());
        CHECK(b.size() == 6);
        CHECK(cache.runs("sampled_betweenness", "*") == 1);
        CHECK(cache.runs("betweenness", "*") == 0);
        REQUIRE(cache.notes().size() == 1);
        CHECK(cache.notes()[0].find("estimated from 3 of its 6 actors") != std::string::npos);
        // Weighted, directed or --approx: never sampled this way.
        o.weighted = true;
        AnalysisCache weighted(net, o);
        CHECK_FALSE(uses_sampled_betweenness(weighted.whole()));
    }
}
