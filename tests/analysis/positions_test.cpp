// The position keys through the registry and the helix report (on request, modules by
// --partition) on drawn networks worked by hand; the algorithms' own values are tested
// in tests/metrics/core_periphery_test.cpp and tests/metrics/connector_hubs_test.cpp.

#include <doctest/doctest.h>

#include <cmath>

#include "ecosys/analysis/helix_report.hpp"
#include "ecosys/analysis/metric_set.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;

namespace {

double real(const MetricValue* v) {
    REQUIRE(v != nullptr);
    REQUIRE(std::holds_alternative<double>(*v));
    return std::get<double>(*v);
}

std::int64_t count(const MetricValue* v) {
    REQUIRE(v != nullptr);
    REQUIRE(std::holds_alternative<std::int64_t>(*v));
    return std::get<std::int64_t>(*v);
}

//   region a: hub h tied to a1..a8 (a star)        region b: b1 - b2 - b3 (a path)
//   h also tied to b1, b2, b3.
// Inside a, h has 8 ties and a1..a8 one each: mean 16/9, population sd sqrt(8 - 256/81),
// so z = (8 - 16/9) / sqrt(392/81) = 56 / sqrt(392) = 2 sqrt 2. h's 11 ties: 8 in a, 3 in b:
// P = 1 - (8/11)^2 - (3/11)^2 = 48/121: a connector hub (R6, 0.30 < P <= 0.75).
Network hub_network() {
    std::vector<test::ActorSpec> actors = {{"h", "a", "industry"}};
    std::vector<test::TieSpec> ties;
    for (int i = 1; i <= 8; ++i) {
        actors.push_back({"a" + std::to_string(i), "a", "academia"});
        ties.push_back({"h", "a" + std::to_string(i)});
    }
    for (int i = 1; i <= 3; ++i) {
        actors.push_back({"b" + std::to_string(i), "b", "government"});
        ties.push_back({"h", "b" + std::to_string(i)});
    }
    ties.push_back({"b1", "b2"});
    ties.push_back({"b2", "b3"});
    return test::regional_network(actors, ties);
}

}  // namespace

TEST_CASE("positions: connector-hub keys with the regions as modules, worked by hand") {
    const Network n = hub_network();
    MetricsOptions options;
    options.only = {"within_module_z", "participation", "hub_role"};
    const MetricsReport r = compute_metrics(n, options);
    CHECK(real(r.actor_value("h", "within_module_z")) == doctest::Approx(2.0 * std::sqrt(2.0)).epsilon(1e-12));
    CHECK(real(r.actor_value("h", "participation")) == doctest::Approx(48.0 / 121.0).epsilon(1e-12));
    CHECK(count(r.actor_value("h", "hub_role")) == 6);
    // a1: one tie, inside a: z = (1 - 16/9) / sqrt(392/81) = -7 / sqrt(392), P = 0: ultra-peripheral.
    CHECK(real(r.actor_value("a1", "within_module_z")) == doctest::Approx(-7.0 / std::sqrt(392.0)).epsilon(1e-12));
    CHECK(count(r.actor_value("a1", "hub_role")) == 1);
    // b2: two ties inside b (degrees inside b: 1, 2, 1): z = (2 - 4/3) / sqrt(2/9) = sqrt 2.
    CHECK(real(r.actor_value("b2", "within_module_z")) == doctest::Approx(std::sqrt(2.0)).epsilon(1e-12));
}

TEST_CASE("positions: by sector the modules differ, and the keys are not default columns") {
    const Network n = hub_network();
    MetricsOptions options;
    options.only = {"participation"};
    options.analysis.hub_partition = HubPartition::sector;
    const MetricsReport r = compute_metrics(n, options);
    // h is the only industry actor: all 11 ties leave its module (8 to academia, 3 to government).
    CHECK(real(r.actor_value("h", "participation")) == doctest::Approx(48.0 / 121.0).epsilon(1e-12));
    // b2 (government): b1 and b3 in its sector, h not: P = 1 - (2/3)^2 - (1/3)^2 = 4/9.
    CHECK(real(r.actor_value("b2", "participation")) == doctest::Approx(4.0 / 9.0).epsilon(1e-12));
    const MetricsReport all = compute_metrics(n, MetricsOptions{});
    for (const char* key : {"coreness", "core_member", "within_module_z", "participation", "hub_role"})
        CHECK(std::find(all.actor_columns.begin(), all.actor_columns.end(), key) == all.actor_columns.end());
    for (const char* key : {"core_periphery_fit", "core_size"})
        CHECK(std::find(all.region_columns.begin(), all.region_columns.end(), key) == all.region_columns.end());
}

TEST_CASE("positions: a star is an ideal core-periphery structure with its centre as the core") {
    //   c tied to p1..p5: the pattern of a one-actor core, fit 1.
    const Network n = test::small_network({"c", "p1", "p2", "p3", "p4", "p5"},
                                          {{"c", "p1"}, {"c", "p2"}, {"c", "p3"}, {"c", "p4"}, {"c", "p5"}});
    MetricsOptions options;
    options.only = {"core_member", "core_periphery_fit", "core_size"};
    const MetricsReport r = compute_metrics(n, options);
    CHECK(count(r.actor_value("c", "core_member")) == 1);
    CHECK(count(r.actor_value("p3", "core_member")) == 0);
    CHECK(real(r.region_value("*", "core_periphery_fit")) == doctest::Approx(1.0).epsilon(1e-12));
    CHECK(count(r.region_value("*", "core_size")) == 1);
}

TEST_CASE("positions: the helix report lists region a's connector hub and no hub in b") {
    const Network n = hub_network();
    const HelixReport report = compute_helix(n, HelixOptions{});
    CHECK(report.hub_partition == "region");
    bool seen_a = false;
    for (const RegionHelix& r : report.regions) {
        if (r.id == "a") {
            seen_a = true;
            REQUIRE(r.hubs.size() == 1);
            CHECK(r.hubs[0].id == "h");
            CHECK(r.hubs[0].role == 6);
            CHECK(r.hubs[0].participation == doctest::Approx(48.0 / 121.0));
        }
        if (r.id == "b") CHECK(r.hubs.empty());
        if (r.id == "*") CHECK(r.hubs.size() == 1);
    }
    CHECK(seen_a);
}

TEST_CASE("positions: Leiden through the registry gives connected communities and modularity at least Louvain's") {
    // Two 4-cliques joined by one tie: both methods find the two cliques.
    const Network n = test::small_network(
        {"a", "b", "c", "d", "e", "f", "g", "h"},
        {{"a", "b"}, {"a", "c"}, {"a", "d"}, {"b", "c"}, {"b", "d"}, {"c", "d"},
         {"e", "f"}, {"e", "g"}, {"e", "h"}, {"f", "g"}, {"f", "h"}, {"g", "h"}, {"d", "e"}});
    MetricsOptions options;
    options.only = {"communities", "modularity", "community"};
    options.analysis.community = CommunityMethod::leiden;
    const MetricsReport leiden = compute_metrics(n, options);
    CHECK(count(leiden.region_value("*", "communities")) == 2);
    // Q = sum over the two cliques of [6/13 - (13/26)^2] = 2 (6/13 - 1/4) = 11/26.
    CHECK(real(leiden.region_value("*", "modularity")) == doctest::Approx(11.0 / 26.0).epsilon(1e-12));
    CHECK(count(leiden.actor_value("a", "community")) == count(leiden.actor_value("d", "community")));
    CHECK(count(leiden.actor_value("a", "community")) != count(leiden.actor_value("e", "community")));
}
