// Programmes, funding and participants' roles: read from JSON and CSV, written back by
// every format that has a place for them, and refused with file:line:col when wrong.

#include <doctest/doctest.h>

#include <sstream>

#include "ecosys/error.hpp"
#include "ecosys/io/csv_writer.hpp"
#include "ecosys/io/dot.hpp"
#include "ecosys/io/gml.hpp"
#include "ecosys/io/graphml.hpp"
#include "ecosys/io/json_writer.hpp"
#include "ecosys/io/reader.hpp"

using namespace ecosys;

namespace {

// Two programmes (one with regions, years and a budget), a currency, one project of
// each kind of participant (plain id, object with role and funding, object with role only).
const char* const funded = R"({
 "name": "funded",
 "currency": "JPY",
 "programmes": [
  {"id": "kc", "name": "Knowledge Cluster", "regions": ["sapporo", "sendai"], "years": "2002-2006", "budget": 500000000},
  {"id": "mp"}
 ],
 "actors": [
  {"id": "u", "sector": "academia", "region": "sapporo"},
  {"id": "c", "sector": "industry", "region": "sendai"},
  {"id": "b", "sector": "finance", "region": "sendai"}
 ],
 "projects": [
  {"id": "p1", "year": 2003, "end_year": 2006, "programme": "kc", "funding": 318000.5,
   "participants": [{"actor": "u", "role": "coordinator", "funding": 318000}, "c", {"actor": "b", "role": "participant"}]},
  {"id": "p2", "year": 2017, "programme": "mp", "participants": ["u", "b"]}
 ]
})";

void check_funded(const Network& n) {
    CHECK(n.currency == "JPY");
    REQUIRE(n.programmes.size() == 2);
    CHECK(n.programmes[0].id == "kc");
    CHECK(n.programmes[0].name == "Knowledge Cluster");
    CHECK(n.programmes[0].regions == std::vector<std::string>{"sapporo", "sendai"});
    CHECK(n.programmes[0].from == 2002);
    CHECK(n.programmes[0].to == 2006);
    CHECK(n.programmes[0].budget == 500000000.0);
    CHECK(n.programmes[1].name == "mp");
    CHECK(!n.programmes[1].from);
    REQUIRE(n.projects.size() == 2);
    const Project& p = n.projects[0];
    CHECK(p.programme == "kc");
    CHECK(p.end_year == 2006);
    CHECK(p.funding == 318000.5);
    REQUIRE(p.participations.size() == 3);
    CHECK(p.participation(0).role == "coordinator");
    CHECK(p.participation(0).funding == 318000.0);
    CHECK(p.participation(1) == Participation{});
    CHECK(p.participation(2).role == "participant");
    CHECK(!p.participation(2).funding);
    CHECK(n.projects[1].participations.empty());
    CHECK(n.projects[1].programme == "mp");
}

}  // namespace

TEST_CASE("programmes: JSON reads programmes, currency, funding, end years and participants' roles") {
    const LoadResult r = read_json_network_text(funded, "funded.json");
    CHECK(r.warnings.empty());
    check_funded(r.network);
}

TEST_CASE("programmes: JSON, CSV, GraphML, GML and DOT write them and read them back") {
    const Network net = read_json_network_text(funded, "funded.json").network;
    const std::string json = write_json_network(net);
    check_funded(read_json_network_text(json, "back.json").network);
    CHECK(json.find("{\"actor\": \"u\", \"role\": \"coordinator\", \"funding\": 318000}") != std::string::npos);
    CHECK(write_json_network(read_json_network_text(json, "back.json").network) == json);

    WriteWarnings warnings;
    const CsvFiles files = write_csv_files(net, "f", warnings);
    REQUIRE(files.count("programmes.csv"));
    CHECK(files.at("programmes.csv") == "id,name,regions,years,budget,currency\n"
                                        "kc,Knowledge Cluster,\"sapporo;sendai\",2002-2006,500000000,JPY\n"
                                        "mp,mp,,,,JPY\n");
    CHECK(files.at("participants.csv").rfind("project,actor,role,funding\np1,u,coordinator,318000\np1,c,,\n", 0) == 0);
    check_funded(read_csv_files(files, "f").network);

    std::ostringstream graphml, gml, dot;
    static_cast<void>(write_graphml(net, graphml, "f.graphml"));
    static_cast<void>(write_gml(net, gml, "f.gml"));
    static_cast<void>(write_dot(net, dot, "f.dot"));
    check_funded(read_graphml_text(graphml.str(), "f.graphml").network);
    check_funded(read_gml_text(gml.str(), "f.gml").network);
    check_funded(read_dot_text(dot.str(), "f.dot").network);
}

