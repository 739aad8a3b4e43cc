// The CSV folder writer guards text cells against formula injection
// (util/spreadsheet_guard.hpp) and the CSV folder reader removes the guard, so
// CSV -> CSV gives back every id, name and value unchanged.

#include <doctest/doctest.h>

#include "ecosys/io/csv_writer.hpp"
#include "ecosys/io/reader.hpp"

using namespace ecosys;

namespace {

// Two actors whose ids, names, fields and attribute values a spreadsheet would
// run as formulas, a tie with a negative year, and a project.
const char* const hostile = R"json({
 "actors": [
  {"id": "=1+1", "name": "-2+3", "sector": "industry", "region": "@r", "kind": "+k", "needs": ["=n", "ok"], "seeds": ["s"],
   "attributes": {"note": "=HYPERLINK(\"http://evil.example/\")", "score": -3, "x": "'s", "y": "\tz"}},
  {"id": "-5", "name": "'=quoted", "sector": "academia"}
 ],
 "ties": [{"source": "=1+1", "target": "-5", "type": "=t", "weight": 0.25, "year": -50}],
 "projects": [{"id": "+p", "name": "@n", "type": "-t", "year": 2011, "region": "@r", "participants": ["=1+1", "-5"]}]
})json";

}  // namespace

TEST_CASE("CSV folder: text cells starting with = + - @ TAB get an apostrophe, numbers do not") {
    const Network net = read_json_network_text(hostile, "hostile.json").network;
    WriteWarnings w;
    const CsvFiles files = write_csv_files(net, "out", w);
    CHECK(files.at("actors.csv") ==
          "id,name,sector,region,kind,role,needs,seeds,note,score,x,y\n"
          "'=1+1,'-2+3,industry,'@r,'+k,,\"'=n;ok\",s,\"'=HYPERLINK(\"\"http://evil.example/\"\")\",-3,'s,\"'\tz\"\n"
          "'-5,''=quoted,academia,,,,,,,,,\n");
    CHECK(files.at("ties.csv") == "source,target,type,weight,year,directed\n'=1+1,'-5,'=t,0.25,-50,false\n");
    CHECK(files.at("projects.csv") == "id,name,type,year,region\n'+p,'@n,'-t,2011,'@r\n");
    CHECK(files.at("participants.csv") == "project,actor\n'+p,'=1+1\n'+p,'-5\n");
}

TEST_CASE("CSV folder: what the writer guarded reads back unchanged") {
    const Network net = read_json_network_text(hostile, "hostile.json").network;
    WriteWarnings w;
    const Network back = read_csv_files(write_csv_files(net, "out", w), "out").network;
    REQUIRE(back.actors.size() == 2);
    CHECK(back.actors[0].id == "=1+1");
    CHECK(back.actors[0].name == "-2+3");
    CHECK(back.actors[0].region == "@r");
    CHECK(back.actors[0].kind == "+k");
    CHECK(back.actors[0].needs == std::vector<std::string>{"=n", "ok"});
    CHECK(back.actors[0].attributes.at("note") == "=HYPERLINK(\"http://evil.example/\")");
    CHECK(back.actors[0].attributes.at("score") == "-3");  // a CSV folder keeps attribute values as text
    CHECK(back.actors[0].attributes.at("x") == "'s");
    CHECK(back.actors[0].attributes.at("y") == "\tz");
    CHECK(back.actors[1].id == "-5");
    CHECK(back.actors[1].name == "'=quoted");
    REQUIRE(back.ties.size() == 1);
    CHECK(back.ties[0].type == "=t");
    CHECK(back.ties[0].weight == 0.25);
    CHECK(back.ties[0].year == -50);
    REQUIRE(back.projects.size() == 1);
    CHECK(back.projects[0].id == "+p");
    CHECK(back.projects[0].name == "@n");
    CHECK(back.projects[0].type == "-t");
    CHECK(back.projects[0].region == "@r");
    CHECK(back.projects[0].participants.size() == 2);
}

TEST_CASE("CSV folder reader: an apostrophe that guards nothing is data") {
    const CsvFiles files = {{"actors.csv", "id,name,sector\n's-hertogenbosch,'t Hooft,industry\n'=a,''@b,academia\n"}};
    const Network net = read_csv_files(files, "in").network;
    REQUIRE(net.actors.size() == 2);
    CHECK(net.actors[0].id == "'s-hertogenbosch");
    CHECK(net.actors[0].name == "'t Hooft");
    CHECK(net.actors[1].id == "=a");
    CHECK(net.actors[1].name == "'@b");
}

TEST_CASE("CSV folder: a CR LF inside a cell reads back as LF, and the writer says so") {
    // "two\r\nlines" is written quoted with its CR LF; the reader takes CR LF for a line
    // end (files whose line ends were all converted), so it comes back "two\nlines". A
    // lone LF and a lone CR come back as written, and need no warning.
    const Network net = read_json_network_text(R"({"actors": [
        {"id": "a", "name": "two\r\nlines", "sector": "industry"},
        {"id": "b", "name": "lf\nonly, cr\ronly", "sector": "industry"}]})",
                                                "crlf.json")
                            .network;
    WriteWarnings w;
    const CsvFiles files = write_csv_files(net, "out", w);
    std::size_t said = 0;
    for (const Diagnostic& d : w)
        if (d.message.find("actors.csv: 1 line break written as CR LF inside cells will read back as LF") != std::string::npos) ++said;
    CHECK(said == 1);
    const Network back = read_csv_files(files, "out").network;
    CHECK(back.actors.at(0).name == "two\nlines");
    CHECK(back.actors.at(1).name == "lf\nonly, cr\ronly");

    WriteWarnings none;
    static_cast<void>(write_csv_files(read_json_network_text(R"({"actors": [{"id": "b", "name": "lf\nonly", "sector": "industry"}]})",
                                                             "lf.json")
                                          .network,
                                      "out", none));
    for (const Diagnostic& d : none) CHECK(d.message.find("CR LF") == std::string::npos);
}
