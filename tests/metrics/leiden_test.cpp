#include <doctest/doctest.h>

#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ecosys/error.hpp"
#include "ecosys/metrics/leiden.hpp"
#include "ecosys/metrics/louvain.hpp"
#include "ecosys/metrics/modularity.hpp"
#include "metrics/small_network.hpp"
#include "util/random.hpp"

using namespace ecosys;
using test::small_network;

namespace {

using Edges = std::vector<std::pair<Graph::Vertex, Graph::Vertex>>;

Leiden::Options with_seed(std::uint64_t seed) {
    Leiden::Options options;
    options.seed = seed;
    return options;
}

/// Number of communities whose actors do not form one connected piece of the graph
/// (ties inside the community only).
std::size_t disconnected_communities(const Graph& g, const std::vector<std::uint32_t>& community) {
    const std::size_t n = g.vertex_count();
    std::vector<char> seen(n, 0);
    std::set<std::uint32_t> started;
    std::size_t disconnected = 0;
    for (Graph::Vertex start = 0; start < n; ++start) {
        if (seen[start]) continue;
        if (!started.insert(community[start]).second) ++disconnected;  // a second piece of a community
        std::vector<Graph::Vertex> stack{start};
        seen[start] = 1;
        while (!stack.empty()) {
            const Graph::Vertex v = stack.back();
            stack.pop_back();
            for (Graph::Vertex u : g.neighbours(v))
                if (!seen[u] && community[u] == community[v]) {
                    seen[u] = 1;
                    stack.push_back(u);
                }
        }
    }
    return disconnected;
}

/// `count` cliques of `size` actors, clique i's last actor tied to clique i+1's first,
/// the last clique to the first when `ring`.
Edges cliques(std::uint32_t count, std::uint32_t size, bool ring) {
    Edges edges;
    for (std::uint32_t c = 0; c < count; ++c) {
        for (std::uint32_t i = 0; i < size; ++i)
            for (std::uint32_t j = i + 1; j < size; ++j) edges.emplace_back(c * size + i, c * size + j);
        if (c + 1 < count) edges.emplace_back(c * size + size - 1, (c + 1) * size);
        else if (ring && count > 2) edges.emplace_back(c * size + size - 1, 0);
    }
    return edges;
}

/// Zachary's karate club (W. W. Zachary 1977), unweighted: members 0 .. 33, Mr Hi is
/// 0, John A 33; 78 ties, the same as networkx.karate_club_graph().
Graph karate_club() {
    const Edges edges{
        {0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {0, 6}, {0, 7}, {0, 8}, {0, 10}, {0, 11}, {0, 12}, {0, 13}, {0, 17},
        {0, 19}, {0, 21}, {0, 31},
        {1, 2}, {1, 3}, {1, 7}, {1, 13}, {1, 17}, {1, 19}, {1, 21}, {1, 30},
        {2, 3}, {2, 7}, {2, 8}, {2, 9}, {2, 13}, {2, 27}, {2, 28}, {2, 32},
        {3, 7}, {3, 12}, {3, 13},
        {4, 6}, {4, 10},
        {5, 6}, {5, 10}, {5, 16},
        {6, 16},
        {8, 30}, {8, 32}, {8, 33},
        {9, 33},
        {13, 33},
        {14, 32}, {14, 33},
        {15, 32}, {15, 33},
        {18, 32}, {18, 33},
        {19, 33},
        {20, 32}, {20, 33},
        {22, 32}, {22, 33},
        {23, 25}, {23, 27}, {23, 29}, {23, 32}, {23, 33},
        {24, 25}, {24, 27}, {24, 31},
        {25, 31},
        {26, 29}, {26, 33},
        {27, 33},
        {28, 31}, {28, 33},
        {29, 32}, {29, 33},
        {30, 32}, {30, 33},
        {31, 32}, {31, 33},
        {32, 33},
    };
    return Graph::from_edges(34, edges);
}

/// G(n, p) from our own generator: each pair tied with probability p.
Graph random_graph(std::uint32_t n, double p, std::uint64_t seed) {
    std::mt19937_64 rng = detail::seeded_rng(seed, 0);
    const auto threshold = static_cast<std::uint64_t>(p * 1e9);
    Edges edges;
    for (std::uint32_t u = 0; u < n; ++u)
        for (std::uint32_t v = u + 1; v < n; ++v)
            if (detail::uniform_below(rng, 1000000000) < threshold) edges.emplace_back(u, v);
    return Graph::from_edges(n, edges);
}

/// `groups` groups of `size` actors; a pair in one group is tied with probability
/// p_in, a pair across groups with p_out.
Graph planted_partition(std::uint32_t groups, std::uint32_t size, double p_in, double p_out, std::uint64_t seed) {
    std::mt19937_64 rng = detail::seeded_rng(seed, 1);
    const std::uint32_t n = groups * size;
    Edges edges;
    for (std::uint32_t u = 0; u < n; ++u)
        for (std::uint32_t v = u + 1; v < n; ++v) {
            const double p = u / size == v / size ? p_in : p_out;
            if (detail::uniform_below(rng, 1000000000) < static_cast<std::uint64_t>(p * 1e9)) edges.emplace_back(u, v);
        }
    return Graph::from_edges(n, edges);
}

}  // namespace

TEST_CASE("Leiden separates two cliques joined by one tie") {
    //   {0 1 2 3 4} 4 ------ 5 {5 6 7 8 9}     two K5 (every pair inside tied) and the tie 4-5
    //
    // m = 21; each clique: L = 10, degree sum 21. Q = 2 (10/21 - (21/42)^2) = 20/21 - 1/2.
    const Graph g = Graph::from_edges(10, cliques(2, 5, false));
    Leiden leiden(g);
    leiden.run();
    CHECK(leiden.communities() == std::vector<std::uint32_t>{0, 0, 0, 0, 0, 1, 1, 1, 1, 1});
    CHECK(leiden.count() == 2);
    CHECK(leiden.modularity() == doctest::Approx(20.0 / 21.0 - 0.5));
    CHECK(leiden.quality() == leiden.modularity());
}

TEST_CASE("Leiden finds every clique of a ring of cliques") {
    // Six K5 in a ring, clique i's actor 5i+4 tied to clique i+1's actor 5i+5:
    //
    //    K5 - K5 - K5
    //    |          |      m = 6 * 10 + 6 = 66; each clique L = 10, degree sum 22:
    //    K5 - K5 - K5      Q = 6 (10/66 - (22/132)^2) = 10/11 - 1/6 = 0.742424...
    //
    // (Pairs of cliques would give 3 (21/66 - 1/9) = 0.6212, worse.)
    const Graph g = Graph::from_edges(30, cliques(6, 5, true));
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        Leiden leiden(g, with_seed(seed));
        leiden.run();
        CAPTURE(seed);
        REQUIRE(leiden.count() == 6);
        for (std::uint32_t v = 0; v < 30; ++v) CHECK(leiden.communities()[v] == v / 5);
        CHECK(leiden.modularity() == doctest::Approx(10.0 / 11.0 - 1.0 / 6.0));
    }
}

