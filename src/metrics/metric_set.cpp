#include "ecosys/metrics/metric_set.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "ecosys/error.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/helix/helix_report.hpp"
#include "ecosys/metrics/approx_betweenness.hpp"
#include "ecosys/metrics/betweenness.hpp"
#include "ecosys/metrics/centralization.hpp"
#include "ecosys/metrics/closeness.hpp"
#include "ecosys/metrics/clustering.hpp"
#include "ecosys/metrics/components.hpp"
#include "ecosys/metrics/core_number.hpp"
#include "ecosys/metrics/degree.hpp"
#include "ecosys/metrics/eigenvector.hpp"
#include "ecosys/metrics/harmonic.hpp"
#include "ecosys/metrics/louvain.hpp"
#include "ecosys/metrics/pagerank.hpp"
#include "ecosys/metrics/path_lengths.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

constexpr std::size_t no_row = static_cast<std::size_t>(-1);

/// The results on one graph (the whole network or one region), each computed on
/// first use and then shared by the actor columns and the region record.
class Analysis {
public:
    Analysis(Graph graph, const MetricsOptions& options)
        : graph_(std::move(graph)),
          weighted_(options.weighted),
          seed_(options.seed),
          threads_(options.threads),
          approx_epsilon_(options.approx_epsilon),
          approx_delta_(options.approx_delta),
          progress_(options.progress) {}
    Analysis(const Analysis&) = delete;
    Analysis& operator=(const Analysis&) = delete;

    [[nodiscard]] const Graph& graph() const { return graph_; }
    [[nodiscard]] bool weighted() const { return weighted_; }

    const Degree& degree() { return lazy(degree_, graph_); }
    /// Normalised betweenness: exact, or estimated when an approximation was asked for.
    const std::vector<double>& betweenness() {
        if (approx_epsilon_ > 0.0)
            return lazy(approx_betweenness_, graph_, approx_epsilon_, approx_delta_, seed_, threads_).normalized_scores();
        return lazy(betweenness_, graph_, weighted_, threads_).normalized_scores();
    }
    const Closeness& closeness() { return lazy(closeness_, graph_, weighted_, threads_); }
    const Harmonic& harmonic() { return lazy(harmonic_, graph_, weighted_, threads_); }
    const Eigenvector& eigenvector() { return lazy(eigenvector_, graph_, weighted_); }
    const PageRank& pagerank() { return lazy(pagerank_, graph_, weighted_); }
    const Clustering& clustering() { return lazy(clustering_, graph_, weighted_); }
    /// Transitivity is unweighted whatever the options, so it has its own instance when weighted.
    const Clustering& unweighted_clustering() {
        return weighted_ ? lazy(unweighted_clustering_, graph_, false) : clustering();
    }
    const CoreNumber& core() { return lazy(core_, graph_); }
    const Components& components() { return lazy(components_, graph_); }
    const Louvain& louvain() { return lazy(louvain_, graph_, weighted_, seed_); }
    const PathLengths& path_lengths() { return lazy(path_lengths_, graph_, weighted_, threads_); }
    const HelixSummary& helix(const Network& network) {
        if (!helix_) helix_ = std::make_unique<HelixSummary>(summarise_helix(graph_, network, EIOptions{9999, seed_}));
        return *helix_;
    }

private:
    template <class A, class... Args>
    const A& lazy(std::unique_ptr<A>& slot, Args&&... args) {
        if (!slot) {
            slot = std::make_unique<A>(std::forward<Args>(args)...);
            slot->set_progress(progress_);
            slot->run();
        }
        return *slot;
    }

    Graph graph_;
    bool weighted_;
    std::uint64_t seed_;
    unsigned threads_;
    double approx_epsilon_;
    double approx_delta_;
    const Progress* progress_;
    std::unique_ptr<Degree> degree_;
    std::unique_ptr<Betweenness> betweenness_;
    std::unique_ptr<ApproxBetweenness> approx_betweenness_;
    std::unique_ptr<Closeness> closeness_;
    std::unique_ptr<Harmonic> harmonic_;
    std::unique_ptr<Eigenvector> eigenvector_;
    std::unique_ptr<PageRank> pagerank_;
    std::unique_ptr<Clustering> clustering_;
    std::unique_ptr<Clustering> unweighted_clustering_;
    std::unique_ptr<CoreNumber> core_;
    std::unique_ptr<Components> components_;
    std::unique_ptr<Louvain> louvain_;
    std::unique_ptr<PathLengths> path_lengths_;
    std::unique_ptr<HelixSummary> helix_;
};

