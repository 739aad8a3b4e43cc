// Every region and actor figure of `ecosys helix` against the values that
// tests/reference/make_helix_reference.py writes: NetworkX 2.8 for the mixing matrix,
// sector assortativity, effective size and constraint (and the projection of
// projects), the script's own independent code for E-I, brokerage, completeness and
// synergy. Networks: Zachary's karate club, Padgett's Florentine marriages, the
// small disconnected network drawn in make_reference.py (with projects) and
// networks/japan-innovation.json (381 actors, 31 projects, 207 directed ties).
// Compared through helix_to_json(), so the JSON keys are checked too.
// Tolerance 1e-9 (relative, with an absolute floor of 1e-9).

#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

#include "ecosys/graph/graph.hpp"
#include "ecosys/analysis/helix_report.hpp"
#include "ecosys/output/helix_writer.hpp"
#include "metrics/reference_fixture.hpp"

using nlohmann::json;
using ordered_json = nlohmann::ordered_json;

namespace {

/// expected ⊆ actual: every key of an expected object must be there with an equal
/// value; below the top level (`strict`) the key sets must be equal too.
void compare(const json& expected, const ordered_json& actual, const std::string& path, bool strict) {
    INFO(path);
    if (expected.is_null()) {
        CHECK(actual.is_null());
    } else if (expected.is_number()) {
        REQUIRE(actual.is_number());
        const double e = expected.get<double>(), a = actual.get<double>();
        CHECK(std::abs(a - e) <= 1e-9 * std::max(1.0, std::abs(e)));
    } else if (expected.is_string() || expected.is_boolean()) {
        CHECK(actual.dump() == expected.dump());
    } else if (expected.is_array()) {
        REQUIRE(actual.is_array());
        REQUIRE(actual.size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) compare(expected[i], actual[i], path + "/" + std::to_string(i), true);
    } else {
        REQUIRE(actual.is_object());
        if (strict) CHECK(actual.size() == expected.size());
        for (const auto& [key, value] : expected.items()) {
            const std::string& field = key;  // INFO is a lambda; clang 14 cannot capture a binding
            INFO(path << "/" << field);
            REQUIRE(actual.contains(key));
            compare(value, actual.at(key), path + "/" + key, true);
        }
    }
}

const ordered_json& record(const ordered_json& list, const std::string& id) {
    for (const auto& r : list)
        if (r.at("id") == id) return r;
    FAIL("no record " << id);
    return list;
}

/// The fixture's actor values for the weighted run: the *_weighted keys, renamed.
json weighted_actor(const json& expected) {
    json out = json::object();
    for (const char* key : {"effective_size", "efficiency", "constraint", "hierarchy"})
        out[key] = expected.at(std::string(key) + "_weighted");
    return out;
}

json unweighted_actor(json expected) {
    for (const char* key : {"effective_size", "efficiency", "constraint", "hierarchy"})
        expected.erase(std::string(key) + "_weighted");
    return expected;
}

void check_fixture(const std::string& name) {
    const json fixture = ecosys::test::load_fixture("helix-" + name, "make_helix_reference.py");
    const json& expected = fixture.at("expected");
    const std::string network_file = fixture.at("network_from").get<std::string>();
    const ecosys::Network net =
        ecosys::test::network_of(ecosys::test::load_fixture(network_file.substr(0, network_file.size() - 5)).at("network"));

    ecosys::HelixOptions options;
    options.analysis.ei_permutations = 0;  // the test's p-values are checked by the unit tests

    // Every declared region, the empty ones too, then "*".
    for (const ecosys::Region& r : net.regions) options.regions.push_back(r.id);
    const ordered_json regions = ecosys::helix_to_json(ecosys::compute_helix(net, options)).at("regions");
    REQUIRE(regions.size() == expected.at("regions").size());
    for (const auto& [id, values] : expected.at("regions").items())
        compare(values, record(regions, id), name + ": regions/" + id, false);

    // Every actor (no region filter, so actors without a region too), both scopes, unweighted and weighted.
    options.regions.clear();
    for (bool weighted : {false, true}) {
        for (ecosys::MetricScope scope : {ecosys::MetricScope::network, ecosys::MetricScope::region}) {
            options.analysis.weighted = weighted;
            options.scope = scope;
            const ordered_json actors_json = ecosys::helix_to_json(ecosys::compute_helix(net, options)).at("actors");
            const std::string context = name + (weighted ? ", weighted" : ", unweighted") +
                                        (scope == ecosys::MetricScope::network ? ", network scope" : ", region scope");
            const json& actors = expected.at(scope == ecosys::MetricScope::network ? "actors_network" : "actors_region");
            for (const auto& [id, values] : actors.items()) {
                const json want = weighted ? weighted_actor(values) : unweighted_actor(values);
                compare(want, record(actors_json, id), context + ": actors/" + id, false);
            }
        }
    }

    if (expected.contains("projection_strengths")) {
        ecosys::Network projects_only = net;
        projects_only.ties.clear();
        for (const auto weighting : {ecosys::ProjectWeighting::count, ecosys::ProjectWeighting::newman}) {
            const ecosys::Graph g = ecosys::Graph::from_network(projects_only, {true, weighting});
            const json& strengths = expected.at("projection_strengths").at(std::string(ecosys::to_string(weighting)));
            for (ecosys::Graph::Vertex v = 0; v < g.vertex_count(); ++v) {
                double s = 0;
                for (double w : g.weights(v)) s += w;
                INFO("projection " << ecosys::to_string(weighting) << ", actor " << net.actors[v].id);
                CHECK(s == doctest::Approx(strengths.at(net.actors[v].id).get<double>()).epsilon(1e-12));
            }
        }
    }
}

}  // namespace

TEST_CASE("helix reference: Zachary's karate club agrees with NetworkX") { check_fixture("karate"); }

TEST_CASE("helix reference: Padgett's Florentine marriages agree with NetworkX") { check_fixture("florentine"); }

TEST_CASE("helix reference: a disconnected network with projects agrees with NetworkX") { check_fixture("disconnected"); }

TEST_CASE("helix reference: networks/japan-innovation.json agrees with NetworkX") { check_fixture("japan-innovation"); }
