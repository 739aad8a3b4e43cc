// Every actor and region value of `ecosys metrics` (and, in the directed-*.json
// fixtures, of `ecosys metrics --directed`) against NetworkX 2.8, on the
// fixtures that tests/reference/make_reference.py writes (each holds its network and
// the expected values, so no Python and no data folder is needed here):
// Zachary's karate club, Padgett's Florentine marriages, a small disconnected network
// with every edge case (drawn in the script), and networks/japan-innovation.json.
// Projects count as ties (each pair of participants, weight = shared projects), as
// NetworkX's bipartite weighted_projected_graph builds them in the script.
// Tolerances: 1e-6 (eigenvector 1e-4); modularity of a given partition 1e-9.
// Communities are not compared with NetworkX's randomised Louvain: ours must reach
// at least the best modularity NetworkX's Louvain found over 20 seeds, minus 0.01.

#include <doctest/doctest.h>

#include <map>
#include <set>

#include "ecosys/analysis/registry.hpp"

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/louvain.hpp"
#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/analysis/tie_set.hpp"
#include "ecosys/metrics/modularity.hpp"
#include "metrics/reference_fixture.hpp"

using ecosys::MetricsOptions;
using ecosys::MetricValue;
using nlohmann::json;

namespace {

using ecosys::test::load_fixture;
using ecosys::test::network_of;

double tolerance(const std::string& key) {
    return key == "eigenvector" || key == "hub" || key == "authority" ? 1e-4 : 1e-6;
}

/// Compares one computed value with the fixture's; counts, reals, lists and objects.
void check_value(const MetricValue* actual, const json& expected, const std::string& key) {
    REQUIRE(actual != nullptr);
    if (expected.is_null()) {
        CHECK(std::holds_alternative<std::monostate>(*actual));
    } else if (key == "top_brokers") {
        REQUIRE(std::holds_alternative<std::vector<std::string>>(*actual));
        CHECK(std::get<std::vector<std::string>>(*actual) == expected.get<std::vector<std::string>>());
    } else if (key == "sector_counts") {
        REQUIRE(std::holds_alternative<std::vector<ecosys::SectorCount>>(*actual));
        std::map<std::string, std::size_t> got, want;  // the order is checked by the unit tests
        for (const auto& c : std::get<std::vector<ecosys::SectorCount>>(*actual)) got[c.sector] = c.actors;
        for (const auto& [sector, count] : expected.items()) want[sector] = count.get<std::size_t>();
        CHECK(got == want);
    } else if (std::holds_alternative<std::int64_t>(*actual)) {
        CHECK(std::get<std::int64_t>(*actual) == expected.get<double>());
    } else {
        REQUIRE(std::holds_alternative<double>(*actual));
        CHECK(std::get<double>(*actual) == doctest::Approx(expected.get<double>()).epsilon(tolerance(key)));
    }
}

void check_actors(const ecosys::Network& net, const json& expected, bool weighted, ecosys::MetricScope scope) {
    MetricsOptions options;
    options.analysis.weighted = weighted;
    options.scope = scope;
    for (const std::string& key : ecosys::actor_metric_keys())  // the direction keys: check_directed_fixture
        if (!ecosys::find_metric(key)->directed) options.only.push_back(key);
    const ecosys::MetricsReport report = compute_metrics(net, options);
    REQUIRE(report.actors.size() == expected.size());
    for (const auto& [id, metrics] : expected.items()) {
        if (metrics.is_null()) {  // no region, region scope: every value absent
            for (const std::string& key : report.actor_columns) {
                const std::string& actor = id;  // INFO is a lambda; clang 14 cannot capture a binding
                INFO("actor " << actor << ", " << key);
                check_value(report.actor_value(id, key), nullptr, key);
            }
            continue;
        }
        for (const auto& [key, value] : metrics.items()) {
            const std::string &actor = id, &column = key;
            INFO("actor " << actor << ", " << column);
            check_value(report.actor_value(id, key), value, key);
        }
    }
}

void check_regions(const ecosys::Network& net, const json& expected, const std::vector<std::string>& order_with_star,
                   bool weighted) {
    MetricsOptions options;
    options.analysis.weighted = weighted;
    for (const ecosys::Region& r : net.regions) options.regions.push_back(r.id);  // declared but empty ones too
    const std::vector<std::string> not_compared = {"communities", "modularity"};
    for (const std::string& key : ecosys::region_metric_keys())
        if (std::find(not_compared.begin(), not_compared.end(), key) == not_compared.end() &&
            !ecosys::find_metric(key)->directed)
            options.only.push_back(key);
    const ecosys::MetricsReport report = compute_metrics(net, options);
    REQUIRE(report.regions.size() == expected.size());
    for (const auto& [id, metrics] : expected.items()) {
        for (const auto& [key, value] : metrics.items()) {
            const std::string &region = id, &column = key;
            INFO("region " << region << ", " << column);
            check_value(report.region_value(id, key), value, key);
        }
    }

    // Without a filter: every populated region in order, then "*".
    options.regions.clear();
    std::vector<std::string> order;
    for (const ecosys::RegionRow& row : compute_metrics(net, options).regions) order.push_back(row.id);
    CHECK(order == order_with_star);
}

void check_communities(const ecosys::Network& net, const json& expected, bool weighted) {
    const ecosys::Graph graph = ecosys::Graph::from_network(net);
    for (const json& partition : expected.at("partitions")) {
        std::vector<std::uint32_t> community(net.actors.size(), 0);
        std::uint32_t c = 0;
        for (const json& members : partition.at("communities")) {
            for (const json& id : members) community[*net.find_actor(id.get<std::string>())] = c;
            ++c;
        }
        INFO("partition " << partition.at("name").get<std::string>());
        CHECK(ecosys::modularity(graph, community, weighted) ==
              doctest::Approx(partition.at("modularity").get<double>()).epsilon(1e-9));
    }

    ecosys::Louvain louvain(graph, weighted);
    louvain.run();
    const double best_known = expected.at("best_louvain_modularity").get<double>();
    INFO("ours " << louvain.modularity() << ", NetworkX's best of 20 seeds " << best_known);
    CHECK(louvain.modularity() >= best_known - 0.01);

    // The actor column and the "*" record describe the same partition.
    MetricsOptions options;
    options.analysis.weighted = weighted;
    options.only = {"community", "communities", "modularity"};
    const ecosys::MetricsReport report = compute_metrics(net, options);
    std::vector<std::uint32_t> column;
    std::set<std::int64_t> distinct;
    for (const ecosys::ActorRow& row : report.actors) {
        column.push_back(static_cast<std::uint32_t>(std::get<std::int64_t>(row.values[0])));
        distinct.insert(std::get<std::int64_t>(row.values[0]));
    }
    CHECK(static_cast<std::int64_t>(distinct.size()) == std::get<std::int64_t>(*report.region_value("*", "communities")));
    CHECK(std::get<double>(*report.region_value("*", "modularity")) ==
          doctest::Approx(ecosys::modularity(graph, column, weighted)).epsilon(1e-12));
    CHECK(std::get<double>(*report.region_value("*", "modularity")) == doctest::Approx(louvain.modularity()).epsilon(1e-12));
}

void check_fixture(const std::string& name) {
    const json fixture = load_fixture(name);
    const ecosys::Network net = network_of(fixture.at("network"));
    for (bool weighted : {false, true}) {
        const json& expected = fixture.at("expected").at(weighted ? "weighted" : "unweighted");
        std::vector<std::string> order = expected.at("region_order").get<std::vector<std::string>>();
        order.push_back("*");
        const std::string context = name + (weighted ? ", weighted" : ", unweighted");
        INFO(context);
        {
            INFO("network scope");
            check_actors(net, expected.at("actors_network"), weighted, ecosys::MetricScope::network);
        }
        {
            INFO("region scope");
            check_actors(net, expected.at("actors_region"), weighted, ecosys::MetricScope::region);
        }
        check_regions(net, expected.at("regions"), order, weighted);
        check_communities(net, expected, weighted);
    }
}

/// The directed fixtures (directed-NAME.json): betweenness, pagerank and the direction
/// keys under --directed, actor (network and region scope) and region values.
void check_directed_fixture(const std::string& name) {
    const json fixture = load_fixture("directed-" + name);
    const ecosys::Network net = network_of(fixture.at("network"));
    for (bool weighted : {false, true}) {
        const json& expected = fixture.at("expected").at(weighted ? "weighted" : "unweighted");
        INFO(name << (weighted ? ", weighted" : ", unweighted") << ", directed");
        for (auto scope : {ecosys::MetricScope::network, ecosys::MetricScope::region}) {
            const json& actors = expected.at(scope == ecosys::MetricScope::network ? "actors_network" : "actors_region");
            MetricsOptions options;
            options.analysis.weighted = weighted;
            options.analysis.directed = true;
            options.scope = scope;
            for (const auto& [id, metrics] : actors.items())
                for (const auto& [key, value] : metrics.items())
                    if (std::find(options.only.begin(), options.only.end(), key) == options.only.end()) options.only.push_back(key);
            const ecosys::MetricsReport report = compute_metrics(net, options);
            for (const auto& [id, metrics] : actors.items())
                for (const auto& [key, value] : metrics.items()) {
                    const std::string &actor = id, &column = key;
                    INFO((scope == ecosys::MetricScope::network ? "network" : "region") << " scope, actor " << actor << ", " << column);
                    check_value(report.actor_value(id, key), value, key);
                }
        }
        MetricsOptions options;
        options.analysis.weighted = weighted;
        options.analysis.directed = true;
        for (const ecosys::Region& r : net.regions) options.regions.push_back(r.id);
        for (const auto& [key, value] : expected.at("regions").at("*").items()) options.only.push_back(key);
        const ecosys::MetricsReport report = compute_metrics(net, options);
        for (const auto& [id, metrics] : expected.at("regions").items())
            for (const auto& [key, value] : metrics.items()) {
                const std::string &region = id, &column = key;
                INFO("region " << region << ", " << column);
                check_value(report.region_value(id, key), value, key);
            }

        // Tie rows: "ties" on the undirected graph, "arcs" on the directed view, in the same order.
        for (bool directed : {false, true}) {
            ecosys::AnalysisOptions ao;
            ao.weighted = weighted;
            ao.directed = directed;
            ecosys::AnalysisCache cache(net, ao);
            const ecosys::TiesReport ties = ecosys::compute_ties(cache);
            const json& rows = expected.at(directed ? "arcs" : "ties");
            REQUIRE(ties.ties.size() == rows.size());
            for (std::size_t i = 0; i < rows.size(); ++i) {
                INFO((directed ? "arc " : "tie ") << i << ": " << rows[i].dump());
                CHECK(ties.ties[i].source == rows[i].at("source").get<std::string>());
                CHECK(ties.ties[i].target == rows[i].at("target").get<std::string>());
                CHECK(ties.ties[i].edge_betweenness ==
                      doctest::Approx(rows[i].at("edge_betweenness").get<double>()).epsilon(1e-6));
                CHECK(ties.ties[i].bridge == rows[i].at("bridge").get<bool>());
            }
        }
    }
}

}  // namespace