std::int64_t as_count(std::size_t n) { return static_cast<std::int64_t>(n); }

/// Values of one actor metric for every vertex of the analysed graph.
std::vector<MetricValue> actor_column(Analysis& a, const std::string& key) {
    const Graph& g = a.graph();
    const std::size_t n = g.vertex_count();
    std::vector<MetricValue> out(n);
    auto reals = [&](const std::vector<double>& values) {
        for (std::size_t v = 0; v < n; ++v) out[v] = values[v];
    };
    if (key == "degree") {
        for (std::size_t v = 0; v < n; ++v) out[v] = as_count(a.degree().degrees()[v]);
    } else if (key == "strength") {
        reals(a.degree().strengths());
    } else if (key == "betweenness") {
        reals(a.betweenness());
    } else if (key == "closeness") {
        reals(a.closeness().scores());
    } else if (key == "harmonic") {
        reals(a.harmonic().scores());
    } else if (key == "eigenvector") {
        reals(a.eigenvector().scores());
    } else if (key == "pagerank") {
        reals(a.pagerank().scores());
    } else if (key == "clustering") {
        reals(a.clustering().scores());
    } else if (key == "core") {
        for (std::size_t v = 0; v < n; ++v) out[v] = as_count(a.core().scores()[v]);
    } else if (key == "component") {
        for (std::size_t v = 0; v < n; ++v) out[v] = as_count(a.components().component_of()[v]);
    } else if (key == "community") {
        for (std::size_t v = 0; v < n; ++v) out[v] = as_count(a.louvain().communities()[v]);
    }
    return out;
}

void fill_actor_rows(Analysis& a, const std::vector<std::string>& columns, const std::vector<std::size_t>& row_of_actor,
                     std::vector<ActorRow>& rows) {
    const Graph& g = a.graph();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        std::vector<MetricValue> values = actor_column(a, columns[c]);
        for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) {
            const std::size_t row = row_of_actor[g.actor(v)];
            if (row != no_row) rows[row].values[c] = std::move(values[v]);
        }
    }
}

/// Up to three actors with the highest positive betweenness; equal values (to 1e-12
/// after normalisation) in file order.
std::vector<std::string> top_brokers(Analysis& a, const Network& network) {
    const auto& b = a.betweenness();
    std::vector<std::pair<long long, Graph::Vertex>> ranked;
    for (Graph::Vertex v = 0; v < b.size(); ++v) {
        const long long key = std::llround(b[v] * 1e12);
        if (key > 0) ranked.push_back({-key, v});
    }
    std::sort(ranked.begin(), ranked.end());  // highest first, then by vertex = file order
    std::vector<std::string> out;
    for (std::size_t i = 0; i < ranked.size() && i < 3; ++i) out.push_back(network.actors[a.graph().actor(ranked[i].second)].id);
    return out;
}

std::vector<SectorCount> sector_counts(const Graph& g, const Network& network) {
    std::vector<SectorCount> out;
    for (const Sector& s : network.sectors) out.push_back({s.id, 0});
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) {
        const std::string& sector = network.actors[g.actor(v)].sector;
        auto it = std::find_if(out.begin(), out.end(), [&](const SectorCount& c) { return c.sector == sector; });
        if (it == out.end()) out.push_back({sector, 1});  // not declared: the readers reject this, a hand-built network may not
        else ++it->actors;
    }
    return out;
}

/// Ties (collapsed) from the actors of `g` to actors outside it, counted on the whole-network graph.
std::size_t external_ties(const Graph& g, const Graph& whole) {
    std::vector<char> inside(whole.vertex_count(), 0);
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) inside[g.actor(v)] = 1;
    std::size_t count = 0;
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v)
        for (Graph::Vertex w : whole.neighbours(static_cast<Graph::Vertex>(g.actor(v)))) count += !inside[w];
    return count;
}

