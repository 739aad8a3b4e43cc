// Borgatti and Everett's core-periphery models: ideal structures, a hand-worked fit,
// the exhaustive search against a brute force written here, the local search against
// the exhaustive one, and the continuous coreness against NumPy
// (tests/reference/core_periphery.json, make_core_periphery_reference.py).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "ecosys/error.hpp"
#include "ecosys/metrics/core_periphery.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;

namespace {

using Edges = std::vector<std::pair<Graph::Vertex, Graph::Vertex>>;
using Matrix = std::vector<std::vector<int>>;

Matrix matrix_of(std::size_t n, const Edges& edges) {
    Matrix a(n, std::vector<int>(n, 0));
    for (auto [u, v] : edges) a[u][v] = a[v][u] = 1;
    return a;
}

/// Pearson correlation over the pairs i < j of a_ij and the ideal pattern of `core`
/// (1 where i or j is in the core), straight from its definition (two passes).
std::optional<double> pearson_fit(const Matrix& a, const std::vector<unsigned char>& core) {
    const std::size_t n = a.size();
    std::vector<double> x, y;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            x.push_back(a[i][j]);
            y.push_back(core[i] || core[j] ? 1.0 : 0.0);
        }
    if (x.empty()) return std::nullopt;
    double mx = 0, my = 0;
    for (std::size_t p = 0; p < x.size(); ++p) {
        mx += x[p];
        my += y[p];
    }
    mx /= static_cast<double>(x.size());
    my /= static_cast<double>(y.size());
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t p = 0; p < x.size(); ++p) {
        sxy += (x[p] - mx) * (y[p] - my);
        sxx += (x[p] - mx) * (x[p] - mx);
        syy += (y[p] - my) * (y[p] - my);
    }
    if (sxx == 0 || syy == 0) return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

struct Best {
    std::optional<double> fit;
    std::vector<unsigned char> core;
};

/// Every split tried; equal fits (within 1e-12) to the smaller core, then to the core
/// holding the earliest actor where the two differ: the documented tie rule.
Best brute_force(const Matrix& a) {
    const std::size_t n = a.size();
    Best best;
    std::size_t best_size = 0;
    for (std::uint32_t mask = 0; mask < (std::uint32_t{1} << n); ++mask) {
        std::vector<unsigned char> core(n);
        std::size_t size = 0;
        for (std::size_t v = 0; v < n; ++v) {
            core[v] = static_cast<unsigned char>((mask >> v) & 1u);
            size += core[v];
        }
        const auto r = pearson_fit(a, core);
        if (!r) continue;
        bool take = !best.fit || *r > *best.fit + 1e-12;
        if (!take && std::abs(*r - *best.fit) <= 1e-12) {
            if (size != best_size) take = size < best_size;
            else
                for (std::size_t v = 0; v < n; ++v)
                    if (core[v] != best.core[v]) {
                        take = core[v] == 1;
                        break;
                    }
        }
        if (take) {
            best = {r, core};
            best_size = size;
        }
    }
    return best;
}

/// G(n, p) from our own draws (reproducible everywhere).
Edges random_edges(std::size_t n, double p, std::mt19937_64& rng) {
    Edges edges;
    for (Graph::Vertex i = 0; i < n; ++i)
        for (Graph::Vertex j = i + 1; j < n; ++j)
            if (static_cast<double>(rng() >> 11) * 0x1.0p-53 < p) edges.emplace_back(i, j);
    return edges;
}

/// A core of `core` actors all tied, each of `periphery` actors tied to every core actor
/// and to nobody else; vertices shuffled. expected[v] = 1 for the core.
Edges ideal_graph(std::size_t core, std::size_t periphery, std::mt19937_64& rng, std::vector<unsigned char>& expected) {
    const std::size_t n = core + periphery;
    std::vector<Graph::Vertex> label(n);
    for (std::size_t v = 0; v < n; ++v) label[v] = static_cast<Graph::Vertex>(v);
    for (std::size_t i = n; i > 1; --i) std::swap(label[i - 1], label[rng() % i]);
    expected.assign(n, 0);
    for (std::size_t v = 0; v < core; ++v) expected[label[v]] = 1;
    Edges edges;
    for (std::size_t i = 0; i < core; ++i)
        for (std::size_t j = i + 1; j < n; ++j) edges.emplace_back(label[i], label[j]);
    return edges;
}