TEST_CASE("reference: every registered metric has a reference value or a named exact test") {
    // Keys whose reference is not a NetworkX value in the fixtures, and where it is.
    const std::map<std::string, std::string> elsewhere = {
        {"community", "check_communities: NetworkX's modularity of the same partition"},
        {"communities", "check_communities"},
        {"modularity", "check_communities"},
        {"ei_p_value", "tests/helix/ei_index_test.cpp: the exact permutation distribution"},
        {"funding", "tests/metrics/funding_test.cpp: worked by hand"},
        {"coordinations", "tests/metrics/funding_test.cpp: worked by hand"},
        {"funding_total", "tests/metrics/funding_test.cpp: worked by hand"},
        {"funding_per_actor", "tests/metrics/funding_test.cpp: worked by hand"},
        {"coordinator_share", "tests/metrics/funding_test.cpp: worked by hand"},
        {"coreness", "tests/metrics/core_periphery_test.cpp: an independent NumPy fit (tests/reference/core_periphery.json)"},
        {"core_member", "tests/metrics/core_periphery_test.cpp: exhaustive search against a brute force; ideal patterns"},
        {"core_periphery_fit", "tests/metrics/core_periphery_test.cpp: worked by hand, ideal patterns fit 1"},
        {"core_size", "tests/metrics/core_periphery_test.cpp and tests/analysis/positions_test.cpp"},
        {"within_module_z", "tests/metrics/connector_hubs_test.cpp: by hand and NumPy (tests/reference/connector_hubs.json)"},
        {"participation", "tests/metrics/connector_hubs_test.cpp: by hand and NumPy"},
        {"hub_role", "tests/metrics/connector_hubs_test.cpp: every threshold at its boundary"},
    };
    for (const char* name : {"karate", "florentine", "disconnected", "japan-innovation"}) {
        const json fixture = load_fixture(name);
        const json& expected = fixture.at("expected").at("unweighted");
        std::set<std::string> actor_keys, region_keys;
        for (const auto& [id, metrics] : expected.at("actors_network").items())
            for (const auto& [key, value] : metrics.items()) actor_keys.insert(key);
        for (const auto& [id, metrics] : expected.at("regions").items())
            for (const auto& [key, value] : metrics.items()) region_keys.insert(key);
        for (const char* directed : {"disconnected", "uk-faculty", "karate"}) {
            const json directed_fixture = load_fixture(std::string("directed-") + directed);
            const json& d = directed_fixture.at("expected").at("unweighted");
            for (const auto& [id, metrics] : d.at("actors_network").items())
                for (const auto& [key, value] : metrics.items()) actor_keys.insert(key);
            for (const auto& [id, metrics] : d.at("regions").items())
                for (const auto& [key, value] : metrics.items()) region_keys.insert(key);
        }
        for (const ecosys::MetricInfo& m : ecosys::metric_registry()) {
            const std::string key(m.key);
            INFO(name << ": " << key);
            const auto& have = m.level == ecosys::MetricLevel::actor ? actor_keys : region_keys;
            CHECK((have.count(key) == 1 || elsewhere.count(key) == 1));
        }
    }
}

