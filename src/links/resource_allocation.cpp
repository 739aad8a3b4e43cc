// Resource allocation index: Σ over common neighbours w of 1 / deg(w)
// (networkx resource_allocation_index).
#include "ecosys/links/link_prediction.hpp"

namespace ecosys {

double resource_allocation_score(const PairNeighbourhood& p) { return p.inverse_degree; }

}  // namespace ecosys
