#include <doctest/doctest.h>

#include <cmath>

#include "ecosys/error.hpp"
#include "ecosys/analysis/metric_set.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::regional_network;

namespace {

std::int64_t count(const MetricValue* v) {
    REQUIRE(v != nullptr);
    REQUIRE(std::holds_alternative<std::int64_t>(*v));
    return std::get<std::int64_t>(*v);
}

double real(const MetricValue* v) {
    REQUIRE(v != nullptr);
    REQUIRE(std::holds_alternative<double>(*v));
    return std::get<double>(*v);
}

/// Every real in the report is finite.
void check_all_finite(const MetricsReport& report) {
    auto check = [](const MetricValue& v) {
        if (std::holds_alternative<double>(v)) CHECK(std::isfinite(std::get<double>(v)));
    };
    for (const ActorRow& row : report.actors)
        for (const MetricValue& v : row.values) check(v);
    for (const RegionRow& row : report.regions)
        for (const MetricValue& v : row.values) check(v);
}

// Two regions and an actor without one:
//
//   region x       region y
//   a --- b ------ c          d (no region)
//
Network two_regions() {
    return regional_network({{"a", "x", "academia"}, {"b", "x", "industry"}, {"c", "y", "finance"}, {"d", ""}},
                            {{"a", "b"}, {"b", "c"}});
}

}  // namespace

TEST_CASE("metric lists: known keys, blanks trimmed, duplicates dropped") {
    CHECK(parse_metric_list("betweenness, pagerank,betweenness,,density") ==
          std::vector<std::string>{"betweenness", "pagerank", "density"});
    CHECK(parse_metric_list("").empty());
}

TEST_CASE("an unknown metric is a usage error that suggests the closest key") {
    CHECK_THROWS_WITH_AS(static_cast<void>(parse_metric_list("betweenness,pagernak")),
                         "unknown metric 'pagernak' (did you mean 'pagerank'?); known metrics: degree, strength, "
                         "betweenness, closeness, harmonic, eigenvector, pagerank, clustering, core, cut_point, "
                         "component, community, coreness, core_member, within_module_z, participation, hub_role, funding, coordinations, in_degree, out_degree, in_strength, out_strength, in_closeness, "
                         "out_closeness, in_harmonic, out_harmonic, hub, authority, actors, tied_pairs, external_ties, openness, "
                         "density, mean_degree, components, largest_component_share, isolates, cut_points, bridges, "
                         "transitivity, mean_clustering, mean_path_length, diameter, degree_centralization, reciprocity, "
                         "in_degree_centralization, out_degree_centralization, betweenness_centralization, communities, "
                         "modularity, core_periphery_fit, core_size, funding_total, funding_per_actor, coordinator_share, "
                         "sector_counts, top_brokers, cross_sector_share, ei_index, ei_p_value, "
                         "sector_assortativity, multi_sector_share, synergy_t3, synergy_t4",
                         UsageError);
    MetricsOptions options;
    options.only = {"densty"};
    const Network net = two_regions();
    CHECK_THROWS_AS(static_cast<void>(compute_metrics(net, options)), UsageError);
}

TEST_CASE("an unknown region is a usage error that suggests the closest id") {
    Network net = regional_network({{"a", "tohoku"}, {"b", "kansai"}}, {});
    MetricsOptions options;
    options.regions = {"tohok"};
    CHECK_THROWS_WITH_AS(static_cast<void>(compute_metrics(net, options)),
                         "unknown region 'tohok' (did you mean 'tohoku'?); regions in this network: tohoku, kansai",
                         UsageError);
}

TEST_CASE("network scope against region scope") {
    const Network net = two_regions();
    MetricsOptions options;
    options.only = {"degree", "closeness"};
    const MetricsReport whole = compute_metrics(net, options);
    CHECK(whole.actor_columns == std::vector<std::string>{"degree", "closeness"});
    CHECK(whole.regions.empty());  // no region metric asked for
    CHECK(count(whole.actor_value("b", "degree")) == 2);
    CHECK(count(whole.actor_value("c", "degree")) == 1);
    CHECK(count(whole.actor_value("d", "degree")) == 0);

    options.scope = MetricScope::region;
    const MetricsReport inside = compute_metrics(net, options);
    CHECK(count(inside.actor_value("b", "degree")) == 1);  // c is in another region
    CHECK(count(inside.actor_value("c", "degree")) == 0);
    CHECK(real(inside.actor_value("c", "closeness")) == 0.0);
    REQUIRE(inside.actor_value("d", "degree") != nullptr);
    CHECK(std::holds_alternative<std::monostate>(*inside.actor_value("d", "degree")));  // no region: no value
}

