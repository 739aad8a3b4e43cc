#pragma once
// What changed between two networks: two files, or two periods of one network
// (analysis/selection.hpp). Actors and ties added and removed, every region metric
// before and after, cross-sector links gained and lost per sector pair, brokers
// gained and lost, actors whose component changed. `ecosys diff`; docs/diff.md.

#include <cstddef>
#include <string>
#include <vector>

#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/analysis/metric_value.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys {

struct DiffOptions {
    /// Region metric keys (scalar ones, as compare takes); empty = every scalar region key.
    std::vector<std::string> metrics;
    /// Weights, projects, seed and threads of both analyses (scope, only, regions ignored).
    MetricsOptions metrics_options;
    /// How many top brokers each list holds.
    std::size_t top = 10;
};

/// A tie, matched by its pair and type: an undirected tie by its unordered pair
/// (source < target by id), a directed one by its ordered pair. Ties the projects
/// stand for count with type "project" (unless metrics_options.graph.projects is off).
struct TieChange {
    std::string source, target, type;
    bool directed = false;
    auto operator<=>(const TieChange&) const = default;
};

struct RegionChange {
    std::string id, name;  ///< "*" is the whole network
    /// Parallel to NetworkDiff::keys; absent (monostate) where the region has no actor
    /// on that side or the metric is undefined; delta = after - before.
    std::vector<MetricValue> before, after, delta;
};

/// Collapsed ties (graph edges) between two different sectors.
struct SectorPairChange {
    std::string first, second;  ///< sector ids, in declaration order
    std::size_t before = 0, after = 0;
    std::size_t gained = 0;  ///< actor pairs tied after and not before
    std::size_t lost = 0;    ///< actor pairs tied before and not after
};

/// The top brokers by one measure, before and after.
struct BrokerChange {
    std::string measure;  ///< "betweenness" or a Gould–Fernandez role ("coordinator" ...)
    std::vector<std::string> before, after;  ///< actor ids, highest first
    std::vector<std::string> gained, lost;   ///< in after and not before; in before and not after
};

/// An actor of both networks whose component changed: some actor of both was in its
/// component on one side and not on the other.
struct ComponentChange {
    std::string actor;
    std::size_t before = 0, after = 0;  ///< the size of its component on each side
};

struct NetworkDiff {
    std::string before_label, after_label;
    /// Things to know, such as sector declarations that differ.
    std::vector<std::string> notes;
    std::vector<std::string> actors_added, actors_removed;  ///< file order of their network
    std::vector<TieChange> ties_added, ties_removed;        ///< ordered by source, target, type
    std::vector<std::string> keys;                          ///< region metric keys
    std::vector<RegionChange> regions;                      ///< regions of either side, then "*"
    std::vector<SectorPairChange> sector_links;             ///< pairs tied on either side
    std::vector<BrokerChange> brokers;                      ///< betweenness, then the five roles
    std::vector<ComponentChange> changed_component;         ///< file order of the after network

    /// True when nothing changed: no actor, tie, broker or component change, no link
    /// gained or lost, every region delta 0 or undefined on both sides.
    [[nodiscard]] bool empty() const;
};

/// "sector declarations differ: only in A: x; only in B: y; ..." lines (ids, then
/// labels of the same id); empty when they are the same.
[[nodiscard]] std::vector<std::string> sector_declaration_differences(const Network& before, const Network& after,
                                                                      const std::string& before_label,
                                                                      const std::string& after_label);

/// The diff of two indexed networks. Throws UsageError for a bad metric key. Cost: two
/// analyses of the chosen region metrics (the path metrics dominate, O(nm)), plus the
/// ties the projects stand for (O(sum of k^2)).
[[nodiscard]] NetworkDiff diff_networks(const Network& before, const Network& after, const std::string& before_label,
                                        const std::string& after_label, const DiffOptions& options = {});

}  // namespace ecosys
