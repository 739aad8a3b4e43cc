#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "ecosys/analysis/selection.hpp"
#include "ecosys/error.hpp"
#include "ecosys/io/reader.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::regional_network;

namespace {

//   Regions: north (with sub-region north-x), south. Ties dated as marked.
//
//     a ──2001── b ──2005── c          a, b, c in north; d in north-x
//     │                     │          e, f, g in south; h in south, alone
//    2003                 2009         sectors: a, e industry; b, f academia;
//     │                     │          c, g government; d finance; h industry
//     d          e ──2005── f ──(no year)── g        h
//
// Project p (2007): c, g.
Network drawn() {
    Network n = regional_network({{"a", "north", "industry"},
                                  {"b", "north", "academia"},
                                  {"c", "north", "government"},
                                  {"d", "north-x", "finance"},
                                  {"e", "south", "industry"},
                                  {"f", "south", "academia"},
                                  {"g", "south", "government"},
                                  {"h", "south", "industry"}},
                                 {{"a", "b"}, {"b", "c"}, {"a", "d"}, {"c", "f"}, {"e", "f"}, {"f", "g"}});
    n.regions = {{"north", "North", ""}, {"north-x", "North X", "north"}, {"south", "South", ""}};
    const int years[] = {2001, 2005, 2003, 2009, 2005};
    for (std::size_t i = 0; i < 5; ++i) n.ties[i].year = years[i];
    Project p;
    p.id = "p";
    p.year = 2007;
    p.participants = {*n.find_actor("c"), *n.find_actor("g")};
    n.projects.push_back(p);
    n.actors[0].attributes.set("size", 12);
    n.index();
    return n;
}

std::vector<std::string> ids(const Network& n) {
    std::vector<std::string> out;
    for (const Actor& a : n.actors) out.push_back(a.id);
    return out;
}

std::vector<std::string> tie_list(const Network& n) {
    std::vector<std::string> out;
    for (const Tie& t : n.ties) out.push_back(n.actors[t.source].id + n.actors[t.target].id);
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("year windows: closed, open at either end, one year; bad ones are usage errors") {
    CHECK(parse_year_window("2005-2010") == YearWindow{2005, 2010});
    CHECK(parse_year_window("2005-") == YearWindow{2005, std::nullopt});
    CHECK(parse_year_window("-2010") == YearWindow{std::nullopt, 2010});
    CHECK(parse_year_window("2007") == YearWindow{2007, 2007});
    CHECK(parse_year_window("2005-2010").to_string() == "2005-2010");
    CHECK(parse_year_window("-2010").to_string() == "-2010");
    CHECK_THROWS_WITH_AS(static_cast<void>(parse_year_window("2010-2005")),
                         "--years expects an inclusive window of years A-B, such as 2005-2010 (A- and -B are open, A alone "
                         "is one year); got '2010-2005' (the window ends before it starts)",
                         UsageError);
    CHECK_THROWS_AS(static_cast<void>(parse_year_window("2005..2010")), UsageError);
    CHECK_THROWS_AS(static_cast<void>(parse_year_window("")), UsageError);
    CHECK_THROWS_AS(static_cast<void>(parse_year_window("-")), UsageError);
}

TEST_CASE("selection: a region with its sub-regions, or exactly") {
    const Network n = drawn();
    Selection s;
    s.region = "north";
    Network out = apply_selection(n, s).network;
    CHECK(ids(out) == V{"a", "b", "c", "d"});
    CHECK(tie_list(out) == V{"ab", "bc", "ad"});
    CHECK(out.projects.size() == 1);  // p keeps c, loses g
    CHECK(out.projects[0].participants == std::vector<std::size_t>{2});
    CHECK(out.actors[0].attributes.at("size") == 12);
    CHECK(out.regions.size() == 3);  // declarations kept
    CHECK(out.sectors.size() == 4);
    s.exact_region = true;
    CHECK(ids(apply_selection(n, s).network) == V{"a", "b", "c"});
}

TEST_CASE("selection: sectors, and parts intersect") {
    const Network n = drawn();
    Selection s;
    s.sectors = {"industry", "academia"};
    CHECK(ids(apply_selection(n, s).network) == V{"a", "b", "e", "f", "h"});
    s.region = "south";
    const Network out = apply_selection(n, s).network;
    CHECK(ids(out) == V{"e", "f", "h"});
    CHECK(tie_list(out) == V{"ef"});
    CHECK(out.projects.empty());  // p has no participant left
}

TEST_CASE("selection: a window of years drops ties, projects and the actors only they held") {
    const Network n = drawn();
    Selection s;
    s.years = YearWindow{2004, 2006};
    // Kept ties: b-c 2005, e-f 2005, f-g undated. a and d had ties (2001, 2003), none
    // in the window: left out. h never had one: stays. p (2007) goes; c stays through b-c.
    Network out = apply_selection(n, s).network;
    CHECK(ids(out) == V{"b", "c", "e", "f", "g", "h"});
    CHECK(tie_list(out) == V{"bc", "ef", "fg"});
    CHECK(out.projects.empty());
    s.keep_isolates = true;
    out = apply_selection(n, s).network;
    CHECK(ids(out) == V{"a", "b", "c", "d", "e", "f", "g", "h"});
    CHECK(out.ties.size() == 3);
    // Open start: up to 2003: a-b, a-d and the undated f-g.
    s = {};
    s.years = YearWindow{std::nullopt, 2003};
    out = apply_selection(n, s).network;
    CHECK(ids(out) == V{"a", "b", "d", "f", "g", "h"});
    CHECK(tie_list(out) == V{"ab", "ad", "fg"});
    // Project only: 2007 keeps p (c and g) and the undated f-g.
    s.years = YearWindow{2007, 2007};
    out = apply_selection(n, s).network;
    CHECK(ids(out) == V{"c", "f", "g", "h"});
    CHECK(out.projects.size() == 1);
    CHECK(out.projects[0].participants.size() == 2);
}

TEST_CASE("selection: a window without ties says so and gives a valid network") {
    Selection s;
    s.years = YearWindow{2030, 2040};
    const SelectionResult r = apply_selection(drawn(), s);
    CHECK(ids(r.network) == V{"f", "g", "h"});  // the undated tie f-g and the isolate h
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0] == "no tie or project is dated in the years 2030-2040; the actors whose ties all fall outside are left out");
}