TEST_CASE("Leiden on Zachary's karate club reaches the optimum modularity 0.4198") {
    // The optimum is 0.419790 with 4 communities (U. Brandes et al. (2008), On
    // modularity clustering, IEEE TKDE 20(2), by integer programming). Seed 1 finds it:
    // networkx.community.modularity(nx.karate_club_graph(), <the communities below>,
    // weight=None) = 0.41978961209730437, recomputed from this partition.
    const Graph g = karate_club();
    Leiden leiden(g);
    leiden.run();
    CHECK(leiden.count() == 4);
    CHECK(leiden.modularity() == doctest::Approx(0.41978961209730437).epsilon(1e-12));
    CHECK(leiden.communities() == std::vector<std::uint32_t>{0, 0, 0, 0, 1, 1, 1, 0, 2, 2, 1, 0, 0, 0, 2, 2, 1,
                                                              0, 2, 0, 2, 0, 2, 3, 3, 3, 2, 3, 3, 2, 2, 3, 2, 2});
    // Seeds 1 .. 1000 all reached the optimum when this was written (our Louvain: 928 of
    // them). A seed is not a proof, so the test asks that of 20 seeds and, of any seed,
    // a good and connected partition.
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        Leiden other(g, with_seed(seed));
        other.run();
        CAPTURE(seed);
        CHECK(other.modularity() >= 0.4197);
        CHECK(disconnected_communities(g, other.communities()) == 0);
    }
}

