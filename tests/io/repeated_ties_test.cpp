#include <doctest/doctest.h>

#include <cstddef>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "io/repeated_ties.hpp"
#include "model/drawn_tie.hpp"

using ecosys::Network;
using ecosys::Tie;
using ecosys::detail::repeated_ties;
using Repeats = std::vector<std::pair<std::size_t, std::size_t>>;

namespace {

Network drawn(std::size_t actors, const std::vector<Tie>& ties) {
    Network net;
    for (std::size_t i = 0; i < actors; ++i) net.actors.push_back({"a" + std::to_string(i), "", "industry"});
    net.ties = ties;
    return net;
}

Tie tie(std::size_t s, std::size_t t, std::string type = "tie", std::optional<int> year = {}, bool directed = false) {
    return ecosys::test::tie(s, t, std::move(type), 1.0, year, directed);
}

std::vector<std::size_t> all(const Network& net) {
    std::vector<std::size_t> v(net.ties.size());
    for (std::size_t i = 0; i < v.size(); ++i) v[i] = i;
    return v;
}

}  // namespace

// Ties 0..8 over actors 0..3:
//   0: 0-1            1: 1-0 (undirected: the same pair)  -> repeats 0
//   2: 0->1 directed  3: 1->0 directed (other direction)  4: 0->1 directed -> repeats 2
//   5: 0-1 "grant"    6: 0-1 year 2020   7: 0-1 year 2020 -> repeats 6
//   8: 2-3            9: 0-1              -> repeats 0 (the first, not 1)
TEST_CASE("repeated ties: same ends (either order unless directed), direction, type and year; each to the first") {
    const Network net = drawn(4, {tie(0, 1), tie(1, 0), tie(0, 1, "tie", {}, true), tie(1, 0, "tie", {}, true),
                                  tie(0, 1, "tie", {}, true), tie(0, 1, "grant"), tie(0, 1, "tie", 2020),
                                  tie(0, 1, "tie", 2020), tie(2, 3), tie(0, 1)});
    CHECK(repeated_ties(net, all(net)) == Repeats{{1, 0}, {4, 2}, {7, 6}, {9, 0}});
    // Only the kept ties count: without tie 0, tie 1 is the first of its pair.
    CHECK(repeated_ties(net, {1, 2, 4, 8, 9}) == Repeats{{4, 2}, {9, 1}});
    CHECK(repeated_ties(net, {}).empty());
    // A year 0 is a year, not "none".
    const Network years = drawn(2, {tie(0, 1, "tie", 0), tie(0, 1), tie(1, 0, "tie", 0)});
    CHECK(repeated_ties(years, all(years)) == Repeats{{2, 0}});
}

// Against the definition read literally: tie j repeats the smallest i < j that is the same.
TEST_CASE("repeated ties: equal to the pairwise definition on random multigraphs") {
    std::mt19937 random(7);
    for (int round = 0; round < 50; ++round) {
        const std::size_t n = 1 + random() % 6;
        std::vector<Tie> ties;
        const std::size_t m = random() % 40;
        for (std::size_t k = 0; k < m; ++k) {
            std::optional<int> year;
            if (random() % 2) year = 2019 + static_cast<int>(random() % 2);
            ties.push_back(tie(random() % n, random() % n, random() % 3 ? "tie" : "grant", year, random() % 3 == 0));
        }
        const Network net = drawn(n, ties);
        std::vector<std::size_t> kept;
        for (std::size_t i = 0; i < m; ++i)
            if (random() % 5) kept.push_back(i);
        auto same = [&](const Tie& x, const Tie& y) {
            const bool ends = x.source == y.source && x.target == y.target;
            const bool swapped = x.source == y.target && x.target == y.source;
            return x.directed == y.directed && x.type == y.type && x.year == y.year && (ends || (!x.directed && swapped));
        };
        Repeats expected;
        for (std::size_t b = 0; b < kept.size(); ++b)
            for (std::size_t a = 0; a < b; ++a)
                if (same(net.ties[kept[a]], net.ties[kept[b]])) {
                    expected.emplace_back(kept[b], kept[a]);
                    break;
                }
        CHECK(repeated_ties(net, kept) == expected);
    }
}
