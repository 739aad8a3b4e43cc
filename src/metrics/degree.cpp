#include "ecosys/metrics/degree.hpp"

namespace ecosys {

void Degree::run() {
    const std::size_t n = graph_.vertex_count();
    degrees_.assign(n, 0);
    strengths_.assign(n, 0.0);
    for (Graph::Vertex v = 0; v < n; ++v) {
        degrees_[v] = graph_.degree(v);
        for (double w : graph_.weights(v)) strengths_[v] += w;
    }
    has_run_ = true;
}

const std::vector<std::size_t>& Degree::degrees() const {
    assure_finished();
    return degrees_;
}

const std::vector<double>& Degree::strengths() const {
    assure_finished();
    return strengths_;
}

}  // namespace ecosys
