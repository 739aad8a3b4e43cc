#include <doctest/doctest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "ecosys/analysis/selection.hpp"
#include "ecosys/compare/diff.hpp"
#include "ecosys/output/diff_writer.hpp"
#include "ecosys/error.hpp"
#include "ecosys/io/reader.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::regional_network;

namespace {

// Before:  a ── b ── c     (r1: a industry, b academia, c government)
//          d               (r2: d industry)
// After:   a ── b          a ── c           (b ── c gone, a ── c new)
//          d ── e          (r2: e finance, new)
Network before_net() {
    return regional_network({{"a", "r1", "industry"}, {"b", "r1", "academia"}, {"c", "r1", "government"}, {"d", "r2", "industry"}},
                            {{"a", "b"}, {"b", "c"}});
}
Network after_net() {
    return regional_network({{"a", "r1", "industry"},
                             {"b", "r1", "academia"},
                             {"c", "r1", "government"},
                             {"d", "r2", "industry"},
                             {"e", "r2", "finance"}},
                            {{"a", "b"}, {"a", "c"}, {"d", "e"}});
}

DiffOptions fast() {
    DiffOptions o;
    o.metrics = {"actors", "tied_pairs", "density", "components"};
    return o;
}

std::size_t key(const NetworkDiff& d, const std::string& k) {
    for (std::size_t i = 0; i < d.keys.size(); ++i)
        if (d.keys[i] == k) return i;
    FAIL("no key " << k);
    return 0;
}

const SectorPairChange& link(const NetworkDiff& d, const std::string& a, const std::string& b) {
    for (const SectorPairChange& s : d.sector_links)
        if (s.first == a && s.second == b) return s;
    FAIL("no link " << a << "-" << b);
    return d.sector_links.front();
}

}  // namespace

TEST_CASE("diff of two drawn networks: actors, ties, regions, sector links, brokers") {
    const NetworkDiff d = diff_networks(before_net(), after_net(), "before", "after", fast());
    CHECK(d.actors_added == std::vector<std::string>{"e"});
    CHECK(d.actors_removed.empty());
    CHECK(d.ties_added == std::vector<TieChange>{{"a", "c", "tie"}, {"d", "e", "tie"}});
    CHECK(d.ties_removed == std::vector<TieChange>{{"b", "c", "tie"}});
    REQUIRE(d.regions.size() == 3);  // r1, r2, *
    CHECK(d.regions[0].id == "r1");
    CHECK(d.regions[1].id == "r2");
    CHECK(d.regions[2].id == "*");
    const RegionChange& r2 = d.regions[1];
    CHECK(std::get<std::int64_t>(r2.before[key(d, "actors")]) == 1);
    CHECK(std::get<std::int64_t>(r2.after[key(d, "actors")]) == 2);
    CHECK(std::get<std::int64_t>(r2.delta[key(d, "tied_pairs")]) == 1);
    CHECK(std::get<double>(r2.delta[key(d, "density")]) == doctest::Approx(1.0));  // no pair of 1 actor -> 1 of 1
    const RegionChange& r1 = d.regions[0];
    CHECK(std::get<std::int64_t>(r1.delta[key(d, "tied_pairs")]) == 0);
    const RegionChange& whole = d.regions[2];
    CHECK(std::get<std::int64_t>(whole.before[key(d, "components")]) == 2);
    CHECK(std::get<std::int64_t>(whole.after[key(d, "components")]) == 2);
    // Sector links: industry–academia stays; academia–government lost; industry–
    // government and industry–finance gained.
    CHECK(d.sector_links.size() == 4);
    CHECK(link(d, "industry", "academia").before == 1);
    CHECK(link(d, "industry", "academia").after == 1);
    CHECK(link(d, "industry", "academia").gained == 0);
    CHECK(link(d, "academia", "government").lost == 1);
    CHECK(link(d, "academia", "government").after == 0);
    CHECK(link(d, "industry", "government").gained == 1);
    CHECK(link(d, "industry", "finance").gained == 1);
    // Betweenness: b brokers a–c before, a brokers b–c after.
    REQUIRE(d.brokers.size() == 6);
    CHECK(d.brokers[0].measure == "betweenness");
    CHECK(d.brokers[0].before == std::vector<std::string>{"b"});
    CHECK(d.brokers[0].after == std::vector<std::string>{"a"});
    CHECK(d.brokers[0].gained == std::vector<std::string>{"a"});
    CHECK(d.brokers[0].lost == std::vector<std::string>{"b"});
    // Gould–Fernandez: b (academia) between a (industry) and c (government) is a
    // liaison before; a (industry) between b (academia) and c (government) after.
    CHECK(d.brokers[5].measure == "liaison");
    CHECK(d.brokers[5].gained == std::vector<std::string>{"a"});
    CHECK(d.brokers[5].lost == std::vector<std::string>{"b"});
    // a, b, c stay together; d stays apart from them.
    CHECK(d.changed_component.empty());
    CHECK(!d.empty());
}