TEST_CASE("Leiden with CPM: two triangles or one community, as the density threshold decides") {
    //   a           d
    //   | \       / |      7 ties. CPM: H = sum over communities of [L_c - gamma n_c (n_c - 1) / 2].
    //   |  c --- f  |      gamma 0.5: two triangles, 2 (3 - 0.5 * 3) = 3 (all in one: 7 - 0.5 * 15 = -0.5;
    //   | /       \ |        a triangle plus an actor of the other: 4 - 3 = 1, + pair 0.5 = 1.5).
    //   b           e      gamma 0.1: one community, 7 - 0.1 * 15 = 5.5 (two triangles: 2 (3 - 0.3) = 5.4).
    // leidenalg's CPMVertexPartition finds the same two partitions; its quality() says 6 and 11 (2H).
    const Network net = small_network(
        {"a", "b", "c", "d", "e", "f"},
        {{"a", "b"}, {"b", "c"}, {"a", "c"}, {"d", "e"}, {"e", "f"}, {"d", "f"}, {"c", "f"}});
    const Graph g = Graph::from_network(net);
    Leiden::Options options;
    options.quality = LeidenQuality::cpm;
    options.resolution = 0.5;
    Leiden split(g, options);
    split.run();
    CHECK(split.communities() == std::vector<std::uint32_t>{0, 0, 0, 1, 1, 1});
    CHECK(split.quality() == doctest::Approx(3.0));
    // modularity() under CPM is plain modularity (resolution 1): 5/14 (modularity_test.cpp).
    CHECK(split.modularity() == doctest::Approx(5.0 / 14.0));

    options.resolution = 0.1;
    Leiden whole(g, options);
    whole.run();
    CHECK(whole.communities() == std::vector<std::uint32_t>{0, 0, 0, 0, 0, 0});
    CHECK(whole.quality() == doctest::Approx(5.5));
    CHECK(whole.modularity() == doctest::Approx(0.0));
}

TEST_CASE("Leiden with CPM and tie weights") {
    //   a ==3== b           weighted ties: a-b 3, b-c 1, c-d 3, a-d 0.5.
    //   |       |           gamma 1: {a,b} and {c,d}: 2 (3 - 1) = 4; all in one:
    //  0.5      1           7.5 - 6 = 1.5; {a,b,c}: 4 - 3 = 1, + {d} = 1.
    //   |       |           Unweighted (each tie 1), gamma 1: every pair is worth
    //   d ==3== c           1 - 1 = 0, so the best H is 0 and singletons (no move gains) stay.
    const Network net = small_network({"a", "b", "c", "d"},
                                      {{"a", "b", 3.0}, {"b", "c", 1.0}, {"c", "d", 3.0}, {"a", "d", 0.5}});
    const Graph g = Graph::from_network(net);
    Leiden::Options options;
    options.quality = LeidenQuality::cpm;
    options.weighted = true;
    Leiden weighted(g, options);
    weighted.run();
    CHECK(weighted.communities() == std::vector<std::uint32_t>{0, 0, 1, 1});
    CHECK(weighted.quality() == doctest::Approx(4.0));
    const std::vector<std::uint32_t> all_in_one{0, 0, 0, 0};
    CHECK(cpm_quality(g, all_in_one, true, 1.0) == doctest::Approx(1.5));
    const std::vector<std::uint32_t> too_short{0, 0};
    CHECK_THROWS_WITH_AS(static_cast<void>(cpm_quality(g, too_short, true, 1.0)),
                         "cpm_quality: the partition has 2 entries for a graph of 4 vertices", std::invalid_argument);

    options.weighted = false;
    Leiden unweighted(g, options);
    unweighted.run();
    CHECK(unweighted.communities() == std::vector<std::uint32_t>{0, 1, 2, 3});
    CHECK(unweighted.quality() == 0.0);
}

