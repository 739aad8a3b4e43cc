#include "ecosys/metrics/path_lengths.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "metrics/shortest_paths.hpp"

namespace ecosys {

void PathLengths::run() {
    const std::size_t n = graph_.vertex_count();
    mean_ = diameter_ = 0.0;
    component_size_ = 0;
    detail::ShortestPathSearch search(graph_, weighted_, /*count_paths=*/false);

    // Components as the search sees them (with ties of weight 0 left out when
    // weighted): one search from the first actor of each.
    constexpr auto none = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> component(n, none);
    std::uint32_t largest = none, count = 0;
    for (Graph::Vertex s = 0; s < n; ++s) {
        if (component[s] != none) continue;
        search.run(s);
        for (Graph::Vertex v : search.order()) component[v] = count;
        if (search.order().size() > component_size_) {
            component_size_ = search.order().size();
            largest = count;
        }
        ++count;
    }
    if (component_size_ < 2) {
        has_run_ = true;
        return;
    }

    double total = 0.0;
    for (Graph::Vertex s = 0; s < n; ++s) {
        if (component[s] != largest) continue;
        search.run(s);
        for (Graph::Vertex v : search.order()) {
            total += search.distance(v);
            diameter_ = std::max(diameter_, search.distance(v));
        }
    }
    const double k = static_cast<double>(component_size_);
    mean_ = total / (k * (k - 1.0));
    has_run_ = true;
}

double PathLengths::mean_path_length() const {
    assure_finished();
    return mean_;
}

double PathLengths::diameter() const {
    assure_finished();
    return diameter_;
}

std::size_t PathLengths::component_size() const {
    assure_finished();
    return component_size_;
}

}  // namespace ecosys
