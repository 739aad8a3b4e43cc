#include <doctest/doctest.h>

#include <map>
#include <optional>
#include <string>
#include <tuple>

#include <nlohmann/json.hpp>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/error.hpp"
#include "ecosys/report/explorer.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;

namespace {

// north: a (academia), b (industry); south: c (finance); d (industry) has no region.
//
//   a ==== b          a-b: joint_research 2010 twice (weights 1 and 2, once written b-a),
//   |\     |               and funding 2010 (weight 1)
//   | \    |          b-c: a tie of 2012, weight 0.5
//   d--c---+          project P (2015): a, c and d, each pair tied (type "project")
//                     c-c: a self-loop, left out as by every metric
Network drawn_network() {
    Network n = test::regional_network({{"a", "north", "academia"}, {"b", "north", "industry"},
                                        {"c", "south", "finance"}, {"d", "", "industry"}},
                                       {});
    const auto tie = [&](std::size_t s, std::size_t t, std::string type, double w, std::optional<int> year) {
        Tie x;
        x.source = s, x.target = t, x.type = std::move(type), x.weight = w, x.year = year;
        n.ties.push_back(x);
    };
    tie(0, 1, "joint_research", 1, 2010);
    tie(1, 0, "joint_research", 2, 2010);
    tie(0, 1, "funding", 1, 2010);
    tie(1, 2, "tie", 0.5, 2012);
    tie(2, 2, "tie", 1, 2012);
    Project p;
    p.id = "P";
    p.year = 2015;
    p.participants = {0, 2, 3};
    n.projects.push_back(p);
    n.actors[0].name = "</script><!-- a";
    n.index();
    return n;
}

nlohmann::json data_of(const Explorer& e) {
    const std::string open = "id=\"explorer-data\">";
    const std::size_t from = e.markup.find(open) + open.size();
    const std::size_t to = e.markup.find("</script>", from);
    return nlohmann::json::parse(e.markup.substr(from, to - from));
}

}  // namespace

TEST_CASE("explorer: ties of a pair, type and year are one, with their weights summed; values as metrics computes them") {
    const Network n = drawn_network();
    AnalysisCache cache(n);
    if (!explorer_available()) {
        CHECK_THROWS_AS((void)build_explorer(cache), UsageError);
        return;
    }
    const Explorer e = build_explorer(cache);
    const nlohmann::json d = data_of(e);

    // The data cannot end its element: no "<" anywhere in it, the name kept whole.
    CHECK(e.markup.find("</script><!--") == std::string::npos);
    CHECK(d["actors"]["name"][0] == "</script><!-- a");

    // 3 file ties of a-b become 2 (joint_research 2010 weight 3, funding 2010 weight 1),
    // b-c stays, the self-loop goes, the project gives a-c, a-d, c-d: 6 ties.
    const auto& t = d["ties"];
    REQUIRE(t["source"].size() == 6);
    CHECK(e.ties == 6);
    std::map<std::tuple<int, int, std::string, int>, double> got;
    for (std::size_t i = 0; i < t["source"].size(); ++i) {
        const std::string type = d["tie_types"][t["type"][i].get<int>()]["id"];
        got[{t["source"][i].get<int>(), t["target"][i].get<int>(), type, t["year"][i].is_null() ? 0 : t["year"][i].get<int>()}] =
            t["weight"][i].get<double>();
    }
    const std::map<std::tuple<int, int, std::string, int>, double> want = {
        {{0, 1, "joint_research", 2010}, 3.0}, {{0, 1, "funding", 2010}, 1.0}, {{1, 2, "tie", 2012}, 0.5},
        {{0, 2, "project", 2015}, 1.0},        {{0, 3, "project", 2015}, 1.0}, {{2, 3, "project", 2015}, 1.0}};
    CHECK(got == want);

    // Betweenness, worked by hand: the pairs a-b, a-c, a-d, b-c, c-d are tied; only b and d
    // are not, joined through a and through c: each gets 1/2, normalised by (4-1)(4-2)/2 = 3.
    std::size_t k = 0;
    while (d["metrics"][k]["key"] != "betweenness") ++k;
    const auto& bc = d["values"]["network"][k];
    CHECK(bc[0].get<double>() == doctest::Approx(1.0 / 6));
    CHECK(bc[1].get<double>() == 0.0);
    CHECK(bc[2].get<double>() == doctest::Approx(1.0 / 6));
    CHECK(bc[3].get<double>() == 0.0);
    // Inside its own region (north: a-b only; south: c alone) nobody brokers; d has no region.
    const auto& rb = d["values"]["region"][k];
    CHECK(rb[0].get<double>() == 0.0);
    CHECK(rb[3].is_null());
    CHECK(d["regions"].size() == 2);
    CHECK(d["actors"]["region"][3] == -1);
    CHECK(d["sectors"][0]["shape"].is_string());
}

TEST_CASE("explorer: beyond max_ties the lightest are left out at a weight, and the page says so") {
    const Network n = drawn_network();
    AnalysisCache cache(n);
    if (!explorer_available()) return;
    ExplorerOptions o;
    o.max_ties = 4;  // weights 3, 1, 1, 1, 1, 0.5: the cut cannot fall among the 1s
    const Explorer e = build_explorer(cache, o);
    const nlohmann::json d = data_of(e);
    CHECK(d["ties"]["source"].size() == 1);
    CHECK(d["left_out"]["ties"] == 5);
    CHECK(d["left_out"]["of"] == 6);
    CHECK(d["left_out"]["lighter_than"] == 3.0);
    REQUIRE_FALSE(e.notes.empty());
    CHECK(e.notes[0].find("5 of 6 ties lighter than 3 are left out") != std::string::npos);
    // Said among what the report leaves out for size (docs/report.md, "Size"); notes that are
    // not about size (eigenvector on a disconnected network) are not.
    REQUIRE(e.left_out.size() == 1);
    CHECK(e.left_out[0] == e.notes[0]);

    o.size_by = "pagernak";
    CHECK_THROWS_AS((void)build_explorer(cache, o), UsageError);
}

TEST_CASE("explorer: the page allows exactly its own scripts") {
    const Network n = drawn_network();
    AnalysisCache cache(n);
    if (!explorer_available()) return;
    const Explorer e = build_explorer(cache);
    const std::string page = explorer_page(e, "T </title><script>");
    CHECK(page.find("T &lt;/title&gt;&lt;script&gt; · ecosystem explorer") != std::string::npos);
    CHECK(page.find("script-src 'sha256-") != std::string::npos);
    std::size_t hashes = 0;
    for (std::size_t at = page.find("'sha256-"); at != std::string::npos; at = page.find("'sha256-", at + 1)) ++hashes;
    CHECK(hashes == e.scripts.size());
    CHECK(page.find("sigma") != std::string::npos);
    CHECK(page.find("Permission is hereby granted") != std::string::npos);  // the MIT licences travel with the code
}
