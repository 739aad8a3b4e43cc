#pragma once
// Everything `ecosys whatif` computes, as library calls: every scalar region metric
// of the registry before and after a removal (model/removal.hpp), with what the
// removal did to each region's connectedness; and the dependence of each region on
// each actor of a role, one removal at a time. Definitions: docs/whatif.md.

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/analysis/metric_value.hpp"
#include "ecosys/model/removal.hpp"

namespace ecosys {

struct WhatIfOptions {
    Removal removal;
    /// Region ids to report; empty = every populated region. "*" is always reported.
    std::vector<std::string> regions;
    /// --pair A B: actor-disjoint paths between them before and after.
    std::optional<std::pair<std::string, std::string>> pair;
    /// Weights, projects, seed, permutations of both analyses.
    AnalysisOptions analysis;
};

/// The measures of `whatif` besides the registry's: fragmentation, distance-weighted
/// fragmentation, edge connectivity (docs/whatif.md).
[[nodiscard]] const std::vector<std::string>& whatif_extra_keys();

struct WhatIfRegion {
    std::string id, name;  ///< "*" is the whole network
    /// Parallel to WhatIfReport::keys; after is absent (monostate) for a region left
    /// without actors; delta = after - before where both are numbers.
    std::vector<MetricValue> before, after, delta;
    std::vector<std::string> top_brokers_before, top_brokers_after;
    /// Actors still present that were in the region's largest component and are not
    /// in its largest component after, file order.
    std::vector<std::string> cut_off;
    /// Sector pairs (network sector order) tied in the region before and not after.
    std::vector<std::pair<std::string, std::string>> lost_sector_links;
    /// A minimum set of ties whose loss splits the region after the removal (Stoer–
    /// Wagner), as actor id pairs; empty when it is already split or has < 2 actors.
    std::vector<std::pair<std::string, std::string>> min_cut_after;
};

struct PairPaths {
    std::string a, b;
    std::size_t before = 0;
    std::optional<std::size_t> after;  ///< absent when a or b was removed
};

struct WhatIfReport {
    std::string network;
    Removal removal;
    std::vector<std::string> removed_actors;
    std::size_t removed_ties = 0;
    std::vector<std::string> removed_projects;
    std::vector<std::string> keys;  ///< scalar region metric keys, then whatif_extra_keys()
    std::vector<WhatIfRegion> regions;  ///< regions, then "*"
    std::optional<PairPaths> pair;
};

/// Both analyses through AnalysisCache and compute_metrics, no per-metric code.
/// Throws UsageError for unknown names in the removal, the regions or the pair (did
/// you mean), or a pair of one actor. Cost: two metric runs (compute_metrics), plus
/// per region O(n (n + m)) for distance-weighted fragmentation and Stoer–Wagner.
[[nodiscard]] WhatIfReport compute_whatif(const Network& network, const WhatIfOptions& options);

struct DependenceRow {
    std::string actor, name, role;
    double fragmentation_before = 0, fragmentation_after = 0;
    std::size_t components_before = 0, components_after = 0;
    std::size_t cut_off = 0;  ///< actors that leave the region's largest component
    [[nodiscard]] double damage() const { return fragmentation_after - fragmentation_before; }
};

struct DependenceRegion {
    std::string id, name;
    std::vector<DependenceRow> rows;  ///< by damage, then cut_off (both descending), then file order
    std::size_t candidates = 0;  ///< actors (projects, cut points) removed in turn, before `top`
    std::size_t bridges = 0;     ///< compute_cut_point_dependence: ties whose loss alone splits the region
};

struct DependenceReport {
    std::string network;
    std::string role;  ///< empty: every actor (--each-actor); "intermediary", "project", "cut_point"
    std::vector<DependenceRegion> regions;  ///< regions, then "*"
};

/// For each actor of `role` (empty: every actor) separately, in every reported
/// region that holds it and in "*": fragmentation, components and cut-off actors of
/// the region without that actor alone, ranked; `top` > 0 keeps that many rows per
/// region. Removing an actor from the network removes exactly its vertex from each
/// region's graph, so this is one search per actor and region, O(n + m), no copies.
/// Throws UsageError for an unknown role or region.
[[nodiscard]] DependenceReport compute_dependence(AnalysisCache& cache, const std::string& role,
                                                  const std::vector<std::string>& regions, std::size_t top);

/// compute_dependence() for every actor with a role (coordinators, matching
/// planners, URAs ...): the intermediaries; report.role is "intermediary".
[[nodiscard]] DependenceReport compute_intermediary_dependence(AnalysisCache& cache, const std::vector<std::string>& regions,
                                                               std::size_t top);

/// The same for projects: each project removed alone (the ties it stands for go),
/// in every reported region that holds one of its participants and in "*"; a row's
/// actor/name/role are the project's id, name and type, cut_off the actors leaving
/// the region's largest component. One network copy and one graph per affected
/// region per project: O(P (N + M)) for P projects; meant for program-sized lists.
[[nodiscard]] DependenceReport compute_project_dependence(AnalysisCache& cache, const std::vector<std::string>& regions,
                                                          std::size_t top);

/// The same for the region's cut points (articulation points: the actors whose loss
/// alone splits their component, networkx.articulation_points of the region's graph),
/// whatever their role, so that data without roles still shows where a region hangs on
/// one actor; report.role is "cut_point", each region's `candidates` its number of cut
/// points and `bridges` its number of bridges (networkx.bridges). The rows are those of
/// compute_dependence(cache, "", ...) for the cut points. Cost per region: O(n + m) for
/// the cut points, the bridges and every cut point's damage (one low-point search), then
/// one O(n + m) search per row kept (`top`, plus the ties at the last place; every cut
/// point when top is 0).
[[nodiscard]] DependenceReport compute_cut_point_dependence(AnalysisCache& cache, const std::vector<std::string>& regions,
                                                            std::size_t top);

}  // namespace ecosys
