#pragma once
// Betweenness counted by its definition, for the random-graph tests of the fast search
// (betweenness_search_test.cpp, betweenness_twins_test.cpp), and the graphs they draw.

#include <doctest/doctest.h>

#include <cstddef>
#include <numeric>
#include <queue>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "metrics/small_network.hpp"

namespace ecosys::test {

/// Each value within 1e-12 relative of the one wanted.
inline void check_close(const std::vector<double>& got, const std::vector<double>& want) {
    REQUIRE(got.size() == want.size());
    for (std::size_t v = 0; v < got.size(); ++v) {
        INFO("vertex ", v);
        CHECK(got[v] == doctest::Approx(want[v]).epsilon(1e-12));
    }
}

/// Betweenness by its definition, not by Brandes' recursion: all-pairs BFS distances d
/// and path counts c, then v gets c(s,v) c(v,t) / c(s,t) from every ordered pair s != t
/// with d(s,v) + d(v,t) = d(s,t); halved when undirected. `arcs` are pairs of vertices
/// 0 .. n-1 (ties both ways unless `directed`).
template <class Index>
std::vector<double> betweenness_by_definition(std::size_t n, const std::vector<std::pair<Index, Index>>& arcs,
                                              bool directed) {
    std::vector<std::vector<std::size_t>> out(n);
    for (auto [a, b] : arcs) {
        out[static_cast<std::size_t>(a)].push_back(static_cast<std::size_t>(b));
        if (!directed) out[static_cast<std::size_t>(b)].push_back(static_cast<std::size_t>(a));
    }
    std::vector<std::vector<long>> d(n, std::vector<long>(n, -1));
    std::vector<std::vector<double>> c(n, std::vector<double>(n, 0.0));
    for (std::size_t s = 0; s < n; ++s) {
        std::queue<std::size_t> q;
        d[s][s] = 0;
        c[s][s] = 1;
        q.push(s);
        while (!q.empty()) {
            const std::size_t v = q.front();
            q.pop();
            for (std::size_t w : out[v]) {
                if (d[s][w] < 0) {
                    d[s][w] = d[s][v] + 1;
                    q.push(w);
                }
                if (d[s][w] == d[s][v] + 1) c[s][w] += c[s][v];
            }
        }
    }
    std::vector<double> b(n, 0.0);
    for (std::size_t s = 0; s < n; ++s)
        for (std::size_t t = 0; t < n; ++t) {
            if (s == t || d[s][t] < 0) continue;
            for (std::size_t v = 0; v < n; ++v)
                if (v != s && v != t && d[s][v] >= 0 && d[v][t] >= 0 && d[s][v] + d[v][t] == d[s][t])
                    b[v] += c[s][v] * c[v][t] / c[s][t];
        }
    if (!directed)
        for (double& x : b) x /= 2.0;
    return b;
}

/// The graph of `arcs` on vertices 0 .. n-1: directed, actors v0 .. v(n-1) tied by
/// directed ties as drawn; undirected, the edges themselves.
template <class Index>
Graph graph_of_arcs(std::size_t n, const std::vector<std::pair<Index, Index>>& arcs, bool directed) {
    if (!directed) {
        std::vector<std::pair<Graph::Vertex, Graph::Vertex>> edges;
        for (auto [a, b] : arcs) edges.emplace_back(static_cast<Graph::Vertex>(a), static_cast<Graph::Vertex>(b));
        return Graph::from_edges(n, edges);
    }
    std::vector<ActorSpec> actors;
    for (std::size_t v = 0; v < n; ++v) actors.push_back({"v" + std::to_string(v)});
    std::vector<TieSpec> ties;
    for (auto [a, b] : arcs) ties.push_back({"v" + std::to_string(a), "v" + std::to_string(b)});
    Network net = regional_network(std::move(actors), std::move(ties));
    for (Tie& t : net.ties) t.directed = true;
    std::vector<std::size_t> all(n);
    std::iota(all.begin(), all.end(), std::size_t{0});
    return Graph::directed(net, all, {});
}

/// Draws `rounds` random graphs from std::mt19937(seed), by draw(rng, n, directed)
/// (which sets n and returns the arcs), directed every other round, and hands each
/// graph with its betweenness by definition to check(g, want, directed).
template <class Draw, class Check>
void check_random_graphs(std::mt19937::result_type seed, int rounds, Draw draw, Check check) {
    std::mt19937 rng(seed);
    for (int round = 0; round < rounds; ++round) {
        const bool directed = round % 2 == 1;
        std::size_t n = 0;
        const auto arcs = draw(rng, n, directed);
        CAPTURE(round);
        CAPTURE(n);
        const std::vector<double> want = betweenness_by_definition(n, arcs, directed);
        const Graph g = graph_of_arcs(n, arcs, directed);
        REQUIRE(g.vertex_count() == n);
        check(g, want, directed);
    }
}

}  // namespace ecosys::test