CorePeriphery::Options heuristic_only() {
    CorePeriphery::Options options;
    options.exhaustive_limit = 0;
    return options;
}

nlohmann::json load_fixture() {
    const std::string path = ECOSYS_SOURCE_DIR "/tests/reference/core_periphery.json";
    std::ifstream in(path);
    REQUIRE_MESSAGE(in.good(), "missing fixture " << path << ": run /usr/bin/python3 "
                                                  << "tests/reference/make_core_periphery_reference.py");
    return nlohmann::json::parse(in);
}

double sum_of_squares(const std::vector<double>& x) {
    double s = 0;
    for (double v : x) s += v * v;
    return s;
}

}  // namespace

TEST_CASE("Core-periphery: an ideal structure has fit 1 and its own core, exhaustive or not") {
    // Core sizes 2..5, each peripheral actor tied to every core actor and nobody else:
    // the adjacency is the ideal pattern itself. Any other split misses a tie of the
    // pattern (a peripheral actor moved to the core is not tied to the other peripheral
    // actors) or has a tie inside the periphery (a core actor moved out).
    std::mt19937_64 rng(42);
    for (std::size_t core = 2; core <= 5; ++core)
        for (std::size_t periphery : {2, 4, 9}) {
            CAPTURE(core);
            CAPTURE(periphery);
            std::vector<unsigned char> expected;
            const Edges edges = ideal_graph(core, periphery, rng, expected);
            const Graph g = Graph::from_edges(core + periphery, edges);
            CorePeriphery exact(g), search(g, heuristic_only());
            exact.run();
            search.run();
            CHECK(exact.exhaustive());
            CHECK_FALSE(search.exhaustive());
            for (const CorePeriphery* cp : {&exact, &search}) {
                REQUIRE(cp->fit());
                CHECK(*cp->fit() == doctest::Approx(1.0).epsilon(1e-15));
                CHECK(cp->core() == expected);
                CHECK(cp->core_size() == core);
            }
        }

    // A larger one, beyond the exhaustive limit by default: 5 core actors, 40 peripheral.
    std::vector<unsigned char> expected;
    const Edges edges = ideal_graph(5, 40, rng, expected);
    const Graph g = Graph::from_edges(45, edges);
    CorePeriphery cp(g);
    cp.run();
    CHECK_FALSE(cp.exhaustive());
    REQUIRE(cp.fit());
    CHECK(*cp.fit() == doctest::Approx(1.0));
    CHECK(cp.core() == expected);
}

TEST_CASE("Core-periphery: a star is an ideal structure with its centre as the core") {
    //      1
    //      |
    //  4 - 0 - 2      core {0}: the pattern has the 4 ties at 0 and none among 1..4
    //      |
    //      3
    const Graph g = Graph::from_edges(5, Edges{{0, 1}, {0, 2}, {0, 3}, {0, 4}});
    CorePeriphery cp(g);
    cp.run();
    REQUIRE(cp.fit());
    CHECK(*cp.fit() == 1.0);
    CHECK(cp.core() == std::vector<unsigned char>{1, 0, 0, 0, 0});
    CHECK(cp.core_size() == 1);
}

TEST_CASE("Core-periphery: the fit of a hand-worked graph") {
    //  d - a ----- b - e        triangle a b c, tails d (on a) and e (on b)
    //       \     /             n = 5: N = 10 pairs, m = 5 ties.
    //        \   /
    //          c
    //
    // Core {a, b}: the pattern has the 7 pairs with a or b (ab ac ad ae bc bd be), none of
    // cd ce de. Every tie is among those 7, so of the 10 pairs: n11 = 5 (tied, pattern 1),
    // a row sum of 5 ties, 7 pattern ones. Pearson of two 0/1 variables:
    //   (N n11 - m 7) / sqrt(m (N - m) 7 (N - 7)) = (50 - 35) / sqrt(5 5 7 3) = 15 / sqrt(525)
    //   = 3 / sqrt(21) = 0.65465...
    // Others are lower: core {a, b, c}: (5 1 - 10 0) / sqrt(5 5 1 9) = 1/3; core {a}:
    // P = 6 periphery pairs with the 2 ties bc, be: (5 6 - 10 2) / sqrt(5 5 6 4) = 10 / sqrt(600).
    const Graph g = Graph::from_edges(5, Edges{{0, 1}, {0, 2}, {1, 2}, {0, 3}, {1, 4}});
    CorePeriphery cp(g);
    cp.run();
    CHECK(cp.exhaustive());
    REQUIRE(cp.fit());
    CHECK(*cp.fit() == doctest::Approx(3.0 / std::sqrt(21.0)).epsilon(1e-15));
    CHECK(cp.core() == std::vector<unsigned char>{1, 1, 0, 0, 0});
    CHECK(cp.core_size() == 2);

    CorePeriphery search(g, heuristic_only());
    search.run();
    REQUIRE(search.fit());
    CHECK(*search.fit() == doctest::Approx(3.0 / std::sqrt(21.0)).epsilon(1e-15));
    CHECK(search.core() == std::vector<unsigned char>{1, 1, 0, 0, 0});
}