/// The value of one region metric. `external` is the number of external ties.
MetricValue region_value(Analysis& a, const std::string& key, const Network& network, std::size_t external) {
    const Graph& g = a.graph();
    const double n = static_cast<double>(g.vertex_count());
    const double m = static_cast<double>(g.edge_count());
    if (key == "actors") return as_count(g.vertex_count());
    if (key == "ties") return as_count(g.edge_count());
    if (key == "external_ties") return as_count(external);
    if (key == "openness") {
        const double e = static_cast<double>(external);
        return m + e > 0 ? e / (m + e) : 0.0;
    }
    if (key == "density") return n > 1 ? 2.0 * m / (n * (n - 1.0)) : 0.0;
    if (key == "mean_degree") return n > 0 ? 2.0 * m / n : 0.0;
    if (key == "components") return as_count(a.components().count());
    if (key == "largest_component_share") {
        if (g.vertex_count() == 0) return 0.0;
        return static_cast<double>(a.components().sizes()[a.components().largest()]) / n;
    }
    if (key == "isolates") {
        std::size_t isolates = 0;
        for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) isolates += g.degree(v) == 0;
        return as_count(isolates);
    }
    if (key == "transitivity") return a.unweighted_clustering().transitivity();
    if (key == "mean_clustering") return a.clustering().mean();
    if (key == "mean_path_length") return a.path_lengths().mean_path_length();
    if (key == "diameter") {
        const double d = a.path_lengths().diameter();
        if (a.weighted()) return d;
        return static_cast<std::int64_t>(d);
    }
    if (key == "degree_centralization") return degree_centralization(g);
    if (key == "betweenness_centralization") return betweenness_centralization(a.betweenness());
    if (key == "communities") return as_count(a.louvain().count());
    if (key == "modularity") return a.louvain().modularity();
    if (key == "sector_counts") return sector_counts(g, network);
    if (key == "top_brokers") return top_brokers(a, network);
    auto optional = [](const std::optional<double>& x) { return x ? MetricValue(*x) : MetricValue(); };
    if (key == "cross_sector_share") return a.helix(network).cross_sector_share;
    if (key == "ei_index") return optional(a.helix(network).ei_index);
    if (key == "ei_p_value") return optional(a.helix(network).ei_p_value);
    if (key == "sector_assortativity") return optional(a.helix(network).assortativity);
    if (key == "multi_sector_share") return a.helix(network).multi_sector_share;
    if (key == "synergy_t3") return optional(a.helix(network).synergy_t3);
    if (key == "synergy_t4") return optional(a.helix(network).synergy_t4);
    return {};
}

/// The record of the region analysed by `a`; `whole` is the whole network's graph, or
/// nullptr for the whole network's own record (which has no external ties).
RegionRow region_row(Analysis& a, std::string id, std::string name, const std::vector<std::string>& columns,
                     const Network& network, const Graph* whole) {
    RegionRow row{std::move(id), std::move(name), {}};
    const bool needs_external = std::find(columns.begin(), columns.end(), "external_ties") != columns.end() ||
                                std::find(columns.begin(), columns.end(), "openness") != columns.end();
    const std::size_t external = needs_external && whole ? external_ties(a.graph(), *whole) : 0;
    row.values.reserve(columns.size());
    for (const std::string& key : columns) row.values.push_back(region_value(a, key, network, external));
    return row;
}

std::vector<std::string> known_metric_keys() {
    std::vector<std::string> all = actor_metric_keys();
    all.insert(all.end(), region_metric_keys().begin(), region_metric_keys().end());
    return all;
}

[[noreturn]] void unknown(std::string_view what, std::string_view value, const std::vector<std::string>& candidates,
                          std::string_view known_label) {
    throw UsageError(detail::unknown_name_message(what, value, candidates, known_label));
}

}  // namespace

std::string_view to_string(MetricScope scope) { return scope == MetricScope::network ? "network" : "region"; }

const std::vector<std::string>& actor_metric_keys() {
    static const std::vector<std::string> keys = {
        "degree",   "strength",   "betweenness", "closeness", "harmonic", "eigenvector",
        "pagerank", "clustering", "core",        "component", "community",
    };
    return keys;
}

const std::vector<std::string>& region_metric_keys() {
    static const std::vector<std::string> keys = {
        "actors",
        "ties",
        "external_ties",
        "openness",
        "density",
        "mean_degree",
        "components",
        "largest_component_share",
        "isolates",
        "transitivity",
        "mean_clustering",
        "mean_path_length",
        "diameter",
        "degree_centralization",
        "betweenness_centralization",
        "communities",
        "modularity",
        "sector_counts",
        "top_brokers",
        "cross_sector_share",
        "ei_index",
        "ei_p_value",
        "sector_assortativity",
        "multi_sector_share",
        "synergy_t3",
        "synergy_t4",
    };
    return keys;
}

std::vector<std::string> parse_metric_list(std::string_view list) {
    const std::vector<std::string> known = known_metric_keys();
    std::vector<std::string> out = detail::split_list(list);
    for (const std::string& item : out)
        if (std::find(known.begin(), known.end(), item) == known.end()) unknown("metric", item, known, "known metrics");
    return out;
}

