#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "ecosys/analysis/kernels.hpp"
#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/analysis/whatif.hpp"
#include "ecosys/output/whatif_writer.hpp"
#include "ecosys/error.hpp"
#include "ecosys/io/reader.hpp"
#include "ecosys/metrics/components.hpp"
#include "ecosys/metrics/fragmentation.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::regional_network;

namespace {

//   a ─── b ─── c      region r; a industry, b government, c and d academia.
//    ╲_________╱       Without b: {a, c} and {d}: d is cut off, industry–government
//         b ─── d      and academia–government lose their only ties.
Network drawn() {
    return regional_network({{"a", "r", "industry"}, {"b", "r", "government"}, {"c", "r", "academia"}, {"d", "r", "academia"}},
                            {{"a", "b"}, {"b", "c"}, {"a", "c"}, {"b", "d"}});
}

std::size_t key_index(const WhatIfReport& report, const std::string& key) {
    for (std::size_t i = 0; i < report.keys.size(); ++i)
        if (report.keys[i] == key) return i;
    FAIL("no key " << key);
    return 0;
}

const WhatIfRegion& region(const WhatIfReport& report, const std::string& id) {
    for (const WhatIfRegion& r : report.regions)
        if (r.id == id) return r;
    FAIL("no region " << id);
    return report.regions.front();
}

/// Equal scalar values (SectorCount has no ==, so not the variant's own).
bool same(const MetricValue& a, const MetricValue& b) {
    if (a.index() != b.index()) return false;
    if (const auto* i = std::get_if<std::int64_t>(&a)) return *i == std::get<std::int64_t>(b);
    if (const auto* x = std::get_if<double>(&a)) return *x == std::get<double>(b);
    return std::holds_alternative<std::monostate>(a);
}

WhatIfOptions fast(Removal removal = {}) {
    WhatIfOptions o;
    o.removal = std::move(removal);
    o.analysis.ei_permutations = 99;
    return o;
}

}  // namespace

TEST_CASE("whatif with nothing removed reports no change") {
    const Network net = load_network(std::filesystem::path(ECOSYS_NETWORKS_DIR) / "japan-innovation.json").network;
    const WhatIfReport report = compute_whatif(net, fast());
    CHECK(report.removed_actors.empty());
    CHECK(report.removed_ties == 0);
    CHECK(report.regions.back().id == "*");
    for (const WhatIfRegion& r : report.regions) {
        CAPTURE(r.id);
        for (std::size_t i = 0; i < report.keys.size(); ++i) {
            CAPTURE(report.keys[i]);
            CHECK(same(r.before[i], r.after[i]));
        }
        for (const MetricValue& d : r.delta) {
            if (const auto* i = std::get_if<std::int64_t>(&d)) CHECK(*i == 0);
            else if (const auto* x = std::get_if<double>(&d)) CHECK(*x == 0.0);
        }
        CHECK(r.cut_off.empty());
        CHECK(r.lost_sector_links.empty());
        CHECK(r.top_brokers_before == r.top_brokers_after);
    }
}

