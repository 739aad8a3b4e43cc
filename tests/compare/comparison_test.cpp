#include <doctest/doctest.h>

#include <cmath>

#include "ecosys/compare/comparison.hpp"
#include "ecosys/output/comparison_writer.hpp"
#include "ecosys/error.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::regional_network;

namespace {

// Region north: a triangle with a tail.    Region south: a path.
//
//      a                                        e --- f --- g
//     / \                                       |
//    b - c --- d  ............................ (d - e crosses regions)
//
// north: 4 actors, 4 ties, density 4/6, transitivity 3 x 1 / 5 connected triples = 0.6,
//        mean clustering (1 + 1 + 1/3 + 0) / 4 = 7/12, mean path length 16/12 = 4/3.
// south: 3 actors, 2 ties, density 2/3, transitivity 0, mean path length 8/6 = 4/3.
Network two_regions() {
    Network n = regional_network({{"a", "north", "academia"},
                                  {"b", "north", "industry"},
                                  {"c", "north", "government"},
                                  {"d", "north", "industry"},
                                  {"e", "south", "finance"},
                                  {"f", "south", "industry"},
                                  {"g", "south", "industry"}},
                                 {{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "d"}, {"d", "e"}, {"e", "f"}, {"f", "g"}});
    n.ties[0].year = 2001;  // a-b
    n.ties[1].year = 2001;  // a-c
    n.ties[2].year = 2005;  // b-c closes the triangle in 2005
    n.ties[3].year = 2005;  // c-d
    return n;
}

CompareOptions options_for(std::vector<std::string> metrics, std::size_t samples = 0) {
    CompareOptions o;
    o.metrics = std::move(metrics);
    o.metrics_options.analysis.samples = samples;
    return o;
}

}  // namespace

TEST_CASE("compare by region: the values of the drawn regions, their ranks, the whole network") {
    const Network n = two_regions();
    const Comparison c = compare_regions(n, options_for({"actors", "density", "transitivity", "mean_clustering",
                                                         "mean_path_length", "sector_assortativity"}));
    REQUIRE(c.rows.size() == 2);
    const ComparisonRow& north = c.rows[0];
    const ComparisonRow& south = c.rows[1];
    CHECK(north.id == "north");
    CHECK(south.id == "south");
    CHECK(north.actors == 4);
    CHECK(*north.values[0] == 4);
    CHECK(*north.values[1] == doctest::Approx(4.0 / 6.0));
    CHECK(*north.values[2] == doctest::Approx(0.6));
    CHECK(*north.values[3] == doctest::Approx(7.0 / 12.0));
    CHECK(*north.values[4] == doctest::Approx(4.0 / 3.0));
    CHECK(*south.values[1] == doctest::Approx(2.0 / 3.0));
    CHECK(*south.values[2] == 0.0);
    CHECK(*south.values[4] == doctest::Approx(4.0 / 3.0));

    // Ranks: 1 = highest; equal values share the best rank.
    CHECK(*north.ranks[0] == 1);
    CHECK(*south.ranks[0] == 2);
    CHECK(*north.ranks[1] == 1);  // 2/3 and 2/3
    CHECK(*south.ranks[1] == 1);
    CHECK(*north.ranks[2] == 1);
    CHECK(*south.ranks[2] == 2);

    REQUIRE(c.whole);
    CHECK(c.whole->id == "*");
    CHECK(*c.whole->values[0] == 7);
    CHECK(c.whole->ranks.empty());

    // No samples: no z-scores at all.
    for (const ComparisonRow& row : c.rows)
        for (const auto& z : row.z) CHECK_FALSE(z);
}

TEST_CASE("compare: ranks of many regions, equal values sharing the best rank") {
    // Regions of 3, 1, 3, 2 and 1 actors: actors ranks 1, 4, 1, 3, 4.
    std::vector<test::ActorSpec> actors;
    const int sizes[] = {3, 1, 3, 2, 1};
    for (int r = 0; r < 5; ++r)
        for (int i = 0; i < sizes[r]; ++i) actors.push_back({"a" + std::to_string(r) + std::to_string(i), "r" + std::to_string(r)});
    const Comparison c = compare_regions(regional_network(actors, {}), options_for({"actors"}));
    REQUIRE(c.rows.size() == 5);
    const std::size_t ranks[] = {1, 4, 1, 3, 4};
    for (int r = 0; r < 5; ++r) CHECK(*c.rows[r].ranks[0] == ranks[r]);
}

