#include "ecosys/helix/structural_holes.hpp"

#include <algorithm>
#include <cmath>

namespace ecosys {

void StructuralHoles::run() {
    const std::size_t n = graph_.vertex_count();
    auto weight = [&](Graph::Vertex v, std::size_t i) { return weighted_ ? graph_.weights(v)[i] : 1.0; };

    // Per vertex: total and largest tie weight.
    std::vector<double> total(n, 0), largest(n, 0);
    for (Graph::Vertex v = 0; v < n; ++v) {
        for (std::size_t i = 0; i < graph_.degree(v); ++i) {
            total[v] += weight(v, i);
            largest[v] = std::max(largest[v], weight(v, i));
        }
    }

    effective_size_.assign(n, std::nullopt);
    efficiency_.assign(n, std::nullopt);
    constraint_.assign(n, std::nullopt);
    hierarchy_.assign(n, std::nullopt);
    std::vector<double> p_ego(n, 0);  // p_iq for the current ego i, 0 elsewhere
    std::vector<double> c(n);
    for (Graph::Vertex i = 0; i < n; ++i) {
        const auto contacts = graph_.neighbours(i);
        const std::size_t d = contacts.size();
        if (d == 0) continue;
        for (std::size_t x = 0; x < d; ++x) p_ego[contacts[x]] = total[i] > 0 ? weight(i, x) / total[i] : 0.0;

        double effective = 0, constraint = 0;
        for (std::size_t x = 0; x < d; ++x) {
            const Graph::Vertex j = contacts[x];
            double redundancy = 0, indirect = 0;
            const auto nj = graph_.neighbours(j);
            for (std::size_t y = 0; y < nj.size(); ++y) {
                const Graph::Vertex q = nj[y];
                if (p_ego[q] == 0) continue;  // q is not a contact of i (or i's tie to q weighs 0)
                const double w = weight(j, y);
                if (largest[j] > 0) redundancy += p_ego[q] * w / largest[j];  // p_iq m_jq
                if (total[q] > 0) indirect += p_ego[q] * w / total[q];        // p_iq p_qj
            }
            effective += 1.0 - redundancy;
            c[x] = (p_ego[j] + indirect) * (p_ego[j] + indirect);
            constraint += c[x];
        }

        double hierarchy = 0;
        if (d > 1 && constraint > 0) {
            const double mean = constraint / static_cast<double>(d);
            for (std::size_t x = 0; x < d; ++x) {
                const double r = c[x] / mean;
                if (r > 0) hierarchy += r * std::log(r);
            }
            hierarchy /= static_cast<double>(d) * std::log(static_cast<double>(d));
        }

        effective_size_[i] = effective;
        efficiency_[i] = effective / static_cast<double>(d);
        constraint_[i] = constraint;
        hierarchy_[i] = hierarchy;
        for (Graph::Vertex q : contacts) p_ego[q] = 0;
    }
    has_run_ = true;
}

const std::vector<std::optional<double>>& StructuralHoles::effective_size() const {
    assure_finished();
    return effective_size_;
}

const std::vector<std::optional<double>>& StructuralHoles::efficiency() const {
    assure_finished();
    return efficiency_;
}

const std::vector<std::optional<double>>& StructuralHoles::constraint() const {
    assure_finished();
    return constraint_;
}

const std::vector<std::optional<double>>& StructuralHoles::hierarchy() const {
    assure_finished();
    return hierarchy_;
}

}  // namespace ecosys
