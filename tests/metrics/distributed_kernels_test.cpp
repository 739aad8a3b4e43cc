// The exact path metrics shared among several processes (ecosys/distribution.hpp),
// with the processes played by threads of this test: every "process" runs the same
// algorithm on the same graph and takes its share of the sources; the results
// must be the hand-worked values, as with one process.

#include <doctest/doctest.h>

#include <algorithm>
#include <barrier>
#include <functional>
#include <thread>

#include "thread_processes.hpp"
#include "ecosys/distribution.hpp"
#include "ecosys/metrics/betweenness.hpp"
#include "ecosys/metrics/closeness.hpp"
#include "ecosys/metrics/harmonic.hpp"
#include "ecosys/metrics/key_players.hpp"
#include "metrics/shared_sources.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

namespace {

using test::ThreadGroup;
using test::ThreadProcess;

/// Runs body(process) as `size` processes at once; returns what each recorded.
std::vector<std::vector<Distribution::Step>> run_as(unsigned size, const std::function<void(Distribution&)>& body) {
    ThreadGroup group(size);
    std::vector<ThreadProcess> processes;
    for (unsigned r = 0; r < size; ++r) processes.emplace_back(group, r);
    std::vector<std::thread> threads;
    for (unsigned r = 0; r < size; ++r) threads.emplace_back([&, r] { body(processes[r]); });
    for (auto& t : threads) t.join();
    std::vector<std::vector<Distribution::Step>> steps;
    for (const auto& p : processes) steps.push_back(p.steps());
    return steps;
}

}  // namespace

TEST_CASE("cost_share cuts the running cost into nearly equal contiguous ranges") {
    // costs 1 1 1 1 10 1 1 (total 16) in 2: cutting after 4 items gives 4 | 12,
    // after 5 items 14 | 2; 4 is nearer the half (8), so [0,4) and [4,7).
    const std::vector<double> cost{1, 1, 1, 1, 10, 1, 1};
    CHECK(cost_share(cost, 0, 2) == std::pair<std::size_t, std::size_t>{0, 4});
    CHECK(cost_share(cost, 1, 2) == std::pair<std::size_t, std::size_t>{4, 7});
    CHECK(cost_share(cost, 0, 1) == std::pair<std::size_t, std::size_t>{0, 7});
    // Equal costs in 3: 2 + 2 + 2.
    const std::vector<double> even(6, 1.0);
    CHECK(cost_share(even, 0, 3) == std::pair<std::size_t, std::size_t>{0, 2});
    CHECK(cost_share(even, 1, 3) == std::pair<std::size_t, std::size_t>{2, 4});
    CHECK(cost_share(even, 2, 3) == std::pair<std::size_t, std::size_t>{4, 6});
    // More processes than items: every item once, some ranges empty.
    std::size_t covered = 0;
    for (unsigned r = 0; r < 5; ++r) {
        const auto [first, last] = cost_share(std::vector<double>{3, 3}, r, 5);
        CHECK(first <= last);
        CHECK(first == covered);
        covered = last;
    }
    CHECK(covered == 2);
}

TEST_CASE("component_costs: a search from v visits its component's vertices and edge ends") {
    //   a---b---c    d      {a,b,c}: 3 vertices + 4 edge ends = 7; d alone: 1.
    const Network net = small_network({"a", "b", "c", "d"}, {{"a", "b"}, {"b", "c"}});
    const Graph g = Graph::from_network(net);
    CHECK(detail::component_costs(g.offsets(), g.targets()) == std::vector<double>{7, 7, 7, 1});
}

