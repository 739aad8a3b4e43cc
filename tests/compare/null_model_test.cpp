#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <utility>
#include <vector>

#include "ecosys/compare/comparison.hpp"
#include "ecosys/output/comparison_writer.hpp"
#include "ecosys/compare/null_model.hpp"
#include "graph/grown_graph.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;

namespace {

Graph graph_of(std::size_t n, std::vector<std::pair<Graph::Vertex, Graph::Vertex>> edges) {
    return Graph::from_edges(n, edges);
}

/// `samples` random graphs from `seed`, `trades` curveball trades apart.
NullModelOptions drawing(std::size_t samples, std::uint64_t seed, std::size_t trades) {
    NullModelOptions options;
    options.samples = samples;
    options.seed = seed;
    options.trades_per_sample = trades;
    return options;
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
    CHECK(null.moved_ties() > 0);
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
    DegreePreservingNull a(star, drawing(50, 1, 10));
    a.run();
    CHECK(a.distribution("mean_path_length").observed == doctest::Approx(1.6));  // (8 x 1 + 12 x 2) / 20 ordered pairs
    CHECK(a.distribution("mean_path_length").mean == doctest::Approx(1.6));
    CHECK(a.distribution("mean_path_length").sd == 0.0);
    CHECK_FALSE(a.distribution("mean_path_length").z());
    CHECK(a.moved_ties() == 0);

    const Graph k4 = graph_of(4, {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}});
    DegreePreservingNull b(k4, drawing(50, 1, 10));
    b.run();
    CHECK(b.distribution("transitivity").mean == 1.0);
    CHECK_FALSE(b.distribution("transitivity").z());
}

TEST_CASE("null model: a value at the random graphs' mean in exact arithmetic has z = 0, not rounding noise") {
    // Random graphs giving 0.2 and 0.4: mean 0.3, which Welford's update reaches as
    // 0.30000000000000004; the value 0.3 then had z = -3.9e-16 (docs/robustness.md,
    // "Zero up to rounding").
    NullDistribution d;
    d.observed = 0.3;
    d.mean = 0.2 + (0.4 - 0.2) / 2;
    d.sd = 0.1414;
    d.samples = 2;
    REQUIRE(d.mean != d.observed);
    CHECK(*d.z() == 0.0);
    d.observed = 0.3 + 1e-9;  // a real distance, however small, stays
    CHECK(*d.z() > 7.0e-9);  // 1e-9 / 0.1414 = 7.07e-9
    CHECK(*d.z() < 7.1e-9);
}

TEST_CASE("null model: a graph of one actor, or of one tie, is its only random graph") {
    // No trade can change a graph of fewer than two edges: every statistic's null is the
    // observed value with no spread, and no z-score (nothing is drawn).
    for (const Graph& g : {graph_of(1, {}), graph_of(3, {{0, 2}}), graph_of(0, {})}) {
        DegreePreservingNull null(g, drawing(100, 1, 10));
        null.run();
        for (const std::string& key : DegreePreservingNull::keys()) {
            const NullDistribution& d = null.distribution(key);
            CHECK(d.mean == d.observed);
            CHECK(d.sd == 0.0);
            CHECK(d.samples == 100);
            CHECK_FALSE(d.z());
        }
        CHECK(null.moved_ties() == 0);
    }
}

TEST_CASE("null model: the same seed gives the same figures, no samples give no z-score") {
    // A 2 x 4 grid: 8 vertices, 10 edges, room to rewire.
    const Graph g = graph_of(8, {{0, 1}, {1, 2}, {2, 3}, {4, 5}, {5, 6}, {6, 7}, {0, 4}, {1, 5}, {2, 6}, {3, 7}});
    DegreePreservingNull a(g, drawing(30, 3, 10)), b(g, drawing(30, 3, 10));
    a.run();
    b.run();
    for (const std::string& key : DegreePreservingNull::keys()) {
        CHECK(a.distribution(key).mean == b.distribution(key).mean);
        CHECK(a.distribution(key).sd == b.distribution(key).sd);
    }
    DegreePreservingNull none(g, drawing(0, 3, 10));
    none.run();
    CHECK(none.distribution("transitivity").observed == 0.0);
    CHECK_FALSE(none.distribution("transitivity").z());
    CHECK_THROWS_AS(static_cast<void>(none.distribution("density")), std::out_of_range);
    DegreePreservingNull unrun(g);
    CHECK_THROWS_AS(static_cast<void>(unrun.distribution("transitivity")), std::logic_error);
}