TEST_CASE("whatif on a drawn region: cut-off actors, lost sector links, min cut, disjoint paths") {
    const Network net = drawn();
    Removal removal;
    removal.actors = {"b"};
    WhatIfOptions options = fast(removal);
    options.pair = std::make_pair(std::string("a"), std::string("d"));
    const WhatIfReport report = compute_whatif(net, options);
    CHECK(report.removed_actors == std::vector<std::string>{"b"});
    CHECK(report.removed_ties == 3);
    const WhatIfRegion& r = region(report, "r");
    CHECK(r.cut_off == std::vector<std::string>{"d"});
    using Link = std::pair<std::string, std::string>;
    CHECK(r.lost_sector_links == std::vector<Link>{{"industry", "government"}, {"academia", "government"}});
    CHECK(r.min_cut_after.empty());  // already split
    const std::size_t f = key_index(report, "fragmentation"), ec = key_index(report, "edge_connectivity"),
                      comps = key_index(report, "components");
    CHECK(std::get<double>(r.before[f]) == 0.0);
    CHECK(std::get<double>(r.after[f]) == doctest::Approx(2.0 / 3.0));  // sizes 2, 1: 1 - 2/6
    CHECK(std::get<std::int64_t>(r.before[ec]) == 1);                   // d hangs on one tie
    CHECK(std::get<std::int64_t>(r.after[ec]) == 0);
    CHECK(std::get<std::int64_t>(r.delta[comps]) == 1);
    REQUIRE(report.pair);
    CHECK(report.pair->before == 1);
    CHECK(report.pair->after == std::optional<std::size_t>(0));
    CHECK(format_whatif_json(report).find("\"cut_off\": [\n        \"d\"\n      ]") != std::string::npos);

    // Before the removal the min cut is the one tie b–d.
    const WhatIfReport none = compute_whatif(net, fast());
    using Tie2 = std::pair<std::string, std::string>;
    CHECK(region(none, "r").min_cut_after == std::vector<Tie2>{{"b", "d"}});
}

TEST_CASE("removing an actor then analysing equals analysing the network written without it") {
    const auto path = std::filesystem::path(ECOSYS_NETWORKS_DIR) / "japan-innovation.json";
    const Network net = load_network(path).network;
    const std::string gone = "hokkaido-coord1";

    // The file without the actor, its ties and its project participations, edited as JSON.
    std::ifstream in(path);
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(in);
    auto& actors = j["actors"];
    actors.erase(std::remove_if(actors.begin(), actors.end(), [&](const auto& a) { return a["id"] == gone; }), actors.end());
    auto& ties = j["ties"];
    ties.erase(std::remove_if(ties.begin(), ties.end(),
                              [&](const auto& t) { return t["source"] == gone || t["target"] == gone; }),
               ties.end());
    for (auto& p : j["projects"]) {
        auto& parts = p["participants"];
        parts.erase(std::remove(parts.begin(), parts.end(), gone), parts.end());
    }
    const Network without = read_json_network_text(j.dump(), "without.json").network;

    Removal removal;
    removal.actors = {gone};
    const WhatIfReport report = compute_whatif(net, fast(removal));
    MetricsOptions mo;
    for (const std::string& key : report.keys)
        if (find_metric(key)) mo.only.push_back(key);
    AnalysisOptions ao;
    ao.ei_permutations = 99;
    AnalysisCache cache(without, ao);
    const MetricsReport direct = compute_metrics(cache, mo);
    for (const WhatIfRegion& r : report.regions) {
        CAPTURE(r.id);
        for (std::size_t i = 0; i < mo.only.size(); ++i) {
            CAPTURE(report.keys[i]);
            CHECK(same(r.after[i], *direct.region_value(r.id, report.keys[i])));
        }
        const double f = fragmentation(components(cache.scope(r.id)).sizes());
        CHECK(std::get<double>(r.after[key_index(report, "fragmentation")]) == f);
    }
}

TEST_CASE("whatif options: project types, tie types and years; unknown names are usage errors") {
    const Network net = load_network(std::filesystem::path(ECOSYS_NETWORKS_DIR) / "japan-innovation.json").network;
    Removal r;
    r.tie_type = "council";
    r.project_type = "council";
    r.after_year = 2015;
    const RemovalResult out = apply_removal(net, r);
    CHECK(out.removed_actors.empty());
    for (const Tie& t : out.network.ties) {
        CHECK(t.type != "council");
        CHECK((!t.year || *t.year <= 2015));
    }
    for (const Project& p : out.network.projects) CHECK(p.type != "council");
    CHECK(out.network.ties.size() + out.removed_ties == net.ties.size());

    Removal bad;
    bad.role = "regional_coordinater";
    CHECK_THROWS_WITH_AS(check_removal(net, bad),
                         doctest::Contains("unknown role 'regional_coordinater' (did you mean 'regional_coordinator'?)"),
                         UsageError);
    bad = {};
    bad.actors = {"hokkaido-cord1"};
    CHECK_THROWS_WITH_AS(check_removal(net, bad),
                         "unknown actor 'hokkaido-cord1' (did you mean 'hokkaido-coord1'?); this network has 381 actors",
                         UsageError);
}

