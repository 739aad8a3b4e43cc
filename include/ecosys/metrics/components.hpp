#pragma once
// Connected components.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

/// Connected components of the graph (every tie counts, whatever its weight).
/// Components are numbered 0, 1, ... in order of their first vertex, so in file
/// order of their first actor; an isolated actor is a component of its own.
/// run() takes O(n + m) time.
class Components final : public Algorithm {
public:
    explicit Components(const Graph& graph) : graph_(graph) {}

    void run() override;

    /// Component id of every vertex.
    [[nodiscard]] const std::vector<std::uint32_t>& component_of() const;
    /// Number of vertices in each component.
    [[nodiscard]] const std::vector<std::size_t>& sizes() const;
    [[nodiscard]] std::size_t count() const { return sizes().size(); }
    /// Id of the largest component (the first one among equals); only when count() > 0.
    [[nodiscard]] std::uint32_t largest() const;
    /// The vertices of the largest component, in vertex order; none when the graph has none.
    [[nodiscard]] std::vector<Graph::Vertex> largest_members() const;

private:
    const Graph& graph_;
    std::vector<std::uint32_t> component_of_;
    std::vector<std::size_t> sizes_;
};

}  // namespace ecosys
