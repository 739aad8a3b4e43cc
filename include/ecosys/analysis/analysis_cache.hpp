#pragma once
// The analysis cache: one object per network and options that builds each scope's
// graph once (the whole network, each region with its sub-regions) and runs each
// kernel on each scope at most once, on first use. Every command of one process
// (metrics, helix, compare, render, report) reads its numbers from here, so a
// report runs exact betweenness once per scope, not once per table and diagram.
//
// Scopes: "*" is the whole network; a region id scopes to the subgraph induced by
// Network::actors_in_region (the region and every region below it), the one
// definition of membership that tables, helix panels and diagrams share.

#include <chrono>
#include <functional>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/model/incidence.hpp"
#include "ecosys/model/network.hpp"
#include "ecosys/distribution.hpp"
#include "ecosys/progress.hpp"

namespace ecosys {

/// How the `community` keys find communities (--community).
enum class CommunityMethod {
    louvain,     ///< Louvain, modularity with the resolution (metrics/louvain.hpp)
    leiden,      ///< Leiden, modularity with the resolution; every community connected (metrics/leiden.hpp)
    leiden_cpm,  ///< Leiden, the Constant Potts Model with the resolution
};

/// The modules of the connector-hub roles (--partition): the actors' own regions,
/// their sectors, or the communities of `community`.
enum class HubPartition { region, sector, community };

/// Everything the numbers depend on besides the network: one cache per value.
/// The one carrier of these settings: every request (MetricsOptions, HelixOptions,
/// ReportOptions, DiagramOptions, DiffOptions, CompareOptions, WhatIfOptions ...) holds
/// one by value as its `analysis`, so that every part of a result (a report's tables,
/// diagrams and Change section) reads the same direction, weights and seed.
struct AnalysisOptions {
    /// Tie strengths as weights (docs/metrics.md says per metric how).
    bool weighted = false;
    /// --directed: betweenness, pagerank and the direction keys (in_degree, hub, ...)
    /// read the directed view (Graph::directed(): directed ties one way, undirected
    /// ties both ways); the other keys keep reading the undirected graph.
    bool directed = false;
    /// Whether projects add ties, and how they weigh.
    GraphOptions graph{};
    /// Louvain's vertex order and the E-I permutation test.
    std::uint64_t seed = 1;
    /// Permutations of the E-I test (ei_p_value and the helix tables).
    std::size_t ei_permutations = 9999;
    /// Random graphs of the null model behind the size-adjusted z-scores (compare, the
    /// report's regions); 0 = none. Not read by the cache's kernels.
    std::size_t samples = 100;
    /// Worker threads of the path kernels; 0 = one per hardware thread.
    unsigned threads = 0;
    /// > 0: betweenness estimated within this epsilon (ApproxBetweenness), unweighted only.
    double approx_epsilon = 0.0;
    double approx_delta = 0.1;
    /// > 0: the betweenness of a scope whose actors x ties exceed this is estimated from
    /// `betweenness_sources` sampled sources (SampledBetweenness), when unweighted,
    /// undirected and without --approx; 0 = always exact. `compare` and `report` set
    /// large_scope_limit (exact betweenness of 10^5 actors and 10^6 ties takes hours).
    double sampled_betweenness_limit = 0.0;
    std::size_t betweenness_sources = 1024;
    /// Communities: method and resolution (gamma) of the community keys.
    CommunityMethod community = CommunityMethod::louvain;
    double resolution = 1.0;
    /// Modules of within_module_z, participation and hub_role.
    HubPartition hub_partition = HubPartition::region;
    /// Progress of the long kernels and cancellation; may be null.
    const Progress* progress = nullptr;
    /// The processes that share the sources of betweenness, closeness and harmonic
    /// (ecosys/distribution.hpp); null = this process alone. Not part of the values:
    /// the results are the same (docs/distributed.md).
    Distribution* distribution = nullptr;
};

/// Actors x ties of a scope above which `compare` and `report` estimate its betweenness
/// from sampled sources (AnalysisOptions::sampled_betweenness_limit), the same limit above
/// which the null model estimates the random graphs' mean path length from sampled
/// sources (NullModelOptions::sampled_path_limit).
inline constexpr double large_scope_limit = 5e10;

/// How often one kernel ran, over all scopes, and for how long.
struct KernelStat {
    std::string kernel;
    std::size_t runs = 0;
    double seconds = 0.0;
};

class AnalysisCache;

/// The sectors in one order for every scope of a network, and the index of each.
struct SectorOrder {
    std::vector<std::string> sectors;
    std::unordered_map<std::string_view, std::uint32_t> index;  ///< into sectors
};

/// One scope: its actors, its graphs, and its kernels (analysis/kernels.hpp), each run
/// on first use (counted in AnalysisCache::stats()) and the same result after.
class ScopeAnalysis {
public:
    ScopeAnalysis(AnalysisCache& cache, std::string id, std::vector<std::size_t> members);
    ~ScopeAnalysis();
    ScopeAnalysis(const ScopeAnalysis&) = delete;
    ScopeAnalysis& operator=(const ScopeAnalysis&) = delete;