TEST_CASE("dependence ranks each actor by the fragmentation its removal leaves") {
    const Network net = drawn();
    AnalysisCache cache(net);
    const DependenceReport report = compute_dependence(cache, "", {}, 0);
    REQUIRE(report.regions.size() == 2);  // r, then *
    const DependenceRegion& r = report.regions[0];
    REQUIRE(r.rows.size() == 4);
    CHECK(r.rows[0].actor == "b");
    CHECK(r.rows[0].damage() == doctest::Approx(2.0 / 3.0));
    CHECK(r.rows[0].cut_off == 1);
    CHECK(r.rows[0].components_after == 2);
    for (std::size_t i = 1; i < 4; ++i) CHECK(r.rows[i].damage() == 0.0);
    CHECK(compute_dependence(cache, "", {}, 1).regions[0].rows.size() == 1);
}

TEST_CASE("project dependence: removing the project that alone ties an actor cuts it off") {
    //   a ─── b ─── c      as drawn(), but b–d is only the project p {b, d}; removing p
    //    ╲_________╱       cuts d off: components 1 -> 2, F 0 -> 1 - 6/12 = 1/2.
    //         b ┄┄┄ d
    Network net = regional_network({{"a", "r", "industry"}, {"b", "r", "government"}, {"c", "r", "academia"}, {"d", "r", "academia"}},
                                   {{"a", "b"}, {"b", "c"}, {"a", "c"}});
    Project p;
    p.id = "p";
    p.name = "Program P";
    p.type = "council";
    p.participants = {*net.find_actor("b"), *net.find_actor("d")};
    net.projects.push_back(p);
    AnalysisCache cache(net);
    const DependenceReport report = compute_project_dependence(cache, {}, 0);
    REQUIRE(report.regions.size() == 2);
    REQUIRE(report.regions[0].rows.size() == 1);
    const DependenceRow& row = report.regions[0].rows[0];
    CHECK(row.actor == "p");
    CHECK(row.role == "council");
    CHECK(row.components_after == 2);
    CHECK(row.cut_off == 1);
    CHECK(row.damage() == doctest::Approx(0.5));
    // Intermediaries: only actors with a role; none here.
    CHECK(compute_intermediary_dependence(cache, {}, 0).regions[0].rows.empty());
}

namespace {

//   region w (no roles; i has no tie):          region v:
//
//   h ─── b ─── a                 f             x ─── y
//          ╲   ╱                ╱ │              ╲   ╱
//            c ─── d ─── e ────┘  │                z
//                         ╲       │
//                          g ─────┘             and a ─── x across the two
//
// networkx.articulation_points of w: b, c, d, e; networkx.bridges: b–h, c–d, d–e (3).
// F before: 9 actors, one component of 8: 1 - 56/72 = 2/9. Without (8 actors, 56 pairs):
//   c: {a,b,h} {d,e,f,g} {i}: 1 - 18/56 = 19/28, rise 115/252; cut off a, b, h (3)
//   d: {a,b,c,h} {e,f,g} {i}: the same rise, 115/252; cut off e, f, g (3)
//   e: {a,b,c,d,h} {f,g} {i}: 1 - 22/56, rise 97/252; cut off f, g (2)
//   b: {a,c,d,e,f,g} {h} {i}: 1 - 30/56, rise 61/252; cut off h (1)
// (networkx: remove the node, count the components' ordered pairs). v is a cycle: no cut point.
Network cut_points_network() {
    return regional_network({{"a", "w"}, {"b", "w"}, {"c", "w"}, {"d", "w"}, {"e", "w"}, {"f", "w"}, {"g", "w"}, {"h", "w"},
                             {"i", "w"}, {"x", "v"}, {"y", "v"}, {"z", "v"}},
                            {{"a", "b"}, {"b", "c"}, {"a", "c"}, {"c", "d"}, {"d", "e"}, {"e", "f"}, {"f", "g"}, {"e", "g"},
                             {"b", "h"}, {"x", "y"}, {"y", "z"}, {"x", "z"}, {"a", "x"}});
}

}  // namespace

