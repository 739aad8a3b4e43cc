// Exact betweenness on graphs with twins: actors with the same neighbours (false twins,
// never tied to each other) or the same neighbours and each other (true twins), which
// the unweighted kernel merges into one vertex per class (docs/metrics.md, "Twins").
// Drawn graphs against NetworkX; random graphs with planted twins against a
// straightforward all-pairs count written here.

#include <doctest/doctest.h>

#include <cstdint>
#include <queue>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "ecosys/metrics/betweenness.hpp"
#include "metrics/betweenness_reference.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::check_close;
using test::small_network;

namespace {

/// The network's ties all directed, as drawn.
Network directed_network(std::initializer_list<const char*> ids, std::vector<test::TieSpec> arcs) {
    Network net = small_network(ids, std::move(arcs));
    for (Tie& t : net.ties) t.directed = true;
    return net;
}

std::vector<std::size_t> every_actor(const Network& net) {
    std::vector<std::size_t> out(net.actors.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
    return out;
}

/// A random graph with planted twins: a sparse random base, then copies of some
/// vertices' neighbourhoods (false twins), copies tied to their original (true twins),
/// pendant paths (which degree-1 folding takes away, leaving twins of unequal weight),
/// and isolated actors. Arcs (a, b) with a != b, each pair at most once.
std::vector<std::pair<int, int>> planted_twins(std::mt19937& rng, std::size_t& n, bool directed) {
    const std::size_t base = 12 + rng() % 10;
    std::vector<std::vector<unsigned char>> arc(80, std::vector<unsigned char>(80, 0));
    std::bernoulli_distribution edge(directed ? 0.15 : 0.2);
    for (std::size_t a = 0; a < base; ++a)
        for (std::size_t b = directed ? 0 : a + 1; b < base; ++b)
            if (a != b && edge(rng)) arc[a][b] = 1;
    n = base;
    const auto copy_of = [&](std::size_t v, bool tied) {
        const std::size_t u = n++;
        for (std::size_t w = 0; w < u; ++w) {
            arc[u][w] = arc[v][w];
            arc[w][u] = arc[w][v];
            if (!directed) arc[w][u] = arc[u][w] = arc[v][w] | arc[w][v];
        }
        if (tied) arc[u][v] = arc[v][u] = 1;
    };
    const std::size_t copies = 3 + rng() % 6;
    for (std::size_t i = 0; i < copies; ++i) {
        const std::size_t v = rng() % n;
        const bool tied = rng() % 3 == 0;
        const std::size_t extra = 1 + rng() % 3;  // classes of 2 to 4
        for (std::size_t k = 0; k < extra && n < 70; ++k) copy_of(v, tied);
    }
    const std::size_t pendants = rng() % 4;
    for (std::size_t i = 0; i < pendants && n < 76; ++i) {
        const std::size_t v = rng() % n;
        const std::size_t length = 1 + rng() % 2;
        std::size_t at = v;
        for (std::size_t k = 0; k < length; ++k) {
            const std::size_t u = n++;
            arc[at][u] = 1;
            if (!directed || rng() % 2 == 0) arc[u][at] = 1;
            at = u;
        }
    }
    n += rng() % 3;  // isolated
    std::vector<std::pair<int, int>> arcs;
    for (std::size_t a = 0; a < n; ++a)
        for (std::size_t b = directed ? 0 : a + 1; b < n; ++b)
            if (a != b && (arc[a][b] || (!directed && arc[b][a]))) arcs.emplace_back(static_cast<int>(a), static_cast<int>(b));
    return arcs;
}

}  // namespace

TEST_CASE("twins: betweenness of a complete bipartite graph, both sides classes of false twins") {
    //   a1  a2  a3        every a tied to every b, no other ties. A pair of a's has 4
    //   |\ /|\ /|         shortest paths (one through each b): each b gets 1/4 per pair
    //   b1 b2 b3 b4       of a's, 3 pairs: 0.75; each a gets 1/3 per pair of b's, 6: 2.
    // NetworkX 3.6.1: nx.betweenness_centrality(nx.complete_bipartite_graph(3, 4),
    // normalized=False and True), nodes in this order.
    const Network net = small_network({"a1", "a2", "a3", "b1", "b2", "b3", "b4"},
                                      {{"a1", "b1"}, {"a1", "b2"}, {"a1", "b3"}, {"a1", "b4"},
                                       {"a2", "b1"}, {"a2", "b2"}, {"a2", "b3"}, {"a2", "b4"},
                                       {"a3", "b1"}, {"a3", "b2"}, {"a3", "b3"}, {"a3", "b4"}});
    const Graph g = Graph::from_network(net);
    Betweenness b(g);
    b.run();
    check_close(b.scores(), {2.0, 2.0, 2.0, 0.75, 0.75, 0.75, 0.75});
    check_close(b.normalized_scores(), {0.13333333333333333, 0.13333333333333333, 0.13333333333333333, 0.05, 0.05,
                                        0.05, 0.05});
}

TEST_CASE("twins: a star's leaves are twins, folded away before twins are looked for") {
    //   l1  l2  l3  l4  l5
    //     \  \  |  /  /     the hub lies on all 10 pairs of leaves: 10, normalised 10 / 10 = 1.
    //           h           NetworkX 3.6.1: nx.betweenness_centrality(nx.star_graph(5)).
    const Network net = small_network({"h", "l1", "l2", "l3", "l4", "l5"},
                                      {{"h", "l1"}, {"h", "l2"}, {"h", "l3"}, {"h", "l4"}, {"h", "l5"}});
    const Graph g = Graph::from_network(net);
    Betweenness b(g);
    b.run();
    check_close(b.scores(), {10, 0, 0, 0, 0, 0});
    check_close(b.normalized_scores(), {1, 0, 0, 0, 0, 0});
}

TEST_CASE("twins: false and true twins, twins with hanging trees, isolated twins (undirected)") {
    //   p1 - p                    p, q: false twins on {x, y}; p carries the leaf p1,
    //        q  (p, q -- x, y)       so folded p weighs 2 and q 1.
    //        x ------ y
    //        |        |   (r, s, t -- w, y)   r, s, t: false twins on {w, y}; t carries
    //        |        |   t - t1 - t2         the path t - t1 - t2 (weight 3).
    //        w ------ z
    //          (c, d -- z, w), c - d         c, d: true twins (tied, same other neighbours).
    //   i1  i2  j1 - j2  k1 - k2             isolated: i1, i2, and two pairs that each fold
    //                                        into one vertex of weight 2; all four are
    //                                        false twins with no neighbours.
    // NetworkX 3.6.1: nx.betweenness_centrality(G, normalized=False and True) of this graph
    // (tests' edges as nx.Graph edges, all 20 nodes added first), nodes in this order.
    const Network net = small_network(
        {"x", "y", "z", "w", "p", "q", "p1", "c", "d", "r", "s", "t", "t1", "t2", "i1", "i2", "j1", "j2", "k1", "k2"},
        {{"x", "y"}, {"y", "z"}, {"z", "w"}, {"w", "x"}, {"p", "x"}, {"p", "y"}, {"q", "x"}, {"q", "y"}, {"p", "p1"},
         {"c", "d"}, {"c", "z"}, {"c", "w"}, {"d", "z"}, {"d", "w"}, {"r", "w"}, {"r", "y"}, {"s", "w"}, {"s", "y"},
         {"t", "w"}, {"t", "y"}, {"t", "t1"}, {"t1", "t2"}, {"j1", "j2"}, {"k1", "k2"}});
    const Graph g = Graph::from_network(net);
    for (unsigned threads : {1U, 2U}) {
        Betweenness b(g, false, threads);
        b.run();
        check_close(b.scores(), {7.2, 31.0, 5.2, 24.0, 12.0, 0.0, 0.0, 0.0, 0.0, 0.2, 0.2, 22.2, 12.0, 0.0, 0.0, 0.0, 0.0,
                                 0.0, 0.0, 0.0});
        check_close(b.normalized_scores(),
                    {0.042105263157894736, 0.18128654970760233, 0.0304093567251462, 0.14035087719298245,
                     0.07017543859649122, 0.0, 0.0, 0.0, 0.0, 0.0011695906432748538, 0.0011695906432748538,
                     0.12982456140350876, 0.07017543859649122, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
    }
}

TEST_CASE("twins: directed twins, the pairs inside a class running back through the graph") {
    //   a, b -> x -> y -> a, b     a, b: false twins (out {x}, in {y}); a pair a -> b runs
    //           ^    |             a -> x -> y -> b, three arcs, so x and y lie on it.
    //           |    v             s1, s2, s3: sinks fed by x (twins and leaves); u1, u2:
    //           +--- z             sources feeding y (likewise); m1 <-> m2, both <-> z: true
    //   x -> s1, s2, s3            twins; i1, i2 isolated.
    //   u1, u2 -> y; m1 <-> m2, m1 <-> z, m2 <-> z
    // NetworkX 3.6.1: nx.betweenness_centrality(D, normalized=False and True) of this DiGraph
    // (all 14 nodes added first), nodes in this order; normalised by (n-1)(n-2) = 156.
    const Network net = directed_network(
        {"a", "b", "x", "y", "z", "s1", "s2", "s3", "u1", "u2", "m1", "m2", "i1", "i2"},
        {{"a", "x"}, {"b", "x"}, {"x", "y"}, {"y", "a"}, {"y", "b"}, {"y", "z"}, {"z", "x"}, {"x", "s1"}, {"x", "s2"},
         {"x", "s3"}, {"u1", "y"}, {"u2", "y"}, {"m1", "m2"}, {"m2", "m1"}, {"m1", "z"}, {"m2", "z"}, {"z", "m1"},
         {"z", "m2"}});
    const Graph g = Graph::directed(net, every_actor(net), {});
    REQUIRE(g.is_directed());
    for (unsigned threads : {1U, 2U}) {
        Betweenness b(g, false, threads);
        b.run();
        check_close(b.scores(), {4.0, 4.0, 43.0, 37.0, 29.999999999999996, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        check_close(b.normalized_scores(), {0.02564102564102564, 0.02564102564102564, 0.2756410256410256,
                                            0.23717948717948717, 0.1923076923076923, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    }
}

TEST_CASE("twins: random graphs with planted twins equal betweenness counted by its definition") {
    test::check_random_graphs(29, 60, planted_twins, [](const Graph& g, const std::vector<double>& want, bool directed) {
        const std::size_t n = g.vertex_count();
        Betweenness b(g, false, 2);
        b.run();
        check_close(b.scores(), want);
        // Normalised as the code says: 2 / ((n-1)(n-2)) undirected, 1 / ((n-1)(n-2)) directed.
        std::vector<double> normalized(n);
        for (std::size_t v = 0; v < n; ++v)
            normalized[v] = want[v] * (directed ? 1.0 : 2.0) / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
        check_close(b.normalized_scores(), normalized);
        // The weighted search (Dijkstra, no folding, no twins) on these weight-1 ties too.
        Betweenness w(g, true, 1);
        w.run();
        check_close(w.scores(), want);
    });
}
