#include "ecosys/analysis/matching.hpp"

#include <algorithm>
#include <map>
#include <queue>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "ecosys/error.hpp"
#include "ecosys/links/link_prediction.hpp"
#include "graph/hop_distances.hpp"
#include "util/text.hpp"

namespace ecosys {

double match_score(const MatchWeights& w, double similarity, std::optional<std::size_t> distance, double jaccard) {
    const double proximity = distance && *distance > 0 ? 1.0 / static_cast<double>(*distance) : 0.0;
    return w.keywords * similarity + w.proximity * proximity + w.structure * jaccard;
}

std::vector<std::string> actor_topics(const Actor& actor, std::optional<int> until) {
    std::vector<std::string> out;
    auto it = actor.attributes.find("topics");
    if (it == actor.attributes.end()) return out;
    if (it->is_object()) {
        for (const auto& [topic, year] : it->items())
            if (!until || !year.is_number_integer() || year.get<int>() <= *until) out.push_back(topic);
    } else if (it->is_array()) {
        for (const auto& t : *it)
            if (t.is_string()) out.push_back(t.get<std::string>());
    } else if (it->is_string()) {
        out.push_back(it->get<std::string>());
    }
    return out;
}

ActorKeywords actor_keywords(const Network& network, KeywordSource source, const KeywordNormalizer& normalize,
                             std::optional<int> topics_until) {
    ActorKeywords k;
    const std::size_t n = network.actors.size();
    k.needs.resize(n);
    k.seeds.resize(n);
    std::vector<std::vector<std::string>> documents;
    for (std::size_t a = 0; a < n; ++a) {
        const Actor& actor = network.actors[a];
        if (source == KeywordSource::topics) {
            k.needs[a] = k.seeds[a] = normalize.list(actor_topics(actor, topics_until));
            if (!k.needs[a].empty()) documents.push_back(k.needs[a]);
        } else {
            k.needs[a] = normalize.list(actor.needs);
            k.seeds[a] = normalize.list(actor.seeds);
            if (!k.needs[a].empty()) documents.push_back(k.needs[a]);
            if (!k.seeds[a].empty()) documents.push_back(k.seeds[a]);
        }
    }
    const TfIdf tfidf(documents);
    k.need_vectors.resize(n);
    k.seed_vectors.resize(n);
    for (std::size_t a = 0; a < n; ++a) {
        k.need_vectors[a] = tfidf.vector(k.needs[a]);
        k.seed_vectors[a] = source == KeywordSource::topics ? k.need_vectors[a] : tfidf.vector(k.seeds[a]);
    }
    return k;
}

namespace {

struct Candidate {
    std::size_t need, seed;
    double similarity, jaccard, score;
    std::optional<std::size_t> distance;
};

}  // namespace

MatchReport compute_matches(const Network& network, const MatchRequest& request) {
    if (request.top == 0) throw UsageError("--top must be at least 1");
    if (request.top > max_listed_pairs)
        throw UsageError("--top " + std::to_string(request.top) + " asks for more than the " + std::to_string(max_listed_pairs) +
                         " pairs match lists at once (each is held in memory with its shared keywords and introduction "
                         "path while searched and written); ask for at most " + std::to_string(max_listed_pairs) +
                         ", or list the best pairs of a part at a time with --region or --cross-region-only");
    std::vector<char> in_region(network.actors.size(), 1);
    if (request.region != "*") {
        if (!network.find_region(request.region)) {
            std::vector<std::string> ids;
            for (const Region& r : network.regions) ids.push_back(r.id);
            throw UsageError(detail::unknown_name_message("region", request.region, ids, "regions"));
        }
        std::fill(in_region.begin(), in_region.end(), 0);
        for (std::size_t a : network.actors_in_region(request.region)) in_region[a] = 1;
    }
    const KeywordNormalizer normalize(request.synonyms);
    const ActorKeywords kw = actor_keywords(network, request.source, normalize);
    const std::size_t n = network.actors.size();
    std::size_t with_needs = 0, with_seeds = 0;
    for (std::size_t a = 0; a < n; ++a) with_needs += !kw.needs[a].empty(), with_seeds += !kw.seeds[a].empty();
    if (with_needs == 0 || with_seeds == 0) {
        const std::string what =
            request.source == KeywordSource::topics
                ? "no actor has topics; `match --topics` reads the actor attribute \"topics\" that `import-projects --topic-col COL` writes"
                : std::string("match needs actors with \"needs\" (technology keywords a company looks for) and actors with \"seeds\" "
                              "(keywords a university or institute offers); this network has ") +
                      std::to_string(with_needs) + " actors with needs and " + std::to_string(with_seeds) +
                      " with seeds. Add them as lists in the actors' records (docs/network-format.md), or, for project data, "
                      "import topics with `import-projects --topic-col COL` and use `match --topics`";
        throw InputError({request.input_name, 0, 0}, what);
    }

    const Graph g = Graph::from_network(network, request.analysis.graph);  // vertex v is actor v
    // Inverted index: keyword vector term -> (actor, weight) for the actors with that term
    // among their seeds. With the weight in the index, a pair's cosine costs one step per
    // shared keyword (looking each one up in the seed list again made it needs x seeds:
    // 23 s for 100 x 100 actors of 2,000 keywords).
    std::vector<std::vector<std::pair<std::size_t, double>>> seeders;
    for (std::size_t b = 0; b < n; ++b)
        for (const auto& [t, y] : kw.seed_vectors[b]) {
            if (t >= seeders.size()) seeders.resize(t + 1);
            seeders[t].emplace_back(b, y);
        }

    MatchReport report;
    report.network = network.name;
    report.source = request.source;
    report.weights = request.weights;
    report.region = request.region;
    report.cross_region_only = request.cross_region_only;
    auto better = [](const Candidate& x, const Candidate& y) {
        if (x.score != y.score) return x.score > y.score;
        if (x.need != y.need) return x.need < y.need;
        return x.seed < y.seed;
    };
    std::priority_queue<Candidate, std::vector<Candidate>, decltype(better)> best(better);
    std::vector<std::size_t> dist(n);
    std::vector<Graph::Vertex> queue;
    std::vector<double> dot(n, 0.0);
    std::vector<std::size_t> touched;
    for (std::size_t a = 0; a < n; ++a) {
        if (kw.need_vectors[a].empty() || !in_region[a]) continue;
        for (const auto& [t, x] : kw.need_vectors[a]) {
            if (t >= seeders.size()) continue;
            for (const auto& [b, y] : seeders[t]) {
                if (dot[b] == 0.0) touched.push_back(b);
                dot[b] += x * y;
            }
        }
        if (touched.empty()) continue;
        detail::hop_distances(g, static_cast<Graph::Vertex>(a), dist, queue);
        std::sort(touched.begin(), touched.end());
        for (std::size_t b : touched) {
            const double similarity = dot[b];
            dot[b] = 0.0;
            if (b == a || dist[b] == 1) continue;  // the same actor, or tied already
            // Topics are both needs and seeds: each pair once (unless --region leaves b out).
            if (request.source == KeywordSource::topics && b < a && in_region[b]) continue;
            const bool cross = network.actors[a].region != network.actors[b].region;
            if (request.cross_region_only && !cross) continue;
            ++report.candidates;
            Candidate c{a, b, similarity, 0.0, 0.0, std::nullopt};
            if (dist[b] != std::string::npos) c.distance = dist[b];
            c.jaccard = c.distance == 2 ? jaccard_score(pair_neighbourhood(g, static_cast<Graph::Vertex>(a), static_cast<Graph::Vertex>(b)))
                                        : 0.0;  // no common neighbour beyond two steps
            c.score = match_score(request.weights, c.similarity, c.distance, c.jaccard);
            if (best.size() < request.top) best.push(c);
            else if (better(c, best.top())) best.pop(), best.push(c);
        }
        touched.clear();
    }
    std::vector<Candidate> chosen;
    while (!best.empty()) chosen.push_back(best.top()), best.pop();
    std::reverse(chosen.begin(), chosen.end());

    // The introduction paths: one search from each need actor among the chosen pairs,
    // not one per pair (so listing many pairs costs no more searches than scoring did).
    std::vector<std::size_t> by_need(chosen.size());
    for (std::size_t i = 0; i < chosen.size(); ++i) by_need[i] = i;
    std::stable_sort(by_need.begin(), by_need.end(), [&](std::size_t x, std::size_t y) { return chosen[x].need < chosen[y].need; });
    std::vector<std::vector<std::size_t>> paths(chosen.size());
    std::size_t searched = std::string::npos;  // the need actor dist holds the distances from
    for (std::size_t i = 0; i < by_need.size(); ++i) {
        const Candidate& c = chosen[by_need[i]];
        if (!c.distance) continue;
        if (searched != c.need) detail::hop_distances(g, static_cast<Graph::Vertex>(c.need), dist, queue), searched = c.need;
        // Walk back from the seed holder; at each step prefer a predecessor with a role
        // (matching planner, coordinator ...), then the earliest in file order.
        std::vector<std::size_t>& path = paths[by_need[i]];
        Graph::Vertex v = static_cast<Graph::Vertex>(c.seed);
        while (dist[v] > 1) {
            Graph::Vertex pick = static_cast<Graph::Vertex>(-1);
            for (Graph::Vertex w : g.neighbours(v)) {
                if (dist[w] + 1 != dist[v]) continue;
                if (pick == static_cast<Graph::Vertex>(-1)) pick = w;
                if (!network.actors[w].role.empty()) {
                    pick = w;
                    break;
                }
            }
            path.push_back(pick);
            v = pick;
        }
        std::reverse(path.begin(), path.end());
    }

    std::unordered_set<std::string_view> seeds_of_pair;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const Candidate& c = chosen[i];
        const Actor &na = network.actors[c.need], &sa = network.actors[c.seed];
        MatchPair p;
        p.need_actor = na.id;
        p.seed_actor = sa.id;
        p.need_region = na.region;
        p.seed_region = sa.region;
        p.need_sector = na.sector;
        p.seed_sector = sa.sector;
        p.similarity = c.similarity;
        p.distance = c.distance;
        p.jaccard = c.jaccard;
        p.score = c.score;
        p.cross_region = na.region != sa.region;
        seeds_of_pair.clear();
        seeds_of_pair.insert(kw.seeds[c.seed].begin(), kw.seeds[c.seed].end());
        for (const std::string& k : kw.needs[c.need])
            if (seeds_of_pair.count(k)) p.shared.push_back(k);
        for (std::size_t w : paths[i]) {
            const Actor& x = network.actors[w];
            p.introduction.push_back({x.id, x.name, x.sector, x.role, x.kind, x.region});
        }
        report.pairs.push_back(std::move(p));
    }

