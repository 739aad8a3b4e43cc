// Guimera and Amaral's within-module z-score, participation coefficient and roles: a
// hand-worked graph, every threshold hit exactly, and NumPy's values on random graphs
// (tests/reference/connector_hubs.json, make_connector_hubs_reference.py).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "ecosys/error.hpp"
#include "ecosys/metrics/connector_hubs.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;

namespace {

using Edges = std::vector<std::pair<Graph::Vertex, Graph::Vertex>>;
using Modules = std::vector<std::uint32_t>;

// The hand-worked graph: actors a .. j, modules A = {a b c d}, B = {e f g}, C = {h i},
// D = {j}.
//
//   A:   b         B:  e        C:  h - i        D:  j (no ties)
//       / \            |
//      c - a - d       f
//                      |
//                      g
//
//   between modules: a - e, c - g, c - h, d - i, f - h
const char* const hand_ids[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
const Modules hand_modules{0, 0, 0, 0, 1, 1, 1, 2, 2, 3};

std::vector<test::TieSpec> hand_ties() {
    return {{"a", "b"}, {"a", "c"}, {"a", "d"}, {"b", "c"}, {"e", "f"}, {"f", "g"}, {"h", "i"},
            {"a", "e"}, {"c", "g"}, {"c", "h"}, {"d", "i"}, {"f", "h"}};
}

Network hand_network(std::vector<test::TieSpec> ties) {
    std::vector<test::ActorSpec> actors;
    for (const char* id : hand_ids) actors.push_back({id});
    return test::regional_network(actors, std::move(ties));
}

/// Star of `leaves` leaves around vertex `centre` = first, leaves first+1 .. first+leaves.
void add_star(Edges& edges, Graph::Vertex first, Graph::Vertex leaves) {
    for (Graph::Vertex l = 1; l <= leaves; ++l) edges.emplace_back(first, first + l);
}

nlohmann::json load_fixture() {
    const std::string path = ECOSYS_SOURCE_DIR "/tests/reference/connector_hubs.json";
    std::ifstream in(path);
    REQUIRE_MESSAGE(in.good(), "missing fixture " << path << ": run /usr/bin/python3 "
                                                  << "tests/reference/make_connector_hubs_reference.py");
    return nlohmann::json::parse(in);
}

}  // namespace

TEST_CASE("Connector hubs: a hand-worked graph of four modules") {
    // Within-module degrees: A: a 3, b 2, c 2, d 1 (mean 2, population variance
    // (1 + 0 + 0 + 1) / 4 = 1/2, sd 1/sqrt 2): z_a = sqrt 2, z_b = z_c = 0, z_d = -sqrt 2.
    // B: e 1, f 2, g 1 (mean 4/3, variance (1/9 + 4/9 + 1/9) / 3 = 2/9, sd sqrt 2 / 3):
    // z_f = (2/3) / (sqrt 2 / 3) = sqrt 2, z_e = z_g = -1/sqrt 2. C: h 1, i 1: sd 0, z = 0.
    // D: j alone, z = 0. Nobody reaches 2.5: no hub.
    //
    // Participation, ties per module over the degree:
    //   a (A 3, B 1) / 4:        1 - (9 + 1) / 16     = 3/8   R2
    //   b (A 2) / 2:             0                            R1
    //   c (A 2, B 1, C 1) / 4:   1 - (4 + 1 + 1) / 16 = 5/8   R3 (0.625 > 0.62)
    //   d (A 1, C 1) / 2:        1 - 2/4              = 1/2   R2
    //   e (B 1, A 1) / 2:        1/2                          R2
    //   f (B 2, C 1) / 3:        1 - 5/9              = 4/9   R2
    //   g (B 1, A 1) / 2:        1/2                          R2
    //   h (C 1, A 1, B 1) / 3:   1 - 3/9              = 2/3   R3
    //   i (C 1, A 1) / 2:        1/2                          R2
    //   j no ties:               0                            R1
    const Network net = hand_network(hand_ties());
    const Graph g = Graph::from_network(net);
    ConnectorHubs hubs(g, hand_modules);
    hubs.run();
    const double r2 = std::sqrt(2.0);
    const std::vector<double> z{r2, 0, 0, -r2, -1 / r2, r2, -1 / r2, 0, 0, 0};
    const std::vector<double> p{3. / 8, 0, 5. / 8, 0.5, 0.5, 4. / 9, 0.5, 2. / 3, 0.5, 0};
    for (std::size_t v = 0; v < 10; ++v) {
        CAPTURE(hand_ids[v]);
        CHECK(hubs.within_module_z()[v] == doctest::Approx(z[v]).epsilon(1e-15));
        CHECK(hubs.participation()[v] == doctest::Approx(p[v]).epsilon(1e-15));
        CHECK_FALSE(hubs.is_hub(static_cast<Graph::Vertex>(v)));
    }
    using R = HubRole;
    CHECK(hubs.roles() == std::vector<HubRole>{R::R2, R::R1, R::R3, R::R2, R::R2, R::R2, R::R2, R::R3, R::R2, R::R1});
    CHECK(hubs.within_module_degree() == std::vector<double>{3, 2, 2, 1, 1, 2, 1, 1, 1, 0});
    CHECK(hubs.degree() == std::vector<double>{4, 2, 4, 2, 2, 3, 2, 3, 2, 0});
    CHECK(hubs.module_count() == 4);

    // Module ids are only compared: other values, same roles.
    const Modules renamed{70, 70, 70, 70, 3, 3, 3, 4000000000u, 4000000000u, 9};
    ConnectorHubs same(g, renamed);
    same.run();
    CHECK(same.within_module_z() == hubs.within_module_z());
    CHECK(same.participation() == hubs.participation());
    CHECK(same.roles() == hubs.roles());
    CHECK(same.module_count() == 4);
}

TEST_CASE("Connector hubs: weighted, the same graph with strengths") {
    // a - b weighs 2, a - e 3, c - h 2, the other ties 1.
    // Within-module strengths of A: a 4, b 3, c 2, d 1: mean 5/2, variance
    // (9/4 + 1/4 + 1/4 + 9/4) / 4 = 5/4, sd sqrt 5 / 2: z_a = (3/2) / (sqrt 5 / 2) = 3/sqrt 5,
    // z_b = 1/sqrt 5, z_c = -1/sqrt 5, z_d = -3/sqrt 5. B and C as unweighted.
    //   a (A 4, B 3) / 7:        1 - (16 + 9) / 49     = 24/49
    //   b (A 3) / 3:             0
    //   c (A 2, B 1, C 2) / 5:   1 - (4 + 1 + 4) / 25  = 16/25   R3
    //   e (B 1, A 3) / 4:        1 - (1 + 9) / 16      = 3/8
    //   h (C 1, A 2, B 1) / 4:   1 - (1 + 4 + 1) / 16  = 5/8     R3
    auto ties = hand_ties();
    for (auto& t : ties) {
        if (t.source == "a" && t.target == "b") t.weight = 2;
        if (t.source == "a" && t.target == "e") t.weight = 3;
        if (t.source == "c" && t.target == "h") t.weight = 2;
    }
    const Network net = hand_network(ties);
    const Graph g = Graph::from_network(net);
    ConnectorHubs hubs(g, hand_modules, true);
    hubs.run();
    const double r5 = std::sqrt(5.0);
    const auto& z = hubs.within_module_z();
    CHECK(z[0] == doctest::Approx(3 / r5).epsilon(1e-15));
    CHECK(z[1] == doctest::Approx(1 / r5).epsilon(1e-15));
    CHECK(z[2] == doctest::Approx(-1 / r5).epsilon(1e-15));
    CHECK(z[3] == doctest::Approx(-3 / r5).epsilon(1e-15));
    CHECK(z[5] == doctest::Approx(std::sqrt(2.0)).epsilon(1e-15));
    const auto& p = hubs.participation();
    CHECK(p[0] == doctest::Approx(24. / 49).epsilon(1e-15));
    CHECK(p[1] == 0.0);
    CHECK(p[2] == doctest::Approx(16. / 25).epsilon(1e-15));
    CHECK(p[4] == doctest::Approx(3. / 8).epsilon(1e-15));
    CHECK(p[7] == doctest::Approx(5. / 8).epsilon(1e-15));
    CHECK(hubs.roles()[2] == HubRole::R3);
    CHECK(hubs.degree()[0] == 7.0);

    // Unweighted on the same graph: every tie counts 1, as in the first test.
    ConnectorHubs counts(g, hand_modules);
    counts.run();
    CHECK(counts.participation()[2] == 5. / 8);
    CHECK(counts.within_module_z()[0] == doctest::Approx(std::sqrt(2.0)).epsilon(1e-15));
}

TEST_CASE("Connector hubs: the role thresholds, each bound belonging to the role below it") {
    using R = HubRole;
    const double below = std::nextafter(2.5, 0.0);
    CHECK(hub_role(2.5, 0.0) == R::R5);
    CHECK(hub_role(below, 0.0) == R::R1);
    auto up = [](double x) { return std::nextafter(x, 2.0); };
    // non-hubs
    CHECK(hub_role(0.0, 0.0) == R::R1);
    CHECK(hub_role(0.0, 0.05) == R::R1);
    CHECK(hub_role(0.0, up(0.05)) == R::R2);
    CHECK(hub_role(0.0, 0.62) == R::R2);
    CHECK(hub_role(0.0, up(0.62)) == R::R3);
    CHECK(hub_role(0.0, 0.80) == R::R3);
    CHECK(hub_role(0.0, up(0.80)) == R::R4);
    CHECK(hub_role(-3.0, 1.0) == R::R4);
    // hubs
    CHECK(hub_role(2.5, 0.30) == R::R5);
    CHECK(hub_role(2.5, up(0.30)) == R::R6);
    CHECK(hub_role(2.5, 0.75) == R::R6);
    CHECK(hub_role(2.5, up(0.75)) == R::R7);
    CHECK(hub_role(9.0, 1.0) == R::R7);

    const std::vector<std::pair<const char*, const char*>> names{
        {"R1", "ultra-peripheral"}, {"R2", "peripheral"},     {"R3", "non-hub connector"}, {"R4", "non-hub kinless"},
        {"R5", "provincial hub"},   {"R6", "connector hub"}, {"R7", "kinless hub"}};
    for (std::size_t r = 0; r < hub_role_count; ++r) {
        CHECK(to_string(static_cast<HubRole>(r)) == names[r].first);
        CHECK(role_name(static_cast<HubRole>(r)) == names[r].second);
    }
}

TEST_CASE("Connector hubs: z exactly 2.5 is a hub; P exactly 0.75 is a connector hub") {
    // Module 0: hub 0 with leaves 1..4, and the path 5 - 6 - 7. Within-module degrees
    // 4, 1, 1, 1, 1, 1, 2, 1: mean 12/8 = 3/2, variance 26/8 - 9/4 = 1, sd 1:
    // z_0 = (4 - 3/2) / 1 = 5/2 exactly. The hub also ties to all four actors of each of
    // modules 1, 2, 3 (8..11, 12..15, 16..19): k = 16, P = 1 - 4 * 16 / 256 = 3/4.
    Edges edges;
    add_star(edges, 0, 4);
    edges.emplace_back(5, 6);
    edges.emplace_back(6, 7);
    Modules module(20, 0);
    for (Graph::Vertex v = 8; v < 20; ++v) {
        module[v] = 1 + (v - 8) / 4;
        edges.emplace_back(0, v);
    }
    const Graph g = Graph::from_edges(20, edges);
    ConnectorHubs hubs(g, module);
    hubs.run();
    CHECK(hubs.within_module_z()[0] == 2.5);
    CHECK(hubs.is_hub(0));
    CHECK(hubs.participation()[0] == 0.75);
    CHECK(hubs.roles()[0] == HubRole::R6);
    // The actors of modules 1..3 have no tie inside their module: sd 0, z 0; P 0.
    CHECK(hubs.within_module_z()[8] == 0.0);
    CHECK(hubs.roles()[8] == HubRole::R1);

    // A fourth such module: k = 20, P = 1 - 5 * 16 / 400 = 4/5 > 0.75: a kinless hub.
    Edges more = edges;
    module.resize(24, 4);
    for (Graph::Vertex v = 20; v < 24; ++v) more.emplace_back(0, v);
    const Graph h = Graph::from_edges(24, more);
    ConnectorHubs kinless(h, module);
    kinless.run();
    CHECK(kinless.within_module_z()[0] == 2.5);
    CHECK(kinless.participation()[0] == 0.8);
    CHECK(kinless.roles()[0] == HubRole::R7);
}

TEST_CASE("Connector hubs: a star's centre has z = sqrt(leaves), a hub from 7 leaves") {
    // Degrees L (centre) and L times 1: mean 2L/(L+1), deviations (L-1) L/(L+1) and
    // -(L-1)/(L+1), variance L (L-1)^2 / (L+1)^2, so z = (L-1) L/(L+1) / (sqrt(L) (L-1)/(L+1))
    // = sqrt(L): 6 leaves 2.449 (not a hub), 7 leaves 2.646 (a provincial hub, P = 0).
    for (Graph::Vertex leaves : {6u, 7u}) {
        Edges edges;
        add_star(edges, 0, leaves);
        const Graph g = Graph::from_edges(leaves + 1, edges);
        const Modules module(leaves + 1, 0);
        ConnectorHubs hubs(g, module);
        hubs.run();
        CHECK(hubs.within_module_z()[0] == doctest::Approx(std::sqrt(double(leaves))).epsilon(1e-15));
        CHECK(hubs.within_module_z()[1] == doctest::Approx(-1 / std::sqrt(double(leaves))).epsilon(1e-15));
        CHECK(hubs.is_hub(0) == (leaves == 7));
        CHECK(hubs.roles()[0] == (leaves == 7 ? HubRole::R5 : HubRole::R1));
    }
}

TEST_CASE("Connector hubs: P exactly 0.30 is a provincial hub") {
    // Centre 0 of a star of 25 leaves in module 0 (z = sqrt 25 = 5), tied also to the
    // five one-actor modules 26..30: k = 30, P = 1 - (625 + 5) / 900 = 3/10.
    Edges edges;
    add_star(edges, 0, 25);
    Modules module(31, 0);
    for (Graph::Vertex v = 26; v <= 30; ++v) {
        edges.emplace_back(0, v);
        module[v] = v;
    }
    const Graph g = Graph::from_edges(31, edges);
    ConnectorHubs hubs(g, module);
    hubs.run();
    CHECK(hubs.within_module_z()[0] == 5.0);
    CHECK(hubs.participation()[0] == 0.30);
    CHECK(hubs.roles()[0] == HubRole::R5);
    CHECK(hubs.within_module_z()[26] == 0.0);  // a module of one actor
}

TEST_CASE("Connector hubs: P exactly 0.62 is peripheral, exactly 0.80 a non-hub connector") {
    // Actor 0: a star of 5 leaves in module 0 (z = sqrt 5, not a hub), 3 ties to module 1
    // (6, 7, 8) and 2 to module 2 (9, 10): k = 10, P = 1 - (25 + 9 + 4) / 100 = 0.62: R2.
    // One more tie to module 2 (11): P = 1 - (25 + 9 + 9) / 121 = 78/121 = 0.645: R3.
    Edges edges;
    add_star(edges, 0, 5);
    Modules module{0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2};
    for (Graph::Vertex v = 6; v <= 10; ++v) edges.emplace_back(0, v);
    const Graph g = Graph::from_edges(12, edges);  // 11 has no tie yet
    ConnectorHubs hubs(g, module);
    hubs.run();
    CHECK(hubs.participation()[0] == 0.62);
    CHECK(hubs.roles()[0] == HubRole::R2);
    edges.emplace_back(0, 11);
    const Graph h = Graph::from_edges(12, edges);
    ConnectorHubs more(h, module);
    more.run();
    CHECK(more.participation()[0] == doctest::Approx(78.0 / 121).epsilon(1e-15));
    CHECK(more.roles()[0] == HubRole::R3);

    // Actor 0 with one tie in its module (to 1) and one to each of four others (2..5):
    // k = 5, P = 1 - 5/25 = 0.80: R3. One more module (6): P = 1 - 6/36 = 5/6: R4.
    Edges spread{{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}};
    const Modules six{0, 0, 1, 2, 3, 4, 5};
    const Graph s = Graph::from_edges(7, spread);
    ConnectorHubs connector(s, six);
    connector.run();
    CHECK(connector.participation()[0] == 0.80);
    CHECK(connector.roles()[0] == HubRole::R3);
    spread.emplace_back(0, 6);
    const Graph t = Graph::from_edges(7, spread);
    ConnectorHubs kinless(t, six);
    kinless.run();
    CHECK(kinless.participation()[0] == doctest::Approx(5.0 / 6).epsilon(1e-15));
    CHECK(kinless.roles()[0] == HubRole::R4);
}

TEST_CASE("Connector hubs: equal to NumPy on random graphs with random modules") {
    const nlohmann::json fixture = load_fixture();
    REQUIRE(fixture.at("graphs").size() >= 4);
    for (const auto& entry : fixture.at("graphs")) {
        const std::string name = entry.at("name").get<std::string>();
        CAPTURE(name);
        const auto n = entry.at("n").get<std::size_t>();
        std::vector<test::ActorSpec> actors;
        for (std::size_t v = 0; v < n; ++v) actors.push_back({"v" + std::to_string(v)});
        std::vector<test::TieSpec> ties;
        for (const auto& e : entry.at("edges"))
            ties.push_back({"v" + std::to_string(e.at(0).get<int>()), "v" + std::to_string(e.at(1).get<int>()),
                            e.at(2).get<double>()});
        const Network net = test::regional_network(actors, ties);
        const Graph g = Graph::from_network(net);
        const auto module = entry.at("module").get<Modules>();
        ConnectorHubs hubs(g, module, entry.at("weighted").get<bool>());
        hubs.run();
        const auto z = entry.at("z").get<std::vector<double>>();
        const auto p = entry.at("participation").get<std::vector<double>>();
        const auto roles = entry.at("roles").get<std::vector<std::string>>();
        int hubs_seen = 0;
        for (std::size_t v = 0; v < n; ++v) {
            CAPTURE(v);
            CHECK(std::abs(hubs.within_module_z()[v] - z[v]) <= 1e-12);
            CHECK(std::abs(hubs.participation()[v] - p[v]) <= 1e-12);
            CHECK(to_string(hubs.roles()[v]) == roles[v]);
            hubs_seen += hubs.is_hub(static_cast<Graph::Vertex>(v));
        }
        CHECK(hubs_seen >= 1);
    }
}

TEST_CASE("Connector hubs: no actors, bad modules, the directed view, early reads") {
    const Graph empty = Graph::from_edges(0, Edges{});
    ConnectorHubs none(empty, Modules{});
    none.run();
    CHECK(none.roles().empty());
    CHECK(none.module_count() == 0);

    const Graph g = Graph::from_edges(3, Edges{{0, 1}, {1, 2}});
    ConnectorHubs short_modules(g, Modules{0, 1});
    CHECK_THROWS_WITH_AS(short_modules.run(), "connector hubs: 2 module ids for 3 actors; expected one per actor",
                         UsageError);

    const Network net = test::small_network({"a", "b", "c"}, {{"a", "b"}, {"b", "c"}});
    const std::vector<std::size_t> all{0, 1, 2};
    const Graph directed = Graph::directed(net, all);
    ConnectorHubs on_directed(directed, Modules{0, 0, 1});
    CHECK_THROWS_WITH_AS(on_directed.run(),
                         "connector hubs read the undirected graph, not the directed view (Graph::directed())",
                         UsageError);

    ConnectorHubs early(g, Modules{0, 0, 1});
    CHECK_THROWS_AS((void)early.roles(), std::logic_error);
    CHECK_THROWS_AS((void)early.is_hub(0), std::logic_error);
}
