#include "ecosys/analysis/analysis_cache.hpp"

#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <sstream>
#include <numeric>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "ecosys/error.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

ScopeAnalysis::ScopeAnalysis(AnalysisCache& cache, std::string id, std::vector<std::size_t> members)
    : cache_(cache), id_(std::move(id)), members_(std::move(members)) {}

ScopeAnalysis::~ScopeAnalysis() = default;

const Network& ScopeAnalysis::network() const noexcept { return cache_.network(); }

bool ScopeAnalysis::contains(std::size_t a) const {
    return is_whole() ? a < members_.size() : std::binary_search(members_.begin(), members_.end(), a);
}
const AnalysisOptions& ScopeAnalysis::options() const noexcept { return cache_.options(); }

template <class F>
void ScopeAnalysis::timed(std::string_view kernel, F&& f) {
    const Progress* outer = options().progress;
    const std::string stage = stage_name(kernel);
    if (outer && outer->report) outer->report(stage, 0, 1);  // a stage starts
    const Clock::time_point start = Clock::now();
    f();
    cache_.record(kernel, id_, seconds_since(start));
    if (outer && outer->report) outer->report(stage, 1, 1);  // and ends
}

void ScopeAnalysis::stage(std::string_view kernel, const std::function<void()>& work) { timed(kernel, work); }

// A scope that reads another's kernels names that one in stages and notes: they ran there.
std::string ScopeAnalysis::stage_name(std::string_view kernel) const {
    if (twin_) return twin_->stage_name(kernel);
    return std::string(kernel) + (is_whole() ? " of the whole network" : " of region " + id_);
}

std::string ScopeAnalysis::described() const {
    if (twin_) return twin_->described();
    return is_whole() ? std::string("the whole network") : "region " + detail::quote(id_);
}

bool ScopeAnalysis::has_kernel(std::string_view name) const {
    if (twin_) return twin_->has_kernel(name);
    return kernels_.find(name) != kernels_.end();
}

const SectorOrder& ScopeAnalysis::sector_order() { return cache_.sector_order(); }

void ScopeAnalysis::note(std::string text) { cache_.notes_.push_back(std::move(text)); }

const Graph& ScopeAnalysis::graph() {
    if (twin_) return twin_->graph();  // the same actors: the same kernels, run once
    if (!graph_) {
        timed("graph", [&] {
            // A region's graph from its own actors' ties and projects: in proportion to the region.
            graph_ = std::make_unique<Graph>(is_whole() ? Graph::from_network(network(), options().graph)
                                                        : Graph::induced(network(), members_, options().graph, cache_.incidence()));
        });
    }
    return *graph_;
}

const Graph& ScopeAnalysis::digraph() {
    if (twin_) return twin_->digraph();
    if (!digraph_) {
        timed("digraph", [&] {
            digraph_ = std::make_unique<Graph>(is_whole() ? Graph::directed(network(), members_, options().graph)
                                                          : Graph::directed(network(), members_, options().graph, cache_.incidence()));
        });
    }
    return *digraph_;
}

const Graph& ScopeAnalysis::reversed_digraph() {
    if (twin_) return twin_->reversed_digraph();
    if (!reversed_digraph_) {
        const Graph& g = digraph();
        timed("reversed_digraph", [&] { reversed_digraph_ = std::make_unique<Graph>(g.reversed()); });
    }
    return *reversed_digraph_;
}

void ScopeAnalysis::note_unconverged(std::string_view what, std::size_t iterations, double change,
                                     std::string_view anchor) {
    std::ostringstream text;
    text << what << " of " << described()
         << " did not converge: the power iteration stopped at its limit of " << iterations
         << " iterations while its values still changed by " << std::setprecision(2) << change
         << " per step, so they are approximate (the two largest eigenvalues are very close, as on long chains of "
            "actors; docs/metrics.md#"
         << anchor << ")";
    note(text.str());
}

std::size_t ScopeAnalysis::external_ties() {
    if (twin_) return twin_->external_ties();
    if (external_) return *external_;
    if (is_whole()) return *(external_ = 0);
    const Graph& g = graph();
    const auto inside = [&](std::size_t a) { return contains(a); };  // no array over the whole network
    if (cache_.has_whole_graph()) {
        // The scope's actors' partners outside it, on the whole network's graph.
        const Graph& whole = cache_.whole().graph();
        timed("external_ties", [&] {
            std::size_t count = 0;
            for (Graph::Vertex v = 0; v < g.vertex_count(); ++v)
                for (Graph::Vertex w : whole.neighbours(static_cast<Graph::Vertex>(g.actor(v)))) count += !inside(w);
            external_ = count;
        });
        return *external_;
    }
    // Without the whole network's graph (a command restricted to regions): the same
    // count from the ties and projects of the scope's actors alone, so that the work
    // stays in proportion to the scope. An edge of the graph is a pair with a tie or a
    // shared project, whatever its weight, so the distinct partners outside are its edges.
    const ActorIncidence& inc = cache_.incidence();
    const Network& net = network();
    timed("external_ties", [&] {
        std::size_t count = 0;
        std::vector<std::size_t> partners;
        for (std::size_t m : members_) {
            partners.clear();
            for (std::size_t t : inc.ties_of(m)) {
                const Tie& tie = net.ties[t];
                const std::size_t other = tie.source == m ? tie.target : tie.source;
                if (other != m && !inside(other)) partners.push_back(other);
            }
            if (options().graph.projects)
                for (std::size_t p : inc.projects_of(m))
                    for (std::size_t other : net.projects[p].participants)
                        if (other != m && !inside(other)) partners.push_back(other);
            std::sort(partners.begin(), partners.end());
            count += static_cast<std::size_t>(std::unique(partners.begin(), partners.end()) - partners.begin());
        }
        external_ = count;
    });
    return *external_;
}

