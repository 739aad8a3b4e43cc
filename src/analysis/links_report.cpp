#include "ecosys/analysis/links_report.hpp"

#include <algorithm>

#include "ecosys/error.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

void check_sector(const Network& net, const std::string& id) {
    if (net.find_sector(id)) return;
    std::vector<std::string> names;
    for (const Sector& s : net.sectors) names.push_back(s.id);
    throw UsageError(detail::unknown_name_message("sector", id, names, "sectors of this network"));
}

}  // namespace

LinksReport compute_links(AnalysisCache& cache, const LinksRequest& request) {
    const Network& net = cache.network();
    if (!request.given_pairs && request.top == 0) throw UsageError("--top must be at least 1");
    if (!request.given_pairs && request.top > max_listed_pairs)
        throw UsageError("--top " + std::to_string(request.top) + " asks for more than the " + std::to_string(max_listed_pairs) +
                         " pairs links lists at once (each is held in memory while searched and written, a few hundred "
                         "bytes a pair); ask for at most " + std::to_string(max_listed_pairs) +
                         ", or list the best pairs of a part at a time with --region, --within-sector or --across-sectors");
    if (request.within_sector && !request.across_sectors.empty())
        throw UsageError("--within-sector and --across-sectors exclude each other; give one");
    if (!request.across_sectors.empty() && request.across_sectors.size() != 2)
        throw UsageError("--across-sectors takes two sectors, S1,S2 (e.g. industry,academia); got " +
                         std::to_string(request.across_sectors.size()));
    for (const std::string& s : request.across_sectors) check_sector(net, s);
    ScopeAnalysis& scope = cache.scope(request.region);
    const Graph& g = scope.graph();

    LinksReport report;
    report.network = net.name;
    report.method = request.method;
    report.region = request.region;
    auto sector_of = [&](Graph::Vertex v) -> const std::string& { return net.actors[g.actor(v)].sector; };
    PairFilter filter;
    if (request.within_sector) {
        report.restriction = "within sector";
        filter = [&](Graph::Vertex u, Graph::Vertex v) { return sector_of(u) == sector_of(v); };
    } else if (!request.across_sectors.empty()) {
        const std::string a = request.across_sectors[0], b = request.across_sectors[1];
        report.restriction = "across " + a + "," + b;
        filter = [&, a, b](Graph::Vertex u, Graph::Vertex v) {
            return (sector_of(u) == a && sector_of(v) == b) || (sector_of(u) == b && sector_of(v) == a);
        };
    }

    auto row_of = [&](Graph::Vertex u, Graph::Vertex v, double score, bool tied) {
        if (g.actor(u) > g.actor(v)) std::swap(u, v);
        return LinkPairRow{net.actors[g.actor(u)].id, net.actors[g.actor(v)].id, score, tied};
    };
    if (request.given_pairs) {
        std::vector<Graph::Vertex> vertex_of(net.actors.size(), static_cast<Graph::Vertex>(-1));
        for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) vertex_of[g.actor(v)] = v;
        for (const auto& [a, b] : request.pairs) {
            for (std::size_t x : {a, b})
                if (vertex_of[x] == static_cast<Graph::Vertex>(-1))
                    throw UsageError("actor " + detail::quote(net.actors[x].id) + " of --pairs is not in region " +
                                     detail::quote(request.region) + " (its region is " + detail::quote(net.actors[x].region) + ")");
            const Graph::Vertex u = vertex_of[a], v = vertex_of[b];
            if (filter && !filter(u, v)) continue;
            const auto nb = g.neighbours(u);
            const bool tied = std::binary_search(nb.begin(), nb.end(), v);
            report.pairs.push_back(row_of(u, v, link_score(g, request.method, u, v), tied));
        }
        std::stable_sort(report.pairs.begin(), report.pairs.end(),
                         [](const LinkPairRow& x, const LinkPairRow& y) { return x.score > y.score; });
        return report;
    }
    for (const ScoredPair& p : top_link_pairs(g, request.method, request.top, filter))
        report.pairs.push_back(row_of(p.source, p.target, p.score, false));
    return report;
}

}  // namespace ecosys