TEST_CASE("Leiden: every community is connected, on random graphs and where Louvain splits one") {
    // Random graphs of several densities, both objectives, several seeds, and a
    // randomness so high that refinements often join nothing (which exercises the
    // fallback to connected parts).
    for (std::uint64_t graph_seed = 1; graph_seed <= 6; ++graph_seed) {
        const Graph sparse = random_graph(120, 0.02, graph_seed);  // many small components and isolated actors
        const Graph dense = random_graph(80, 0.08, graph_seed);
        const Graph planted = planted_partition(6, 15, 0.3, 0.03, graph_seed);
        for (const Graph* g : {&sparse, &dense, &planted}) {
            for (std::uint64_t seed = 1; seed <= 3; ++seed) {
                CAPTURE(graph_seed);
                CAPTURE(seed);
                Leiden::Options options = with_seed(seed);
                Leiden modularity(*g, options);
                modularity.run();
                CHECK(disconnected_communities(*g, modularity.communities()) == 0);
                options.randomness = 1e6;
                Leiden random(*g, options);
                random.run();
                CHECK(disconnected_communities(*g, random.communities()) == 0);
                options.randomness = 0.0;
                Leiden greedy(*g, options);
                greedy.run();
                CHECK(disconnected_communities(*g, greedy.communities()) == 0);
                options.quality = LeidenQuality::cpm;
                options.resolution = 0.05;
                options.randomness = 0.01;
                Leiden cpm(*g, options);
                cpm.run();
                CHECK(disconnected_communities(*g, cpm.communities()) == 0);
            }
        }
    }
}

TEST_CASE("Leiden keeps apart the two pieces that Louvain puts in one community") {
    // 13 actors, 19 ties (found by a search over small random graphs), each actor's ties:
    //
    //    0: 6          4: 5 6 9             8: 3 6 10     11: 3 6 12
    //    1: 2          5: 4 6 7             9: 2 3 4      12: 11
    //    2: 1 3 6 9    6: 0 2 4 5 7 8 11   10: 7 8
    //    3: 2 8 9 11   7: 5 6 10
    //
    //    12 - 11 ------ 3 ------ 8 - 10      (part of it) the pieces {8, 10} and {11, 12}
    //           \               /     |       are joined only through 3 and 6, which Louvain
    //            `----- 6 -----'      7       (seed 5) places in other communities, but it
    //                                         keeps {8, 10, 11, 12} together: Q = 0.2756.
    //
    // Splitting a disconnected community always raises modularity (the pieces no longer
    // pay for each other's degrees): Leiden, with seeds 1 to 10, finds {8, 10} and {11, 12}
    // apart, Q = 0.3033.
    const Graph g = Graph::from_edges(13, Edges{{0, 6}, {1, 2}, {2, 3}, {2, 6}, {2, 9}, {3, 8}, {3, 9},
                                                {3, 11}, {4, 5}, {4, 6}, {4, 9}, {5, 6}, {5, 7}, {6, 7},
                                                {6, 8}, {6, 11}, {7, 10}, {8, 10}, {11, 12}});
    Louvain louvain(g, false, 5);
    louvain.run();
    CHECK_MESSAGE(disconnected_communities(g, louvain.communities()) == 1,
                  "our Louvain no longer splits a community here: the graph no longer shows what Leiden fixes");
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        Leiden leiden(g, with_seed(seed));
        leiden.run();
        CAPTURE(seed);
        CHECK(disconnected_communities(g, leiden.communities()) == 0);
        CHECK(leiden.communities() == std::vector<std::uint32_t>{0, 1, 1, 1, 0, 0, 0, 0, 2, 1, 2, 3, 3});
        CHECK(leiden.modularity() > louvain.modularity());
    }
}