TEST_CASE("Core-periphery: the exhaustive search finds the brute-force optimum") {
    std::mt19937_64 rng(7);
    int graphs = 0;
    for (std::size_t n = 3; n <= 12; ++n)
        for (double p : {0.15, 0.3, 0.5, 0.7, 0.9}) {
            const Edges edges = random_edges(n, p, rng);
            const Matrix a = matrix_of(n, edges);
            const Best expected = brute_force(a);
            const Graph g = Graph::from_edges(n, edges);
            CorePeriphery cp(g);
            cp.run();
            CAPTURE(n);
            CAPTURE(p);
            REQUIRE(cp.fit().has_value() == expected.fit.has_value());
            if (!expected.fit) continue;
            ++graphs;
            CHECK(cp.exhaustive());
            CHECK(*cp.fit() == doctest::Approx(*expected.fit).epsilon(1e-12));
            CHECK(cp.core() == expected.core);
            // The fit reported is the fit of the split reported.
            CHECK(*pearson_fit(a, cp.core()) == doctest::Approx(*cp.fit()).epsilon(1e-12));
        }
    CHECK(graphs > 40);
}

TEST_CASE("Core-periphery: the local search reaches the exhaustive optimum on 15 to 20 actors") {
    std::mt19937_64 rng(2024);
    for (std::size_t n = 15; n <= 20; ++n)
        for (double p : {0.1, 0.2, 0.35, 0.5, 0.7}) {
            const Edges edges = random_edges(n, p, rng);
            const Graph g = Graph::from_edges(n, edges);
            CorePeriphery exact(g), search(g, heuristic_only());
            exact.run();
            search.run();
            CAPTURE(n);
            CAPTURE(p);
            REQUIRE(exact.exhaustive());
            REQUIRE_FALSE(search.exhaustive());
            REQUIRE(exact.fit());
            REQUIRE(search.fit());
            CHECK(*search.fit() == doctest::Approx(*exact.fit()).epsilon(1e-12));
            const auto own = pearson_fit(matrix_of(n, edges), search.core());
            REQUIRE(own);
            CHECK(*own == doctest::Approx(*search.fit()).epsilon(1e-12));
        }
}

TEST_CASE("Core-periphery: the local search is reproducible and follows its seed") {
    std::mt19937_64 rng(99);
    const Edges edges = random_edges(300, 0.03, rng);
    const Graph g = Graph::from_edges(300, edges);
    CorePeriphery::Options options;
    options.seed = 5;
    CorePeriphery first(g, options), second(g, options);
    first.run();
    second.run();
    CHECK(first.core() == second.core());
    REQUIRE(first.fit());
    CHECK(*first.fit() == *second.fit());
    CHECK(*pearson_fit(matrix_of(300, edges), first.core()) == doctest::Approx(*first.fit()).epsilon(1e-12));
}

TEST_CASE("Core-periphery: continuous coreness of a star, by hand") {
    // K(1,3): centre c0, leaves c. With c0 = 1 (its bound: unbounded it would be
    // sum c / sum c^2 = 1/c > 1), F = 2 * 3 (1 - c)^2 + 6 c^4 (leaf pairs, both orders);
    // dF/dc = 0: 2 c^3 + c - 1 = 0, c = 0.58975... Coreness: (1, c, c, c) / sqrt(1 + 3 c^2).
    const Graph g = Graph::from_edges(4, Edges{{0, 1}, {0, 2}, {0, 3}});
    CorePeriphery cp(g);
    cp.run();
    CHECK(cp.converged());
    const auto& c = cp.fitted_coreness();
    CHECK(c[0] == 1.0);
    CHECK(c[1] == doctest::Approx(c[2]).epsilon(1e-14));
    CHECK(c[1] == doctest::Approx(c[3]).epsilon(1e-14));
    CHECK(2 * c[1] * c[1] * c[1] + c[1] - 1 == doctest::Approx(0.0).epsilon(1e-13));
    CHECK(c[1] == doctest::Approx(0.5897545123014).epsilon(1e-12));
    const double norm = std::sqrt(1 + 3 * c[1] * c[1]);
    CHECK(cp.coreness()[0] == doctest::Approx(1 / norm).epsilon(1e-14));
    CHECK(cp.coreness()[3] == doctest::Approx(c[1] / norm).epsilon(1e-14));
    // The ties predict c and the leaf pairs c^2: a pattern perfectly correlated with the
    // ties (two values, the higher on the ties).
    REQUIRE(cp.continuous_fit());
    CHECK(*cp.continuous_fit() == doctest::Approx(1.0).epsilon(1e-12));
}

