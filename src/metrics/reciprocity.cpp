#include "ecosys/metrics/reciprocity.hpp"

#include <algorithm>

namespace ecosys {

std::optional<double> reciprocity(const Graph& graph) {
    std::size_t arcs = 0, reciprocated = 0;
    for (Graph::Vertex v = 0; v < graph.vertex_count(); ++v) {
        for (Graph::Vertex w : graph.neighbours(v)) {
            ++arcs;
            const auto back = graph.neighbours(w);  // sorted
            reciprocated += std::binary_search(back.begin(), back.end(), v);
        }
    }
    if (arcs == 0) return std::nullopt;
    return static_cast<double>(reciprocated) / static_cast<double>(arcs);
}

}  // namespace ecosys
