#pragma once
// Everything `ecosys helix` computes, as one library call: for each region (on its
// induced subgraph, plus "*" for the whole network) the sector mixing matrix, E-I
// index with its permutation test, sector assortativity, helix completeness,
// brokerage totals and triple-helix synergy; for each actor its E-I index, Burt's
// structural-hole measures and Gould-Fernandez brokerage roles. Formulas and
// references: docs/helix.md.

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/distribution.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/helix/brokerage.hpp"
#include "ecosys/helix/ei_index.hpp"
#include "ecosys/helix/synergy.hpp"
#include "ecosys/metrics/scope.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys {

struct HelixOptions {
    /// Where actor figures are computed: the whole network, or each actor's region.
    MetricScope scope = MetricScope::network;
    /// Weights (Burt's measures use tie strengths; the other measures count ties),
    /// projects, the E-I permutation test (ei_permutations, seed), the modules of the
    /// hubs and the communities when they are the modules, and the processes sharing
    /// the E-I relabellings and the path kernels. The helix reads the undirected graph.
    AnalysisOptions analysis;
    /// Region ids to report (their actors and records); empty = every populated
    /// region. The whole-network record "*" is always reported.
    std::vector<std::string> regions;
};


/// An actor whose Guimera-Amaral role is a hub (R5-R7) in the whole network, with
/// the modules of AnalysisOptions::hub_partition (by default each actor's own region):
/// many ties inside its region for the region's size (within-module z >= 2.5), and,
/// as a connector hub (R6) or kinless hub (R7), ties spread across regions too. The
/// connector-hub firms (コネクターハブ企業) of the 2014 SME White Paper
/// (docs/metrics.md#connector-hubs).
struct ConnectorHubRow {
    std::string id, name, sector;
    double within_module_z = 0, participation = 0;
    int role = 5;  ///< 5 provincial hub, 6 connector hub, 7 kinless hub
};

/// Region figures. Sector-indexed vectors follow HelixReport::sectors.
struct RegionHelix {
    std::string id, name;  ///< id "*" is the whole network
    std::size_t actors = 0, ties = 0;
    std::vector<std::vector<std::size_t>> mixing;                   ///< [s][t] ties, symmetric
    std::vector<std::vector<std::optional<double>>> mixing_density;  ///< nullopt: no possible pair
    double cross_sector_share = 0;
    std::optional<double> ei_index, ei_expected, ei_p_value;
    std::vector<std::optional<double>> sector_ei, sector_ei_p_value;
    std::optional<double> assortativity;
    std::vector<std::string> sectors_present;
    std::vector<std::pair<std::string, std::string>> missing_links;
    double multi_sector_share = 0;
    BrokerageCounts brokerage{};
    std::vector<std::size_t> brokerage_pairs;  ///< [s * k + t]: paths brokered from sector s to sector t
    /// Up to five actor ids with the most brokered paths inside the region (all roles
    /// together, at least one), most first, equal totals in file order; with their counts.
    std::vector<std::pair<std::string, BrokerageCounts>> top_brokers;
    std::optional<SynergyFigures> synergy;     ///< nullopt without projects or with fewer than 3 sectors
    /// Its actors (every actor for "*") that are hubs, connector hubs first, then by z.
    std::vector<ConnectorHubRow> hubs;
};

struct ActorHelix {
    std::string id, name, sector, region;  ///< region empty when the actor has none
    /// false under region scope for an actor without a region: every figure absent.
    bool measured = true;
    std::optional<double> ei_index;
    std::size_t sectors_tied = 0;
    std::optional<double> effective_size, efficiency, constraint, hierarchy;
    BrokerageCounts brokerage{};
    std::vector<std::size_t> brokered_pairs;  ///< [s * k + t]
};

struct HelixReport {
    std::string network;
    MetricScope scope = MetricScope::network;
    bool weighted = false;
    GraphOptions graph;
    EIOptions ei;
    /// The modules of the hubs: "region", "sector" or "community".
    std::string hub_partition = "region";
    std::vector<std::string> sectors;  ///< order of every sector-indexed figure
    std::vector<RegionHelix> regions;  ///< the regions, then "*"
    std::vector<ActorHelix> actors;    ///< file order; under a region filter, that region's actors
};

/// Computes the report. Throws UsageError for an unknown region id (with "did you
/// mean"). The network must be indexed. Cost: O(permutations x m) per region for
/// the E-I test, O(sum of squared degrees) for brokerage and Burt's measures.
[[nodiscard]] HelixReport compute_helix(const Network& network, const HelixOptions& options = {});

class AnalysisCache;
/// The same through an analysis cache shared with other computations (the report):
/// weights, graph and the E-I test are the cache's (options' own are ignored).
[[nodiscard]] HelixReport compute_helix(AnalysisCache& cache, const HelixOptions& options = {});

}  // namespace ecosys
