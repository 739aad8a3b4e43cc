// What the readers build, value by value: the shipped networks read into the
// expected actors, ties and projects (numbers counted from the files with
// Python's json module), and the same network written as JSON in any member
// order or as a CSV folder reads into the same Network.

#include <doctest/doctest.h>

#include <numeric>
#include <string>

#include "ecosys/io/reader.hpp"

using namespace ecosys;

namespace {

std::string networks_dir() { return ECOSYS_NETWORKS_DIR; }

double weight_sum(const Network& n) {
    return std::accumulate(n.ties.begin(), n.ties.end(), 0.0, [](double s, const Tie& t) { return s + t.weight; });
}

/// Every field the readers fill, compared one by one so a failure names it.
void check_same(const Network& a, const Network& b) {
    CHECK(a.name == b.name);
    REQUIRE(a.sectors.size() == b.sectors.size());
    for (std::size_t i = 0; i < a.sectors.size(); ++i) CHECK(a.sectors[i].id == b.sectors[i].id);
    REQUIRE(a.regions.size() == b.regions.size());
    for (std::size_t i = 0; i < a.regions.size(); ++i) {
        CHECK(a.regions[i].id == b.regions[i].id);
        CHECK(a.regions[i].declared == b.regions[i].declared);
    }
    REQUIRE(a.actors.size() == b.actors.size());
    for (std::size_t i = 0; i < a.actors.size(); ++i) {
        CHECK(a.actors[i].id == b.actors[i].id);
        CHECK(a.actors[i].name == b.actors[i].name);
        CHECK(a.actors[i].sector == b.actors[i].sector);
        CHECK(a.actors[i].region == b.actors[i].region);
        CHECK(a.actors[i].seeds == b.actors[i].seeds);
    }
    REQUIRE(a.ties.size() == b.ties.size());
    for (std::size_t i = 0; i < a.ties.size(); ++i) {
        CHECK(a.ties[i].source == b.ties[i].source);
        CHECK(a.ties[i].target == b.ties[i].target);
        CHECK(a.ties[i].type == b.ties[i].type);
        CHECK(a.ties[i].weight == b.ties[i].weight);
        CHECK(a.ties[i].year == b.ties[i].year);
        CHECK(a.ties[i].directed == b.ties[i].directed);
    }
}

}  // namespace

TEST_CASE("japan-innovation.json reads into its 381 actors, 1155 ties and 31 projects") {
    LoadResult r = load_network(networks_dir() + "/japan-innovation.json");
    const Network& n = r.network;
    CHECK(n.actors.size() == 381);
    REQUIRE(n.ties.size() == 1155);
    REQUIRE(n.projects.size() == 31);
    REQUIRE(n.regions.size() == 13);  // all declared, none implicit
    CHECK(n.regions.front().id == "japan");
    CHECK(n.regions.back().id == "okinawa");
    CHECK(n.actors.front().id == "jst");
    CHECK(n.actors.front().kind == "funding_agency");
    CHECK(n.actors.back().id == "okinawa-u1");
    CHECK(n.actors.back().seeds.size() == 6);
    CHECK(n.actors.back().attributes.at("students") == 12200);
    CHECK(n.find_actor("okinawa-u1") == 380);

    // {"source": "chugoku-bank1", "target": "chugoku-core01", "type": "loan", "weight": 0.57, "year": 2010, "directed": true}
    const Tie& first = n.ties.front();
    CHECK(first.source == 280);
    CHECK(first.target == 285);
    CHECK(first.type == "loan");
    CHECK(first.weight == 0.57);
    CHECK(first.year == 2010);
    CHECK(first.directed);
    // {"source": "kanto-sme24", "target": "kanto-core02", "type": "supply", "weight": 4, "year": 2008}
    const Tie& t500 = n.ties[500];
    CHECK(t500.source == 112);
    CHECK(t500.target == 79);
    CHECK(t500.type == "supply");
    CHECK(t500.weight == 4.0);
    CHECK(t500.year == 2008);
    CHECK_FALSE(t500.directed);
    CHECK(weight_sum(n) == doctest::Approx(1919.762));

    const Project& p = n.projects.front();
    CHECK(p.id == "hokkaido-kc");
    CHECK(p.year == 2002);
    CHECK((p.participants == std::vector<std::size_t>{12, 13, 17, 20, 23, 26, 27, 28, 32}));
}