TEST_CASE("reference: Zachary's karate club agrees with NetworkX") { check_fixture("karate"); }

TEST_CASE("reference: Padgett's Florentine marriages agree with NetworkX") { check_fixture("florentine"); }

TEST_CASE("reference: a disconnected network with every edge case agrees with NetworkX") {
    check_fixture("disconnected");
}

TEST_CASE("reference: networks/japan-innovation.json agrees with NetworkX") { check_fixture("japan-innovation"); }

TEST_CASE("reference: directed view of the disconnected network agrees with NetworkX's DiGraph functions") {
    check_directed_fixture("disconnected");
}

TEST_CASE("reference: UK faculty friendship (directed, weighted) agrees with NetworkX's DiGraph functions") {
    check_directed_fixture("uk-faculty");
}

TEST_CASE("reference: karate club read as directed (every tie both ways) agrees with NetworkX's DiGraph functions") {
    check_directed_fixture("karate");
}

TEST_CASE("reference: karate club communities reach the known optimum neighbourhood") {
    // The best partition of the unweighted karate club has Q = 0.4198 (Brandes et al. 2008).
    const ecosys::Network net = network_of(load_fixture("karate").at("network"));
    const ecosys::Graph graph = ecosys::Graph::from_network(net);
    ecosys::Louvain louvain(graph);
    louvain.run();
    CHECK(louvain.modularity() >= 0.41);
    CHECK(louvain.count() >= 3);
}