TEST_CASE("region records: ties inside, ties out, openness, sector counts in declared order") {
    const Network net = two_regions();
    const MetricsReport report = compute_metrics(net, {});
    REQUIRE(report.regions.size() == 3);
    CHECK(report.regions[0].id == "x");
    CHECK(report.regions[1].id == "y");
    CHECK(report.regions[2].id == "*");
    CHECK(report.regions[2].name == "test");
    CHECK(count(report.region_value("x", "tied_pairs")) == 1);
    CHECK(count(report.region_value("x", "external_ties")) == 1);
    CHECK(real(report.region_value("x", "openness")) == doctest::Approx(0.5));
    CHECK(count(report.region_value("y", "external_ties")) == 1);
    CHECK(real(report.region_value("y", "openness")) == 1.0);
    CHECK(count(report.region_value("*", "external_ties")) == 0);
    CHECK(real(report.region_value("*", "openness")) == 0.0);
    CHECK(count(report.region_value("*", "components")) == 2);
    CHECK(real(report.region_value("*", "largest_component_share")) == doctest::Approx(0.75));
    CHECK(count(report.region_value("*", "isolates")) == 1);

    const auto& sectors = std::get<std::vector<SectorCount>>(*report.region_value("x", "sector_counts"));
    REQUIRE(sectors.size() == 4);
    CHECK(sectors[0].sector == "industry");
    CHECK(sectors[0].actors == 1);
    CHECK(sectors[1].sector == "academia");
    CHECK(sectors[1].actors == 1);
    CHECK(sectors[3].sector == "finance");
    CHECK(sectors[3].actors == 0);

    // b is the only broker of the whole network: on the path a-b-c.
    CHECK(std::get<std::vector<std::string>>(*report.region_value("*", "top_brokers")) == std::vector<std::string>{"b"});
    CHECK(std::get<std::vector<std::string>>(*report.region_value("x", "top_brokers")).empty());
    check_all_finite(report);
}

TEST_CASE("a region filter keeps those regions' actors and records, plus the whole network") {
    Network net = two_regions();
    net.regions.push_back({"z", "Zed", "", true});  // declared, no actors
    net.index();
    MetricsOptions options;
    options.regions = {"y", "z"};
    const MetricsReport report = compute_metrics(net, options);
    REQUIRE(report.actors.size() == 1);
    CHECK(report.actors[0].id == "c");
    REQUIRE(report.regions.size() == 3);
    CHECK(report.regions[0].id == "y");
    CHECK(report.regions[1].id == "z");
    CHECK(report.regions[1].name == "Zed");
    CHECK(report.regions[2].id == "*");
    // The empty region has defined values.
    CHECK(count(report.region_value("z", "actors")) == 0);
    CHECK(real(report.region_value("z", "density")) == 0.0);
    CHECK(real(report.region_value("z", "mean_degree")) == 0.0);
    CHECK(count(report.region_value("z", "components")) == 0);
    CHECK(real(report.region_value("z", "largest_component_share")) == 0.0);
    CHECK(real(report.region_value("z", "mean_path_length")) == 0.0);
    CHECK(count(report.region_value("z", "diameter")) == 0);
    CHECK(count(report.region_value("z", "communities")) == 0);
    CHECK(real(report.region_value("z", "modularity")) == 0.0);
    check_all_finite(report);
}

TEST_CASE("'*' among the regions stands for the whole network: every actor and its record, once") {
    // It dereferenced a missing region and crashed (ecosys metrics --region '*', whatif
    // --region '*', found by python/tests/test_random_objects.py).
    const Network net = two_regions();
    MetricsOptions options;
    options.regions = {"*", "x"};
    options.include_whole = false;
    const MetricsReport report = compute_metrics(net, options);
    CHECK(report.actors.size() == 4);
    REQUIRE(report.regions.size() == 2);
    CHECK(report.regions[0].id == "x");
    CHECK(report.regions[1].id == "*");
    options.include_whole = true;
    options.scope = MetricScope::region;
    CHECK(compute_metrics(net, options).regions.size() == 2);
}

TEST_CASE("region scope: every actor measured in its own region, many regions of one actor") {
    // 300 regions of one actor each and one of three; ties across them. Each actor's
    // degree inside its own region: 0, but 2 for the middle of the three-actor path.
    std::vector<test::ActorSpec> actors;
    std::vector<test::TieSpec> ties;
    for (int i = 0; i < 300; ++i) actors.push_back({"a" + std::to_string(i), "r" + std::to_string(i)});
    for (const char* id : {"p", "q", "s"}) actors.push_back({id, "big"});
    for (int i = 0; i + 1 < 300; ++i) ties.push_back({"a" + std::to_string(i), "a" + std::to_string(i + 1)});
    ties.push_back({"p", "q"});
    ties.push_back({"q", "s"});
    ties.push_back({"a0", "q"});
    const Network net = regional_network(actors, ties);
    MetricsOptions options;
    options.only = {"degree", "actors"};
    options.scope = MetricScope::region;
    const MetricsReport report = compute_metrics(net, options);
    REQUIRE(report.actors.size() == 303);
    for (int i = 0; i < 300; ++i) CHECK(count(report.actor_value("a" + std::to_string(i), "degree")) == 0);
    CHECK(count(report.actor_value("q", "degree")) == 2);
    CHECK(count(report.actor_value("p", "degree")) == 1);
    CHECK(count(report.region_value("big", "actors")) == 3);
    CHECK(count(report.region_value("r7", "actors")) == 1);
}

