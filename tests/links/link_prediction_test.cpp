// Link prediction scores on a hand-drawn graph, and equal to NetworkX's on the
// reference networks (tests/reference/links.json, make_link_reference.py).
#include <doctest/doctest.h>

#include <cmath>
#include <map>

#include <nlohmann/json.hpp>

#include "ecosys/analysis/links_report.hpp"
#include "ecosys/links/link_prediction.hpp"
#include "ecosys/output/links_writer.hpp"
#include "metrics/reference_fixture.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;

namespace {

//   a --- b --- c
//   |     |
//   d --- e     f
//
// degrees a 2, b 3, c 1, d 2, e 2, f 0. Untied pairs two steps apart:
//   a–c via b; a–e via b, d; b–d via a, e; c–e via b.
Network drawn() {
    return test::small_network({"a", "b", "c", "d", "e", "f"}, {{"a", "b"}, {"b", "c"}, {"a", "d"}, {"d", "e"}, {"b", "e"}});
}

bool close(double x, double y) { return std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(y)); }

}  // namespace

TEST_CASE("link scores on a hand-drawn graph") {
    const Graph g = Graph::from_network(drawn());
    const Graph::Vertex a = 0, b = 1, c = 2, d = 3, e = 4, f = 5;
    CHECK(link_score(g, LinkMethod::common_neighbors, a, e) == 2.0);
    CHECK(link_score(g, LinkMethod::common_neighbors, a, c) == 1.0);
    CHECK(link_score(g, LinkMethod::common_neighbors, c, f) == 0.0);
    CHECK(link_score(g, LinkMethod::jaccard, a, e) == 1.0);              // {b,d} / {b,d}
    CHECK(link_score(g, LinkMethod::jaccard, b, d) == doctest::Approx(2.0 / 3));  // {a,e} / {a,c,e}
    CHECK(link_score(g, LinkMethod::jaccard, a, c) == 0.5);              // {b} / {b,d}
    CHECK(link_score(g, LinkMethod::jaccard, f, f) == 0.0);              // no neighbours at all
    CHECK(close(link_score(g, LinkMethod::adamic_adar, a, e), 1 / std::log(3.0) + 1 / std::log(2.0)));
    CHECK(close(link_score(g, LinkMethod::adamic_adar, b, d), 2 / std::log(2.0)));
    CHECK(close(link_score(g, LinkMethod::resource_allocation, a, e), 1.0 / 3 + 1.0 / 2));
    CHECK(close(link_score(g, LinkMethod::resource_allocation, b, d), 1.0));
    CHECK(link_score(g, LinkMethod::preferential_attachment, b, d) == 6.0);
    CHECK(link_score(g, LinkMethod::preferential_attachment, c, f) == 0.0);
    // A tied pair scores too (--pairs); its own ends are not common neighbours.
    CHECK(link_score(g, LinkMethod::common_neighbors, a, b) == 0.0);
    CHECK(link_score(g, LinkMethod::jaccard, a, b) == 0.0);  // {} / {a,b,c,d,e}

    SUBCASE("best pairs, ties in vertex order") {
        auto cn = top_link_pairs(g, LinkMethod::common_neighbors, 10);
        REQUIRE(cn.size() == 4);  // pairs scoring 0 are not listed
        CHECK(cn[0].source == a);
        CHECK(cn[0].target == e);
        CHECK(cn[1].source == b);
        CHECK(cn[1].target == d);
        CHECK(cn[2].source == a);
        CHECK(cn[2].target == c);
        CHECK(cn[3].source == c);
        CHECK(cn[3].target == e);
        auto aa = top_link_pairs(g, LinkMethod::adamic_adar, 2);
        REQUIRE(aa.size() == 2);
        CHECK(aa[0].source == b);  // 2/ln 2 = 2.885 > 1/ln 3 + 1/ln 2 = 2.353
        CHECK(aa[1].source == a);
        // Degree order b, a, d, e, c, f: b–d 6, a–e 4, then a–c, d–c, e–c 2 (a–c first).
        auto pa = top_link_pairs(g, LinkMethod::preferential_attachment, 3);
        REQUIRE(pa.size() == 3);
        CHECK(pa[0].score == 6.0);
        CHECK(pa[0].source == b);
        CHECK(pa[0].target == d);
        CHECK(pa[1].score == 4.0);
        CHECK(pa[2].score == 2.0);
        CHECK(pa[2].source == a);
        CHECK(pa[2].target == c);
        auto all = top_link_pairs(g, LinkMethod::preferential_attachment, 100);
        CHECK(all.size() == 15 - 5);  // every untied pair, f's included (score 0)
    }
    SUBCASE("filters") {
        auto odd = top_link_pairs(g, LinkMethod::common_neighbors, 10, [](Graph::Vertex u, Graph::Vertex) { return u == 2; });
        REQUIRE(odd.size() == 1);
        CHECK(odd[0].target == e);
    }
}

TEST_CASE("parallel ties and self-loops do not change the scores") {
    Network net = drawn();
    net.ties.push_back({1, 1});        // b–b
    net.ties.push_back({0, 1, "tie", 3.0});  // a–b again
    const Graph g = Graph::from_network(net);
    CHECK(link_score(g, LinkMethod::common_neighbors, 0, 4) == 2.0);
    CHECK(link_score(g, LinkMethod::preferential_attachment, 1, 3) == 6.0);
    CHECK(close(link_score(g, LinkMethod::adamic_adar, 1, 3), 2 / std::log(2.0)));
}