TEST_CASE("compare: the table's values are those of ecosys metrics") {
    const Network n = two_regions();
    CompareOptions o = options_for({});
    const Comparison c = compare_regions(n, o);
    CHECK(c.columns == default_compare_keys());
    MetricsOptions mo;
    const MetricsReport report = compute_metrics(n, mo);
    for (const ComparisonRow& row : c.rows) {
        for (std::size_t i = 0; i < c.columns.size(); ++i) {
            const MetricValue* v = report.region_value(row.id, c.columns[i]);
            REQUIRE(v != nullptr);
            if (std::holds_alternative<double>(*v)) CHECK(*row.values[i] == std::get<double>(*v));
            else if (std::holds_alternative<std::int64_t>(*v))
                CHECK(*row.values[i] == static_cast<double>(std::get<std::int64_t>(*v)));
            else CHECK_FALSE(row.values[i]);
        }
    }
}

TEST_CASE("compare: z-scores only for the size-dependent metrics, from the degree-preserving null") {
    const Network n = two_regions();
    const Comparison c = compare_regions(n, options_for({"density", "transitivity", "mean_path_length"}, 50));
    const ComparisonRow& south = c.rows[1];
    // density never has a z-score: every graph with these degrees has this density.
    CHECK_FALSE(c.rows[0].z[0]);
    // The south path e-f-g is the only simple graph with degrees (1, 2, 1): sd 0, no z.
    CHECK_FALSE(south.z[1]);
    CHECK_FALSE(south.z[2]);
    // The north graph (degrees 2, 2, 3, 1) is alone too: a degree-3 vertex with three
    // others of degrees 2, 2, 1 must reach all of them, and the two of degree 2 must
    // then be tied to each other.
    CHECK_FALSE(c.rows[0].z[1]);
    REQUIRE(c.whole);
}

TEST_CASE("compare: sort by a metric, highest first, rows without a value last") {
    const Network n = two_regions();
    Comparison c = compare_regions(n, options_for({"actors", "transitivity"}));
    c.sort_by("actors");
    CHECK(c.rows[0].id == "north");
    std::swap(c.rows[0], c.rows[1]);
    c.sort_by("transitivity");
    CHECK(c.rows[0].id == "north");
    CHECK_THROWS_WITH_AS(c.sort_by("density"),
                         "unknown sort column 'density'; columns of this comparison: actors, transitivity",
                         UsageError);
}

TEST_CASE("compare by year: snapshots keep the ties of that year or earlier") {
    const Network n = two_regions();
    CompareOptions o = options_for({"tied_pairs", "transitivity"});
    o.region = "north";
    const Comparison c = compare_years(n, o);
    REQUIRE(c.rows.size() == 2);  // 2001 and 2005
    CHECK(c.rows[0].id == "2001");
    CHECK(c.rows[0].name == "≤ 2001");
    CHECK(*c.rows[0].values[0] == 2);  // a-b, a-c
    CHECK(*c.rows[0].values[1] == 0.0);
    CHECK(*c.rows[1].values[0] == 4);
    CHECK(*c.rows[1].values[1] == doctest::Approx(0.6));
    CHECK(*c.rows[1].ranks[0] == 1);

    // The whole network: ties without a year count in every snapshot.
    o.region.clear();
    o.years = {2003};
    const Comparison w = compare_years(n, o);
    REQUIRE(w.rows.size() == 1);
    CHECK(*w.rows[0].values[0] == 5);  // a-b, a-c + the three without a year
}

TEST_CASE("compare by year: a network without years needs --years") {
    Network n = two_regions();
    for (Tie& t : n.ties) t.year.reset();
    CHECK_THROWS_AS(static_cast<void>(compare_years(n, options_for({"tied_pairs"}))), UsageError);
}

TEST_CASE("compare by network: one row per network, the followed region in each") {
    const Network before = snapshot(two_regions(), 2001);
    const Network after = two_regions();
    const std::vector<Network> networks{before, after};
    const std::vector<std::string> labels{"2001.json", "2005.json"};
    CompareOptions o = options_for({"tied_pairs"});
    o.region = "north";
    const Comparison c = compare_networks(networks, labels, o);
    REQUIRE(c.rows.size() == 2);
    CHECK(c.rows[0].id == "2001.json");
    CHECK(*c.rows[0].values[0] == 2);
    CHECK(*c.rows[1].values[0] == 4);
    CHECK(*c.rows[1].ranks[0] == 1);
    o.region = "west";
    CHECK_THROWS_WITH_AS(static_cast<void>(compare_networks(networks, labels, o)),
                         "unknown region 'west'; regions in 2001.json: north, south", UsageError);
}

