// Funding and roles of actors and regions, worked by hand.

#include <doctest/doctest.h>

#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/analysis/selection.hpp"
#include "ecosys/io/reader.hpp"

using namespace ecosys;

namespace {

//  project x (R):  u1 coordinator 100, u2 participant 50
//  project y:      u1 participant (amount not known), u3 coordinator 30
//  u1, u2 in region R; u3 in region S
const char* const projects = R"({
 "actors": [{"id": "u1", "sector": "academia", "region": "R"}, {"id": "u2", "sector": "industry", "region": "R"},
            {"id": "u3", "sector": "finance", "region": "S"}],
 "projects": [
  {"id": "x", "year": 2015, "participants": [{"actor": "u1", "role": "coordinator", "funding": 100},
                                             {"actor": "u2", "role": "participant", "funding": 50}]},
  {"id": "y", "year": 2016, "participants": [{"actor": "u1", "role": "participant"},
                                             {"actor": "u3", "role": "Coordinator", "funding": 30}]}
 ]
})";

double real(const MetricValue* v) {
    REQUIRE(v != nullptr);
    if (const auto* i = std::get_if<std::int64_t>(v)) return static_cast<double>(*i);
    REQUIRE(std::holds_alternative<double>(*v));
    return std::get<double>(*v);
}

}  // namespace

TEST_CASE("funding: actor funding and coordinations, region funding, per actor and coordinator share by hand") {
    const Network net = read_json_network_text(projects, "f.json").network;
    const MetricsReport r = compute_metrics(net);
    // Listed by default: the network has roles and amounts.
    CHECK(std::find(r.actor_columns.begin(), r.actor_columns.end(), "funding") != r.actor_columns.end());
    CHECK(real(r.actor_value("u1", "funding")) == 100.0);  // 100 + unknown (0)
    CHECK(real(r.actor_value("u2", "funding")) == 50.0);
    CHECK(real(r.actor_value("u3", "funding")) == 30.0);
    CHECK(real(r.actor_value("u1", "coordinations")) == 1);
    CHECK(real(r.actor_value("u2", "coordinations")) == 0);
    CHECK(real(r.actor_value("u3", "coordinations")) == 1);  // "Coordinator": case does not matter
    CHECK(real(r.region_value("R", "funding_total")) == 150.0);
    CHECK(real(r.region_value("R", "funding_per_actor")) == 75.0);
    CHECK(real(r.region_value("R", "coordinator_share")) == doctest::Approx(1.0 / 3.0));  // u1 1 of 2, u2 0 of 1
    CHECK(real(r.region_value("S", "funding_per_actor")) == 30.0);
    CHECK(real(r.region_value("S", "coordinator_share")) == 1.0);
    CHECK(real(r.region_value("*", "funding_total")) == 180.0);
    CHECK(real(r.region_value("*", "funding_per_actor")) == 60.0);
    CHECK(real(r.region_value("*", "coordinator_share")) == 0.5);  // 2 of 4 participations
}

TEST_CASE("funding: a --years window counts only the projects dated in it") {
    const Network net = read_json_network_text(projects, "f.json").network;
    Selection s;
    s.years = YearWindow{2016, 2016};
    const Network window = apply_selection(net, s).network;
    MetricsOptions o;
    o.only = {"funding", "coordinator_share"};
    const MetricsReport r = compute_metrics(window, o);
    CHECK(real(r.actor_value("u1", "funding")) == 0.0);
    CHECK(real(r.actor_value("u3", "funding")) == 30.0);
    CHECK(r.actor_value("u2", "funding") == nullptr);  // u2 has no project in 2016: left out of the window
    CHECK(real(r.region_value("R", "coordinator_share")) == 0.0);
}

TEST_CASE("funding: no column of a network without funding or roles unless asked for") {
    const Network net = read_json_network_text(R"({"actors": [{"id": "a", "sector": "industry", "region": "R"}],
        "projects": [{"id": "p", "participants": ["a"]}]})", "plain.json").network;
    const MetricsReport r = compute_metrics(net);
    CHECK(std::find(r.actor_columns.begin(), r.actor_columns.end(), "funding") == r.actor_columns.end());
    CHECK(std::find(r.region_columns.begin(), r.region_columns.end(), "coordinator_share") == r.region_columns.end());
    MetricsOptions o;
    o.only = {"coordinator_share", "funding"};
    const MetricsReport asked = compute_metrics(net, o);
    CHECK(real(asked.actor_value("a", "funding")) == 0.0);
    CHECK(real(asked.region_value("R", "coordinator_share")) == 0.0);  // one participation, no coordination
}
