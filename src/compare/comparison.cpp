#include "ecosys/compare/comparison.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <variant>

#include "ecosys/analysis/kernels.hpp"
#include "ecosys/error.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

[[noreturn]] void unknown(std::string_view what, std::string_view value, const std::vector<std::string>& candidates,
                          std::string_view known_label) {
    throw UsageError(detail::unknown_name_message(what, value, candidates, known_label));
}

std::optional<double> number(const MetricValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&value)) return *d;
    return std::nullopt;
}

const std::vector<std::string>& columns_of(const CompareOptions& options) {
    return options.metrics.empty() ? default_compare_keys() : options.metrics;
}

/// Checks the keys before any work.
void check_keys(const std::vector<std::string>& keys) {
    for (const std::string& key : keys)
        if (std::find(scalar_region_keys().begin(), scalar_region_keys().end(), key) == scalar_region_keys().end())
            unknown("metric", key, scalar_region_keys(), "metrics compare accepts");
}

/// The null model of the z-scores: options.null with the samples, seed and threads of
/// the analysis options, the one place they are set.
NullModelOptions null_of(const CompareOptions& options) {
    NullModelOptions null = options.null;
    null.samples = options.metrics_options.analysis.samples;
    null.seed = options.metrics_options.analysis.seed;
    null.threads = options.metrics_options.analysis.threads;
    return null;
}

/// The metrics of scopes `ids` of the cache's network ("*" = the whole network),
/// with their z-scores.
std::vector<ComparisonRow> measure(AnalysisCache& cache, const std::vector<std::string>& ids,
                                   const CompareOptions& options) {
    const Network& network = cache.network();
    std::vector<const MetricInfo*> columns;
    for (const std::string& key : columns_of(options)) columns.push_back(find_metric(key));
    const bool any_z = options.metrics_options.analysis.samples > 0 &&
                       std::any_of(columns.begin(), columns.end(), [](const MetricInfo* m) { return has_z_score(m->key); });
    std::vector<ComparisonRow> rows;
    for (const std::string& id : ids) {
        ScopeAnalysis& scope = cache.scope(id);
        ComparisonRow row;
        row.id = id;
        row.name = id == "*" ? network.name : network.find_region(id)->name;
        row.actors = scope.graph().vertex_count();
        for (const MetricInfo* m : columns) row.values.push_back(number(m->region_value(scope)));
        if (scope.has_kernel("sampled_betweenness")) row.betweenness_sources = scope.options().betweenness_sources;
        row.z.assign(row.values.size(), std::nullopt);
        row.z_error.assign(row.values.size(), 0.0);
        if (any_z) {
            // The random graphs are not a kernel of the cache (their result is only the
            // z-scores), but --stats and the progress lines count them as a stage.
            NullModelOptions null_options = null_of(options);
            null_options.statistics = columns_of(options);  // only the columns shown: the others can cost much
            // The observed mean path length is the column's own value (the cache's kernel,
            // run above): with unweighted path lengths the null model reads it instead of
            // searching from every actor a second time.
            const std::vector<std::string>& shown = null_options.statistics;
            if (!options.metrics_options.analysis.weighted &&
                std::find(shown.begin(), shown.end(), "mean_path_length") != shown.end())
                null_options.observed_paths = &path_lengths(scope);
            DegreePreservingNull null(scope.graph(), null_options);
            null.set_progress(cache.options().progress);
            null.set_distribution(cache.options().distribution);  // under mpirun: the samples are shared
            scope.stage("random_graphs", [&] { null.run(); });
            for (std::size_t c = 0; c < columns.size(); ++c) {
                if (!has_z_score(columns[c]->key)) continue;
                row.z[c] = null.distribution(columns[c]->key).z();
                row.z_error[c] = null.distribution(columns[c]->key).z_error;
            }
        }
        if (options.cug) {
            std::vector<const MetricInfo*> tested;
            for (const MetricInfo* m : columns)
                if (cug_applicable(m->key)) tested.push_back(m);
            const std::vector<CugResult> results = cug_test(scope, tested, *options.cug);
            row.cug.assign(columns.size(), CugResult{});
            for (std::size_t c = 0, t = 0; c < columns.size(); ++c)
                if (cug_applicable(columns[c]->key)) row.cug[c] = results[t++];
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

/// measure() on a network of its own (a snapshot, one of several files).
std::vector<ComparisonRow> measure(const Network& network, const std::vector<std::string>& ids,
                                   const CompareOptions& options) {
    AnalysisCache cache(network, options.metrics_options.analysis);
    return measure(cache, ids, options);
}

/// Each value's rank: 1 + the number of rows with a higher value (equal values share a
/// rank; NaN is higher than nothing and ranks 1). O(rows log rows) per column: comparing
/// every row with every other took minutes for 10,000 regions.
void rank_rows(std::vector<ComparisonRow>& rows, std::size_t columns) {
    for (ComparisonRow& row : rows) row.ranks.assign(columns, std::nullopt);
    std::vector<std::pair<double, std::size_t>> order;  // (value, row), highest first
    for (std::size_t c = 0; c < columns; ++c) {
        order.clear();
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (!rows[r].values[c]) continue;
            if (std::isnan(*rows[r].values[c])) rows[r].ranks[c] = 1;
            else order.emplace_back(*rows[r].values[c], r);
        }
        std::sort(order.begin(), order.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
        for (std::size_t i = 0; i < order.size(); ++i)
            rows[order[i].second].ranks[c] = i > 0 && order[i].first == order[i - 1].first ? rows[order[i - 1].second].ranks[c] : i + 1;
    }
}

Comparison start(CompareBy by, const CompareOptions& options) {
    check_keys(columns_of(options));
    for (const std::string& key : columns_of(options)) require_direction(*find_metric(key), options.metrics_options.analysis.directed);
    Comparison out;
    out.by = by;
    out.region = options.region;
    out.columns = columns_of(options);
    out.weighted = options.metrics_options.analysis.weighted;
    out.directed = options.metrics_options.analysis.directed;
    out.null = null_of(options);
    out.cug = options.cug;
    if (options.cug && options.metrics_options.analysis.weighted)
        throw UsageError("--cug draws graphs without weights; drop --weighted to test the unweighted metrics");
    out.seed = options.metrics_options.analysis.seed;
    return out;
}

void check_region(const Network& network, const std::string& region, const std::string& where) {
    if (region.empty() || network.find_region(region)) return;
    std::vector<std::string> ids;
    for (const Region& r : network.regions) ids.push_back(r.id);
    unknown("region", region, ids, "regions in " + where);
}

}  // namespace

std::string_view to_string(CompareBy by) {
    switch (by) {
    case CompareBy::region: return "region";
    case CompareBy::network: return "network";
    case CompareBy::year: return "year";
    }
    return "region";
}

CompareBy parse_compare_by(std::string_view text) {
    if (text == "region") return CompareBy::region;
    if (text == "network") return CompareBy::network;
    if (text == "year") return CompareBy::year;
    unknown("comparison", text, {"region", "network", "year"}, "--by takes");
}

const std::vector<std::string>& scalar_region_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> k;
        for (const MetricInfo& m : metric_registry())
            if (m.level == MetricLevel::region && m.scalar) k.emplace_back(m.key);
        return k;
    }();
    return keys;
}

