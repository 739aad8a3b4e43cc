#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <numeric>

#include "ecosys/metrics/betweenness.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::small_network;

TEST_CASE("betweenness of a bow tie: the two centres carry every crossing pair") {
    //   a           e
    //     \       /
    //       c---d
    //     /       \        c lies on a-b and on the 6 pairs {a,b} x {d,e,f}: 7;
    //   b           f      d likewise: 7. Normalised: 7 * 2/((6-1)(6-2)) = 0.7.
    const Network net = small_network({"a", "b", "c", "d", "e", "f"},
                                      {{"a", "c"}, {"b", "c"}, {"c", "d"}, {"d", "e"}, {"d", "f"}});
    const Graph g = Graph::from_network(net);
    Betweenness b(g);
    b.run();
    CHECK(b.scores() == std::vector<double>{0, 0, 7, 7, 0, 0});
    CHECK(b.normalized_scores()[2] == doctest::Approx(0.7));
    CHECK(b.normalized_scores()[3] == doctest::Approx(0.7));
    CHECK(b.normalized_scores()[0] == 0.0);
}

TEST_CASE("betweenness splits a pair's credit over its equally short paths") {
    //   a---b
    //   |   |      b-d has two shortest paths (via a, via c): a and c get 1/2 each;
    //   d---c      likewise a-c for b and d. Normalised: 0.5 * 2/(3*2) = 1/6.
    const Network net = small_network({"a", "b", "c", "d"}, {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "a"}});
    const Graph g = Graph::from_network(net);
    Betweenness b(g);
    b.run();
    for (double s : b.scores()) CHECK(s == doctest::Approx(0.5));
    for (double s : b.normalized_scores()) CHECK(s == doctest::Approx(1.0 / 6.0));
}

TEST_CASE("weighted betweenness: distance is 1/weight, a weight-0 tie is no path") {
    //       b
    //   1 /   \ 1       lengths 1, 1 and 1/0.4 = 2.5: the shortest a-c path runs
    //    a-----c        through b (2 < 2.5), so b gets 1, normalised 1 * 2/(2*1) = 1.
    //      0.4          Unweighted, a-c is direct and b gets 0.
    const Network net = small_network({"a", "b", "c"}, {{"a", "b", 1}, {"b", "c", 1}, {"a", "c", 0.4}});
    const Graph g = Graph::from_network(net);
    Betweenness weighted(g, true);
    weighted.run();
    CHECK(weighted.normalized_scores() == std::vector<double>{0, 1, 0});
    Betweenness unweighted(g);
    unweighted.run();
    CHECK(unweighted.normalized_scores() == std::vector<double>{0, 0, 0});

    //   a --1-- b --0-- c     weighted: c is out of reach, so nobody lies between.
    const Network cut = small_network({"a", "b", "c"}, {{"a", "b", 1}, {"b", "c", 0}});
    const Graph h = Graph::from_network(cut);
    Betweenness w0(h, true);
    w0.run();
    CHECK(w0.scores() == std::vector<double>{0, 0, 0});
    Betweenness u0(h);
    u0.run();
    CHECK(u0.scores() == std::vector<double>{0, 1, 0});
}

TEST_CASE("weighted betweenness counts paths that tie exactly although their floating-point sums differ") {
    //        b              lengths 1/2 + 1/12 = 7/12 via b and 1/3 + 1/4 = 7/12 via c:
    //   2  /   \  12        equally short, but 0.5 + 0.08333 and 0.33333 + 0.25 differ in
    //     a     d --1-- e    the last bit as doubles. Pairs a-d and a-e each split between
    //   3  \   /  4         b and c: b = c = 1/2 + 1/2 = 1; d lies on a-e, b-e, c-e and
    //                        b-c (1/12 + 1/4 = 1/3 < 1/2 + 1/3 through a): 4.
    //        c
    const Network net = small_network({"a", "b", "c", "d", "e"},
                                      {{"a", "b", 2}, {"b", "d", 12}, {"a", "c", 3}, {"c", "d", 4}, {"d", "e", 1}});
    REQUIRE(1.0 / 2 + 1.0 / 12 != 1.0 / 3 + 1.0 / 4);  // the tie really is broken by rounding
    const Graph g = Graph::from_network(net);
    Betweenness b(g, true);
    b.run();
    CHECK(b.scores() == std::vector<double>{0, 1, 1, 4, 0});
}

