#include <doctest/doctest.h>

#include "ecosys/error.hpp"
#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/analysis/helix_report.hpp"
#include "ecosys/output/helix_writer.hpp"
#include "helix/helix_test_network.hpp"

using namespace ecosys;
using ecosys::test::helix_network;

namespace {

//   north:  u1 (academia) ─── c1 (industry) ──loan◄── b1 (finance)
//                 │
//   south:  g1 (government) ─── c2 (industry)          x (industry, no region)
//   project p: u1 c1 g1  (so u1-c1 gains weight, c1-g1 and u1-g1 appear)
Network regional() {
    return helix_network(
        {{"u1", "academia", "north"}, {"c1", "industry", "north"}, {"b1", "finance", "north"}, {"g1", "government", "south"},
         {"c2", "industry", "south"}, {"x", "industry"}},
        {{"u1", "c1"}, {"b1", "c1", true}, {"u1", "g1"}, {"g1", "c2"}}, {{"p", {"u1", "c1", "g1"}}});
}

}  // namespace

TEST_CASE("helix report: regions in order then '*', actors in file order") {
    HelixOptions options;
    options.analysis.ei_permutations = 99;
    const HelixReport r = compute_helix(regional(), options);
    REQUIRE(r.regions.size() == 3);
    CHECK(r.regions[0].id == "north");
    CHECK(r.regions[1].id == "south");
    CHECK(r.regions[2].id == "*");
    CHECK(r.actors.size() == 6);
    CHECK(r.sectors == std::vector<std::string>{"industry", "academia", "government", "finance"});

    // North: u1, c1, b1 with ties u1-c1 (tie + project) and b1->c1: 2 ties, both crossing.
    const RegionHelix& north = r.regions[0];
    CHECK(north.actors == 3);
    CHECK(north.ties == 2);
    CHECK(north.cross_sector_share == 1.0);
    CHECK(north.sectors_present == std::vector<std::string>{"industry", "academia", "finance"});
    // academia-finance never tied in the north (government is absent there).
    CHECK(north.missing_links == std::vector<std::pair<std::string, std::string>>{{"academia", "finance"}});
    // c1 brokers b1 -> c1 -> u1 (F I A liaison); u1 -> c1 -> b1 is not a path (the loan runs b1 -> c1).
    CHECK(north.brokerage == BrokerageCounts{0, 0, 0, 0, 1});
    REQUIRE(north.synergy.has_value());
    CHECK(north.synergy->projects == 1);  // p, seen through u1 and c1

    // The whole network: the project ties c1 and g1, so c1 now also brokers b1 -> c1 -> g1.
    const RegionHelix& whole = r.regions[2];
    CHECK(whole.ties == 5);  // u1-c1, b1-c1, u1-g1, g1-c2 and c1-g1 (the project); x alone
}

TEST_CASE("helix report: --region keeps that region's actors; an unknown region gets a suggestion") {
    HelixOptions options;
    options.analysis.ei_permutations = 0;
    options.regions = {"south"};
    const HelixReport r = compute_helix(regional(), options);
    REQUIRE(r.regions.size() == 2);
    CHECK(r.regions[0].id == "south");
    CHECK(r.actors.size() == 2);

    options.regions = {"nort"};
    CHECK_THROWS_WITH_AS((void)compute_helix(regional(), options),
                         "unknown region 'nort' (did you mean 'north'?); regions in this network: north, south", UsageError);
}

TEST_CASE("helix report: under region scope an actor without a region has no figures") {
    HelixOptions options;
    options.analysis.ei_permutations = 0;
    options.scope = MetricScope::region;
    const HelixReport r = compute_helix(regional(), options);
    CHECK_FALSE(r.actors[5].measured);
    CHECK_FALSE(r.actors[5].ei_index.has_value());
    const auto j = helix_to_json(r);
    CHECK(j["actors"][5]["brokerage"].is_null());
    CHECK(j["actors"][5]["sectors_tied"].is_null());
    CHECK(j["actors"][0]["region"] == "north");
}

