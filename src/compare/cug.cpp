#include "ecosys/compare/cug.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <unordered_set>

#include "ecosys/error.hpp"
#include "metrics/shared_sources.hpp"
#include "util/parallel.hpp"
#include "util/random.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

/// The value as a number, none for text, NaN or infinity.
std::optional<double> finite_number(const MetricValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&v)) return std::isfinite(*d) ? std::optional(*d) : std::nullopt;
    return std::nullopt;
}

/// The scope's actors as a network of their own, without ties or projects.
Network actors_only(ScopeAnalysis& scope) {
    const Network& net = scope.network();
    Network out;
    out.name = net.name;
    out.sectors = net.sectors;
    out.regions = net.regions;
    out.actors.reserve(scope.members().size());
    for (std::size_t a : scope.members()) out.actors.push_back(net.actors[a]);
    out.index();
    return out;
}

Tie unit_tie(std::size_t s, std::size_t t, bool directed) {
    Tie tie;
    tie.source = s;
    tie.target = t;
    tie.directed = directed;
    return tie;
}

/// `count` distinct pairs drawn uniformly: unordered (s < t) or, when `ordered`, ordered.
/// Above half of the possible pairs the complement is drawn instead.
std::vector<std::pair<std::size_t, std::size_t>> distinct_pairs(std::size_t n, std::size_t count, bool ordered,
                                                                std::mt19937_64& rng) {
    const std::size_t possible = ordered ? n * (n - 1) : n * (n - 1) / 2;
    const bool complement = count > possible / 2;
    const std::size_t draw = complement ? possible - count : count;
    std::unordered_set<std::uint64_t> chosen;
    chosen.reserve(draw * 2);
    std::vector<std::pair<std::size_t, std::size_t>> out;
    while (chosen.size() < draw) {
        std::size_t s = detail::uniform_below(rng, n), t = detail::uniform_below(rng, n - 1);
        if (t >= s) ++t;
        if (!ordered && s > t) std::swap(s, t);
        if (chosen.insert(static_cast<std::uint64_t>(s) * n + t).second && !complement) out.emplace_back(s, t);
    }
    if (!complement) return out;
    for (std::size_t s = 0; s < n; ++s)
        for (std::size_t t = ordered ? 0 : s + 1; t < n; ++t)
            if (s != t && !chosen.count(static_cast<std::uint64_t>(s) * n + t)) out.emplace_back(s, t);
    // The complement comes out in index order; the dyad census draw needs a random order.
    for (std::size_t i = out.size(); i > 1; --i) std::swap(out[i - 1], out[detail::uniform_below(rng, i)]);
    return out;
}

struct Census {
    std::size_t edges = 0;     ///< ties (undirected) or arcs (directed)
    std::size_t mutual = 0;    ///< directed: pairs tied both ways
    std::size_t asymmetric = 0;
};

/// Random ties on the n actors under `condition`, holding `census`.
std::vector<Tie> random_ties(std::size_t n, CugCondition condition, const Census& census, bool directed,
                             std::mt19937_64& rng) {
    std::vector<Tie> ties;
    if (n < 2) return ties;
    if (condition == CugCondition::size) {
        std::uint64_t bits = 0;
        int left = 0;
        for (std::size_t s = 0; s < n; ++s)
            for (std::size_t t = directed ? 0 : s + 1; t < n; ++t) {
                if (s == t) continue;
                if (left == 0) {
                    bits = rng();
                    left = 64;
                }
                if (bits & 1) ties.push_back(unit_tie(s, t, directed));
                bits >>= 1;
                --left;
            }
        return ties;
    }
    if (!directed || condition == CugCondition::edges) {
        for (const auto& [s, t] : distinct_pairs(n, census.edges, directed, rng)) ties.push_back(unit_tie(s, t, directed));
        return ties;
    }
    // The dyad census: mutual pairs first, then asymmetric ones in a random direction.
    const auto pairs = distinct_pairs(n, census.mutual + census.asymmetric, false, rng);
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const auto [s, t] = pairs[i];
        if (i < census.mutual) {
            ties.push_back(unit_tie(s, t, true));
            ties.push_back(unit_tie(t, s, true));
        } else if (rng() & 1) ties.push_back(unit_tie(s, t, true));
        else ties.push_back(unit_tie(t, s, true));
    }
    return ties;
}

}  // namespace

std::string_view to_string(CugCondition condition) {
    switch (condition) {
    case CugCondition::size: return "size";
    case CugCondition::edges: return "edges";
    case CugCondition::dyads: return "dyads";
    }
    return "edges";
}

CugCondition parse_cug_condition(std::string_view text) {
    if (text == "size") return CugCondition::size;
    if (text == "edges") return CugCondition::edges;
    if (text == "dyads") return CugCondition::dyads;
    throw UsageError(detail::unknown_name_message("CUG condition", text, {"size", "edges", "dyads"}, "--cug takes"));
}

