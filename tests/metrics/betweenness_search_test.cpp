// The unweighted betweenness search (issue 29): the merged core renumbered breadth-first,
// one connected component after another, and the direction-optimizing search (a level
// reached top-down from the frontier's arcs or bottom-up from the arcs into the unreached
// vertices, whichever are fewer; docs/metrics.md, "Implementation"). Drawn graphs against
// NetworkX; random graphs whose components are interleaved in the actors' order against
// betweenness counted from its definition over all pairs.

#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
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

/// Several random components (a random spanning tree plus random chords, some with a
/// pendant path, dense or sparse), a few isolated actors, and then every actor given a
/// random id, so that the components interleave in the actors' order. Directed: each
/// tie one way or both.
std::vector<std::pair<std::size_t, std::size_t>> interleaved_components(std::mt19937& rng, std::size_t& n,
                                                                         bool directed) {
    std::vector<std::pair<std::size_t, std::size_t>> ties;
    n = 0;
    const std::size_t components = 1 + rng() % 4;
    for (std::size_t k = 0; k < components; ++k) {
        const std::size_t size = 2 + rng() % 60;
        const std::size_t first = n;
        n += size;
        std::vector<std::vector<unsigned char>> tied(size, std::vector<unsigned char>(size, 0));
        for (std::size_t v = 1; v < size; ++v) {
            const std::size_t u = rng() % v;
            tied[u][v] = tied[v][u] = 1;
        }
        const double density = (rng() % 2 == 0) ? 0.02 : 0.25;
        std::bernoulli_distribution chord(density);
        for (std::size_t a = 0; a < size; ++a)
            for (std::size_t b = a + 1; b < size; ++b)
                if (chord(rng)) tied[a][b] = tied[b][a] = 1;
        for (std::size_t a = 0; a < size; ++a)
            for (std::size_t b = a + 1; b < size; ++b)
                if (tied[a][b]) ties.emplace_back(first + a, first + b);
        if (rng() % 2 == 0) {  // a pendant path of 1 to 3 actors
            std::size_t at = first + rng() % size;
            for (std::size_t i = 0, length = 1 + rng() % 3; i < length; ++i) {
                ties.emplace_back(at, n);
                at = n++;
            }
        }
    }
    n += rng() % 3;  // isolated
    std::vector<std::size_t> id(n);
    std::iota(id.begin(), id.end(), std::size_t{0});
    std::shuffle(id.begin(), id.end(), rng);
    std::vector<std::pair<std::size_t, std::size_t>> arcs;
    for (auto [a, b] : ties) {
        const std::size_t x = id[a], y = id[b];
        if (!directed) {
            arcs.emplace_back(std::min(x, y), std::max(x, y));
            continue;
        }
        const unsigned way = static_cast<unsigned>(rng() % 3);  // x -> y, y -> x, or both
        if (way != 1) arcs.emplace_back(x, y);
        if (way != 0) arcs.emplace_back(y, x);
    }
    std::sort(arcs.begin(), arcs.end());
    return arcs;
}

}  // namespace

TEST_CASE("betweenness search: a wheel reached bottom-up, and a cycle with twins, interleaved") {
    //        r1 - r2            wheel: hub h tied to the rim r1..r6, a cycle; from a rim
    //       / \  / \            source the second step has more arcs at its frontier (h, two
    //     r6 - h -- r3 - p      rim neighbours: 12) than left unreached (9), so it runs
    //       \ /  \ /            bottom-up. p hangs off r3 (folded, r3 weighs 2).
    //        r5 - r4
    //   c1 - c2 - c3 - c4 - c5 - c1, and x tied to c1 and c3: x and c2 are false twins.
    //   i isolated. The actors interleave the components, so the renumbering moves them.
    // NetworkX 2.8.8: nx.betweenness_centrality(G, normalized=False and True), all 15
    // nodes added first in this order.
    const Network net = small_network(
        {"c1", "h", "r1", "c2", "r2", "i", "r3", "c3", "r4", "x", "r5", "c4", "r6", "c5", "p"},
        {{"h", "r1"}, {"h", "r2"}, {"h", "r3"}, {"h", "r4"}, {"h", "r5"}, {"h", "r6"}, {"r1", "r2"}, {"r2", "r3"},
         {"r3", "r4"}, {"r4", "r5"}, {"r5", "r6"}, {"r6", "r1"}, {"r3", "p"}, {"c1", "c2"}, {"c2", "c3"},
         {"c3", "c4"}, {"c4", "c5"}, {"c5", "c1"}, {"x", "c1"}, {"x", "c3"}});
    const Graph g = Graph::from_network(net);
    for (unsigned threads : {1U, 2U}) {
        Betweenness b(g, false, threads);
        b.run();
        check_close(b.scores(), {2.5, 8.0, 0.5, 0.5, 1.0, 0.0, 6.5, 2.5, 1.0, 0.5, 0.5, 1.0, 0.5, 1.0, 0.0});
        check_close(b.normalized_scores(),
                    {0.027472527472527476, 0.08791208791208792, 0.005494505494505495, 0.005494505494505495,
                     0.01098901098901099, 0.0, 0.07142857142857144, 0.027472527472527476, 0.01098901098901099,
                     0.005494505494505495, 0.005494505494505495, 0.01098901098901099, 0.005494505494505495,
                     0.01098901098901099, 0.0});
    }
}

