// Jaccard coefficient: |Γ(u) ∩ Γ(v)| / |Γ(u) ∪ Γ(v)| (networkx jaccard_coefficient).
#include "ecosys/links/link_prediction.hpp"

namespace ecosys {

double jaccard_score(const PairNeighbourhood& p) {
    // Without self-loops u ∉ Γ(u), so Γ(u) ∩ Γ(v) holds neither u nor v and the union
    // has deg u + deg v - common members (v ∈ Γ(u) for a tied pair counts once).
    const std::size_t union_size = p.degree_u + p.degree_v - p.common;
    return union_size == 0 ? 0.0 : static_cast<double>(p.common) / static_cast<double>(union_size);
}

}  // namespace ecosys