    /// "*" for the whole network, else the region id.
    [[nodiscard]] const std::string& id() const noexcept { return id_; }
    [[nodiscard]] bool is_whole() const noexcept { return id_ == "*"; }
    [[nodiscard]] const Network& network() const noexcept;
    [[nodiscard]] const AnalysisOptions& options() const noexcept;
    /// The scope's actors (indices into Network::actors, file order).
    [[nodiscard]] const std::vector<std::size_t>& members() const noexcept { return members_; }
    /// Whether actor `a` (an index into Network::actors) is in the scope. O(log members).
    [[nodiscard]] bool contains(std::size_t a) const;
    /// The scope's graph: vertex v is actor members()[v]. Built on first use.
    const Graph& graph();

    /// The scope's directed view (Graph::directed(), out-neighbour lists), vertex v
    /// the same actor as in graph(); and the same reversed (in-neighbour lists).
    const Graph& digraph();
    const Graph& reversed_digraph();

    /// Ties (collapsed) from the scope's actors to actors outside it; 0 for "*".
    std::size_t external_ties();

    /// Runs `work` as a named stage of this scope: timed in stats() and announced to
    /// the progress reports, for work that is not a cached kernel (the random graphs).
    void stage(std::string_view kernel, const std::function<void()>& work);
    /// "betweenness of the whole network", "betweenness of region 'x'": the stage's name
    /// in the progress reports.
    [[nodiscard]] std::string stage_name(std::string_view kernel) const;
    /// "the whole network" or "region 'x'", for notes.
    [[nodiscard]] std::string described() const;

    /// One kernel of the scope (analysis/kernels.hpp has them all): `make` computes it on
    /// first use, timed and counted under `name` (stage()); later calls return the same
    /// object. One name stands for one type A. A scope of the same actors as one made
    /// before reads that one's kernels.
    template <class A>
    const A& kernel(std::string_view name, const std::function<std::unique_ptr<A>()>& make) {
        return kept<A>(name, make, true);
    }
    /// The same for a quick table that is not a stage of its own (not timed, not announced).
    template <class A>
    const A& untimed_kernel(std::string_view name, const std::function<std::unique_ptr<A>()>& make) {
        return kept<A>(name, make, false);
    }
    /// Whether kernel `name` has run on this scope (or on the scope whose kernels it reads).
    [[nodiscard]] bool has_kernel(std::string_view name) const;

    /// The whole network's sector order (declared sectors, then undeclared ones in order
    /// of first use by an actor), the same for every scope.
    [[nodiscard]] const SectorOrder& sector_order();

    /// Adds a sentence to the cache's notes (AnalysisCache::notes()).
    void note(std::string text);
    /// Adds to the notes that an iterative kernel stopped at its iteration limit.
    void note_unconverged(std::string_view what, std::size_t iterations, double change, std::string_view anchor);

private:
    friend class AnalysisCache;
    template <class A>
    const A& kept(std::string_view name, const std::function<std::unique_ptr<A>()>& make, bool timed_stage) {
        if (twin_) return twin_->kept<A>(name, make, timed_stage);
        auto it = kernels_.find(name);
        if (it == kernels_.end()) {
            std::unique_ptr<A> made;
            if (timed_stage) stage(name, [&] { made = make(); });
            else made = make();
            it = kernels_.emplace(std::string(name), std::shared_ptr<const void>(std::move(made))).first;
        }
        return *static_cast<const A*>(it->second.get());
    }
    template <class F>
    void timed(std::string_view kernel, F&& f);