TEST_CASE("cut point dependence: every articulation point of a region ranked, whatever the roles") {
    const Network net = cut_points_network();
    AnalysisCache cache(net);
    const DependenceReport report = compute_cut_point_dependence(cache, {"w", "v"}, 0);
    CHECK(report.role == "cut_point");
    REQUIRE(report.regions.size() == 3);  // w, v, then *
    const DependenceRegion& w = report.regions[0];
    CHECK(w.candidates == 4);
    CHECK(w.bridges == 3);
    REQUIRE(w.rows.size() == 4);
    const std::vector<std::string> order{"c", "d", "e", "b"};  // c and d tie: file order
    const std::vector<double> rise{115.0 / 252, 115.0 / 252, 97.0 / 252, 61.0 / 252};
    const std::vector<std::size_t> cut_off{3, 3, 2, 1};
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(w.rows[i].actor == order[i]);
        CHECK(w.rows[i].damage() == doctest::Approx(rise[i]));
        CHECK(w.rows[i].fragmentation_before == doctest::Approx(2.0 / 9));
        CHECK(w.rows[i].cut_off == cut_off[i]);
        CHECK(w.rows[i].components_after == 3);
    }
    const DependenceRegion& v = report.regions[1];
    CHECK(v.candidates == 0);
    CHECK(v.bridges == 0);
    CHECK(v.rows.empty());
    // The whole network: a–x makes a and x cut points too, and is a bridge itself
    // (networkx: articulation points a, b, c, d, e, x; 4 bridges).
    CHECK(report.regions[2].candidates == 6);
    CHECK(report.regions[2].bridges == 4);

    // top: the most damaging, ties at the last place decided as in the full ranking.
    const DependenceReport top1 = compute_cut_point_dependence(cache, {"w"}, 1);
    REQUIRE(top1.regions[0].rows.size() == 1);
    CHECK(top1.regions[0].rows[0].actor == "c");
    CHECK(top1.regions[0].candidates == 4);
    const DependenceReport top3 = compute_cut_point_dependence(cache, {"w"}, 3);
    REQUIRE(top3.regions[0].rows.size() == 3);
    CHECK(top3.regions[0].rows[2].actor == "e");
}

TEST_CASE("cut point dependence equals removing every actor in turn, kept to those that split") {
    // The Japanese network's regions: the low-point ranking against one search per actor.
    const Network net = load_network(std::filesystem::path(ECOSYS_NETWORKS_DIR) / "japan-innovation.json").network;
    AnalysisCache cache(net);
    const DependenceReport each = compute_dependence(cache, "", {}, 0);
    for (std::size_t top : {0u, 3u}) {
        const DependenceReport cuts = compute_cut_point_dependence(cache, {}, top);
        REQUIRE(cuts.regions.size() == each.regions.size());
        std::size_t with_cut_points = 0;
        for (std::size_t r = 0; r < each.regions.size(); ++r) {
            std::vector<const DependenceRow*> splitting;
            for (const DependenceRow& row : each.regions[r].rows)
                if (row.components_after > row.components_before) splitting.push_back(&row);
            CHECK(cuts.regions[r].candidates == splitting.size());
            if (top > 0 && splitting.size() > top) splitting.resize(top);
            REQUIRE(cuts.regions[r].rows.size() == splitting.size());
            for (std::size_t i = 0; i < splitting.size(); ++i) {
                CHECK(cuts.regions[r].rows[i].actor == splitting[i]->actor);
                CHECK(cuts.regions[r].rows[i].damage() == splitting[i]->damage());
                CHECK(cuts.regions[r].rows[i].cut_off == splitting[i]->cut_off);
            }
            with_cut_points += splitting.empty() ? 0 : 1;
        }
        CHECK(with_cut_points >= 3);  // the comparison is not vacuous
    }
}