namespace {

/// Seeded preferential attachment, k ties per new vertex: hubs, short paths, a
/// clustering far from what its degrees alone give.
Graph hub_graph(std::size_t n, std::size_t k, std::uint64_t seed) {
    return test::grown_graph(n, k, seed, [](std::mt19937_64& rng, Graph::Vertex v, const std::vector<Graph::Vertex>& chosen,
                                            const test::GrownEdges& edges, const std::vector<Graph::Vertex>& ends) -> Graph::Vertex {
        // Half the time a neighbour of the last chosen one: triangles.
        if (!chosen.empty() && rng() % 2 == 0) {
            std::vector<Graph::Vertex> near;
            for (const auto& [a, b] : edges) {
                if (a == chosen.back()) near.push_back(b);
                if (b == chosen.back()) near.push_back(a);
            }
            return near.empty() ? static_cast<Graph::Vertex>(rng() % v) : near[rng() % near.size()];
        }
        return ends.empty() ? static_cast<Graph::Vertex>(rng() % v) : ends[rng() % ends.size()];
    });
}

}  // namespace

/// Every field of every distribution, compared bit for bit.
void check_same(const DegreePreservingNull& a, const DegreePreservingNull& b) {
    CHECK(a.moved_ties() == b.moved_ties());
    for (const std::string& key : DegreePreservingNull::keys()) {
        const NullDistribution &x = a.distribution(key), &y = b.distribution(key);
        CHECK_MESSAGE((x.observed == y.observed || (std::isnan(x.observed) && std::isnan(y.observed))), key);
        CHECK_MESSAGE(x.mean == y.mean, key);
        CHECK_MESSAGE(x.sd == y.sd, key);
        CHECK_MESSAGE(x.samples == y.samples, key);
        CHECK_MESSAGE(x.sources == y.sources, key);
        CHECK_MESSAGE(x.z_error == y.z_error, key);
    }
}

NullModelOptions options_for(int path_mode, unsigned threads) {
    NullModelOptions o;
    o.samples = 40;
    o.seed = 3;
    o.threads = threads;
    if (path_mode >= 1) o.exact_path_limit = 0;  // mean path length exact in path_samples only
    if (path_mode >= 2) o.sampled_path_limit = 0;  // ... or from sampled sources
    o.path_samples = 12;
    o.path_sources = 100;
    return o;
}

TEST_CASE("null model: the same distributions on 1, 2 and 4 threads, in every path mode") {
    const Graph g = hub_graph(300, 3, 4);
    for (int mode = 0; mode < 3; ++mode) {
        CAPTURE(mode);
        DegreePreservingNull one(g, options_for(mode, 1)), two(g, options_for(mode, 2)), four(g, options_for(mode, 4));
        one.run();
        two.run();
        four.run();
        check_same(one, two);
        check_same(one, four);
        CHECK(one.distribution("transitivity").samples == 40);
    }
}

// The hub graph of 300 actors and 882 ties is small enough for exact path lengths in
// all 100 random graphs; forcing the shortcuts on it draws the same random graphs
// (same seed) and measures their mean path length more cheaply. Exact: z = 2.13.
// Exact in the first 20 only: z = 1.90 +- 0.34 extra. From 270 of the 300 actors as
// sources in each: z = 2.09 +- 0.11 extra; from 285: z = 2.13 +- 0.08. Each lies within
// two of its stated errors of the exact z. With 180 sources the sampling noise is more
// than a quarter of the spread left for the exact values: no z. Transitivity,
// clustering and the diameter are exact in every mode: the same numbers.
TEST_CASE("null model: shortcuts for large graphs agree with the exact z within their stated error") {
    const Graph g = hub_graph(300, 3, 4);
    NullModelOptions exact_options;
    exact_options.samples = 100;
    exact_options.seed = 5;
    DegreePreservingNull exact(g, exact_options);
    exact.run();
    const NullDistribution& e = exact.distribution("mean_path_length");
    REQUIRE(e.z());
    CHECK(*e.z() == doctest::Approx(2.13).epsilon(0.01));
    CHECK(e.samples == 100);
    CHECK(e.sources == 0);
    CHECK(e.z_error == 0.0);

    NullModelOptions fewer = exact_options;
    fewer.exact_path_limit = 0;
    DegreePreservingNull some(g, fewer);
    some.run();
    const NullDistribution& s = some.distribution("mean_path_length");
    CHECK(s.samples == 20);
    REQUIRE(s.z());
    CHECK(s.z_error > 0);
    CHECK(std::abs(*s.z() - *e.z()) < 2 * s.z_error);
    for (const char* key : {"transitivity", "mean_clustering", "diameter"}) {
        CHECK(some.distribution(key).mean == exact.distribution(key).mean);
        CHECK(some.distribution(key).sd == exact.distribution(key).sd);
        CHECK(some.distribution(key).z_error == 0.0);
    }
    CHECK(some.distribution("diameter").samples == 100);

    for (const std::size_t sources : {180, 270, 285}) {
        CAPTURE(sources);
        NullModelOptions sampled = fewer;
        sampled.sampled_path_limit = 0;
        sampled.path_sources = sources;
        DegreePreservingNull est(g, sampled);
        est.run();
        const NullDistribution& d = est.distribution("mean_path_length");
        CHECK(d.samples == 100);
        CHECK(d.sources == sources);
        if (sources == 180) {  // noise above a quarter of the spread: no z, and no need of
            CHECK_FALSE(d.z());  // the observed value (a search from every actor)
            CHECK(std::isnan(d.observed));
            continue;
        }
        CHECK(d.observed == e.observed);  // the graph itself: exact
        REQUIRE(d.z());
        CHECK(d.z_error > 0);
        CHECK(std::abs(*d.z() - *e.z()) < 2 * d.z_error);
        CHECK(est.distribution("diameter").mean == exact.distribution("diameter").mean);
    }
}