    // Region summary: a need (actor, keyword) is unmatched when no actor of the same
    // region holds the keyword as a seed; the regions that hold it could supply it.
    std::map<std::string, std::set<std::string>> seeds_by_region;  // region -> keywords
    for (std::size_t b = 0; b < n; ++b)
        for (const std::string& k : kw.seeds[b]) seeds_by_region[network.actors[b].region].insert(k);
    // keyword -> the regions holding it as a seed, in region id order: each unmatched need
    // visits the regions that could supply it, not every region.
    std::unordered_map<std::string_view, std::vector<std::string_view>> regions_with_seed;
    for (const auto& [region, keys] : seeds_by_region)
        for (const std::string& k : keys) regions_with_seed[k].push_back(region);
    std::map<std::string, RegionNeeds> by_region;
    std::map<std::string, std::unordered_map<std::string_view, std::size_t>, std::less<>> supplier_slot;  // region -> supplier -> index
    std::map<std::string, std::unordered_set<std::string>, std::less<>> unsupplied_seen;
    for (std::size_t a = 0; a < n; ++a) {
        if (kw.needs[a].empty() || !in_region[a]) continue;
        const std::string& r = network.actors[a].region;
        RegionNeeds& rn = by_region[r];
        auto& slot = supplier_slot[r];
        rn.region = r;
        ++rn.actors_with_needs;
        const auto own = seeds_by_region.find(r);
        for (const std::string& k : kw.needs[a]) {
            ++rn.needs;
            if (own != seeds_by_region.end() && own->second.count(k)) continue;
            ++rn.unmatched;
            bool supplied = false;
            if (const auto holders = regions_with_seed.find(k); holders != regions_with_seed.end())
                for (std::string_view other : holders->second) {
                    if (other == r) continue;
                    supplied = true;
                    const auto [it, fresh] = slot.emplace(other, rn.suppliers.size());
                    if (fresh) rn.suppliers.emplace_back(std::string(other), 1);
                    else ++rn.suppliers[it->second].second;
                }
            if (!supplied && unsupplied_seen[r].insert(k).second) rn.unsupplied.push_back(k);
        }
    }
    // In the network's region order (declared, then implicit), actors without a region last.
    std::vector<std::string> order;
    for (const Region& r : network.regions) order.push_back(r.id);
    order.push_back("");
    for (const std::string& r : order) {
        auto it = by_region.find(r);
        if (it == by_region.end()) continue;
        RegionNeeds rn = std::move(it->second);
        std::stable_sort(rn.suppliers.begin(), rn.suppliers.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
        report.regions.push_back(std::move(rn));
    }
    return report;
}

}  // namespace ecosys