    AnalysisCache& cache_;
    std::string id_;
    std::vector<std::size_t> members_;
    /// The scope of the same actors made before this one, whose kernels this one reads
    /// (AnalysisCache::scope); null when this one computes its own.
    ScopeAnalysis* twin_ = nullptr;
    std::unique_ptr<Graph> graph_;
    std::unique_ptr<Graph> digraph_;
    std::unique_ptr<Graph> reversed_digraph_;
    std::optional<std::size_t> external_;
    std::map<std::string, std::shared_ptr<const void>, std::less<>> kernels_;
};

/// One network's analyses. Not thread-safe: kernels parallelise inside.
class AnalysisCache {
public:
    /// `network` must be indexed and outlive the cache.
    AnalysisCache(const Network& network, AnalysisOptions options = {});
    ~AnalysisCache();
    AnalysisCache(const AnalysisCache&) = delete;
    AnalysisCache& operator=(const AnalysisCache&) = delete;

    [[nodiscard]] const Network& network() const noexcept { return network_; }
    [[nodiscard]] const AnalysisOptions& options() const noexcept { return options_; }

    /// The whole network's scope ("*").
    ScopeAnalysis& whole();
    /// A region's scope (the region and its sub-regions); "*" is whole(). Throws
    /// UsageError for an unknown region, with "did you mean". A scope of exactly the
    /// actors of one made before (a region holding every actor) shares its kernels: they
    /// run once, counted under the scope that ran them.
    ScopeAnalysis& scope(std::string_view id);

    /// Kernels in order of first run, with run counts and seconds over all scopes.
    [[nodiscard]] const std::vector<KernelStat>& stats() const noexcept { return stats_; }
    /// How often `kernel` ran on scope `id`.
    [[nodiscard]] std::size_t runs(std::string_view kernel, std::string_view id) const;
    /// The stats as a table, one kernel a line, for --stats.
    [[nodiscard]] std::string stats_text() const;
    /// What the analyses did other than asked, one sentence each, for the user (e.g. an
    /// --approx whose sample reached the number of actors, computed exactly).
    [[nodiscard]] const std::vector<std::string>& notes() const noexcept { return notes_; }

private:
    friend class ScopeAnalysis;
    void record(std::string_view kernel, const std::string& scope, double seconds);
    /// Whether the whole network's graph is built already.
    [[nodiscard]] bool has_whole_graph() const;
    /// The indexes that keep the work on a region in proportion to the region, each built
    /// once on first use in O(actors + ties + participations): each actor's ties and
    /// projects, each region's members, and the sector order every scope shares.
    const ActorIncidence& incidence();
    const RegionMembers& region_members();
    const SectorOrder& sector_order();
    std::unique_ptr<ActorIncidence> incidence_;
    std::unique_ptr<RegionMembers> region_members_;
    std::unique_ptr<SectorOrder> sector_order_;

    const Network& network_;
    AnalysisOptions options_;
    std::map<std::string, std::unique_ptr<ScopeAnalysis>, std::less<>> scopes_;
    /// The scopes that compute their own kernels, by a hash of their members.
    std::unordered_multimap<std::uint64_t, ScopeAnalysis*> scopes_by_members_;
    std::vector<KernelStat> stats_;
    std::vector<std::string> notes_;
    std::map<std::pair<std::string, std::string>, std::size_t> runs_;
};

/// The row of an actor or vertex that has none (row_of_actor below, row_of_vertex).
inline constexpr std::size_t no_row = static_cast<std::size_t>(-1);

/// Under region scope each actor is measured in the scope of its own region. For the
/// actors with row_of_actor[i] != no_row (indices into Network::actors), one entry per
/// own region (in file order of its first such actor): the scope, and for each vertex v
/// of its graph (actor scope->members()[v]) the row of that actor when the region is its
/// own, no_row otherwise (an actor of a sub-region). O(actors) once, then in proportion to
/// each region's members.
struct OwnRegionRows {
    ScopeAnalysis* scope = nullptr;
    std::vector<std::size_t> rows;  ///< by vertex of scope->graph()
};
[[nodiscard]] std::vector<OwnRegionRows> own_region_rows(AnalysisCache& cache, const std::vector<std::size_t>& row_of_actor);

}  // namespace ecosys