TEST_CASE("helix JSON: the layout of the issue, keys in order") {
    HelixOptions options;
    options.analysis.ei_permutations = 9;
    const auto j = helix_to_json(compute_helix(regional(), options));
    std::vector<std::string> top;
    for (const auto& [key, value] : j.items()) top.push_back(key);
    CHECK(top == std::vector<std::string>{"network", "scope", "weighted", "projects", "permutations", "seed", "hub_partition", "sectors", "regions",
                                          "actors"});
    std::vector<std::string> region;
    for (const auto& [key, value] : j["regions"][0].items()) region.push_back(key);
    CHECK(region == std::vector<std::string>{"id", "name", "actors", "tied_pairs", "mixing", "mixing_density", "cross_sector_share",
                                             "ei_index", "ei_expected", "ei_p_value", "ei_sectors", "assortativity",
                                             "sectors_present", "missing_links", "multi_sector_share", "brokerage",
                                             "brokerage_pairs", "top_brokers", "synergy", "hubs"});
    std::vector<std::string> actor;
    for (const auto& [key, value] : j["actors"][0].items()) actor.push_back(key);
    CHECK(actor == std::vector<std::string>{"id", "name", "sector", "region", "ei_index", "sectors_tied", "effective_size",
                                            "efficiency", "constraint", "hierarchy", "brokerage", "brokered_pairs"});
    CHECK(j["regions"][0]["mixing"]["industry"]["academia"] == 1);
    CHECK(j["regions"][0]["mixing_density"]["government"]["government"].is_null());
    CHECK(j["regions"][0]["missing_links"] == nlohmann::ordered_json::parse(R"([["academia", "finance"]])"));
    CHECK(j["regions"][0]["brokerage"]["liaison"] == 1);
    CHECK(j["projects"]["as_ties"] == true);
    CHECK(j["projects"]["weighting"] == "count");
}

TEST_CASE("helix CSV: one header, records told apart by the first column") {
    HelixOptions options;
    options.analysis.ei_permutations = 0;
    const std::string csv = format_helix_csv(compute_helix(regional(), options));
    CHECK(csv.rfind("record,region,id,name,sector,to_sector,actors,tied_pairs,density,cross_sector_share,ei_index,", 0) == 0);
    CHECK(csv.find("\nregion,north,,north,") != std::string::npos);
    CHECK(csv.find("\nmixing,north,,,industry,academia,,1,") != std::string::npos);
    CHECK(csv.find("\nactor,north,u1,u1,academia,") != std::string::npos);
    const std::string table = format_helix_table(compute_helix(regional(), options));
    CHECK(table.find("Region north (north): 3 actors, 2 tied pairs") != std::string::npos);
    CHECK(table.find("missing links       academia–finance") != std::string::npos);
}

TEST_CASE("helix figures in ecosys metrics: the registry's helix rows on the whole network") {
    const Network net = regional();
    MetricsOptions options;
    options.only = {"cross_sector_share", "ei_index", "synergy_t3"};
    const MetricsReport r = compute_metrics(net, options);
    auto real = [&](const char* key) { return std::get<double>(*r.region_value("*", key)); };
    CHECK(real("cross_sector_share") == doctest::Approx(1.0));  // u1-c1 a-i, b1-c1 f-i, u1-g1 a-g, g1-c2 g-i, c1-g1 i-g
    CHECK(real("ei_index") == doctest::Approx(1.0));
    CHECK(real("synergy_t3") == doctest::Approx(0.0));  // one project: no variation
}

TEST_CASE("helix CSV: text starting with = + - @ gets an apostrophe, negative numbers stay numbers") {
    //   =x (industry, region @r) --- -y (industry, region @r)      +z (academia, region @r)
    // The one tie joins two actors of one sector: E-I index -1 for the region and for both.
    HelixOptions options;
    options.analysis.ei_permutations = 0;
    const Network net = helix_network({{"=x", "industry", "@r"}, {"-y", "industry", "@r"}, {"+z", "academia", "@r"}},
                                      {{"=x", "-y"}});
    const std::string csv = format_helix_csv(compute_helix(net, options));
    CHECK(csv.find("\nregion,'@r,,'@r,,,3,1,0.3333333333333333,0,-1,") != std::string::npos);
    CHECK(csv.find("\nactor,'@r,'=x,'=x,industry,,,,,,-1,") != std::string::npos);
    CHECK(csv.find("\nactor,'@r,'-y,'-y,industry,,,,,,-1,") != std::string::npos);
    CHECK(csv.find("\nactor,'@r,'+z,'+z,academia,") != std::string::npos);
    CHECK(csv.find("\n=") == std::string::npos);
    CHECK(csv.find(",=") == std::string::npos);
    CHECK(csv.find(",@") == std::string::npos);
    CHECK(csv.find(",+") == std::string::npos);
}
