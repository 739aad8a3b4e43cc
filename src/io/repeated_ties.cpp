#include "io/repeated_ties.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace ecosys::detail {

namespace {

/// A kept tie as the fields that make two ties the same, plus its index.
struct TieFields {
    std::uint32_t second_end;  // the first end is the bucket it sits in
    std::uint32_t type;        // the type's number, in order of first appearance
    std::int64_t year;         // the year, or below every int when none is given
    std::uint32_t tie;         // index into net.ties
    bool directed;

    [[nodiscard]] auto same_as() const { return std::tie(second_end, type, year, directed); }
};

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> repeated_ties(const Network& net, const std::vector<std::size_t>& kept) {
    std::vector<std::pair<std::size_t, std::size_t>> repeats;
    if (kept.size() < 2) return repeats;

    // Types as small numbers; a run of ties of one type costs one comparison each.
    std::unordered_map<std::string_view, std::uint32_t> type_number;
    std::string_view last_type;
    std::uint32_t last_number = 0;
    auto number_of = [&](std::string_view type) {
        if (!type_number.empty() && type == last_type) return last_number;
        const auto [it, fresh] = type_number.emplace(type, static_cast<std::uint32_t>(type_number.size()));
        last_type = type;
        last_number = it->second;
        return last_number;
    };

    // Counting sort by the first end (the smaller actor of an undirected tie).
    const std::size_t actors = net.actors.size();
    std::vector<std::uint32_t> start(actors + 1, 0);
    auto ends = [&](const Tie& t) {
        const bool ordered = t.directed || t.source < t.target;
        return std::pair{ordered ? t.source : t.target, ordered ? t.target : t.source};
    };
    for (const std::size_t i : kept) ++start[ends(net.ties[i]).first + 1];
    for (std::size_t a = 0; a < actors; ++a) start[a + 1] += start[a];
    std::vector<TieFields> sorted(kept.size());
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (const std::size_t i : kept) {  // ascending, so each bucket stays in tie order
        const Tie& t = net.ties[i];
        const auto [first, second] = ends(t);
        sorted[next[first]++] = {static_cast<std::uint32_t>(second), number_of(t.type),
                                 t.year ? std::int64_t{*t.year} : std::numeric_limits<std::int64_t>::min(),
                                 static_cast<std::uint32_t>(i), t.directed};
    }

    // Within an actor's bucket, equal fields sit together, the earliest tie first.
    for (std::size_t a = 0; a < actors; ++a) {
        const auto begin = sorted.begin() + start[a], end = sorted.begin() + start[a + 1];
        if (end - begin < 2) continue;
        std::stable_sort(begin, end, [](const TieFields& x, const TieFields& y) { return x.same_as() < y.same_as(); });
        for (auto first = begin; first != end;) {
            auto last = first + 1;
            for (; last != end && last->same_as() == first->same_as(); ++last) repeats.emplace_back(last->tie, first->tie);
            first = last;
        }
    }
    std::sort(repeats.begin(), repeats.end());
    return repeats;
}

}  // namespace ecosys::detail