TEST_CASE("Core-periphery: continuous coreness equals NumPy's minimum residual fit") {
    const nlohmann::json fixture = load_fixture();
    REQUIRE(fixture.at("graphs").size() >= 8);
    for (const auto& entry : fixture.at("graphs")) {
        const std::string name = entry.at("name").get<std::string>();
        CAPTURE(name);
        const auto n = entry.at("n").get<std::size_t>();
        Edges edges;
        for (const auto& e : entry.at("edges"))
            edges.emplace_back(e.at(0).get<Graph::Vertex>(), e.at(1).get<Graph::Vertex>());
        const Graph g = Graph::from_edges(n, edges);
        CorePeriphery cp(g);
        cp.run();
        CHECK(cp.converged());
        const auto fitted = entry.at("fitted").get<std::vector<double>>();
        const auto coreness = entry.at("coreness").get<std::vector<double>>();
        REQUIRE(cp.fitted_coreness().size() == n);
        for (std::size_t v = 0; v < n; ++v) {
            CAPTURE(v);
            CHECK(std::abs(cp.fitted_coreness()[v] - fitted[v]) <= 1e-10);
            CHECK(std::abs(cp.coreness()[v] - coreness[v]) <= 1e-10);
        }
        CHECK(sum_of_squares(cp.coreness()) == doctest::Approx(1.0).epsilon(1e-14));
        if (entry.at("continuous_fit").is_null()) CHECK_FALSE(cp.continuous_fit());
        else {
            REQUIRE(cp.continuous_fit());
            CHECK(std::abs(*cp.continuous_fit() - entry.at("continuous_fit").get<double>()) <= 1e-10);
        }
        if (entry.contains("fit")) {  // the discrete model by NumPy's brute force
            if (entry.at("fit").is_null()) CHECK_FALSE(cp.fit());
            else {
                REQUIRE(cp.fit());
                CHECK(std::abs(*cp.fit() - entry.at("fit").get<double>()) <= 1e-12);
                std::vector<unsigned char> core;
                for (int b : entry.at("core").get<std::vector<int>>()) core.push_back(static_cast<unsigned char>(b));
                CHECK(cp.core() == core);
            }
        }
    }
}

