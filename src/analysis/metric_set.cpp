#include "ecosys/analysis/metric_set.hpp"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "ecosys/analysis/kernels.hpp"
#include "ecosys/error.hpp"
#include "ecosys/metrics/approx_betweenness.hpp"
#include "ecosys/metrics/eigenvector.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

/// row_of_vertex: the row of each vertex of the scope's graph, or no_row (on the whole
/// network's graph vertex v is actor v, so rows by actor serve).
void fill_actor_rows(ScopeAnalysis& scope, const std::vector<const MetricInfo*>& columns,
                     const std::vector<std::size_t>& row_of_vertex, std::vector<ActorRow>& rows) {
    const Graph& g = scope.graph();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        std::vector<MetricValue> values = columns[c]->actor_values(scope);
        for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) {
            const std::size_t row = row_of_vertex[v];
            if (row != no_row) rows[row].values[c] = std::move(values[v]);
        }
    }
}

RegionRow region_row(ScopeAnalysis& scope, std::string name, const std::vector<const MetricInfo*>& columns) {
    RegionRow row{scope.id(), std::move(name), {}};
    row.values.reserve(columns.size());
    for (const MetricInfo* m : columns) row.values.push_back(m->region_value(scope));
    return row;
}

void check_approximation(const MetricsOptions& options) {
    const AnalysisOptions& a = options.analysis;
    if (a.approx_epsilon == 0.0) return;
    if (a.weighted) throw UsageError("approximate betweenness is unweighted only; drop --weighted or --approx");
    if (a.directed) throw UsageError("approximate betweenness is undirected only; drop --directed or --approx");
    const Graph empty;
    ApproxBetweenness check(empty, a.approx_epsilon, a.approx_delta);  // throws on a bad epsilon or delta
}

}  // namespace

const std::vector<std::string>& actor_metric_keys() { return metric_keys(MetricLevel::actor); }

const std::vector<std::string>& region_metric_keys() { return metric_keys(MetricLevel::region); }

std::vector<std::string> parse_metric_list(std::string_view list) {
    std::vector<std::string> out = detail::split_list(list);
    for (const std::string& item : out) require_metric(item, all_metric_keys());
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
    check_approximation(options);
    AnalysisCache cache(network, options.analysis);
    return compute_metrics(cache, options);
}

MetricsReport compute_metrics(AnalysisCache& cache, const MetricsOptions& options) {
    const Network& network = cache.network();
    MetricsReport report;
    report.network = network.name;
    report.scope = options.scope;
    report.weighted = cache.options().weighted;
    report.directed = cache.options().directed;
    check_approximation(options);

    // Which metrics: every key given must be registered (and a direction key needs the
    // directed option); columns keep the registry's order. By default every key, the
    // direction keys only under the directed option.
    for (const std::string& key : options.only) require_direction(require_metric(key, all_metric_keys()), report.directed);
    const bool funding = has_funding_data(network);
    auto wanted = [&](const MetricInfo& m) {
        if (options.only.empty()) return (!m.directed || report.directed) && default_column(m, funding);
        return std::find(options.only.begin(), options.only.end(), m.key) != options.only.end();
    };
    std::vector<const MetricInfo*> actor_columns, region_columns;
    for (const MetricInfo& m : metric_registry()) {
        if (!wanted(m)) continue;
        (m.level == MetricLevel::actor ? actor_columns : region_columns).push_back(&m);
        (m.level == MetricLevel::actor ? report.actor_columns : report.region_columns).emplace_back(m.key);
    }

    // Which regions: the ones asked for (each must exist), else every populated one.
    std::vector<std::string> regions;
    bool whole_asked = false;  // "*" among them: the whole network (its record comes last, as always)
    if (options.regions.empty()) {
        regions = network.populated_regions();
    } else {
        for (const std::string& id : options.regions) {
            cache.scope(id);  // throws for an unknown region
            if (id == "*") whole_asked = true;
            else if (std::find(regions.begin(), regions.end(), id) == regions.end()) regions.push_back(id);
        }
    }

    // Actor rows, in file order; under a region filter only the members of those regions.
    std::vector<std::size_t> row_of_actor(network.actors.size(), no_row);
    if (!actor_columns.empty()) {
        std::vector<char> listed(network.actors.size(), options.regions.empty() ? 1 : 0);
        for (const std::string& id : options.regions)
            for (std::size_t i : cache.scope(id).members()) listed[i] = 1;
        for (std::size_t i = 0; i < network.actors.size(); ++i) {
            if (!listed[i]) continue;
            const Actor& actor = network.actors[i];
            row_of_actor[i] = report.actors.size();
            report.actors.push_back(
                {actor.id, actor.name, actor.sector, actor.region, std::vector<MetricValue>(actor_columns.size())});
        }
    }

    // Actor metrics: on the whole network, or on each actor's own region.
    if (!actor_columns.empty()) {
        const bool with_eigenvector = wanted(*find_metric("eigenvector"));
        std::size_t zero_actors = 0, zero_components = 0;
        if (options.scope == MetricScope::network) {
            fill_actor_rows(cache.whole(), actor_columns, row_of_actor, report.actors);
            if (with_eigenvector) {
                zero_actors = eigenvector(cache.whole()).actors_set_to_zero();
                zero_components = eigenvector(cache.whole()).components_set_to_zero();
            }
        } else {
            // Each listed actor is measured in the scope of its own region.
            for (const OwnRegionRows& own : own_region_rows(cache, row_of_actor)) {
                fill_actor_rows(*own.scope, actor_columns, own.rows, report.actors);
                if (with_eigenvector) {
                    zero_actors += eigenvector(*own.scope).actors_set_to_zero();
                    zero_components += eigenvector(*own.scope).components_set_to_zero();
                }
            }
        }
        // Eigenvector gives 0 outside the leading component: say so where the 0s are read.
        if (zero_actors > 0)
            report.notes.push_back(
                "eigenvector is computed on the leading component only (the one with the largest eigenvalue, usually the "
                "largest): " + std::to_string(zero_actors) + (zero_actors == 1 ? " actor" : " actors") + " in " +
                std::to_string(zero_components) + (zero_components == 1 ? " other component" : " other components") +
                (zero_actors == 1 ? " gets" : " get") +
                " 0 " +
                (options.scope == MetricScope::region ? "inside their regions"
                 : network.populated_regions().empty() ? "on the whole network"
                                                       : "on the whole network; --scope region measures each region on its own ties") +
                " (docs/metrics.md#eigenvector)");
    }

    if (!region_columns.empty()) {
        if (!options.whole_network_only)
            for (const std::string& id : regions) report.regions.push_back(region_row(cache.scope(id), network.find_region(id)->name, region_columns));
        if (options.include_whole || whole_asked) report.regions.push_back(region_row(cache.whole(), network.name, region_columns));
    }
    // What the kernels did other than asked (an iteration that did not converge, an
    // --approx computed exactly) goes with the values.
    for (const std::string& note : cache.notes())
        if (std::find(report.notes.begin(), report.notes.end(), note) == report.notes.end()) report.notes.push_back(note);
    return report;
}

}  // namespace ecosys
