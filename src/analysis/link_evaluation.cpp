#include "ecosys/analysis/link_evaluation.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_set>

#include "ecosys/error.hpp"
#include "ecosys/links/link_prediction.hpp"
#include "ecosys/links/ranking_quality.hpp"
#include "ecosys/model/projection.hpp"
#include "graph/hop_distances.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

constexpr std::size_t unreachable = static_cast<std::size_t>(-1);

/// A uniform score in [0, 1) for the pair, the same for the same seed (SplitMix64).
double random_score(std::uint64_t seed, std::uint64_t u, std::uint64_t v) {
    std::uint64_t z = seed * 0x9E3779B97F4A7C15ull + ((u << 32) ^ v) + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return static_cast<double>(z >> 11) * 0x1.0p-53;
}

/// Keyword similarity of u with every other actor: max(cos(needs u, seeds v), cos(needs v, seeds u)).
class Similarity {
public:
    Similarity(const ActorKeywords& kw, std::size_t n) : a_(n, 0.0), b_(n, 0.0), kw_(kw) {
        for (std::size_t v = 0; v < n; ++v) {
            for (const auto& [t, x] : kw.seed_vectors[v]) by_seed_term_.resize(std::max(by_seed_term_.size(), t + 1)), by_seed_term_[t].emplace_back(v, x);
            for (const auto& [t, x] : kw.need_vectors[v]) by_need_term_.resize(std::max(by_need_term_.size(), t + 1)), by_need_term_[t].emplace_back(v, x);
        }
    }
    /// Fills the similarities of u with every actor (read with of(v) until the next call).
    void from(std::size_t u) {
        for (std::size_t v : touched_) a_[v] = b_[v] = 0.0;
        touched_.clear();
        accumulate(kw_.need_vectors[u], by_seed_term_, a_);
        accumulate(kw_.seed_vectors[u], by_need_term_, b_);
    }
    [[nodiscard]] double of(std::size_t v) const { return std::max(a_[v], b_[v]); }

private:
    /// term -> (actor, weight): one step per shared keyword (near-linear, docs/matching.md).
    using Index = std::vector<std::vector<std::pair<std::size_t, double>>>;
    void accumulate(const KeywordVector& mine, const Index& index, std::vector<double>& out) {
        for (const auto& [t, x] : mine) {
            if (t >= index.size()) continue;
            for (const auto& [v, y] : index[t]) out[v] += x * y, touched_.push_back(v);
        }
    }
    Index by_seed_term_, by_need_term_;
    std::vector<double> a_, b_;
    std::vector<std::size_t> touched_;
    const ActorKeywords& kw_;
};

enum Method : std::size_t { cn, jac, aa, ra, pa, match, random, method_count };
const char* const method_names[] = {"common_neighbors", "jaccard", "adamic_adar", "resource_allocation",
                                    "preferential_attachment", "match", "random"};

/// A score at 12 decimal places: sums of the same terms added in another order tie.
double tidy(double score) { return std::floor(score * 1e12 + 0.5) / 1e12; }

[[noreturn]] void data_error(const std::string& source, const std::string& message) {
    throw InputError({source, 0, 0}, message);
}

}  // namespace