const std::vector<std::string>& default_compare_keys() {
    static const std::vector<std::string> keys = {
        "actors",       "tied_pairs",     "density",          "mean_degree",
        "openness",     "components",     "largest_component_share",
        "transitivity", "mean_clustering", "mean_path_length", "betweenness_centralization",
        "modularity",   "cross_sector_share", "ei_index",       "sector_assortativity",
        "multi_sector_share",
    };
    return keys;
}

bool has_z_score(std::string_view key) { return DegreePreservingNull::has(key); }

std::optional<std::size_t> Comparison::column(std::string_view key) const {
    const auto it = std::find(columns.begin(), columns.end(), key);
    if (it == columns.end()) return std::nullopt;
    return static_cast<std::size_t>(it - columns.begin());
}

void Comparison::sort_by(std::string_view key) {
    const std::optional<std::size_t> c = column(key);
    if (!c) unknown("sort column", key, columns, "columns of this comparison");
    std::stable_sort(rows.begin(), rows.end(), [&](const ComparisonRow& a, const ComparisonRow& b) {
        if (!a.values[*c] || !b.values[*c]) return a.values[*c].has_value() && !b.values[*c].has_value();
        return *a.values[*c] > *b.values[*c];
    });
}

std::vector<std::string> parse_compare_metrics(std::string_view list) {
    std::vector<std::string> out = detail::split_list(list);
    check_keys(out);
    return out;
}

Comparison compare_regions(const Network& network, const CompareOptions& options) {
    AnalysisCache cache(network, options.metrics_options.analysis);
    return compare_regions(cache, options);
}

Comparison compare_regions(AnalysisCache& cache, const CompareOptions& options) {
    Comparison out = start(CompareBy::region, options);
    out.region.clear();
    std::vector<std::string> ids = cache.network().populated_regions();
    if (options.include_whole) ids.push_back("*");
    out.rows = measure(cache, ids, options);
    if (options.include_whole) {
        out.whole = std::move(out.rows.back());
        out.rows.pop_back();
    }
    rank_rows(out.rows, out.columns.size());
    return out;
}

Network snapshot(const Network& network, int year) {
    Network s = network;
    const auto later = [year](const std::optional<int>& y) { return y && *y > year; };
    std::erase_if(s.ties, [&](const Tie& t) { return later(t.year); });
    std::erase_if(s.projects, [&](const Project& p) { return later(p.year); });
    s.index();
    return s;
}