TEST_CASE("betweenness search: directed levels reached bottom-up through the in-lists") {
    //  h -> r1..r6, t1, t2          hub h with arcs out to the rim and to t1, t2;
    //  r1, r3, r5 -> h              arcs back from every other rim actor;
    //  r1 -> r2 -> r3 -> r4 -> r5 -> r6 -> r1, and r2 -> r1, r4 -> r3;
    //  t1, t2 -> r4                 t1 and t2 are false twins (same in- and out-lists);
    //  z -> h                       z is reached from nobody; i is isolated.
    // With t1 and t2 merged into one vertex: from r2, level 2 (h, r4) has 9 arcs out and
    // 5 arcs lead into the actors left, so level 3 (t1, r5, r6) is reached bottom-up
    // through the arcs into them; from t1, level 4 (r1, r2 and the echo t2) likewise
    // (level 3, h and r6, has 8 arcs out, 6 in).
    // The actors interleave in the order below.
    // NetworkX 2.8.8: nx.betweenness_centrality(G, normalized=False and True), G a DiGraph
    // with the 11 nodes added first in this order.
    const std::vector<std::string> ids{"r3", "t1", "h", "z", "r1", "i", "r5", "r2", "t2", "r6", "r4"};
    const auto at = [&](const char* id) {
        return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
    };
    std::vector<std::pair<std::size_t, std::size_t>> arcs;
    for (auto [a, b] : std::vector<std::pair<const char*, const char*>>{
             {"h", "r1"}, {"h", "r2"}, {"h", "r3"}, {"h", "r4"}, {"h", "r5"}, {"h", "r6"}, {"h", "t1"}, {"h", "t2"},
             {"r1", "h"}, {"r3", "h"}, {"r5", "h"}, {"r1", "r2"}, {"r2", "r3"}, {"r3", "r4"}, {"r4", "r5"},
             {"r5", "r6"}, {"r6", "r1"}, {"r2", "r1"}, {"r4", "r3"}, {"t1", "r4"}, {"t2", "r4"}, {"z", "h"}})
        arcs.emplace_back(at(a), at(b));
    const Graph g = test::graph_of_arcs(ids.size(), arcs, true);
    for (unsigned threads : {1U, 2U}) {
        Betweenness b(g, false, threads);
        b.run();
        check_close(b.scores(), {9.666666666666664, 0.0, 41.666666666666664, 0.0, 9.333333333333332, 0.0, 10.0, 1.0,
                                 0.0, 1.4999999999999998, 14.833333333333332});
        check_close(b.normalized_scores(),
                    {0.10740740740740738, 0.0, 0.46296296296296297, 0.0, 0.1037037037037037, 0.0, 0.11111111111111112,
                     0.011111111111111112, 0.0, 0.016666666666666666, 0.1648148148148148});
    }
}

TEST_CASE("betweenness search: random graphs with interleaved components equal betweenness by definition") {
    test::check_random_graphs(2029, 80, interleaved_components, [](const Graph& g, const std::vector<double>& want, bool) {
        for (unsigned threads : {1U, 2U}) {
            Betweenness b(g, false, threads);
            b.run();
            check_close(b.scores(), want);
        }
    });
}
