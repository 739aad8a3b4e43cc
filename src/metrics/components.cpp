#include "ecosys/metrics/components.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace ecosys {

namespace {
constexpr std::uint32_t unassigned = std::numeric_limits<std::uint32_t>::max();
}

void Components::run() {
    const std::size_t n = graph_.vertex_count();
    component_of_.assign(n, unassigned);
    sizes_.clear();
    std::vector<Graph::Vertex> queue(n);
    for (Graph::Vertex start = 0; start < n; ++start) {
        if (component_of_[start] != unassigned) continue;
        const auto id = static_cast<std::uint32_t>(sizes_.size());
        std::size_t head = 0, tail = 0;
        queue[tail++] = start;
        component_of_[start] = id;
        while (head < tail) {
            const Graph::Vertex v = queue[head++];
            for (Graph::Vertex w : graph_.neighbours(v)) {
                if (component_of_[w] != unassigned) continue;
                component_of_[w] = id;
                queue[tail++] = w;
            }
        }
        sizes_.push_back(tail);
    }
    has_run_ = true;
}

const std::vector<std::uint32_t>& Components::component_of() const {
    assure_finished();
    return component_of_;
}

const std::vector<std::size_t>& Components::sizes() const {
    assure_finished();
    return sizes_;
}

std::uint32_t Components::largest() const {
    assure_finished();
    if (sizes_.empty()) throw std::logic_error("Components::largest() called on an empty graph");
    return static_cast<std::uint32_t>(std::max_element(sizes_.begin(), sizes_.end()) - sizes_.begin());
}

std::vector<Graph::Vertex> Components::largest_members() const {
    std::vector<Graph::Vertex> members;
    if (sizes().empty()) return members;
    const std::uint32_t id = largest();
    members.reserve(sizes_[id]);
    for (Graph::Vertex v = 0; v < component_of_.size(); ++v)
        if (component_of_[v] == id) members.push_back(v);
    return members;
}

}  // namespace ecosys
