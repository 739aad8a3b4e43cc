#pragma once
// Private: breadth-first hop distances from one actor, for the analyses that run a few
// single-source searches of their own (the distances of matching and of link evaluation).

#include <algorithm>
#include <cstddef>
#include <vector>

#include "ecosys/graph/graph.hpp"

namespace ecosys::detail {

/// What hop_distances leaves for an actor it does not reach (std::string::npos too).
inline constexpr std::size_t unreached_hops = static_cast<std::size_t>(-1);

/// dist[v] = ties on a shortest path from s to v, unreached_hops when there is none
/// (dist holds one entry per vertex). `queue` is scratch; it ends holding the reached
/// vertices in order of distance. O(reached vertices + their ties).
inline void hop_distances(const Graph& g, Graph::Vertex s, std::vector<std::size_t>& dist, std::vector<Graph::Vertex>& queue) {
    std::fill(dist.begin(), dist.end(), unreached_hops);
    queue.clear();
    dist[s] = 0;
    queue.push_back(s);
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const Graph::Vertex v = queue[head];
        for (Graph::Vertex w : g.neighbours(v))
            if (dist[w] == unreached_hops) {
                dist[w] = dist[v] + 1;
                queue.push_back(w);
            }
    }
}

}  // namespace ecosys::detail
