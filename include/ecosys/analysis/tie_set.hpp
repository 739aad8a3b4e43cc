#pragma once
// Tie-level values (`ecosys metrics --ties`): one row per tied pair of actors (per
// arc under the directed option) with its edge betweenness and whether it is a
// bridge. Definitions: docs/metrics.md#tie-metrics.

#include <string>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"

namespace ecosys {

struct TieRow {
    std::string source, target;    ///< actor ids; undirected: source first in file order
    double edge_betweenness = 0.0;  ///< NetworkX edge_betweenness_centrality, normalized
    bool bridge = false;            ///< removing the tie disconnects its component (undirected view)
};

struct TiesReport {
    std::string network;
    bool weighted = false;
    bool directed = false;
    std::vector<TieRow> ties;  ///< by source, then target, in file order of the actors
};

/// The tie rows of the whole network of `cache`: its graph's edges, or with the
/// directed option its directed view's arcs (bridge then says whether the pair's
/// undirected tie is a bridge).
[[nodiscard]] TiesReport compute_ties(AnalysisCache& cache);

}  // namespace ecosys