TEST_CASE("programmes: a network without them writes what it wrote before") {
    const Network net = read_json_network_text(R"({"actors": [{"id": "a", "sector": "industry"}],
        "projects": [{"id": "p", "year": 2001, "participants": ["a"]}]})", "plain.json").network;
    WriteWarnings warnings;
    const CsvFiles files = write_csv_files(net, "f", warnings);
    CHECK(files.count("programmes.csv") == 0);
    CHECK(files.at("projects.csv") == "id,name,type,year,region\np,,,2001,\n");
    CHECK(files.at("participants.csv") == "project,actor\np,a\n");
    CHECK(write_json_network(net).find("programmes") == std::string::npos);
}

namespace {

std::vector<std::string> errors_of(const std::string& text) {
    try {
        static_cast<void>(read_json_network_text(text, "bad.json"));
    } catch (const ValidationError& e) {
        std::vector<std::string> out;
        for (const Diagnostic& d : e.diagnostics())
            if (d.severity == Diagnostic::Severity::error) out.push_back(d.to_string());
        return out;
    }
    return {};
}

}  // namespace

TEST_CASE("programmes: bad funding, years and duplicate ids are errors at their place") {
    const std::string head = R"({"actors": [{"id": "a", "sector": "industry"}], )";
    CHECK(errors_of(head + R"("projects": [{"id": "p", "funding": -1, "participants": ["a"]}]})") ==
          std::vector<std::string>{"bad.json:1:85: error: \"funding\" of project 'p' is -1; an amount must be a number from 0 to 1e18 "
                                   "(null when not known)"});
    CHECK(errors_of(head + R"("projects": [{"id": "p", "participants": [{"actor": "a", "funding": "lots"}]}]})") ==
          std::vector<std::string>{"bad.json:1:117: error: \"funding\" of the participant 'a' of project 'p' must be a number >= 0 "
                                   "(or null when not known), got string 'lots'"});
    CHECK(errors_of(head + R"("projects": [{"id": "p", "year": 2005, "end_year": 2004, "participants": ["a"]}]})") ==
          std::vector<std::string>{"bad.json:1:100: error: project 'p' ends (2004) before it starts (2005); \"end_year\" must be "
                                   ">= \"year\""});
    CHECK(errors_of(head + R"("programmes": [{"id": "x", "years": "2010-2005"}]})") ==
          std::vector<std::string>{"bad.json:1:85: error: \"years\" of programme 'x' is '2010-2005'; expected \"A-B\" (first and "
                                   "last year, e.g. \"2014-2016\") or \"A\""});
    CHECK(errors_of(head + R"("programmes": [{"id": "x"}, {"id": "x"}]})").size() == 1);
    // Sums of amounts stay finite: at most 1e18 each.
    CHECK(errors_of(head + R"("projects": [{"id": "p", "funding": 1e308, "participants": ["a"]}]})") ==
          std::vector<std::string>{"bad.json:1:85: error: \"funding\" of project 'p' is 1e308; an amount must be a number from 0 "
                                   "to 1e18 (null when not known)"});
}

TEST_CASE("programmes: a project naming an undeclared programme is a warning with a suggestion") {
    const LoadResult r = read_json_network_text(R"({"programmes": [{"id": "cluster"}],
        "actors": [{"id": "a", "sector": "industry"}],
        "projects": [{"id": "p", "programme": "clustre", "participants": ["a"]}]})", "w.json");
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].message.find("names programme 'clustre', which \"programmes\" does not declare (did you mean 'cluster'?)") !=
          std::string::npos);
}

TEST_CASE("programmes: CSV funding that is not an amount is an error at its cell") {
    CsvFiles files;
    files["actors.csv"] = "id,sector\na,industry\n";
    files["projects.csv"] = "id,year,funding\np,2001,NA\n";
    files["participants.csv"] = "project,actor,role,funding\np,a,coordinator,-3\n";
    try {
        static_cast<void>(read_csv_files(files, "f"));
        FAIL("no error");
    } catch (const ValidationError& e) {
        std::vector<std::string> got;
        for (const Diagnostic& d : e.diagnostics()) got.push_back(d.to_string());
        CHECK(got == std::vector<std::string>{
                         "f/participants.csv:2:17: error: funding '-3' is not an amount; it must be a number from 0 to 1e18 "
                         "(leave the cell empty when not known)",
                         "f/projects.csv:2:8: error: funding 'NA' is not an amount; it must be a number from 0 to 1e18 (leave the "
                         "cell empty when not known)"});
    }
}
