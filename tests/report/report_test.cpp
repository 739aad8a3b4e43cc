#include <doctest/doctest.h>

#include <string>

#include "ecosys/error.hpp"
#include "ecosys/report/explorer.hpp"
#include "ecosys/report/report.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::regional_network;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
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
    ReportOptions options;
    options.samples = 5;
    options.permutations = 99;
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
    ReportOptions options;
    options.samples = 0;
    options.permutations = 99;
    const std::string html = build_report(hostile_network(), options).html;
    CHECK(html.find("<b>100 %</b><span>Cross-sector ties</span>") != std::string::npos);
    CHECK(html.find("<b>4</b><span>tied pairs</span>") != std::string::npos);
}

TEST_CASE("report: a network without regions reports the whole network") {
    Network n = regional_network({{"a", ""}, {"b", ""}, {"c", ""}}, {{"a", "b"}, {"b", "c"}});
    ReportOptions options;
    options.samples = 0;
    options.permutations = 0;
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
    ReportOptions options;
    options.samples = 0;
    options.permutations = 0;
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
