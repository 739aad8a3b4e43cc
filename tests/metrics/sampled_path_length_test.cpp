#include <doctest/doctest.h>

#include <cmath>
#include <utility>
#include <vector>

#include "ecosys/metrics/path_lengths.hpp"
#include "ecosys/metrics/sampled_path_length.hpp"

using namespace ecosys;

namespace {

using Edges = std::vector<std::pair<Graph::Vertex, Graph::Vertex>>;

/// An a x b grid, vertex (x, y) = y * a + x, plus `isolates` vertices without ties.
Graph grid(Graph::Vertex a, Graph::Vertex b, Graph::Vertex isolates = 0) {
    Edges edges;
    for (Graph::Vertex y = 0; y < b; ++y)
        for (Graph::Vertex x = 0; x < a; ++x) {
            if (x + 1 < a) edges.emplace_back(y * a + x, y * a + x + 1);
            if (y + 1 < b) edges.emplace_back(y * a + x, (y + 1) * a + x);
        }
    return Graph::from_edges(a * b + isolates, edges);
}

double exact_mean(const Graph& g) {
    PathLengths p(g, false, 1);
    p.run();
    return p.mean_path_length();
}

}  // namespace

TEST_CASE("sampled path length: every actor a source is the exact value, without error") {
    //   0 - 1 - 2 - 3     4 - 5     the largest component 0-3: distances 1,2,3,1,2,1
    //                               (sum 10 over 6 pairs), mean 5/3.
    const Graph g = Graph::from_edges(6, Edges{{0, 1}, {1, 2}, {2, 3}, {4, 5}});
    SampledPathLength s(g, 100, 1);
    s.run();
    CHECK(s.exact());
    CHECK(s.sources_used() == 4);
    CHECK(s.component_size() == 4);
    CHECK(s.mean_path_length() == doctest::Approx(5.0 / 3.0).epsilon(1e-12));
    CHECK(s.standard_error() == 0.0);

    const Graph none = Graph::from_edges(3, Edges{});
    SampledPathLength t(none, 10, 1);
    t.run();
    CHECK(t.mean_path_length() == 0.0);
    CHECK(t.sources_used() == 0);
}

// A 30 x 30 grid (900 actors) and 20 isolates: the exact mean distance over ordered
// pairs of distinct grid actors is 2 (a^2 - 1) / (3 a) x a^2 / (a^2 - 1) = 2 a / 3 =
// 20 (for an a x a grid: E|x1 - x2| over all pairs is (a^2 - 1) / (3 a), twice for
// the two axes, rescaled from all pairs to distinct ones). 64 sources give an
// estimate within a few standard errors; over 200 seeds about 95 % of the estimates
// lie within 1.96 standard errors, and their spread matches the stated error.
TEST_CASE("sampled path length: within its stated error of the exact value") {
    const Graph g = grid(30, 30, 20);
    const double exact = exact_mean(g);
    CHECK(exact == doctest::Approx(20.0).epsilon(1e-12));

    int within = 0;
    double sum = 0, sum_sq = 0, se_sum = 0;
    constexpr int seeds = 200;
    for (int seed = 1; seed <= seeds; ++seed) {
        SampledPathLength s(g, 64, static_cast<std::uint64_t>(seed));
        s.run();
        CHECK(s.sources_used() == 64);
        CHECK_FALSE(s.exact());
        CHECK(s.standard_error() > 0);
        CHECK(std::abs(s.mean_path_length() - exact) < 4.5 * s.standard_error());
        within += std::abs(s.mean_path_length() - exact) <= 1.96 * s.standard_error();
        sum += s.mean_path_length();
        sum_sq += s.mean_path_length() * s.mean_path_length();
        se_sum += s.standard_error();
    }
    const double mean = sum / seeds, spread = std::sqrt((sum_sq - seeds * mean * mean) / (seeds - 1));
    CHECK(within >= 176);  // 95 % of 200 is 190; 176 is 3.2 binomial standard errors below
    CHECK(std::abs(mean - exact) < 3 * spread / std::sqrt(double(seeds)));  // unbiased
    CHECK(spread == doctest::Approx(se_sum / seeds).epsilon(0.15));          // the stated error is the spread
}

TEST_CASE("sampled path length: the same seed, the same sources, whatever the thread count") {
    const Graph g = grid(25, 12);
    SampledPathLength one(g, 150, 9, 1), two(g, 150, 9, 2), four(g, 150, 9, 4);
    one.run();
    two.run();
    four.run();
    CHECK(one.mean_path_length() == two.mean_path_length());
    CHECK(one.mean_path_length() == four.mean_path_length());
    CHECK(one.standard_error() == four.standard_error());
    SampledPathLength other(g, 150, 10, 1);
    other.run();
    CHECK(other.mean_path_length() != one.mean_path_length());
}
