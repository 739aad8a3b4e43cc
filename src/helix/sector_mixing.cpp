#include "ecosys/helix/sector_mixing.hpp"

namespace ecosys {

void SectorMixing::run() {
    const std::size_t k = groups_.count();
    counts_.assign(k, std::vector<std::size_t>(k, 0));
    sizes_.assign(k, 0);
    ties_ = cross_ = 0;
    for (Graph::Vertex v = 0; v < graph_.vertex_count(); ++v) {
        const std::uint32_t s = groups_.of_vertex[v];
        ++sizes_[s];
        for (Graph::Vertex w : graph_.neighbours(v)) {
            if (w <= v) continue;  // each edge once
            const std::uint32_t t = groups_.of_vertex[w];
            ++counts_[s][t];
            if (s != t) {
                ++counts_[t][s];
                ++cross_;
            }
            ++ties_;
        }
    }
    has_run_ = true;
}

const std::vector<std::vector<std::size_t>>& SectorMixing::counts() const {
    assure_finished();
    return counts_;
}

const std::vector<std::size_t>& SectorMixing::sizes() const {
    assure_finished();
    return sizes_;
}

std::optional<double> SectorMixing::density(std::size_t s, std::size_t t) const {
    assure_finished();
    const double ns = static_cast<double>(sizes_[s]), nt = static_cast<double>(sizes_[t]);
    const double possible = s == t ? ns * (ns - 1.0) / 2.0 : ns * nt;
    if (possible <= 0) return std::nullopt;
    return static_cast<double>(counts_[s][t]) / possible;
}

double SectorMixing::cross_sector_share() const {
    assure_finished();
    return ties_ > 0 ? static_cast<double>(cross_) / static_cast<double>(ties_) : 0.0;
}

std::size_t SectorMixing::ties() const {
    assure_finished();
    return ties_;
}

std::size_t SectorMixing::cross_sector_ties() const {
    assure_finished();
    return cross_;
}

}  // namespace ecosys
