#include <doctest/doctest.h>

#include "ecosys/io/reader.hpp"

using namespace ecosys;

TEST_CASE("a full JSON network is read with every field") {
    const std::string text = "\xEF\xBB\xBF" R"({
  "name": "東北 test",
  "regions": [{"id": "tohoku", "name": "東北 Tohoku"}, {"id": "miyagi", "parent": "tohoku"}],
  "actors": [
    {"id": "u1", "name": "東北大学", "sector": "academia", "region": "miyagi", "kind": "university",
     "seeds": ["spintronics", "batteries"], "attributes": {"students": 17000, "private": false}},
    {"id": "c1", "sector": "industry", "region": "sendai", "needs": ["batteries"], "role": "core_company"},
    {"id": "b1", "sector": "finance"}
  ],
  "ties": [
    {"source": "u1", "target": "c1", "type": "joint_research", "weight": 2.5, "year": 2012},
    {"source": "b1", "target": "c1", "type": "loan", "directed": true},
    {"source": "c1", "target": "c1"}
  ],
  "projects": [{"id": "p1", "name": "Council", "type": "council", "year": 2011, "region": "miyagi",
                "participants": ["u1", "c1", "b1"]}]
})";
    LoadResult r = read_json_network_text(text, "t.json");
    const Network& n = r.network;
    CHECK(n.name == "東北 test");
    REQUIRE(n.actors.size() == 3);
    CHECK(n.actors[0].name == "東北大学");
    CHECK(n.actors[0].seeds == std::vector<std::string>{"spintronics", "batteries"});
    CHECK(n.actors[0].attributes.at("students") == 17000);
    CHECK(n.actors[1].name == "c1");  // defaults to the id
    CHECK(n.actors[1].needs == std::vector<std::string>{"batteries"});
    CHECK(n.actors[2].region.empty());
    REQUIRE(n.ties.size() == 3);
    CHECK(n.ties[0].weight == 2.5);
    CHECK(n.ties[0].year == 2012);
    CHECK(n.ties[1].directed);
    CHECK(n.ties[1].weight == 1.0);
    CHECK(n.ties[1].type == "loan");
    CHECK(n.ties[2].type == "tie");
    CHECK_FALSE(n.ties[1].year.has_value());
    REQUIRE(n.projects.size() == 1);
    CHECK(n.projects[0].participants == std::vector<std::size_t>{0, 1, 2});
    // Declared regions first, then the implicit one named by actor c1.
    REQUIRE(n.regions.size() == 3);
    CHECK(n.regions[1].name == "miyagi");
    CHECK(n.regions[2].id == "sendai");
    CHECK_FALSE(n.regions[2].declared);
    CHECK(n.populated_regions() == std::vector<std::string>{"miyagi", "sendai"});
    CHECK(n.find_actor("b1") == 2u);
    // The self-loop is kept, with a warning.
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].to_string() ==
          "t.json:13:5: warning: self-loop on actor 'c1'; it is kept in the data but left out of the metrics");
}

TEST_CASE("a file may declare its own sectors") {
    LoadResult r = read_json_network_text(
        R"({"sectors": [{"id": "industry"}, {"id": "civil_society", "label": "Civil society", "color": "#56B4E9"}],
            "actors": [{"id": "npo", "sector": "civil_society"}]})",
        "s.json");
    REQUIRE(r.network.sectors.size() == 2);
    CHECK(r.network.find_sector("civil_society")->color == "#56B4E9");
    CHECK(r.network.find_sector("academia") == nullptr);
}

TEST_CASE("unknown members are warnings with a suggestion") {
    LoadResult r = read_json_network_text(R"({"actors": [{"id": "a", "sector": "industry", "regoin": "x"}]})", "w.json");
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].to_string() == "w.json:1:57: warning: unknown member 'regoin' in an actor is ignored (did you mean 'region'?)");
}

TEST_CASE("an empty actor list is a valid, empty network") {
    LoadResult r = read_json_network_text(R"({"actors": []})", "e.json");
    CHECK(r.network.actors.empty());
    CHECK(r.network.sectors.size() == 4);
}

TEST_CASE("errors name the line and column of the offending value") {
    CHECK_THROWS_WITH_AS(read_json_network_text("{\"actors\": [\n  {\"id\": \"a\", \"sector\": \"goverment\"}]}", "x.json"),
                         "x.json:2:25: error: unknown sector 'goverment'; expected industry, academia, government or finance "
                         "(did you mean 'government'?)",
                         ValidationError);
    CHECK_THROWS_WITH_AS(read_json_network_text("{\"actors\": [}", "y.json"),
                         "y.json:1:13: error: malformed JSON: syntax error while parsing value - unexpected '}'; expected '[', "
                         "'{', or a literal",
                         ParseError);
}

TEST_CASE("hostile strings are kept literally") {
    const std::string name = "<script>alert(1)</script> \\N \"q\" \xE2\x80\xAE";
    LoadResult r = read_json_network_text(
        R"({"actors": [{"id": "x\"y", "name": "<script>alert(1)</script> \\N \"q\" \u202e", "sector": "industry"}]})", "h.json");
    CHECK(r.network.actors[0].id == "x\"y");
    CHECK(r.network.actors[0].name == name);
}
