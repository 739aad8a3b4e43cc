// Adamic–Adar index: Σ over common neighbours w of 1 / ln deg(w) (networkx adamic_adar_index).
#include "ecosys/links/link_prediction.hpp"

namespace ecosys {

double adamic_adar_score(const PairNeighbourhood& p) { return p.inverse_log_degree; }

}  // namespace ecosys
