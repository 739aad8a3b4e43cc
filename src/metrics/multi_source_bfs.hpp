#pragma once
// Private: breadth-first search from up to 64 sources at once, one bit per source
// (multi-source BFS), for the unweighted distance sums of closeness, harmonic and
// the path lengths. Each level costs one pass over the frontier's edges (top-down)
// or over the unfinished vertices' edges (bottom-up, when the frontier is large), for
// all 64 searches together, so on small-world networks a source costs a fraction of
// a plain BFS. M. Then et al. (2014), The more the merrier: efficient multi-source
// graph traversal, PVLDB 8(4); S. Beamer et al. (2012), Direction-optimizing BFS, SC.

#include <cstdint>
#include <span>
#include <vector>

#include "ecosys/graph/graph.hpp"

namespace ecosys::detail {

/// Distances from one source, summed over the actors it reaches (itself excluded).
struct DistanceSums {
    std::uint64_t total = 0;    ///< sum of distances
    std::uint64_t reached = 0;  ///< actors reached
    std::uint32_t farthest = 0; ///< the largest distance (eccentricity in its component)
    double harmonic = 0.0;      ///< sum of 1/distance, added level by level
};

class MultiSourceBfs {
public:
    using Vertex = Graph::Vertex;
    static constexpr std::size_t width = 64;

    explicit MultiSourceBfs(const Graph& graph);

    /// out[i] for sources[i]; at most `width` distinct sources. O(levels * m) at worst.
    void run(std::span<const Vertex> sources, std::span<DistanceSums> out);

private:
    const Graph& graph_;
    std::vector<std::uint64_t> seen_, frontier_, next_;
    std::vector<Vertex> current_, upcoming_;
};

}  // namespace ecosys::detail