TEST_CASE("selection: ego network within a radius") {
    const Network n = drawn();
    Selection s;
    s.ego = "b";
    s.ego_radius = 1;
    CHECK(ids(apply_selection(n, s).network) == V{"a", "b", "c"});
    s.ego_radius = 2;  // + d (via a), f (via c), g (via the project c-g)
    CHECK(ids(apply_selection(n, s).network) == V{"a", "b", "c", "d", "f", "g"});
    s.graph.projects = false;  // without the project's tie g is 3 steps away
    CHECK(ids(apply_selection(n, s).network) == V{"a", "b", "c", "d", "f"});
    s.ego_radius = 0;
    CHECK(ids(apply_selection(n, s).network) == V{"b"});
}

TEST_CASE("selection: k-core, giant component, isolates") {
    // A triangle x-y-z with a tail z-w, and a separate pair u-v, and a lone i.
    //   x ─ y            u ─ v     i
    //    ╲ ╱
    //     z ─ w
    Network n = regional_network({{"x"}, {"y"}, {"z"}, {"w"}, {"u"}, {"v"}, {"i"}},
                                 {{"x", "y"}, {"y", "z"}, {"x", "z"}, {"z", "w"}, {"u", "v"}});
    Selection s;
    s.k_core = 2;
    CHECK(ids(apply_selection(n, s).network) == V{"x", "y", "z"});
    s.k_core = 1;
    CHECK(ids(apply_selection(n, s).network) == V{"x", "y", "z", "w", "u", "v"});
    s.k_core = 3;
    const SelectionResult empty = apply_selection(n, s);
    CHECK(empty.network.actors.empty());
    CHECK(empty.notes.size() == 1);
    s = {};
    s.giant = true;
    CHECK(ids(apply_selection(n, s).network) == V{"x", "y", "z", "w"});
    s = {};
    s.drop_isolates = true;
    CHECK(ids(apply_selection(n, s).network) == V{"x", "y", "z", "w", "u", "v"});
    // The ego part applies first: the giant component of x's neighbourhood.
    s = {};
    s.giant = true;
    s.ego = "x";
    s.ego_radius = 5;
    CHECK(ids(apply_selection(n, s).network) == V{"x", "y", "z", "w"});
}

TEST_CASE("selection: unknown names are usage errors with a suggestion") {
    const Network n = drawn();
    Selection s;
    s.region = "nort";
    CHECK_THROWS_WITH_AS(static_cast<void>(apply_selection(n, s)),
                         "unknown region 'nort' (did you mean 'north'?); regions in this network: north, north-x, south",
                         UsageError);
    s = {};
    s.sectors = {"academia", "acadmia"};
    CHECK_THROWS_WITH_AS(static_cast<void>(apply_selection(n, s)),
                         "unknown sector 'acadmia' (did you mean 'academia'?); sectors in this network: industry, academia, "
                         "government, finance",
                         UsageError);
    s = {};
    s.ego = "bb";
    CHECK_THROWS_WITH_AS(static_cast<void>(apply_selection(n, s)),
                         "unknown actor 'bb'; this network has 8 actors", UsageError);
}

TEST_CASE("selection of nothing is the network; of the shipped networks keeps their declarations") {
    for (const auto& entry : std::filesystem::directory_iterator(ECOSYS_NETWORKS_DIR)) {
        if (entry.path().extension() != ".json") continue;
        CAPTURE(entry.path().filename().string());
        const Network n = load_network(entry.path()).network;
        CHECK(ids(apply_selection(n, {}).network) == ids(n));
        Selection s;
        s.giant = true;
        const Network g = apply_selection(n, s).network;
        CHECK(g.sectors.size() == n.sectors.size());
        CHECK(g.regions.size() == n.regions.size());
        CHECK(!g.actors.empty());
        CHECK(g.actors.size() <= n.actors.size());
        // The giant component is connected: selecting it again changes nothing.
        CHECK(ids(apply_selection(g, s).network) == ids(g));
    }
}