TEST_CASE("links: sectors and regions restrict the pairs") {
    //   i1 (industry) --- u (academia) --- i2 (industry)
    //                        |
    //                   g (government)
    Network net = test::regional_network({{"i1", "north", "industry"}, {"u", "north", "academia"}, {"i2", "south", "industry"},
                                          {"g", "south", "government"}},
                                         {{"i1", "u"}, {"u", "i2"}, {"u", "g"}});
    AnalysisCache cache(net, {});
    LinksRequest r;
    r.method = LinkMethod::common_neighbors;
    r.within_sector = true;
    LinksReport within = compute_links(cache, r);
    REQUIRE(within.pairs.size() == 1);
    CHECK(within.pairs[0].source == "i1");
    CHECK(within.pairs[0].target == "i2");
    r.within_sector = false;
    r.across_sectors = {"government", "industry"};
    LinksReport across = compute_links(cache, r);
    REQUIRE(across.pairs.size() == 2);
    CHECK(across.pairs[0].source == "i1");
    CHECK(across.pairs[0].target == "g");
    r.across_sectors = {"goverment", "industry"};
    CHECK_THROWS_WITH_AS((void)compute_links(cache, r),
                         "unknown sector 'goverment' (did you mean 'government'?); sectors of this network: industry, academia, "
                         "government, finance",
                         UsageError);
    r.across_sectors.clear();
    r.region = "south";  // i2 and g: no common neighbour inside the region
    CHECK(compute_links(cache, r).pairs.empty());
}

TEST_CASE("links: --top is at most max_listed_pairs, and a large --top holds only the pairs there are") {
    //   a --- b --- c     d (alone): candidates a-c (one common neighbour) for adamic_adar;
    //   every untied pair (a-c, a-d, b-d, c-d) for preferential attachment
    Network net = test::small_network({"a", "b", "c", "d"}, {{"a", "b"}, {"b", "c"}});
    AnalysisCache cache(net, {});
    LinksRequest r;
    r.top = max_listed_pairs + 1;
    CHECK_THROWS_WITH_AS((void)compute_links(cache, r),
                         "--top 1000001 asks for more than the 1000000 pairs links lists at once (each is held in memory "
                         "while searched and written, a few hundred bytes a pair); ask for at most 1000000, or list the best "
                         "pairs of a part at a time with --region, --within-sector or --across-sectors",
                         UsageError);
    r.top = max_listed_pairs;
    CHECK(compute_links(cache, r).pairs.size() == 1);
    r.method = LinkMethod::preferential_attachment;
    CHECK(compute_links(cache, r).pairs.size() == 4);
}

TEST_CASE("links JSON written row by row is the document's own dump") {
    LinksReport report;
    report.region = "r \"1\"";
    CHECK(format_links_json(report) == "{\n  \"method\": \"adamic_adar\",\n  \"region\": \"r \\\"1\\\"\",\n  \"pairs\": []\n}\n");
    report.pairs = {{"a", "b\nc", 1.5, false}, {"\u00e9", "d", 0.25, true}};
    nlohmann::ordered_json j;
    j["method"] = "adamic_adar";
    j["region"] = report.region;
    j["pairs"] = nlohmann::ordered_json::array();
    j["pairs"].push_back({{"source", "a"}, {"target", "b\nc"}, {"score", 1.5}});
    j["pairs"].push_back({{"source", "\u00e9"}, {"target", "d"}, {"score", 0.25}, {"tied", true}});
    CHECK(format_links_json(report) == j.dump(2) + "\n");
}

TEST_CASE("link scores equal NetworkX's on the reference networks") {
    const nlohmann::json fixture = test::load_fixture("links", "make_link_reference.py");
    const auto& methods = fixture.at("methods");
    for (const auto& [name, entry] : fixture.at("networks").items()) {
        const std::string& network = name;  // CAPTURE is a lambda; clang 14 cannot capture a binding
        CAPTURE(network);
        const Network net = entry.contains("fixture") ? test::network_of(test::load_fixture(entry.at("fixture"))["network"])
                                                      : test::network_of(entry.at("network"));
        const Graph g = Graph::from_network(net);
        for (const auto& row : entry.at("pairs")) {
            const auto u = static_cast<Graph::Vertex>(*net.find_actor(row[0].get<std::string>()));
            const auto v = static_cast<Graph::Vertex>(*net.find_actor(row[1].get<std::string>()));
            for (std::size_t m = 0; m < methods.size(); ++m) {
                CAPTURE(row);
                const double expected = row[2 + m].get<double>();
                CHECK(close(link_score(g, *parse_link_method(methods[m].get<std::string>()), u, v), expected));
            }
        }
        for (const auto& [method, scores] : entry.at("top").items()) {
            const std::string& top_method = method;
            CAPTURE(top_method);
            const auto got = top_link_pairs(g, *parse_link_method(method), scores.size());
            REQUIRE(got.size() == scores.size());
            for (std::size_t i = 0; i < got.size(); ++i) {
                CHECK(close(got[i].score, scores[i].get<double>()));
                // The listed pair really has that score.
                CHECK(close(link_score(g, *parse_link_method(method), got[i].source, got[i].target), got[i].score));
            }
        }
    }
}