bool cug_applicable(std::string_view key) {
    static const std::vector<std::string_view> not_tested = {
        "actors", "external_ties", "openness", "ei_p_value", "synergy_t3", "synergy_t4",
        "funding_total", "funding_per_actor", "coordinator_share"};
    const MetricInfo* m = find_metric(key);
    return m && m->level == MetricLevel::region && m->scalar &&
           std::find(not_tested.begin(), not_tested.end(), key) == not_tested.end();
}

std::vector<CugResult> cug_test(ScopeAnalysis& scope, std::span<const MetricInfo* const> metrics, const CugOptions& options) {
    if (scope.options().weighted)
        throw UsageError("the CUG test draws graphs without weights; drop --weighted to test the unweighted metrics");
    for (const MetricInfo* m : metrics)
        if (!cug_applicable(m->key))
            throw UsageError("metric '" + std::string(m->key) +
                             "' has no CUG test: it does not read the region's ties alone (actors, openness, external_ties, "
                             "funding and synergy keys, ei_p_value)");
    const bool directed = scope.options().directed;
    const Graph& g = directed ? scope.digraph() : scope.graph();
    const std::size_t n = g.vertex_count(), k = metrics.size();

    AnalysisOptions inner = scope.options();
    inner.threads = 1;
    inner.progress = nullptr;
    inner.distribution = nullptr;
    inner.ei_permutations = 0;

    // The observed graph as a network of unit ties: collapsed, as the random ones.
    Network observed = actors_only(scope);
    Census census;
    for (Graph::Vertex v = 0; v < n; ++v) {
        const auto nb = g.neighbours(v);
        for (Graph::Vertex w : nb) {
            if (directed) {
                observed.ties.push_back(unit_tie(v, w, true));
                const auto back = g.neighbours(w);
                if (std::binary_search(back.begin(), back.end(), v)) census.mutual += v < w;
                else ++census.asymmetric;
            } else if (v < w) {
                observed.ties.push_back(unit_tie(v, w, false));
            }
        }
    }
    census.edges = observed.ties.size();
    std::vector<CugResult> results(k);
    {
        AnalysisCache cache(observed, inner);
        for (std::size_t c = 0; c < k; ++c) results[c].observed = finite_number(metrics[c]->region_value(cache.whole()));
    }

    if (n < 2 || (options.condition != CugCondition::size && census.edges == 0)) {
        // Every random graph would be the observed one (no pair to tie, or no tie to
        // place): its values, without drawing them (a one-actor region took 1,000
        // analyses for nothing).
        for (CugResult& r : results) {
            if (!r.observed) continue;
            r.samples = options.samples;
            r.mean = *r.observed;
            r.p_greater = r.p_less = 1.0;
        }
        return results;
    }
    detail::SharedSources share(scope.options().distribution, "cug_graphs", options.samples);
    const Network base = actors_only(scope);
    // Per random graph and metric: its value, NaN where undefined.
    std::vector<double> values(share.size() * k, std::numeric_limits<double>::quiet_NaN());
    const unsigned workers = detail::worker_count(share.size(), scope.options().threads);
    std::vector<Network> scratch(workers, base);
    scope.stage("cug_graphs", [&] {
        detail::parallel_for(share.size(), scope.options().threads, scope.options().progress, "CUG random graphs",
                             [&](unsigned worker, std::size_t item) {
                                 const std::size_t sample = share.begin() + item;
                                 std::mt19937_64 rng = detail::seeded_rng(options.seed, sample + 1);
                                 Network& net = scratch[worker];
                                 net.ties = random_ties(n, options.condition, census, directed, rng);
                                 AnalysisCache cache(net, inner);
                                 for (std::size_t c = 0; c < k; ++c)
                                     if (auto x = finite_number(metrics[c]->region_value(cache.whole())))
                                         values[item * k + c] = *x;
                             });
    });
    // Per metric: defined, >=, <= and the sum, added over the processes.
    std::vector<double> counts(4 * k, 0.0);
    for (std::size_t i = 0; i < share.size(); ++i)
        for (std::size_t c = 0; c < k; ++c) {
            const double x = values[i * k + c];
            if (std::isnan(x)) continue;
            counts[4 * c] += 1;
            counts[4 * c + 3] += x;
            if (!results[c].observed) continue;
            counts[4 * c + 1] += x >= *results[c].observed;
            counts[4 * c + 2] += x <= *results[c].observed;
        }
    share.sum(counts);
    for (std::size_t c = 0; c < k; ++c) {
        const double defined = counts[4 * c];
        results[c].samples = static_cast<std::size_t>(defined);
        if (defined == 0) continue;
        results[c].mean = counts[4 * c + 3] / defined;
        if (!results[c].observed) continue;
        results[c].p_greater = counts[4 * c + 1] / defined;
        results[c].p_less = counts[4 * c + 2] / defined;
    }
    return results;
}

}  // namespace ecosys