namespace {

/// An exact rational p/q (q > 0), enough for sums of a few 1/w with small integer w.
struct Fraction {
    std::int64_t p = 0, q = 1;
    static Fraction of(std::int64_t p, std::int64_t q) {
        const std::int64_t g = std::gcd(p, q);
        return {p / g, q / g};
    }
    Fraction operator+(Fraction o) const { return of(p * o.q + o.p * q, q * o.q); }
    Fraction operator*(Fraction o) const { return of(p * o.p, q * o.q); }
    Fraction operator/(Fraction o) const { return of(p * o.q, q * o.p); }
    bool operator==(Fraction o) const { return p == o.p && q == o.q; }
    bool operator<(Fraction o) const { return p * o.q < o.p * q; }
};

/// Betweenness (unnormalised, undirected) from exact rational distances 1/weight, by
/// definition: for every pair s < t and every v on a shortest s-t path, sigma_sv * sigma_vt / sigma_st.
std::vector<double> exact_betweenness(std::size_t n, const std::vector<std::array<int, 3>>& ties) {
    constexpr std::int64_t none = -1;
    std::vector<std::vector<Fraction>> d(n, std::vector<Fraction>(n, Fraction{none, 1}));
    auto reached = [&](std::size_t s, std::size_t t) { return d[s][t].p != none; };
    for (std::size_t v = 0; v < n; ++v) d[v][v] = Fraction{0, 1};
    for (const auto& [u, v, w] : ties) d[u][v] = d[v][u] = Fraction::of(1, w);
    for (std::size_t k = 0; k < n; ++k)  // Floyd-Warshall, exact
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                if (reached(i, k) && reached(k, j) && (!reached(i, j) || d[i][k] + d[k][j] < d[i][j]))
                    d[i][j] = d[i][k] + d[k][j];
    // sigma[s][t]: shortest s-t paths, by increasing distance from s.
    std::vector<std::vector<std::int64_t>> sigma(n, std::vector<std::int64_t>(n, 0));
    for (std::size_t s = 0; s < n; ++s) {
        std::vector<std::size_t> by_distance(n);
        std::iota(by_distance.begin(), by_distance.end(), 0);
        std::sort(by_distance.begin(), by_distance.end(), [&](auto a, auto b) { return d[s][a] < d[s][b]; });
        sigma[s][s] = 1;
        for (std::size_t t : by_distance)
            for (const auto& [u, v, w] : ties)
                for (auto [from, to] : {std::pair<std::size_t, std::size_t>(u, v), {v, u}})
                    if (to == t && from != t && d[s][from] + Fraction::of(1, w) == d[s][t]) sigma[s][t] += sigma[s][from];
    }
    std::vector<double> result(n, 0.0);
    for (std::size_t v = 0; v < n; ++v) {
        Fraction sum;
        for (std::size_t s = 0; s < n; ++s)
            for (std::size_t t = s + 1; t < n; ++t)
                if (v != s && v != t && d[s][v] + d[v][t] == d[s][t])
                    sum = sum + Fraction::of(sigma[s][v] * sigma[v][t], sigma[s][t]);
        result[v] = static_cast<double>(sum.p) / static_cast<double>(sum.q);
    }
    return result;
}

}  // namespace

TEST_CASE("weighted betweenness on weights built to tie equals the exact rational answer") {
    // Eight actors 0..7 and twelve ties (u, v, weight), lengths 1/weight:
    //   0-3 4   0-5 2   0-7 3   1-2 4   1-3 12   2-3 12     e.g. 0 to 2: 0-3-2 = 1/4 + 1/12
    //   2-6 3   2-7 4   3-6 12  4-5 12  4-6 2    5-7 3           = 1/3, and 0-7-2 = 1/3 + 1/4
    // Many pairs have several shortest paths whose lengths are equal as fractions but not as
    // floating-point sums. Compared exactly (as NetworkX does with float weights) 3 got 10.25,
    // 6 got 2.5 and 4 got 1.25; the exact values are 10.5, 3.5 and 2.
    const std::vector<std::array<int, 3>> ties = {{0, 3, 4},  {0, 5, 2},  {0, 7, 3},  {1, 2, 4},
                                                  {1, 3, 12}, {2, 3, 12}, {2, 6, 3},  {2, 7, 4},
                                                  {3, 6, 12}, {4, 5, 12}, {4, 6, 2},  {5, 7, 3}};
    std::vector<test::TieSpec> specs;
    for (const auto& [u, v, w] : ties) specs.push_back({std::to_string(u), std::to_string(v), static_cast<double>(w)});
    const Network net = small_network({"0", "1", "2", "3", "4", "5", "6", "7"}, specs);
    const Graph g = Graph::from_network(net);
    Betweenness b(g, true);
    b.run();
    const std::vector<double> exact = exact_betweenness(8, ties);
    CHECK(exact == std::vector<double>{0, 0, 4, 10.5, 2, 2.5, 3.5, 2.5});  // as NetworkX with Fraction weights
    for (std::size_t v = 0; v < 8; ++v) CHECK(b.scores()[v] == doctest::Approx(exact[v]).epsilon(1e-12));
}

TEST_CASE("betweenness is 0 for graphs of up to two actors") {
    const Network two = small_network({"a", "b"}, {{"a", "b"}});
    const Graph g = Graph::from_network(two);
    Betweenness b(g);
    b.run();
    CHECK(b.normalized_scores() == std::vector<double>{0, 0});
    const Network none = small_network({}, {});
    const Graph e = Graph::from_network(none);
    Betweenness empty(e);
    empty.run();
    CHECK(empty.scores().empty());
}