EvaluationReport evaluate_link_prediction(const Network& network, const EvaluationRequest& request) {
    const int year = request.train_until;
    std::vector<bool> wanted(method_count, request.methods.empty());
    for (const std::string& name : request.methods) {
        const auto it = std::find(std::begin(method_names), std::end(method_names), name);
        if (it == std::end(method_names))
            throw UsageError(detail::unknown_name_message("method", name, {std::begin(method_names), std::end(method_names)}, "methods"));
        wanted[static_cast<std::size_t>(it - std::begin(method_names))] = true;
    }

    EvaluationReport report;
    report.network = network.name;
    report.train_until = year;
    bool any_year = false, any_training = false;
    Network train;
    train.name = network.name;
    train.sectors = network.sectors;
    train.regions = network.regions;
    train.actors = network.actors;
    const std::size_t n = network.actors.size();
    std::vector<char> present(n, 0);
    std::unordered_set<std::uint64_t> later;
    auto key = [](std::size_t u, std::size_t v) { return (static_cast<std::uint64_t>(std::min(u, v)) << 32) | std::max(u, v); };
    for (const Tie& t : network.ties) {
        if (!t.year) {
            ++report.undated;
            continue;
        }
        any_year = true;
        if (*t.year <= year) {
            train.ties.push_back(t);
            present[t.source] = present[t.target] = 1;
            any_training = true;
        } else if (t.source != t.target) {
            later.insert(key(t.source, t.target));
        }
    }
    for (const Project& p : network.projects) {
        if (!p.year) {
            ++report.undated;
            continue;
        }
        any_year = true;
        if (*p.year <= year) {
            train.projects.push_back(p);
            for (std::size_t a : p.participants) present[a] = 1;
            any_training = true;
        } else {
            for (std::size_t i = 0; i < p.participants.size(); ++i)
                for (std::size_t j = i + 1; j < p.participants.size(); ++j)
                    if (p.participants[i] != p.participants[j]) later.insert(key(p.participants[i], p.participants[j]));
        }
    }
    if (!any_year)
        data_error(request.input_name, "no tie or project has a year, so there is nothing to train on and nothing to predict; "
                                       "--evaluate needs ties or projects with a \"year\"");
    if (!any_training)
        data_error(request.input_name, "no tie or project is dated " + std::to_string(year) +
                                           " or earlier; choose a later --train-until");
    train.index();
    const Graph g = Graph::from_network(train, request.analysis.graph);  // vertex v is actor v
    report.training_edges = g.edge_count();
    report.later_pairs = later.size();

    std::vector<Graph::Vertex> actors;  // training actors, ascending
    for (std::size_t a = 0; a < n; ++a)
        if (present[a]) actors.push_back(static_cast<Graph::Vertex>(a));
    report.training_actors = actors.size();
    // Positives: later pairs of training actors not tied in training, as sorted lists per u < v.
    std::vector<std::vector<Graph::Vertex>> positive(n);
    for (std::uint64_t k : later) {
        const auto u = static_cast<Graph::Vertex>(k >> 32), v = static_cast<Graph::Vertex>(k & 0xFFFFFFFFu);
        if (!present[u] || !present[v]) continue;
        const auto nb = g.neighbours(u);
        if (std::binary_search(nb.begin(), nb.end(), v)) continue;
        positive[u].push_back(v);
        ++report.positives;
    }
    if (report.positives == 0)
        data_error(request.input_name, "no pair of actors present up to " + std::to_string(year) + " is tied after " +
                                           std::to_string(year) + " (" + std::to_string(report.later_pairs) +
                                           " later pairs, none between two untied training actors); choose an earlier --train-until");
    for (auto& list : positive) std::sort(list.begin(), list.end());
    std::size_t training_pairs_tied = 0;
    for (Graph::Vertex u : actors) training_pairs_tied += g.degree(u);
    training_pairs_tied /= 2;  // every tie of the training graph joins two training actors
    report.candidates = actors.size() * (actors.size() - 1) / 2 - training_pairs_tied;

    // What "match" reads.
    bool has_needs_seeds = false, has_topics = false;
    for (const Actor& a : network.actors) {
        has_needs_seeds = has_needs_seeds || !a.needs.empty() || !a.seeds.empty();
        has_topics = has_topics || a.attributes.contains("topics");
    }
    const KeywordSource source = has_needs_seeds ? KeywordSource::needs_seeds : KeywordSource::topics;
    report.keywords = has_needs_seeds ? "needs/seeds" : has_topics ? "topics" : "none";
    const ActorKeywords kw = actor_keywords(network, source, KeywordNormalizer{}, year);
    Similarity similarity(kw, n);

    std::vector<std::size_t> dist(n, unreachable);
    std::vector<Graph::Vertex> queue;
    auto scores = [&](Graph::Vertex u, Graph::Vertex v, const PairNeighbourhood& p, double out[method_count]) {
        out[cn] = common_neighbors_score(p);
        out[jac] = jaccard_score(p);
        out[aa] = adamic_adar_score(p);
        out[ra] = resource_allocation_score(p);
        out[pa] = preferential_attachment_score(p);
        out[random] = random_score(request.analysis.seed, u, v);
        if (wanted[match])
            out[match] = match_score(request.weights, similarity.of(v),
                                     dist[v] == unreachable ? std::nullopt : std::optional<std::size_t>(dist[v]), jaccard_score(p));
    };

    // Pass 1: the positives' scores.
    std::vector<std::vector<double>> positive_scores(method_count);
    for (Graph::Vertex u : actors) {
        if (positive[u].empty()) continue;
        if (wanted[match]) detail::hop_distances(g, u, dist, queue), similarity.from(u);
        for (Graph::Vertex v : positive[u]) {
            double s[method_count];
            scores(u, v, pair_neighbourhood(g, u, v), s);
            for (std::size_t m = 0; m < method_count; ++m)
                if (wanted[m]) positive_scores[m].push_back(tidy(s[m]));
        }
    }
    std::vector<std::optional<RankingQuality>> quality(method_count);
    for (std::size_t m = 0; m < method_count; ++m)
        if (wanted[m]) quality[m].emplace(std::move(positive_scores[m]));

    // Pass 2: every negative, counted, not stored. The neighbourhood scores of pairs two
    // steps apart come from accumulated two-step paths; all other pairs score 0 there.
    std::vector<PairNeighbourhood> acc(n);
    std::vector<char> mark(n, 0);  // 1: tied to u, 2: positive with u
    std::vector<Graph::Vertex> touched;
    const bool per_pair = wanted[pa] || wanted[random] || wanted[match];
    for (std::size_t i = 0; i < actors.size(); ++i) {
        const Graph::Vertex u = actors[i];
        for (Graph::Vertex w : g.neighbours(u)) mark[w] = 1;
        for (Graph::Vertex w : positive[u]) mark[w] = 2;
        for (Graph::Vertex w : g.neighbours(u)) {
            const double d = static_cast<double>(g.degree(w));
            const double inv_log = 1.0 / std::log(d), inv = 1.0 / d;
            const auto wn = g.neighbours(w);
            for (auto it = std::upper_bound(wn.begin(), wn.end(), u); it != wn.end(); ++it) {
                if (mark[*it]) continue;
                PairNeighbourhood& p = acc[*it];
                if (p.common == 0) touched.push_back(*it);
                ++p.common, p.inverse_log_degree += inv_log, p.inverse_degree += inv;
            }
        }
        if (wanted[match]) detail::hop_distances(g, u, dist, queue), similarity.from(u);
        for (Graph::Vertex v : touched) {  // two steps apart: the neighbourhood methods
            PairNeighbourhood& p = acc[v];
            p.degree_u = g.degree(u), p.degree_v = g.degree(v);
            for (std::size_t m : {cn, jac, aa, ra})
                if (wanted[m]) quality[m]->add_negatives(tidy(link_score(static_cast<LinkMethod>(m), p)));
        }
        if (per_pair) {
            for (std::size_t j = i + 1; j < actors.size(); ++j) {
                const Graph::Vertex v = actors[j];
                if (mark[v]) continue;
                PairNeighbourhood p = acc[v];
                p.degree_u = g.degree(u), p.degree_v = g.degree(v);
                double s[method_count];
                scores(u, v, p, s);
                for (std::size_t m : {pa, match, random})
                    if (wanted[m]) quality[m]->add_negatives(tidy(s[m]));
            }
        }
        for (Graph::Vertex v : touched) acc[v] = PairNeighbourhood{};
        touched.clear();
        for (Graph::Vertex w : g.neighbours(u)) mark[w] = 0;
        for (Graph::Vertex w : positive[u]) mark[w] = 0;
    }
    const std::size_t negatives = report.candidates - report.positives;
    for (std::size_t m : {cn, jac, aa, ra})
        if (wanted[m]) quality[m]->add_negatives(0.0, negatives - quality[m]->negatives());

    for (std::size_t m = 0; m < method_count; ++m) {
        if (!wanted[m]) continue;
        const RankingQuality& q = *quality[m];
        report.methods.push_back({method_names[m], q.auc(), q.average_precision(), q.precision_at(10), q.precision_at(100),
                                  q.precision_at(1000)});
    }
    return report;
}

}  // namespace ecosys
