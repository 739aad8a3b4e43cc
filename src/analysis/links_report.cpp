#include "ecosys/analysis/links_report.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "ecosys/error.hpp"
#include "util/spreadsheet_guard.hpp"
#include "util/table.hpp"
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

std::string format_links_json(const LinksReport& report) {
    nlohmann::ordered_json j;
    j["method"] = to_string(report.method);
    j["region"] = report.region;
    j["pairs"] = nlohmann::ordered_json::array();
    std::string out = j.dump(2);
    if (report.pairs.empty()) return out + "\n";
    // The pairs row by row, as the document's dump(2) would indent them: a document of
    // a million pairs held 650 MB, the text alone 85 MB.
    out.erase(out.rfind("[]") + 1);
    out += '\n';
    for (std::size_t i = 0; i < report.pairs.size(); ++i) {
        const LinkPairRow& p = report.pairs[i];
        nlohmann::ordered_json row{{"source", p.source}, {"target", p.target}, {"score", p.score}};
        if (p.tied) row["tied"] = true;
        const std::string text = row.dump(2);
        out += "    ";
        for (char c : text) {
            out += c;
            if (c == '\n') out += "    ";
        }
        out += i + 1 < report.pairs.size() ? ",\n" : "\n";
    }
    return out + "  ]\n}\n";
}

std::string format_links_csv(const LinksReport& report) {
    std::string out = detail::csv_line({"source", "target", "score", "tied"});
    for (const LinkPairRow& p : report.pairs)
        out += detail::csv_line({detail::guard_spreadsheet_text(p.source), detail::guard_spreadsheet_text(p.target),
                                 detail::shortest_number(p.score), p.tied ? "true" : "false"});
    return out;
}

namespace {

std::string heading(const LinksReport& report, Language lang = Language::en) {
    std::string h = say(lang, "Link prediction: ", "リンク予測: ") + to_string(report.method);
    if (report.region != "*") h += say(lang, ", region ", "、地域 ") + report.region;
    if (!report.restriction.empty()) h += say(lang, ", pairs ", "、ペア ") + report.restriction;
    return h;
}

}  // namespace

std::string format_links_table(const LinksReport& report, Language lang) {
    const auto T = [lang](std::string_view en, std::string_view ja) { return say(lang, en, ja); };
    detail::TextTable t({T("rank", "順位"), T("source", "始点"), T("target", "終点"), T("score", "スコア")});
    t.align_right(0);
    t.align_right(3);
    std::size_t rank = 0;
    for (const LinkPairRow& p : report.pairs)
        t.add({std::to_string(++rank), p.source, p.target, detail::significant_number(p.score) + (p.tied ? T(" (tied)", " (紐帯あり)") : "")});
    std::string out = heading(report, lang) + (lang == Language::ja ? " (" + count_text(lang, report.pairs.size(), "組") + ")\n"
                                                                  : " (" + std::to_string(report.pairs.size()) + " pairs)\n");
    return report.pairs.empty() ? out + T("no pair scores above 0 (no two untied actors share a neighbour)\n",
                                          "スコアが 0 を超えるペアはない (結びついていない2アクターが共通の隣接者をもたない)\n")
                                : out + t.str();
}

std::string format_links_markdown(const LinksReport& report, Language lang) {
    std::string out = "# " + detail::markdown_text(heading(report, lang)) +
                      say(lang, "\n\n| rank | source | target | score |\n|---:|---|---|---:|\n", "\n\n| 順位 | 始点 | 終点 | スコア |\n|---:|---|---|---:|\n");
    std::size_t rank = 0;
    for (const LinkPairRow& p : report.pairs)
        out += "| " + std::to_string(++rank) + " | " + detail::markdown_text(p.source) + " | " + detail::markdown_text(p.target) +
               " | " + detail::significant_number(p.score) + (p.tied ? say(lang, " (tied)", " (紐帯あり)") : "") + " |\n";
    return out;
}

}  // namespace ecosys