TEST_CASE("defined values, never NaN: no actors, one actor, no ties, weighted or not") {
    const std::vector<Network> networks = {
        regional_network({}, {}),
        regional_network({{"a", "x"}}, {}),
        regional_network({{"a", "x"}, {"b", "x"}, {"c", "y"}}, {}),
        regional_network({{"a", "x"}, {"b", "x"}}, {{"a", "b", 0}}),  // only a tie of weight 0
    };
    for (const Network& net : networks) {
        for (bool weighted : {false, true}) {
            for (MetricScope scope : {MetricScope::network, MetricScope::region}) {
                MetricsOptions options;
                options.analysis.weighted = weighted;
                options.scope = scope;
                const MetricsReport report = compute_metrics(net, options);
                CHECK(report.regions.back().id == "*");
                check_all_finite(report);
            }
        }
    }
    const MetricsReport one = compute_metrics(networks[1], {});
    CHECK(real(one.actor_value("a", "pagerank")) == 1.0);
    CHECK(real(one.actor_value("a", "eigenvector")) == 1.0);
    CHECK(real(one.actor_value("a", "betweenness")) == 0.0);
    CHECK(count(one.region_value("x", "communities")) == 1);
    CHECK(count(one.region_value("x", "isolates")) == 1);
    CHECK(real(one.region_value("x", "largest_component_share")) == 1.0);
}

TEST_CASE("the diameter is a count unweighted and a distance weighted") {
    //   a --2-- b --2-- c      weighted distances 0.5 each: diameter 1.0; unweighted 2.
    const Network net = regional_network({{"a", "x"}, {"b", "x"}, {"c", "x"}}, {{"a", "b", 2}, {"b", "c", 2}});
    MetricsOptions options;
    options.only = {"diameter", "mean_path_length"};
    CHECK(count(compute_metrics(net, options).region_value("x", "diameter")) == 2);
    options.analysis.weighted = true;
    const MetricsReport weighted = compute_metrics(net, options);
    CHECK(real(weighted.region_value("x", "diameter")) == doctest::Approx(1.0));
    CHECK(real(weighted.region_value("x", "mean_path_length")) == doctest::Approx(2.0 / 3.0));
    CHECK(weighted.actors.empty());  // only region metrics asked for
}

TEST_CASE("eigenvector on a disconnected network: a note says how many actors get 0 and suggests --scope region") {
    //   north: a ─ b ─ c (a star's centre b)     south: d ─ e
    // The whole network's leading component is a-b-c (eigenvalue sqrt 2 > 1): d and e get 0
    // there. Inside their own region each pair or path is connected: no note.
    const Network net = regional_network({{"a", "north"}, {"b", "north"}, {"c", "north"}, {"d", "south"}, {"e", "south"}},
                                         {{"a", "b"}, {"b", "c"}, {"d", "e"}});
    MetricsOptions options;
    options.only = {"eigenvector"};
    const MetricsReport whole = compute_metrics(net, options);
    CHECK(real(whole.actor_value("d", "eigenvector")) == 0.0);
    REQUIRE(whole.notes.size() == 1);
    CHECK(whole.notes[0] ==
          "eigenvector is computed on the leading component only (the one with the largest eigenvalue, usually the largest): "
          "2 actors in 1 other component get 0 on the whole network; --scope region measures each region on its own ties "
          "(docs/metrics.md#eigenvector)");
    options.scope = MetricScope::region;
    const MetricsReport inside = compute_metrics(net, options);
    CHECK(real(inside.actor_value("d", "eigenvector")) > 0.5);
    CHECK(inside.notes.empty());
    options.only = {"degree"};
    options.scope = MetricScope::network;
    CHECK(compute_metrics(net, options).notes.empty());  // no eigenvector asked for
}

TEST_CASE("an eigenvector that did not converge is said in the report's notes, once per scope") {
    //  v0--v1--...--v2999   (a chain: the power iteration cannot converge in 10,000 steps,
    //                         tests/metrics/eigenvector_test.cpp); PageRank converges.
    std::vector<test::ActorSpec> actors;
    std::vector<test::TieSpec> ties;
    for (std::size_t i = 0; i < 3000; ++i) actors.push_back({"v" + std::to_string(i)});
    for (std::size_t i = 0; i + 1 < 3000; ++i) ties.push_back({actors[i].id, actors[i + 1].id});
    const Network net = regional_network(std::move(actors), std::move(ties));
    MetricsOptions options;
    options.only = {"eigenvector", "pagerank"};
    const MetricsReport report = compute_metrics(net, options);
    std::size_t said = 0;
    for (const std::string& note : report.notes) {
        if (note.find("eigenvector of the whole network did not converge") != std::string::npos) ++said;
        CHECK(note.find("PageRank") == std::string::npos);
    }
    CHECK(said == 1);

    // A chain of 30 converges: no note.
    const Network small = regional_network({{"a"}, {"b"}, {"c"}}, {{"a", "b"}, {"b", "c"}});
    for (const std::string& note : compute_metrics(small, options).notes) CHECK(note.find("converge") == std::string::npos);
}