TEST_CASE("Core-periphery: graphs without a split to fit") {
    SUBCASE("no actors") {
        const Graph g = Graph::from_edges(0, Edges{});
        CorePeriphery cp(g);
        cp.run();
        CHECK(cp.core().empty());
        CHECK(cp.coreness().empty());
        CHECK_FALSE(cp.fit());
        CHECK_FALSE(cp.continuous_fit());
        CHECK(cp.core_size() == 0);
        CHECK_FALSE(cp.exhaustive());
    }
    SUBCASE("one actor, and two tied actors: no pair to compare or one pair only") {
        const Graph one = Graph::from_edges(1, Edges{});
        CorePeriphery a(one);
        a.run();
        CHECK(a.core() == std::vector<unsigned char>{0});
        CHECK(a.coreness() == std::vector<double>{0.0});
        CHECK_FALSE(a.fit());

        const Graph two = Graph::from_edges(2, Edges{{0, 1}});
        CorePeriphery b(two);
        b.run();
        CHECK_FALSE(b.fit());
        CHECK(b.core() == std::vector<unsigned char>{0, 0});
        CHECK(b.fitted_coreness() == std::vector<double>{1.0, 1.0});  // 1 * 1 = the tie
        CHECK(b.coreness()[0] == doctest::Approx(std::sqrt(0.5)));
        CHECK_FALSE(b.continuous_fit());
    }
    SUBCASE("no ties: nothing correlates, every coreness 0") {
        const Graph g = Graph::from_edges(4, Edges{});
        CorePeriphery cp(g);
        cp.run();
        CHECK_FALSE(cp.fit());
        CHECK(cp.core() == std::vector<unsigned char>(4, 0));
        CHECK(cp.coreness() == std::vector<double>(4, 0.0));
        CHECK_FALSE(cp.continuous_fit());
        CHECK_FALSE(cp.exhaustive());
    }
    SUBCASE("complete graph: every pair tied, the adjacency is constant") {
        Edges edges;
        for (Graph::Vertex i = 0; i < 5; ++i)
            for (Graph::Vertex j = i + 1; j < 5; ++j) edges.emplace_back(i, j);
        const Graph g = Graph::from_edges(5, edges);
        CorePeriphery cp(g), search(g, heuristic_only());
        cp.run();
        search.run();
        CHECK_FALSE(cp.fit());
        CHECK_FALSE(search.fit());
        CHECK(cp.core() == std::vector<unsigned char>(5, 0));
        CHECK(cp.core_size() == 0);
        CHECK(cp.fitted_coreness() == std::vector<double>(5, 1.0));  // c_i c_j = 1 = a_ij: F = 0
        for (double x : cp.coreness()) CHECK(x == doctest::Approx(1 / std::sqrt(5.0)));
        CHECK_FALSE(cp.continuous_fit());
    }
}

TEST_CASE("Core-periphery: a disconnected graph") {
    //  0 - 1        5      triangle 0 1 2, the pair 3 - 4, the isolated actor 5
    //   \ /
    //    2    3 - 4
    const Edges edges{{0, 1}, {0, 2}, {1, 2}, {3, 4}};
    const Graph g = Graph::from_edges(6, edges);
    CorePeriphery cp(g), search(g, heuristic_only());
    cp.run();
    search.run();
    const Best expected = brute_force(matrix_of(6, edges));
    REQUIRE(cp.fit());
    CHECK(*cp.fit() == doctest::Approx(*expected.fit).epsilon(1e-12));
    CHECK(cp.core() == expected.core);
    CHECK(cp.core()[5] == 0);
    REQUIRE(search.fit());
    CHECK(*search.fit() == doctest::Approx(*expected.fit).epsilon(1e-12));
    // The triangle is the dominant component: it fits exactly (c = 1 there, F counts only
    // the tie 3 - 4, 2 of the ordered pairs); the others keep coreness 0.
    CHECK(cp.fitted_coreness() == std::vector<double>{1, 1, 1, 0, 0, 0});
    for (std::size_t v = 0; v < 3; ++v) CHECK(cp.coreness()[v] == doctest::Approx(1 / std::sqrt(3.0)));

    // Two equal triangles: both dominate the eigenvector, but c = 1 on both would predict
    // ties between them (F = 18); on one alone F = 6. The sweeps update the first one
    // first, and it keeps the coreness.
    const Graph twins = Graph::from_edges(6, Edges{{0, 1}, {0, 2}, {1, 2}, {3, 4}, {3, 5}, {4, 5}});
    CorePeriphery two(twins);
    two.run();
    CHECK(two.converged());
    CHECK(two.fitted_coreness() == std::vector<double>{1, 1, 1, 0, 0, 0});
}

TEST_CASE("Core-periphery: bad options and early reads") {
    const Graph g = Graph::from_edges(3, Edges{{0, 1}});
    CorePeriphery::Options options;
    options.exhaustive_limit = 31;
    CorePeriphery too_many(g, options);
    CHECK_THROWS_WITH_AS(too_many.run(),
                         "core-periphery: exhaustive_limit 31 is above 30, the most actors whose 2^n splits can "
                         "all be tried; use 30 or less",
                         UsageError);

    const Network net = test::small_network({"a", "b", "c"}, {{"a", "b"}, {"b", "c"}});
    const std::vector<std::size_t> all{0, 1, 2};
    const Graph directed = Graph::directed(net, all);
    CorePeriphery on_directed(directed);
    CHECK_THROWS_WITH_AS(on_directed.run(),
                         "core-periphery reads the undirected graph, not the directed view (Graph::directed())",
                         UsageError);

    CorePeriphery early(g);
    CHECK_THROWS_AS((void)early.core(), std::logic_error);
    CHECK_THROWS_AS((void)early.coreness(), std::logic_error);
}