TEST_CASE("compare: metric lists accept one-number region metrics only") {
    CHECK(parse_compare_metrics("density, transitivity,density") == std::vector<std::string>{"density", "transitivity"});
    CHECK_THROWS_AS(static_cast<void>(parse_compare_metrics("sector_counts")), UsageError);
    try {
        static_cast<void>(parse_compare_metrics("densty"));
        FAIL("expected a usage error");
    } catch (const UsageError& e) {
        CHECK(std::string(e.what()).rfind("unknown metric 'densty' (did you mean 'density'?); metrics compare accepts: actors, ", 0) == 0);
    }
    CHECK(parse_compare_by("year") == CompareBy::year);
    CHECK_THROWS_AS(static_cast<void>(parse_compare_by("regoin")), UsageError);
}

TEST_CASE("compare writers: JSON shape, CSV with BOM, Markdown that no name can break") {
    Network n = two_regions();
    n.regions.clear();
    n.index();
    for (Region& r : n.regions)
        if (r.id == "north") r.name = "North | <script>alert(1)</script> *bold*";
    const Comparison c = compare_regions(n, options_for({"actors", "transitivity"}));

    const nlohmann::ordered_json j = comparison_to_json(c);
    CHECK(j["by"] == "region");
    CHECK(j["rows"][0]["id"] == "north");
    CHECK(j["rows"][0]["metrics"]["actors"] == 4.0);
    CHECK(j["rows"][0]["ranks"]["actors"] == 1);
    CHECK(j["rows"][0]["z"].contains("transitivity"));
    CHECK_FALSE(j["rows"][0]["z"].contains("actors"));
    CHECK(j["whole"]["id"] == "*");
    CHECK_FALSE(j["whole"].contains("ranks"));
    CHECK(j["null_model"]["samples"] == 0);

    const std::string csv = format_comparison_csv(c, true);
    CHECK(csv.rfind("\xEF\xBB\xBFid,name,actors,actors_rank,transitivity,transitivity_rank,transitivity_z\n", 0) == 0);
    CHECK(csv.find("\nsouth,south,3,2,0,2,\n") != std::string::npos);

    const std::string md = format_comparison_markdown(c);
    CHECK(md.find("| North \\| \\<script\\>alert\\(1\\)\\<\\/script\\> \\*bold\\* \\[north\\] | 4 (1) | 0.6 (1) | – |") !=
          std::string::npos);
    CHECK(md.find("<script>") == std::string::npos);
}

TEST_CASE("compare: a row whose betweenness is estimated from sampled sources says so in JSON") {
    // Actors x ties: north 4 x 4 = 16, south 3 x 2 = 6, the whole network 7 x 7 = 49.
    const Network n = two_regions();
    CompareOptions o = options_for({"betweenness_centralization"});
    o.metrics_options.analysis.threads = 1;
    SUBCASE("without a limit: every row exact, the JSON as before") {
        const Comparison c = compare_regions(n, o);
        for (const ComparisonRow& r : c.rows) CHECK(r.betweenness_sources == 0);
        REQUIRE(c.whole);
        CHECK(c.whole->betweenness_sources == 0);
        CHECK(format_comparison_json(c).find("betweenness_sources") == std::string::npos);
    }
    SUBCASE("limit 15, 3 sources: north and the whole network sampled; south has no more actors than sources") {
        o.metrics_options.analysis.sampled_betweenness_limit = 15.0;
        o.metrics_options.analysis.betweenness_sources = 3;
        const Comparison c = compare_regions(n, o);
        REQUIRE(c.rows.size() == 2);
        CHECK(c.rows[0].betweenness_sources == 3);  // north: 16 > 15 and 4 actors > 3
        CHECK(c.rows[1].betweenness_sources == 0);  // south: 3 actors, not more than 3 sources
        REQUIRE(c.whole);
        CHECK(c.whole->betweenness_sources == 3);  // 49 > 15
        const std::string json = format_comparison_json(c);
        CHECK(json.find("\"id\": \"north\",\n      \"name\": \"north\",\n      \"betweenness_sources\": 3") != std::string::npos);
        CHECK(json.find("\"id\": \"south\",\n      \"name\": \"south\",\n      \"metrics\"") != std::string::npos);
    }
}
