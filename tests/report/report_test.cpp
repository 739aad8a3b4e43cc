#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "ecosys/compare/diff.hpp"
#include "ecosys/error.hpp"
#include "ecosys/report/explorer.hpp"
#include "ecosys/report/report.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::regional_network;

namespace {

/// The text between `from` (first occurrence) and the next `to` after it; "" if absent.
std::string between(const std::string& text, const std::string& from, const std::string& to) {
    const std::size_t a = text.find(from);
    if (a == std::string::npos) return {};
    const std::size_t b = text.find(to, a + from.size());
    return text.substr(a, b == std::string::npos ? std::string::npos : b - a);
}

/// The cells (markup inside <th>/<td>) of a table's rows, header row first.
std::vector<std::vector<std::string>> rows_of(const std::string& table) {
    std::vector<std::vector<std::string>> rows;
    const std::regex row("<tr[^>]*>(.*?)</tr>"), cell("<t[hd][^>]*>(.*?)</t[hd]>");
    for (auto r = std::sregex_iterator(table.begin(), table.end(), row); r != std::sregex_iterator(); ++r) {
        const std::string inside = (*r)[1];
        rows.emplace_back();
        for (auto c = std::sregex_iterator(inside.begin(), inside.end(), cell); c != std::sregex_iterator(); ++c)
            rows.back().push_back((*c)[1]);
    }
    return rows;
}

/// The rows of the report's regions table as the screen shows it (comparison-table).
std::vector<std::vector<std::string>> comparison_rows(const std::string& html) {
    return rows_of(between(html, "<table class=\"sortable\" id=\"comparison-table\">", "</table>"));
}

/// The page's text for a reader: no markup, scripts, styles, code or attribute values;
/// runs of blanks as one space, none at the ends.
std::string visible_text(std::string html) {
    for (const char* element : {"script", "style", "code", "title"})
        html = std::regex_replace(html, std::regex(std::string("<") + element + "[^>]*>[\\s\\S]*?</" + element + ">"), " ");
    html = std::regex_replace(std::regex_replace(html, std::regex("<[^>]*>"), " "), std::regex("\\s+"), " ");
    const std::size_t a = html.find_first_not_of(' '), b = html.find_last_not_of(' ');
    return a == std::string::npos ? std::string() : html.substr(a, b - a + 1);
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

/// Report options with `samples` random graphs a region and `ei_permutations` E-I
/// relabellings (0 and 0: the quick report with neither z-scores nor E-I test).
ReportOptions report_options(std::size_t samples, std::size_t ei_permutations) {
    ReportOptions options;
    options.analysis.samples = samples;
    options.analysis.ei_permutations = ei_permutations;
    return options;
}

// Two regions, one with a hostile name:
//
//   north: a --- b --- c      south: d --- e
//               \___________________/
Network hostile_network() {
    Network n = regional_network({{"a", "north", "academia"},
                                  {"b", "north", "industry"},
                                  {"c", "north", "finance"},
                                  {"d", "south", "government"},
                                  {"e", "south", "industry"}},
                                 {{"a", "b"}, {"b", "c"}, {"d", "e"}, {"b", "d"}});
    n.name = "Test </title><script>window.__pwned=1</script>";
    n.actors[1].name = "<img src=x onerror=\"window.__pwned=1\">";
    for (Region& r : n.regions)
        if (r.id == "south") r.name = "South\" onclick=\"window.__pwned=1";
    return n;
}

}  // namespace

TEST_CASE("report: every part is there, and nothing from the data becomes markup") {
    ReportOptions options = report_options(5, 99);
    options.inputs = {{"net.json", 123, std::string(64, 'a')}};
    options.command = "ecosys report net.json";
    const Report report = build_report(hostile_network(), options);
    const std::string& html = report.html;

    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                    "img-src data:; script-src 'sha256-") != std::string::npos);
    for (const char* id : {"id=\"overview\"", "id=\"comparison\"", "id=\"charts\"", "id=\"regions\"", "id=\"methods\"",
                           "id=\"region-north\"", "id=\"region-south\"", "id=\"comparison-table\""})
        CHECK_MESSAGE(html.find(id) != std::string::npos, id);
    CHECK(count(html, "<section id=\"region-") == 2);
    CHECK(count(html, "<tr data-target=") == 2);
    CHECK(count(html, "class=\"diagram\"") == 3);  // the overview and two regions
    CHECK(html.find("net.json · 123 bytes · SHA-256 <code>" + std::string(64, 'a') + "</code>") != std::string::npos);
    CHECK(html.find("5 per region, degree-preserving global curveball trades") != std::string::npos);

    // Our <script> elements only: the report's, and the explorer's libraries, code and
    // data (JSON, escaped: tests/report/explorer_test.cpp); the names only as text.
    CHECK(count(html, "<script") == (explorer_available() ? 5u : 1u));
    CHECK(count(html, "<img") == 0);
    CHECK(html.find("onclick=\"") == std::string::npos);
    CHECK(html.find("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;") != std::string::npos);
    CHECK(html.find("South&quot; onclick=&quot;window.__pwned=1") != std::string::npos);
    CHECK(html.find("Test &lt;/title&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("report: shares read as percentages on the cards, tied pairs as a count") {
    // Every one of the 4 tied pairs of hostile_network() joins two sectors: the card read
    // "1 Cross-sector ties", which looks like one tie; it is a share, 100 %.
    ReportOptions options = report_options(0, 99);
    const std::string html = build_report(hostile_network(), options).html;
    CHECK(html.find("<b>100 %</b><span>Cross-sector ties</span>") != std::string::npos);
    CHECK(html.find("<b>4</b><span>tied pairs</span>") != std::string::npos);
}

TEST_CASE("report: a network without regions reports the whole network") {
    Network n = regional_network({{"a", ""}, {"b", ""}, {"c", ""}}, {{"a", "b"}, {"b", "c"}});
    ReportOptions options = report_options(0, 0);
    const std::string html = build_report(n, options).html;
    CHECK(html.find("This network has no regions") != std::string::npos);
    CHECK(html.find("<section id=\"region-") == std::string::npos);
    CHECK(html.find("<tfoot><tr><td>Whole network</td>") != std::string::npos);
}

TEST_CASE("report: a network without actors is refused as a data error (exit 1), not a usage error") {
    Network n;
    n.name = "empty";
    n.index();
    CHECK_THROWS_WITH_AS(static_cast<void>(build_report(n)), "empty: error: the network has no actors: there is nothing to report",
                         ValidationError);
}

TEST_CASE("report: a Matching section when some actor has needs and some has seeds") {
    // north: c (needs <b>AI</b>) --- mp --- south: u (seeds ai)
    Network n = regional_network({{"c", "north", "industry"}, {"mp", "north", "government"}, {"u", "south", "academia"}},
                                 {{"c", "mp"}, {"mp", "u"}});
    n.actors[1].role = "matching_planner";
    n.actors[1].name = "Planner <b>";
    ReportOptions options = report_options(0, 0);
    CHECK(build_report(n, options).html.find("id=\"matching\"") == std::string::npos);  // no needs or seeds yet
    n.actors[0].needs = {"<b>AI</b>"};
    n.actors[2].seeds = {"<b>ai</b>"};
    const std::string html = build_report(n, options).html;
    CHECK(html.find("<a href=\"#matching\">Matching</a>") != std::string::npos);
    CHECK(html.find("<section id=\"matching\"><h2>Matching</h2>") != std::string::npos);
    // c–u: similarity 1, distance 2 through the planner, jaccard 1: 0.6 + 0.15 + 0.1.
    CHECK(html.find("<td class=\"list\">&lt;b&gt;ai&lt;/b&gt;</td><td>0.85</td><td>2</td><td class=\"list\">Planner &lt;b&gt; (matching_planner)</td>") !=
          std::string::npos);
    CHECK(html.find("<b>AI") == std::string::npos);
}

namespace {

/// Three regions whose actors' betweenness centralization is 0: the cube (where it came
/// out as 7.9e-18 before: every corner brokers alike, in floating point not quite) and
/// the ring of seven (exactly 0 either way); and the path (4/9, tests/metrics/centralization_test.cpp).
Network zero_regions() {
    std::vector<test::ActorSpec> actors;
    for (const char* id : {"c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"}) actors.push_back({id, "cube"});
    for (const char* id : {"r1", "r2", "r3", "r4", "r5", "r6", "r7"}) actors.push_back({id, "ring", "academia"});
    for (const char* id : {"p1", "p2", "p3", "p4"}) actors.push_back({id, "path", "government"});
    return regional_network(actors, {{"c1", "c2"}, {"c1", "c3"}, {"c2", "c4"}, {"c3", "c4"}, {"c5", "c6"}, {"c5", "c7"},
                                     {"c6", "c8"}, {"c7", "c8"}, {"c1", "c5"}, {"c2", "c6"}, {"c3", "c7"}, {"c4", "c8"},
                                     {"r1", "r2"}, {"r2", "r3"}, {"r3", "r4"}, {"r4", "r5"}, {"r5", "r6"}, {"r6", "r7"}, {"r7", "r1"},
                                     {"p1", "p2"}, {"p2", "p3"}, {"p3", "p4"}, {"p1", "c1"}});
}

}  // namespace

TEST_CASE("report: a value 0 up to rounding prints and ranks as 0 in the table and the charts") {
    ReportOptions options = report_options(0, 0);
    options.explorer = false;
    const std::string html = build_report(zero_regions(), options).html;
    const auto rows = comparison_rows(html);
    REQUIRE(rows.size() == 5);  // head, cube, ring, path, whole network
    std::size_t col = 0;
    while (col < rows[0].size() && rows[0][col].find(">Betweenness centralization<") == std::string::npos) ++col;
    REQUIRE(col < rows[0].size());
    // Rank 2 of 3 for the cube and the ring alike (the path is 1): equal values share a rank.
    CHECK(rows[1][col] == "0 <small>2</small>");
    CHECK(rows[2][col] == "0 <small>2</small>");
    CHECK(rows[3][col] == "0.4444 <small>1</small>");
    const std::string chart = between(html, "aria-label=\"Betweenness centralization\"", "</svg>");
    REQUIRE(!chart.empty());
    CHECK(count(chart, "\">0</text>") == 2);
    CHECK_FALSE(std::regex_search(chart, std::regex("[0-9]e-[0-9]")));
}

TEST_CASE("report: counts with thousands separators, and diagrams too large for a page left out, said") {
    // A ring of 1,234 actors: 1,200 in "big", 34 in "small"; diagrams only up to 100 actors.
    std::vector<test::ActorSpec> actors;
    std::vector<test::TieSpec> ties;
    for (int i = 0; i < 1234; ++i) {
        actors.push_back({"a" + std::to_string(i), i < 1200 ? "big" : "small"});
        ties.push_back({"a" + std::to_string(i), "a" + std::to_string((i + 1) % 1234)});
    }
    ReportOptions options = report_options(0, 0);
    options.explorer = false;
    options.max_diagram_actors = 100;
    const std::string html = build_report(regional_network(actors, ties), options).html;
    CHECK(html.find("report · 1,234 actors · 1,234 tied pairs · 2 regions") != std::string::npos);
    CHECK(html.find("<b>1,234</b><span>actors</span>") != std::string::npos);
    CHECK(html.find(">1,200 <small>1</small></td>") != std::string::npos);
    // No count of four digits or more without its separators, anywhere a reader looks.
    const std::string text = visible_text(html);
    std::smatch bare;
    CHECK_MESSAGE(!std::regex_search(text, bare, std::regex("(^|[^0-9.,A-Za-z_])[0-9]{4,}")), bare.str());
    // The big region's diagram is left out, saying why and how to draw it; the small one's
    // is drawn, the overview (two regions) too.
    CHECK(count(html, "class=\"diagram\"") == 2);
    CHECK(html.find("The diagram of big is left out: its 1,200 actors are more than the 100 a diagram on a page shows "
                    "legibly, and it would add about 2 MB to this page.") != std::string::npos);
    CHECK(html.find("<code>ecosys render NETWORK --region big</code>") != std::string::npos);
    // Listed under Methods, and announced in the header.
    CHECK(between(html, "<dt id=\"left-out\">Left out for size</dt>", "</dd>").find("The diagram of big") != std::string::npos);
    CHECK(between(html, "<header", "</header>").find("1 part is left out or simplified") != std::string::npos);
    // With no limit, nothing is left out and nothing said.
    options.max_diagram_actors = 0;
    Network small = regional_network({{"a", "r"}, {"b", "r"}}, {{"a", "b"}});
    const std::string plain = build_report(small, options).html;
    CHECK(plain.find("id=\"left-out\"") == std::string::npos);
    CHECK(plain.find("class=\"left-out-note\"") == std::string::npos);
    CHECK(plain.find("<!--") == std::string::npos);
}

TEST_CASE("report: Fragility shows each region's cut points when no actor has a role") {
    //   north: a --- b --- c      south: d --- e --- f --- d (a triangle)
    //   b is north's only cut point (networkx.articulation_points), a–b and b–c its bridges.
    const Network n = regional_network({{"a", "north"}, {"b", "north"}, {"c", "north"}, {"d", "south"}, {"e", "south"}, {"f", "south"}},
                                       {{"a", "b"}, {"b", "c"}, {"d", "e"}, {"e", "f"}, {"f", "d"}});
    ReportOptions options = report_options(0, 0);
    options.explorer = false;
    const std::string html = build_report(n, options).html;
    const std::string fragility = between(html, "<section id=\"fragility\">", "</section>");
    CHECK(fragility.find("No actor of the data has a role") != std::string::npos);
    CHECK(fragility.find("1 cut point (actors whose loss alone splits the region) and 2 bridges") != std::string::npos);
    // F before 0; without b: {a} {c}, 1 - 0/2 = 1; a and c leave the largest component...
    // ties break to the first: {a} stays, c is cut off (as ecosys whatif --each-actor).
    CHECK(fragility.find("<tr><td>b</td><td>Industry 産</td><td>1</td><td>1</td></tr>") != std::string::npos);
    CHECK(fragility.find("No cut point: losing any one actor would not split it.") != std::string::npos);
    CHECK(fragility.find("No intermediaries") == std::string::npos);
    // Without regions, the whole network's.
    const Network whole = regional_network({{"a", ""}, {"b", ""}, {"c", ""}}, {{"a", "b"}, {"b", "c"}});
    const std::string plain = build_report(whole, options).html;
    CHECK(between(plain, "<section id=\"fragility\">", "</section>").find("<h3>The whole network</h3><p class=\"note\">1 cut point") !=
          std::string::npos);
    CHECK(plain.find("<a href=\"#fragility\">Fragility</a>") != std::string::npos);
}

TEST_CASE("report: every stage reports its progress, begun and ended") {
    std::vector<std::pair<std::string, std::pair<std::size_t, std::size_t>>> calls;
    Progress progress;
    progress.report = [&](std::string_view step, std::size_t done, std::size_t total) {
        calls.push_back({std::string(step), {done, total}});
    };
    ReportOptions options = report_options(2, 9);
    options.analysis.progress = &progress;
    (void)build_report(hostile_network(), options);
    std::vector<std::string> stages{"report: regions compared", "report: sectors",  "report: programmes",
                                    "report: overview diagram", "report: regions", "report: fragility"};
    if (explorer_available()) stages.push_back("report: explorer");
    for (const std::string& stage : stages) {
        std::vector<std::pair<std::size_t, std::size_t>> seen;
        for (const auto& [step, count] : calls)
            if (step == stage) seen.push_back(count);
        REQUIRE_MESSAGE(seen.size() >= 2, stage);
        CHECK_MESSAGE(seen.front().first < seen.front().second, stage);  // begun
        CHECK_MESSAGE(seen.back().first == seen.back().second, stage);   // ended
    }
}

TEST_CASE("report: in print, every column of the regions table is kept, in parts that repeat the region") {
    ReportOptions options = report_options(3, 0);
    options.explorer = false;
    const std::string html = build_report(hostile_network(), options).html;
    const auto screen = comparison_rows(html);
    REQUIRE(screen.size() == 4);  // head, two regions, whole network
    const std::string printed = between(html, "<div class=\"print-only\">", "</div>");
    std::vector<std::vector<std::vector<std::string>>> parts;
    for (std::size_t at = printed.find("<table"); at != std::string::npos; at = printed.find("<table", at + 1))
        parts.push_back(rows_of(printed.substr(at, printed.find("</table>", at) - at)));
    const std::size_t columns = screen[0].size() - 1;
    REQUIRE(columns > 7);
    CHECK(parts.size() == (columns + 6) / 7);
    std::size_t next = 1;
    for (const auto& part : parts) {
        REQUIRE(part.size() == screen.size());
        CHECK(part[0].size() <= 8);
        for (std::size_t r = 0; r < part.size(); ++r) {
            // The region's name first in every part ...
            CHECK(visible_text(part[r][0]) == visible_text(screen[r][0]));
            // ... then the next columns of the screen's table, the same figures.
            for (std::size_t c = 1; c < part[r].size(); ++c) CHECK(visible_text(part[r][c]) == visible_text(screen[r][next + c - 1]));
        }
        next += part[0].size() - 1;
    }
    CHECK(next == columns + 1);
    CHECK(html.find("@media print{") != std::string::npos);
}

namespace {

/// Directed ties only: a -> b -> c -> d -> e -> c after, a -> b -> c -> d (e alone) before.
Network directed_chain(bool after) {
    std::vector<test::TieSpec> ties = {{"a", "b"}, {"b", "c"}, {"c", "d"}};
    if (after) ties.insert(ties.end(), {{"d", "e"}, {"e", "c"}});
    Network n = regional_network({{"a"}, {"b"}, {"c"}, {"d"}, {"e"}}, ties);
    for (Tie& t : n.ties) t.directed = true;
    return n;
}

double whole_network_value(const NetworkDiff& diff, const std::string& key, bool after) {
    const auto k = static_cast<std::size_t>(std::find(diff.keys.begin(), diff.keys.end(), key) - diff.keys.begin());
    REQUIRE(k < diff.keys.size());
    for (const RegionChange& r : diff.regions)
        if (r.id == "*") return std::get<double>(after ? r.after[k] : r.before[k]);
    FAIL("no whole-network row");
    return 0.0;
}

}  // namespace

TEST_CASE("report: the Change section reads direction as the rest of the report (report --directed --change-from)") {
    // Worked by hand and by NetworkX (betweenness_centrality(DiGraph, normalized=True), then
    // Freeman's sum of (max - b(v)) / (n - 1)). After: paths a->c, a->d, a->e, b->d, b->e,
    // c->e, d->c pass through b (3), c (5), d (3), e (1) of (n-1)(n-2) = 12 ordered pairs, so
    // (5/12 + 2/12 + 0 + 2/12 + 4/12) / 4 = 13/48; undirected the same graph gives 26/48.
    // Before: b and c carry 2 of 12 each: (2/12 + 0 + 0 + 2/12 + 2/12) / 4 = 1/8 (undirected 1/4).
    const Network before = directed_chain(false), after = directed_chain(true);
    ReportOptions options;
    options.analysis.threads = 1;
    options.analysis.directed = true;
    const NetworkDiff directed = report_change(before, after, "before", "after", options);
    CHECK(whole_network_value(directed, "betweenness_centralization", true) == doctest::Approx(0.2708333333333333));  // NetworkX
    CHECK(whole_network_value(directed, "betweenness_centralization", false) == doctest::Approx(0.125));              // NetworkX
    // Undirected (no --directed) the section says so too: the values are the undirected graph's.
    options.analysis.directed = false;
    const NetworkDiff undirected = report_change(before, after, "before", "after", options);
    CHECK(whole_network_value(undirected, "betweenness_centralization", true) == doctest::Approx(0.5416666666666666));  // NetworkX
    CHECK(whole_network_value(undirected, "betweenness_centralization", false) == doctest::Approx(0.25));               // NetworkX
}

TEST_CASE("report: scopes whose betweenness is estimated from sampled sources are listed under Left out for size") {
    // Actors x ties: north (a path of 5) 5 x 4 = 20, south (a path of 3) 3 x 2 = 6, the
    // whole network 8 x 7 = 56. Limit 15, 3 sources: north and the whole network are
    // sampled; south has no more actors than sources, so its betweenness stays exact.
    Network n = regional_network({{"a", "north"}, {"b", "north"}, {"c", "north"}, {"d", "north"}, {"e", "north"},
                                  {"f", "south"}, {"g", "south"}, {"h", "south"}},
                                 {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "e"}, {"e", "f"}, {"f", "g"}, {"g", "h"}});
    ReportOptions options = report_options(0, 0);
    options.analysis.threads = 1;
    options.analysis.sampled_betweenness_limit = 15.0;
    options.analysis.betweenness_sources = 3;
    const std::string html = build_report(n, options).html;
    const std::size_t whole = html.find("Betweenness of the whole network (and its betweenness centralization) is estimated "
                                        "from 3 of its 8 actors drawn as sources");
    const std::size_t north =
        html.find("Betweenness of region north (and its betweenness centralization) is estimated from 3 of its 5 actors");
    REQUIRE(whole != std::string::npos);
    REQUIRE(north != std::string::npos);
    CHECK(whole < north);
    CHECK(html.find("Betweenness of region south") == std::string::npos);
}