TEST_CASE("the karate club reads into 34 actors and 78 weighted ties") {
    LoadResult r = load_network(networks_dir() + "/zachary-karate-club.json");
    const Network& n = r.network;
    REQUIRE(n.actors.size() == 34);
    REQUIRE(n.ties.size() == 78);
    REQUIRE(n.sectors.size() == 2);
    CHECK(n.sectors[0].id == "mr_hi_faction");
    CHECK(n.sectors[1].id == "officers_faction");
    CHECK(n.actors[0].id == "Mr Hi");
    CHECK(n.actors[33].id == "John A");
    CHECK(n.actors[5].attributes.at("zachary_index") == 6);
    // {"source": "Actor 2", "target": "Mr Hi", "type": "interaction", "weight": 4}
    CHECK(n.ties[0].source == 1);
    CHECK(n.ties[0].target == 0);
    CHECK(n.ties[0].weight == 4.0);
    CHECK(n.ties[0].type == "interaction");
    CHECK(weight_sum(n) == 231.0);
    CHECK(r.warnings.empty());
}

TEST_CASE("the Florentine families read with default weights") {
    LoadResult r = load_network(networks_dir() + "/florentine-families.json");
    const Network& n = r.network;
    REQUIRE(n.actors.size() == 16);
    REQUIRE(n.ties.size() == 35);
    // {"source": "Medici", "target": "Acciaiuoli", "type": "marriage"}: no weight given
    CHECK(n.actors[n.ties[0].source].id == "Medici");
    CHECK(n.actors[n.ties[0].target].id == "Acciaiuoli");
    CHECK(n.ties[0].weight == 1.0);
    CHECK(n.ties[0].type == "marriage");
    CHECK(weight_sum(n) == 35.0);
}

TEST_CASE("JSON members in any order and a CSV folder give the same network") {
    //   u1 (academia, tohoku) --2.5-- c1 (industry, tohoku) --1-- b1 (finance), c1 -> u1 directed
    const std::string actors = R"([{"id": "u1", "sector": "academia", "region": "tohoku", "seeds": ["spintronics"]},
                   {"id": "c1", "name": "仙台精機", "sector": "industry", "region": "tohoku"},
                   {"id": "b1", "sector": "finance"}])";
    const std::string ties = R"([{"source": "u1", "target": "c1", "type": "joint_research", "weight": 2.5, "year": 2012},
                 {"source": "c1", "target": "b1"},
                 {"source": "c1", "target": "u1", "type": "funding", "directed": true}])";
    LoadResult usual = read_json_network_text(R"({"name": "net", "actors": )" + actors + R"(, "ties": )" + ties + "}", "a.json");
    LoadResult ties_first = read_json_network_text(
        R"({"extra": {"x": [1, {"y": 2}]}, "ties": )" + ties + R"(, "actors": )" + actors + R"(, "name": "net"})", "b.json");
    CsvFiles files{{"actors.csv", "id,name,sector,region,seeds\nu1,,academia,tohoku,spintronics\nc1,仙台精機,industry,tohoku,\nb1,,finance,,\n"},
                   {"ties.csv", "source,target,type,weight,year,directed\nu1,c1,joint_research,2.5,2012,\nc1,b1,,,,\nc1,u1,funding,,,true\n"}};
    LoadResult csv = read_csv_files(files, "net");

    const Network& n = usual.network;
    REQUIRE(n.actors.size() == 3);
    CHECK(n.actors[0].name == "u1");  // the id when no name is given
    CHECK(n.actors[1].name == "仙台精機");
    REQUIRE(n.ties.size() == 3);
    CHECK(n.ties[0].source == 0);
    CHECK(n.ties[0].target == 1);
    CHECK(n.ties[0].weight == 2.5);
    CHECK(n.ties[1].type == "tie");  // the default type
    CHECK(n.ties[2].directed);
    REQUIRE(n.regions.size() == 1);  // implicit, named by actors
    CHECK_FALSE(n.regions[0].declared);
    check_same(usual.network, ties_first.network);
    check_same(usual.network, csv.network);
    REQUIRE(ties_first.warnings.size() == 1);
    CHECK(ties_first.warnings[0].to_string() ==
          "b.json:1:11: warning: unknown member 'extra' in the network is ignored; put extra values in \"attributes\"");
}

TEST_CASE("a top-level member given twice is reported at its second value") {
    CHECK_THROWS_WITH_AS(read_json_network_text(R"({"actors": [], "actors": []})", "t.json"),
                         "t.json:1:26: error: duplicate member 'actors' in the network", ValidationError);
}

TEST_CASE("a CSV syntax error hides the rows before it") {
    // Line 2 is ragged, but the file does not parse: only the quote is reported.
    CsvFiles files{{"actors.csv", "id,sector\nu1,academia,extra\nu2,\"open\n"}};
    CHECK_THROWS_WITH_AS(read_csv_files(files, "f"), "f/actors.csv:3:4: error: unterminated quoted field; add the closing '\"'",
                         ValidationError);
}
