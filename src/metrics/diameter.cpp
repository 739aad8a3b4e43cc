#include "ecosys/metrics/diameter.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "ecosys/metrics/components.hpp"
#include "metrics/multi_source_bfs.hpp"

namespace ecosys {

void Diameter::run() {
    diameter_ = component_size_ = searches_ = 0;
    const std::size_t n = graph_.vertex_count();
    Components components(graph_);
    components.run();
    using Vertex = Graph::Vertex;
    std::vector<Vertex> candidates = components.largest_members();  // actors of the component that may still change a bound
    component_size_ = candidates.size();
    if (component_size_ < 2) {
        has_run_ = true;
        return;
    }

    constexpr std::uint32_t unseen = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> lower(n, 0), upper(n, unseen), distance(n, unseen);
    std::vector<Vertex> queue(component_size_);

    // Breadth-first search from s: distance[] and the eccentricity of s.
    auto search = [&](Vertex s) {
        ++searches_;
        std::fill(distance.begin(), distance.end(), unseen);  // O(n): as cheap as the search itself
        std::size_t head = 0, tail = 0;
        queue[tail++] = s;
        distance[s] = 0;
        while (head < tail) {
            const Vertex v = queue[head++];
            const std::uint32_t next = distance[v] + 1;
            for (Vertex w : graph_.neighbours(v)) {
                if (distance[w] != unseen) continue;
                distance[w] = next;
                queue[tail++] = w;
            }
        }
        return distance[queue[tail - 1]];
    };

    std::uint32_t low = 0;        // the largest eccentricity found: a lower bound of the diameter
    std::uint32_t high = unseen;  // the smallest 2 e(v) found: an upper bound of the diameter
    // Drops the actors that can no longer raise the lower bound.
    auto prune = [&] {
        std::erase_if(candidates, [&](Vertex w) { return upper[w] <= low; });
    };

    // 1. One search at a time, each tightening every actor's bounds, while a search
    //    removes at least as many candidates as a multi-source search settles.
    constexpr std::size_t width = detail::MultiSourceBfs::width;
    bool peripheral_turn = true;
    while (!candidates.empty() && low < high) {
        // Alternately the candidate with the largest upper bound (ties: the larger lower
        // bound, i.e. the farther from the actors searched so far) and the one with the
        // smallest lower bound (ties: the higher degree); then the lower vertex id.
        Vertex pick = candidates.front();
        for (Vertex v : candidates) {
            const bool better =
                peripheral_turn
                    ? upper[v] > upper[pick] || (upper[v] == upper[pick] && (lower[v] > lower[pick] ||
                                                     (lower[v] == lower[pick] && graph_.degree(v) > graph_.degree(pick))))
                    : lower[v] < lower[pick] || (lower[v] == lower[pick] && graph_.degree(v) > graph_.degree(pick));
            if (better) pick = v;
        }
        peripheral_turn = !peripheral_turn;
        const std::uint32_t e = search(pick);
        low = std::max(low, e);
        high = std::min(high, 2 * e);
        lower[pick] = upper[pick] = e;
        const std::size_t before = candidates.size();
        for (Vertex w : candidates) {
            const std::uint32_t d = distance[w];
            lower[w] = std::max({lower[w], d, e - d});
            upper[w] = std::min(upper[w], e + d);
        }
        upper[pick] = 0;  // searched: its eccentricity is in `low` already
        prune();
        if (searches_ >= 4 && before - candidates.size() < width) break;
    }

    // 2. The eccentricities of the remaining candidates, 64 at a time by one multi-source
    //    search each, the most promising (largest lower bound) first.
    if (!candidates.empty() && low < high) {
        std::sort(candidates.begin(), candidates.end(), [&](Vertex a, Vertex b) {
            return lower[a] != lower[b] ? lower[a] > lower[b] : a < b;
        });
        detail::MultiSourceBfs batch_search(graph_);
        std::vector<detail::DistanceSums> sums(width);
        std::size_t begin = 0;
        while (begin < candidates.size() && low < high) {
            const std::size_t count = std::min(width, candidates.size() - begin);
            batch_search.run(std::span(candidates).subspan(begin, count), sums);
            ++searches_;
            for (std::size_t i = 0; i < count; ++i) low = std::max(low, sums[i].farthest);
            begin += count;
            // Those left that can no longer raise the lower bound need no search.
            const auto rest = std::remove_if(candidates.begin() + static_cast<std::ptrdiff_t>(begin), candidates.end(),
                                             [&](Vertex w) { return upper[w] <= low; });
            candidates.erase(rest, candidates.end());
        }
    }
    diameter_ = low;
    has_run_ = true;
}

double Diameter::diameter() const {
    assure_finished();
    return static_cast<double>(diameter_);
}

std::size_t Diameter::component_size() const {
    assure_finished();
    return component_size_;
}

std::size_t Diameter::searches() const {
    assure_finished();
    return searches_;
}

}  // namespace ecosys
