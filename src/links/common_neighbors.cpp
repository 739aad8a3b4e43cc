// Common neighbours: |Γ(u) ∩ Γ(v)| (networkx common_neighbor_centrality's base, common_neighbors).
#include "ecosys/links/link_prediction.hpp"

namespace ecosys {

double common_neighbors_score(const PairNeighbourhood& p) { return static_cast<double>(p.common); }

}  // namespace ecosys