TEST_CASE("Leiden is deterministic: the same graph and seed give the same communities") {
    const Graph g = planted_partition(8, 12, 0.25, 0.04, 3);
    for (std::uint64_t seed : {1u, 2u, 99u}) {
        Leiden first(g, with_seed(seed)), second(g, with_seed(seed));
        first.run();
        second.run();
        CHECK(first.communities() == second.communities());
        CHECK(first.quality() == second.quality());
        CHECK(first.iterations_run() == second.iterations_run());
    }
}

TEST_CASE("Leiden's modularity and quality are modularity.hpp's and cpm_quality's values of its communities") {
    const Graph g = planted_partition(5, 20, 0.2, 0.02, 11);
    for (double resolution : {0.5, 1.0, 2.0}) {
        Leiden::Options options;
        options.resolution = resolution;
        Leiden leiden(g, options);
        leiden.run();
        CAPTURE(resolution);
        CHECK(leiden.modularity() == ecosys::modularity(g, leiden.communities(), false, resolution));
        CHECK(leiden.quality() == leiden.modularity());
        options.quality = LeidenQuality::cpm;
        options.resolution = resolution / 10.0;
        Leiden cpm(g, options);
        cpm.run();
        CHECK(cpm.quality() == cpm_quality(g, cpm.communities(), false, resolution / 10.0));
        CHECK(cpm.modularity() == ecosys::modularity(g, cpm.communities(), false, 1.0));
    }
}

TEST_CASE("Leiden numbers communities in order of first actor, isolated actors on their own") {
    //   0 - 1 - 2     3     4 - 5     6      (3 and 6 isolated)
    const Graph g = Graph::from_edges(7, Edges{{0, 1}, {1, 2}, {4, 5}});
    Leiden leiden(g);
    leiden.run();
    CHECK(leiden.communities() == std::vector<std::uint32_t>{0, 0, 0, 1, 2, 2, 3});
    CHECK(leiden.count() == 4);

    const Network none = small_network({"a", "b", "c"}, {});
    const Graph h = Graph::from_network(none);
    Leiden alone(h);
    alone.run();
    CHECK(alone.communities() == std::vector<std::uint32_t>{0, 1, 2});
    CHECK(alone.modularity() == 0.0);

    const Graph empty = Graph::from_edges(0, Edges{});
    Leiden nothing(empty);
    nothing.run();
    CHECK(nothing.count() == 0);
    CHECK(nothing.modularity() == 0.0);
}

TEST_CASE("Leiden runs the iterations asked for; 0 runs until one moves nothing") {
    const Graph g = planted_partition(4, 10, 0.4, 0.05, 5);
    Leiden::Options options;
    options.iterations = 2;
    Leiden two(g, options);
    two.run();
    CHECK(two.iterations_run() == 2);
    options.iterations = 0;
    Leiden until_stable(g, options);
    until_stable.run();
    CHECK(until_stable.iterations_run() >= 2);  // the last one moved nothing
    CHECK(until_stable.modularity() >= two.modularity() - 1e-12);
}

TEST_CASE("Leiden rejects a negative resolution or randomness, a directed graph, and results read before run()") {
    const Graph g = Graph::from_edges(2, Edges{{0, 1}});
    Leiden::Options options;
    options.resolution = -1.0;
    CHECK_THROWS_WITH_AS(Leiden(g, options), "leiden: resolution -1 is not allowed; expected a finite number >= 0",
                         UsageError);
    options.resolution = 1.0;
    options.randomness = -0.5;
    CHECK_THROWS_WITH_AS(Leiden(g, options), "leiden: randomness -0.5 is not allowed; expected a finite number >= 0",
                         UsageError);
    Leiden leiden(g);
    CHECK_THROWS_AS(static_cast<void>(leiden.communities()), std::logic_error);

    const Network net = small_network({"a", "b"}, {{"a", "b"}});
    const std::vector<std::size_t> both{0, 1};
    const Graph directed = Graph::directed(net, both);
    CHECK_THROWS_WITH_AS(Leiden(directed, Leiden::Options{}),
                         "leiden: the graph is directed; expected the undirected graph (Graph::from_network)",
                         UsageError);
}