// A 2 x 4 grid as one region "g" (8 actors, 10 ties):
//
//   a - b - c - d
//   |   |   |   |
//   e - f - g - h
//
// With the shortcut for large graphs forced, the comparison says what it adds: "±"
// after the mean path length's z in the table and Markdown, a note explaining it, a
// mean_path_length_z_error column in CSV, "z_error" in JSON. Without it: none of that.
TEST_CASE("null model: compare output states the extra error of a shortcut, and only then") {
    std::vector<test::ActorSpec> actors;
    for (const char* id : {"a", "b", "c", "d", "e", "f", "g", "h"}) actors.push_back({id, "g", "industry"});
    const Network n = test::regional_network(
        actors, {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"e", "f"}, {"f", "g"}, {"g", "h"}, {"a", "e"}, {"b", "f"}, {"c", "g"}, {"d", "h"}});
    CompareOptions o;
    o.metrics = {"transitivity", "mean_path_length"};
    o.metrics_options.analysis.samples = 30;
    o.metrics_options.analysis.threads = 2;
    const Comparison plain = compare_regions(n, o);
    REQUIRE(plain.rows.size() == 1);
    REQUIRE(plain.rows[0].z[1]);
    CHECK(plain.rows[0].z_error[1] == 0.0);
    CHECK(format_comparison_table(plain).find("±") == std::string::npos);
    CHECK(comparison_to_json(plain)["rows"][0]["z_error"]["mean_path_length"] == 0.0);
    CHECK(format_comparison_csv(plain, false).rfind("id,name,transitivity,transitivity_rank,transitivity_z,mean_path_length,"
                                                    "mean_path_length_rank,mean_path_length_z,mean_path_length_z_error\n",
                                                    0) == 0);

    o.null.exact_path_limit = 0;
    o.null.path_samples = 10;
    const Comparison cut = compare_regions(n, o);
    const ComparisonRow& row = cut.rows[0];
    REQUIRE(row.z[1]);
    CHECK(row.z_error[0] == 0.0);  // transitivity: exact in every random graph
    CHECK(row.z_error[1] > 0.0);
    CHECK(row.z[0] == plain.rows[0].z[0]);  // the same random graphs
    const std::string table = format_comparison_table(cut);
    CHECK(table.find(" ±") != std::string::npos);
    CHECK(table.find("± after a z: the standard error added because the graph is large (mean path length exact in only 10 "
                     "of the random graphs") != std::string::npos);
    CHECK(format_comparison_markdown(cut).find(" ±") != std::string::npos);
    CHECK(comparison_to_json(cut)["rows"][0]["z_error"]["mean_path_length"] == row.z_error[1]);
    CHECK(comparison_to_json(cut)["null_model"]["path_samples"] == 10);
}

TEST_CASE("null model: only the statistics asked for, the same numbers as with all") {
    const Graph g = hub_graph(200, 2, 8);
    NullModelOptions all;
    all.samples = 25;
    all.seed = 2;
    NullModelOptions some = all;
    some.statistics = {"transitivity", "diameter", "density"};  // density has none: ignored
    DegreePreservingNull a(g, all), b(g, some);
    a.run();
    b.run();
    for (const char* key : {"transitivity", "diameter"}) {
        CHECK(a.distribution(key).observed == b.distribution(key).observed);
        CHECK(a.distribution(key).mean == b.distribution(key).mean);
        CHECK(a.distribution(key).sd == b.distribution(key).sd);
    }
    CHECK_THROWS_AS(static_cast<void>(b.distribution("mean_path_length")), std::out_of_range);
    CHECK_THROWS_AS(static_cast<void>(b.distribution("mean_clustering")), std::out_of_range);
    CHECK(a.moved_ties() == b.moved_ties());
}