TEST_CASE("betweenness, closeness and harmonic shared among 1 to 4 processes give the one-process values") {
    //   a           e
    //     \       /           plus a separate triangle x-y-z and a lone w.
    //       c---d             Betweenness: c and d 7 each (bow tie), the rest 0.
    //     /       \           Closeness of c (n = 10, reaches 5 others at total
    //   b           f         distance 1+1+1+2+2 = 7): (5/7)*(5/9) = 25/63.
    //                         Harmonic of c: (1+1+1+1/2+1/2)/9 = 4/9.
    const Network net = small_network({"a", "b", "c", "d", "e", "f", "x", "y", "z", "w"},
                                      {{"a", "c"}, {"b", "c"}, {"c", "d"}, {"d", "e"}, {"d", "f"},
                                       {"x", "y"}, {"y", "z"}, {"z", "x"}});
    const Graph g = Graph::from_network(net);
    for (bool weighted : {false, true}) {
        for (unsigned processes : {1u, 2u, 3u, 4u}) {
            CAPTURE(weighted);
            CAPTURE(processes);
            std::vector<std::vector<double>> betweenness(processes), closeness(processes), harmonic(processes);
            const auto steps = run_as(processes, [&](Distribution& d) {
                Betweenness b(g, weighted, 1);
                Closeness c(g, weighted, 1);
                Harmonic h(g, weighted, 1);
                for (Algorithm* a : std::initializer_list<Algorithm*>{&b, &c, &h}) {
                    a->set_distribution(&d);
                    a->run();
                }
                betweenness[d.rank()] = b.scores();
                closeness[d.rank()] = c.scores();
                harmonic[d.rank()] = h.scores();
            });
            for (unsigned r = 0; r < processes; ++r) {
                CHECK(betweenness[r] == std::vector<double>{0, 0, 7, 7, 0, 0, 0, 0, 0, 0});
                CHECK(closeness[r][2] == doctest::Approx(25.0 / 63.0));
                CHECK(closeness[r][9] == 0.0);
                CHECK(harmonic[r][2] == doctest::Approx(4.0 / 9.0));
                CHECK(harmonic[r][6] == doctest::Approx(2.0 / 9.0));
                CHECK(closeness[r] == closeness[0]);
                CHECK(harmonic[r] == harmonic[0]);
            }
            if (processes == 1) continue;  // one process shares nothing and records nothing
            // Each process recorded the three steps, and their shares cover every source once.
            std::size_t items = 0;
            for (const auto& s : steps) {
                REQUIRE(s.size() == 3);
                CHECK(s[0].name == "betweenness");
                items += s[0].items;
            }
            CHECK(items == steps[0][0].total_items);
        }
    }
}

TEST_CASE("key-player restarts shared among 1 to 3 processes give the one-process answer") {
    // A path of 40 vertices with a chord from each i to 7i mod 40: some removals split,
    // many tie. Greedy and swaps from 7 starts (exact search off), each process taking a
    // contiguous share of them; the set, its score, the restarts' ends and the bound (for
    // reach from the greedy set's value, found by whichever process ran restart 0) must be
    // those of one process, to the bit.
    std::vector<std::pair<Graph::Vertex, Graph::Vertex>> edges;
    for (Graph::Vertex i = 0; i + 1 < 40; ++i) edges.emplace_back(i, i + 1);
    for (Graph::Vertex i = 2; i < 40; ++i) {
        const Graph::Vertex j = i * 7 % 40;
        if (j + 1 != i && i + 1 != j && j != i) edges.emplace_back(std::min(i, j), std::max(i, j));
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    const Graph g = Graph::from_edges(40, edges);
    for (auto goal : {KeyPlayerGoal::fragment, KeyPlayerGoal::reach}) {
        KeyPlayerOptions o;
        o.k = 3;
        o.goal = goal;
        o.exact_limit = 0;
        o.restarts = 7;
        o.seed = 5;
        KeyPlayers alone(g, o);
        alone.run();
        for (unsigned processes : {2u, 3u}) {
            CAPTURE(processes);
            std::vector<std::vector<Graph::Vertex>> sets(processes);
            std::vector<std::vector<double>> numbers(processes);
            run_as(processes, [&](Distribution& d) {
                KeyPlayers kp(g, o);
                kp.set_distribution(&d);
                kp.run();
                sets[d.rank()] = kp.set();
                numbers[d.rank()] = {kp.score(), kp.worst_restart_score(), kp.upper_bound(),
                                     static_cast<double>(kp.restarts_at_best())};
            });
            for (unsigned r = 0; r < processes; ++r) {
                CHECK(sets[r] == alone.set());
                CHECK(numbers[r] == std::vector<double>{alone.score(), alone.worst_restart_score(), alone.upper_bound(),
                                                        static_cast<double>(alone.restarts_at_best())});
            }
        }
    }
}
