#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "ecosys/io/reader.hpp"
#include "io/csv.hpp"

using namespace ecosys;
namespace fs = std::filesystem;

namespace {

/// A fresh folder under the system temp folder, removed at the end of the test.
struct TempFolder {
    fs::path path;
    TempFolder() {
        path = fs::temp_directory_path() / ("ecosys-test-" + std::to_string(std::rand()) + "-" + std::to_string(::getpid()));
        fs::create_directories(path);
    }
    ~TempFolder() { fs::remove_all(path); }
    void write(const std::string& name, const std::string& content) const {
        std::ofstream(path / name, std::ios::binary) << content;
    }
};

}  // namespace

TEST_CASE("the CSV tokenizer accepts what spreadsheets write") {
    // BOM, CRLF, a quoted comma, a doubled quote, a newline inside quotes, an empty line.
    auto rows = detail::parse_csv("\xEF\xBB\xBF" "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n\"two\r\nlines\",z", "t.csv");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].fields[0].value == "a");
    CHECK(rows[1].fields[0].value == "x, y");
    CHECK(rows[1].fields[1].value == "say \"hi\"");
    CHECK(rows[2].fields[0].value == "two\nlines");
    CHECK(rows[2].fields[1].value == "z");
    CHECK(rows[2].line == 4);
    CHECK(rows[2].fields[1].line == 5);
    CHECK(rows[2].fields[1].column == 8);
}

TEST_CASE("an unterminated quote is reported where it opens") {
    CHECK_THROWS_WITH_AS(detail::parse_csv("id,name\n1,\"open\n2,x\n", "q.csv"),
                         "q.csv:2:3: error: unterminated quoted field; add the closing '\"'", ParseError);
}

TEST_CASE("a CSV folder becomes a network") {
    TempFolder dir;
    dir.write("actors.csv",
              "\xEF\xBB\xBF" "id,name,sector,region,kind,seeds,employees\r\n"
              "u1,\"東北大学, Sendai\",academia,tohoku,university,spintronics; batteries,\r\n"
              "c1,仙台精機,industry,tohoku,sme,,120\r\n");
    dir.write("ties.csv", "source,target,type,weight,year,directed\nu1,c1,joint_research,2.5,2012,\nc1,u1,funding,,,true\n");
    dir.write("projects.csv", "id,name,type,year\np1,協議会,council,2011\n");
    dir.write("participants.csv", "project,actor\np1,u1\np1,c1\n");
    LoadResult r = read_csv_network(dir.path);
    const Network& n = r.network;
    REQUIRE(n.actors.size() == 2);
    CHECK(n.actors[0].name == "東北大学, Sendai");
    CHECK(n.actors[0].seeds == std::vector<std::string>{"spintronics", "batteries"});
    CHECK_FALSE(n.actors[0].attributes.contains("employees"));  // empty cell: no value
    CHECK(n.actors[1].attributes.at("employees") == "120");
    REQUIRE(n.ties.size() == 2);
    CHECK(n.ties[0].weight == 2.5);
    CHECK(n.ties[0].year == 2012);
    CHECK_FALSE(n.ties[0].directed);
    CHECK(n.ties[1].weight == 1.0);
    CHECK(n.ties[1].directed);
    REQUIRE(n.projects.size() == 1);
    CHECK(n.projects[0].year == 2011);
    CHECK(n.projects[0].participants.size() == 2);
    CHECK(r.warnings.empty());
}