TEST_CASE("diff: actors whose component changed") {
    //  before: x ── y ── z      a ── b    c        after: x ── y    z ── w    a ── b ── c
    // z is cut off from x and y (whose component, matched with {x, y, z}, stays
    // theirs); c joins a and b. w is new, so not "changed". a and b stay together.
    const Network before = regional_network({{"x"}, {"y"}, {"z"}, {"a"}, {"b"}, {"c"}}, {{"x", "y"}, {"y", "z"}, {"a", "b"}});
    const Network after = regional_network({{"x"}, {"y"}, {"z"}, {"w"}, {"a"}, {"b"}, {"c"}},
                                           {{"x", "y"}, {"z", "w"}, {"a", "b"}, {"b", "c"}});
    const NetworkDiff d = diff_networks(before, after, "b", "a", fast());
    REQUIRE(d.changed_component.size() == 2);
    CHECK(d.changed_component[0].actor == "z");
    CHECK(d.changed_component[0].before == 3);
    CHECK(d.changed_component[0].after == 2);
    CHECK(d.changed_component[1].actor == "c");
    CHECK(d.changed_component[1].before == 1);
    CHECK(d.changed_component[1].after == 3);
}

TEST_CASE("diff: ties match by pair and type, direction kept") {
    Network before = regional_network({{"a"}, {"b"}}, {{"a", "b"}});
    Network after = before;
    after.ties[0].type = "loan";
    NetworkDiff d = diff_networks(before, after, "b", "a", fast());
    CHECK(d.ties_added == std::vector<TieChange>{{"a", "b", "loan"}});
    CHECK(d.ties_removed == std::vector<TieChange>{{"a", "b", "tie"}});
    // The same undirected tie written b–a matches a–b.
    after = before;
    std::swap(after.ties[0].source, after.ties[0].target);
    CHECK(diff_networks(before, after, "b", "a", fast()).ties_added.empty());
    // A directed tie b -> a is another tie than a -> b.
    before.ties[0].directed = true;
    after.ties[0].directed = true;
    d = diff_networks(before, after, "b", "a", fast());
    CHECK(d.ties_added == std::vector<TieChange>{{"b", "a", "tie", true}});
}

TEST_CASE("diff: projects stand for ties of type project") {
    Network before = regional_network({{"a"}, {"b"}, {"c"}}, {});
    Network after = before;
    Project p;
    p.id = "p";
    p.participants = {0, 1, 2};
    after.projects.push_back(p);
    const NetworkDiff d = diff_networks(before, after, "b", "a", fast());
    CHECK(d.ties_added ==
          std::vector<TieChange>{{"a", "b", "project"}, {"a", "c", "project"}, {"b", "c", "project"}});
    DiffOptions no_projects = fast();
    no_projects.metrics_options.analysis.graph.projects = false;
    CHECK(diff_networks(before, after, "b", "a", no_projects).ties_added.empty());
}

TEST_CASE("diff: different sector declarations are named") {
    Network before = before_net();
    Network after = before_net();
    after.sectors.push_back({"civil_society", "Civil society", ""});
    after.sectors[0].label = "Companies";
    after.index();
    const NetworkDiff d = diff_networks(before, after, "A", "B", fast());
    CHECK(d.notes == std::vector<std::string>{"sectors declared only in B: civil_society",
                                              "sectors declared with another label or colour in B: industry"});
}

TEST_CASE("diff of every shipped network with itself is empty, in every region metric") {
    for (const auto& entry : std::filesystem::directory_iterator(ECOSYS_NETWORKS_DIR)) {
        if (entry.path().extension() != ".json") continue;
        CAPTURE(entry.path().filename().string());
        const Network n = load_network(entry.path()).network;
        DiffOptions o;
        o.metrics_options.analysis.threads = 1;
        const NetworkDiff d = diff_networks(n, n, "a", "b", o);
        CHECK(d.empty());
        CHECK(d.keys.size() > 20);
        const auto j = diff_to_json(d);
        CHECK(j["actors"]["added"].empty());
        CHECK(j["ties"]["removed"].empty());
        CHECK(j["regions"].size() == n.populated_regions().size() + 1);
    }
}

TEST_CASE("diff of two periods of a shipped network: what one window adds is what the other lacks") {
    const Network n = load_network(std::filesystem::path(ECOSYS_NETWORKS_DIR) / "japan-innovation.json").network;
    Selection early, late;
    early.years = YearWindow{std::nullopt, 2012};
    late.years = YearWindow{2013, std::nullopt};
    const Network a = apply_selection(n, early).network, b = apply_selection(n, late).network;
    const NetworkDiff d = diff_networks(a, b, "early", "late", fast());
    // Every actor added is in b and not in a, and the counts add up.
    for (const std::string& id : d.actors_added) {
        CHECK(b.find_actor(id));
        CHECK(!a.find_actor(id));
    }
    const auto actors = [&](const Network& x) { return static_cast<std::int64_t>(x.actors.size()); };
    CHECK(actors(b) - actors(a) ==
          static_cast<std::int64_t>(d.actors_added.size()) - static_cast<std::int64_t>(d.actors_removed.size()));
    const RegionChange& whole = d.regions.back();
    CHECK(std::get<std::int64_t>(whole.before[key(d, "actors")]) == actors(a));
    CHECK(std::get<std::int64_t>(whole.after[key(d, "actors")]) == actors(b));
    // JSON in the documented shape.
    const auto j = diff_to_json(d);
    for (const char* k : {"actors", "ties", "regions"}) CHECK(j.contains(k));
    if (!d.ties_added.empty()) {
        CHECK(j["ties"]["added"][0].contains("source"));
        CHECK(j["ties"]["added"][0].contains("target"));
        CHECK(j["ties"]["added"][0].contains("type"));
    }
    CHECK(j["regions"][0].contains("delta"));
}