std::vector<Period> parse_periods(std::string_view list) {
    std::vector<Period> periods;
    for (const std::string& item : detail::split_list(list)) {
        Period p;
        const std::size_t eq = item.find('=');
        const std::string window = eq == std::string::npos ? item : item.substr(eq + 1);
        p.years = parse_year_window(window, "--periods");
        p.label = eq == std::string::npos ? p.years.to_string() : item.substr(0, eq);
        if (p.label.empty()) throw UsageError("--periods: a name before '=' is empty in " + detail::quote(item));
        for (const Period& q : periods) {
            if (q.label == p.label) throw UsageError("--periods names " + detail::quote(p.label) + " twice");
            const bool apart = (q.years.to && p.years.from && *q.years.to < *p.years.from) ||
                               (p.years.to && q.years.from && *p.years.to < *q.years.from);
            if (!apart)
                throw UsageError("--periods " + detail::quote(q.years.to_string()) + " and " + detail::quote(p.years.to_string()) +
                                 " overlap; periods must not share a year");
        }
        periods.push_back(std::move(p));
    }
    if (periods.empty()) throw UsageError("--periods expects windows separated by commas, such as 2002-2006,2007-2011");
    return periods;
}

std::vector<Period> window_periods(const Network& network, int length) {
    if (length <= 0) throw UsageError("--window expects a number of years >= 1; got " + std::to_string(length));
    std::optional<int> first, last;
    const auto see = [&](const std::optional<int>& y) {
        if (!y) return;
        first = first ? std::min(*first, *y) : *y;
        last = last ? std::max(*last, *y) : *y;
    };
    for (const Tie& t : network.ties) see(t.year);
    for (const Project& p : network.projects) see(p.year);
    if (!first)
        throw UsageError("no tie or project of this network has a year, so there are no periods to compare; "
                         "give them with --periods 2002-2006,2007-2011");
    std::vector<Period> periods;
    for (int from = *first; from <= *last; from += length) {
        Period p;
        p.years = {from, from + length - 1};
        p.label = p.years.to_string();
        if (from + length - 1 > *last) {
            // The data end inside the last window: say so, so that its fewer actors and ties
            // do not read as a decline.
            p.years.to = *last;
            p.label = p.years.to_string() + " (" + std::to_string(*last - from + 1) + " of " + std::to_string(length) + " years)";
        }
        periods.push_back(std::move(p));
    }
    return periods;
}

Comparison compare_years(const Network& network, const CompareOptions& options) {
    Comparison out = start(CompareBy::year, options);
    check_region(network, options.region, "this network");
    if (!options.periods.empty()) {
        const std::string id = options.region.empty() ? "*" : options.region;
        for (const Period& period : options.periods) {
            Selection selection;
            selection.years = period.years;
            selection.keep_isolates = options.keep_isolates;
            selection.graph = options.metrics_options.analysis.graph;
            const Network part = apply_selection(network, selection).network;
            ComparisonRow row = std::move(measure(part, {id}, options).front());
            row.id = period.label;
            const std::string window = period.years.to_string();
            row.name = period.label == window ? window : period.label + " (" + window + ")";
            out.rows.push_back(std::move(row));
        }
        rank_rows(out.rows, out.columns.size());
        return out;
    }
    std::vector<int> years = options.years;
    if (years.empty()) {
        std::set<int> seen;
        for (const Tie& t : network.ties)
            if (t.year) seen.insert(*t.year);
        for (const Project& p : network.projects)
            if (p.year) seen.insert(*p.year);
        if (seen.empty())
            throw UsageError("no tie or project of this network has a year, so there is nothing to follow over time; "
                             "give the snapshot years with --years Y1,Y2,...");
        years.assign(seen.begin(), seen.end());
    }
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    const std::string id = options.region.empty() ? "*" : options.region;
    for (int year : years) {
        ComparisonRow row = std::move(measure(snapshot(network, year), {id}, options).front());
        row.id = std::to_string(year);
        row.name = "≤ " + std::to_string(year);
        out.rows.push_back(std::move(row));
    }
    rank_rows(out.rows, out.columns.size());
    return out;
}

Comparison compare_networks(std::span<const Network> networks, std::span<const std::string> labels,
                            const CompareOptions& options) {
    Comparison out = start(CompareBy::network, options);
    const std::string id = options.region.empty() ? "*" : options.region;
    for (std::size_t i = 0; i < networks.size(); ++i) {
        const std::string label = i < labels.size() ? labels[i] : networks[i].name;
        check_region(networks[i], options.region, label);
        ComparisonRow row = std::move(measure(networks[i], {id}, options).front());
        row.id = label;
        row.name = networks[i].name;
        out.rows.push_back(std::move(row));
    }
    rank_rows(out.rows, out.columns.size());
    return out;
}

}  // namespace ecosys
