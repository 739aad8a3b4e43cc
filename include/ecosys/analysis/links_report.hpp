#pragma once
// Everything `ecosys links` computes, as one library call: the best untied pairs of a
// link-prediction method (links/link_prediction.hpp) in the whole network or one
// region, or the scores of given pairs, optionally only pairs within a sector or
// across two sectors.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/links/link_prediction.hpp"

namespace ecosys {

struct LinksRequest {
    LinkMethod method = LinkMethod::adamic_adar;
    std::size_t top = 100;  ///< the best pairs listed (when `pairs` is empty); 1 .. max_listed_pairs (links/link_prediction.hpp)
    /// Score exactly these pairs (actor indices) instead of searching; empty = search.
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    bool given_pairs = false;  ///< true when `pairs` came from a file (even empty)
    std::string region = "*";  ///< the region whose graph is used ("*" = whole network)
    bool within_sector = false;                ///< only pairs of one sector
    std::vector<std::string> across_sectors;   ///< {S1, S2}: only pairs of an S1 and an S2 actor
};

struct LinkPairRow {
    std::string source, target;  ///< actor ids; source is the earlier in file order
    double score = 0.0;
    bool tied = false;  ///< only for given pairs: already tied in the graph
};

struct LinksReport {
    std::string network;
    LinkMethod method = LinkMethod::adamic_adar;
    std::string region = "*";
    std::string restriction;  ///< "", "within sector" or "across S1,S2"
    std::vector<LinkPairRow> pairs;  ///< highest score first
};

/// Throws UsageError for an unknown region or sector (did you mean), a --top of 0 or
/// above max_listed_pairs, --within-sector together with --across-sectors, or a given
/// pair with an actor outside the region. Memory: O(n + top) besides the graph.
[[nodiscard]] LinksReport compute_links(AnalysisCache& cache, const LinksRequest& request);

}  // namespace ecosys