const MetricValue* MetricsReport::actor_value(std::string_view id, std::string_view key) const {
    const auto column = std::find(actor_columns.begin(), actor_columns.end(), key);
    if (column == actor_columns.end()) return nullptr;
    for (const ActorRow& row : actors)
        if (row.id == id) return &row.values[static_cast<std::size_t>(column - actor_columns.begin())];
    return nullptr;
}

const MetricValue* MetricsReport::region_value(std::string_view id, std::string_view key) const {
    const auto column = std::find(region_columns.begin(), region_columns.end(), key);
    if (column == region_columns.end()) return nullptr;
    for (const RegionRow& row : regions)
        if (row.id == id) return &row.values[static_cast<std::size_t>(column - region_columns.begin())];
    return nullptr;
}

MetricsReport compute_metrics(const Network& network, const MetricsOptions& options) {
    MetricsReport report;
    report.network = network.name;
    report.scope = options.scope;
    report.weighted = options.weighted;
    if (options.approx_epsilon != 0.0) {
        if (options.weighted)
            throw UsageError("approximate betweenness is unweighted only; drop --weighted or --approx");
        const Graph empty;
        ApproxBetweenness check(empty, options.approx_epsilon, options.approx_delta);  // throws on a bad epsilon or delta
    }

    // Which metrics: every key given must be known; columns keep the key order.
    const std::vector<std::string> known = known_metric_keys();
    for (const std::string& key : options.only)
        if (std::find(known.begin(), known.end(), key) == known.end()) unknown("metric", key, known, "known metrics");
    auto wanted = [&](const std::string& key) {
        return options.only.empty() || std::find(options.only.begin(), options.only.end(), key) != options.only.end();
    };
    for (const std::string& key : actor_metric_keys())
        if (wanted(key)) report.actor_columns.push_back(key);
    for (const std::string& key : region_metric_keys())
        if (wanted(key)) report.region_columns.push_back(key);

    // Which regions: the ones asked for (each must exist), else every populated one.
    std::vector<std::string> regions;
    if (options.regions.empty()) {
        regions = network.populated_regions();
    } else {
        std::vector<std::string> region_ids;
        for (const Region& r : network.regions) region_ids.push_back(r.id);
        for (const std::string& id : options.regions) {
            if (!network.find_region(id)) unknown("region", id, region_ids, "regions in this network");
            if (std::find(regions.begin(), regions.end(), id) == regions.end()) regions.push_back(id);
        }
    }
    const std::unordered_set<std::string> region_set(regions.begin(), regions.end());
    if (options.whole_network_only) regions.clear();

    // Actor rows, in file order; under a region filter only the actors of those regions.
    std::vector<std::size_t> row_of_actor(network.actors.size(), no_row);
    if (!report.actor_columns.empty()) {
        for (std::size_t i = 0; i < network.actors.size(); ++i) {
            const Actor& actor = network.actors[i];
            if (!options.regions.empty() && !region_set.count(actor.region)) continue;
            row_of_actor[i] = report.actors.size();
            report.actors.push_back({actor.id, actor.name, actor.sector, actor.region,
                                     std::vector<MetricValue>(report.actor_columns.size())});
        }
    }
    const bool actor_metrics_per_region = options.scope == MetricScope::region && !report.actor_columns.empty();
    const bool region_metrics = !report.region_columns.empty();

    // The whole network: network-scope actor metrics, the "*" record, and external ties.
    std::unique_ptr<Analysis> whole;
    if ((options.scope == MetricScope::network && !report.actor_columns.empty()) || region_metrics) {
        whole = std::make_unique<Analysis>(Graph::from_network(network, options.graph), options);
        if (options.scope == MetricScope::network) fill_actor_rows(*whole, report.actor_columns, row_of_actor, report.actors);
    }

    // One region at a time, so only one region's results are held at once.
    if (actor_metrics_per_region || region_metrics) {
        for (const std::string& id : regions) {
            const std::vector<std::size_t> members = network.actors_in_region(id);
            Analysis region(Graph::induced(network, members, options.graph), options);
            if (actor_metrics_per_region) fill_actor_rows(region, report.actor_columns, row_of_actor, report.actors);
            if (region_metrics)
                report.regions.push_back(region_row(region, id, network.find_region(id)->name, report.region_columns,
                                                    network, &whole->graph()));
        }
    }
    if (region_metrics) report.regions.push_back(region_row(*whole, "*", network.name, report.region_columns, network, nullptr));
    return report;
}

}  // namespace ecosys
