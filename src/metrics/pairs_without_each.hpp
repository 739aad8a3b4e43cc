#pragma once
// Private: the low-point search behind connected_pairs_without_each
// (metrics/fragmentation.hpp), with its buffers kept between runs, so that the
// key-player search can run it once per candidate set without allocating.

#include <cstdint>
#include <span>
#include <vector>

#include "ecosys/graph/graph.hpp"

namespace ecosys::detail {

class PairsWithoutEach {
public:
    using Vertex = Graph::Vertex;

    /// Buffers for graphs of `vertices` vertices.
    explicit PairsWithoutEach(std::size_t vertices);

    /// One iterative depth-first search (Hopcroft–Tarjan low-points) over the graph
    /// without the vertices whose `removed` flag is set (empty: none). O(n + m), no
    /// allocation when the graph has at most the vertices given to the constructor.
    void run(const Graph& graph, std::span<const std::uint8_t> removed = {});

    /// Ordered pairs joined by a path in the graph without the removed vertices.
    [[nodiscard]] std::uint64_t total() const noexcept { return total_; }
    /// The same with v removed as well; v must not be removed.
    [[nodiscard]] std::uint64_t without(Vertex v) const noexcept { return total_ - loss_[v]; }

private:
    /// What the search keeps per vertex, together, so that finding a vertex or looking
    /// at one already found touches one cache line.
    struct Node {
        std::uint32_t stamp = 0;  ///< == epoch_: found in this run (or removed)
        std::uint32_t disc = 0, low = 0;
        Vertex parent = 0;
        std::uint32_t next = 0;  ///< position in the neighbour list
        std::uint32_t subtree = 0, split_size = 0;
        std::uint64_t split_pairs = 0;
    };

    std::vector<Node> node_;
    std::vector<std::uint64_t> loss_;
    std::vector<Vertex> stack_, component_;
    std::uint32_t epoch_ = 0;
    std::uint64_t total_ = 0;
};

}  // namespace ecosys::detail
