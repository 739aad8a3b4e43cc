#pragma once
// The compact, read-only graph every metric runs on: undirected, simple (parallel
// ties collapsed into one edge whose weight is the sum of theirs, self-loops left
// out), in compressed sparse row form with sorted neighbour lists. Built once per
// network or region and shared by all metrics.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "ecosys/model/network.hpp"

namespace ecosys {

class Graph {
public:
    using Vertex = std::uint32_t;

    /// The graph of all actors and ties of `network`. O(n + m log m).
    static Graph from_network(const Network& network);

    /// The subgraph induced by `actors` (indices into network.actors, no
    /// duplicates): those actors and the ties among them. Vertex i is actors[i].
    static Graph induced(const Network& network, std::span<const std::size_t> actors);

    [[nodiscard]] std::size_t vertex_count() const noexcept { return actor_.size(); }
    /// Number of distinct undirected edges (after collapsing parallel ties).
    [[nodiscard]] std::size_t edge_count() const noexcept { return targets_.size() / 2; }

    /// Neighbours of v in ascending order.
    [[nodiscard]] std::span<const Vertex> neighbours(Vertex v) const noexcept {
        return {targets_.data() + offsets_[v], targets_.data() + offsets_[v + 1]};
    }
    /// Collapsed tie weights, parallel to neighbours(v).
    [[nodiscard]] std::span<const double> weights(Vertex v) const noexcept {
        return {weights_.data() + offsets_[v], weights_.data() + offsets_[v + 1]};
    }
    [[nodiscard]] std::size_t degree(Vertex v) const noexcept { return offsets_[v + 1] - offsets_[v]; }

    /// Index into Network::actors of vertex v.
    [[nodiscard]] std::size_t actor(Vertex v) const noexcept { return actor_[v]; }

    /// CSR arrays, for kernels that want them raw: neighbours of v are
    /// targets()[offsets()[v] .. offsets()[v+1]).
    [[nodiscard]] const std::vector<std::size_t>& offsets() const noexcept { return offsets_; }
    [[nodiscard]] const std::vector<Vertex>& targets() const noexcept { return targets_; }
    [[nodiscard]] const std::vector<double>& edge_weights() const noexcept { return weights_; }

private:
    std::vector<std::size_t> actor_;
    std::vector<std::size_t> offsets_{0};
    std::vector<Vertex> targets_;
    std::vector<double> weights_;
};

}  // namespace ecosys