AnalysisCache::AnalysisCache(const Network& network, AnalysisOptions options)
    : network_(network), options_(std::move(options)) {}

AnalysisCache::~AnalysisCache() = default;

ScopeAnalysis& AnalysisCache::whole() { return scope("*"); }

bool AnalysisCache::has_whole_graph() const {
    const auto it = scopes_.find(std::string_view("*"));
    return it != scopes_.end() && it->second->graph_ != nullptr;
}

const ActorIncidence& AnalysisCache::incidence() {
    if (!incidence_) incidence_ = std::make_unique<ActorIncidence>(network_);
    return *incidence_;
}

const RegionMembers& AnalysisCache::region_members() {
    if (!region_members_) region_members_ = std::make_unique<RegionMembers>(network_);
    return *region_members_;
}

const SectorOrder& AnalysisCache::sector_order() {
    if (!sector_order_) {
        // The whole network's sector order (declared sectors, then undeclared ones in
        // order of first use by an actor), so that every scope's sector-indexed
        // figures line up.
        auto order = std::make_unique<SectorOrder>();
        auto add = [&](const std::string& id) {
            if (order->index.emplace(id, static_cast<std::uint32_t>(order->sectors.size())).second) order->sectors.push_back(id);
        };
        for (const Sector& s : network_.sectors) add(s.id);
        for (const Actor& a : network_.actors) add(a.sector);
        sector_order_ = std::move(order);
    }
    return *sector_order_;
}

ScopeAnalysis& AnalysisCache::scope(std::string_view id) {
    if (auto it = scopes_.find(id); it != scopes_.end()) return *it->second;
    std::vector<std::size_t> members;
    if (id == "*") {
        members.resize(network_.actors.size());
        std::iota(members.begin(), members.end(), std::size_t{0});
    } else {
        if (!network_.find_region(id)) {
            std::vector<std::string> ids;
            for (const Region& r : network_.regions) ids.push_back(r.id);
            throw UsageError(detail::unknown_name_message("region", id, ids, "regions in this network"));
        }
        members = region_members().members(id);  // Network::actors_in_region, in proportion to the region
    }
    // A scope of exactly the actors of another (a region holding every actor, a region
    // and its only sub-region) is the same scope: it reads the other's kernels, so each
    // runs once. Found by a hash of the members, then compared whole.
    std::uint64_t hash = 1469598103934665603ull ^ members.size();
    for (std::size_t a : members) hash = (hash ^ a) * 1099511628211ull;
    ScopeAnalysis* twin = nullptr;
    for (auto [it, end] = scopes_by_members_.equal_range(hash); it != end && !twin; ++it)
        if (it->second->members_ == members) twin = it->second;
    auto made = std::make_unique<ScopeAnalysis>(*this, std::string(id), std::move(members));
    ScopeAnalysis& out = *made;
    out.twin_ = twin;
    if (!twin) scopes_by_members_.emplace(hash, &out);
    scopes_.emplace(std::string(id), std::move(made));
    return out;
}

void AnalysisCache::record(std::string_view kernel, const std::string& scope, double seconds) {
    auto it = std::find_if(stats_.begin(), stats_.end(), [&](const KernelStat& s) { return s.kernel == kernel; });
    if (it == stats_.end()) it = stats_.insert(stats_.end(), KernelStat{std::string(kernel), 0, 0.0});
    ++it->runs;
    it->seconds += seconds;
    ++runs_[{std::string(kernel), scope}];
}

std::size_t AnalysisCache::runs(std::string_view kernel, std::string_view id) const {
    const auto it = runs_.find({std::string(kernel), std::string(id)});
    return it == runs_.end() ? 0 : it->second;
}

std::string AnalysisCache::stats_text() const {
    std::string out = "kernel                  runs    seconds\n";
    char line[128];
    double total = 0;
    for (const KernelStat& s : stats_) {
        std::snprintf(line, sizeof line, "%-22s %5zu %10.3f\n", s.kernel.c_str(), s.runs, s.seconds);
        out += line;
        total += s.seconds;
    }
    std::snprintf(line, sizeof line, "%-22s %5s %10.3f\n", "total", "", total);
    return out + line;
}

std::vector<OwnRegionRows> own_region_rows(AnalysisCache& cache, const std::vector<std::size_t>& row_of_actor) {
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    const Network& network = cache.network();
    std::vector<std::string_view> own;
    std::unordered_set<std::string_view> seen;
    for (std::size_t i = 0; i < network.actors.size(); ++i)
        if (row_of_actor[i] != none && !network.actors[i].region.empty() && seen.insert(network.actors[i].region).second)
            own.push_back(network.actors[i].region);
    // Rows by the scope's vertices, not by all actors: a network of 10,000 one-actor
    // regions needed 10,000 arrays over all actors (800 MB).
    std::vector<OwnRegionRows> out;
    for (std::string_view id : own) {
        OwnRegionRows r{&cache.scope(id), {}};
        const std::vector<std::size_t>& members = r.scope->members();
        r.rows.resize(members.size(), none);
        for (std::size_t v = 0; v < members.size(); ++v)
            if (network.actors[members[v]].region == id) r.rows[v] = row_of_actor[members[v]];
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace ecosys
