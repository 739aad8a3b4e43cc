// import-projects with CORDIS's columns: roles, contributions, end years and programme
// parts from a second table, two periods' files read as one network.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "ecosys/error.hpp"
#include "ecosys/io/participation_table.hpp"
#include "io/cordis_columns.hpp"

using namespace ecosys;

namespace {

ParticipationOptions cordis_options() {
    ParticipationOptions o;
    o.columns = test::cordis_columns();
    o.columns.end_year = "end_year";
    o.columns.funding = "contribution";
    o.columns.programme = "programme_part";
    o.default_sector = "industry";
    o.currency = "EUR";
    return o;
}

}  // namespace

TEST_CASE("participation table: roles, funding, end years and programme parts from another table") {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "ecosys_programme_parts_test";
    std::filesystem::create_directories(dir);
    {
        std::ofstream(dir / "parts.csv") << "rcn,programme_part\n1,SEWP\n2,LEIT\n2,Innovation in SMEs\n9,ERC\n";
    }
    ParticipationOptions o = cordis_options();
    o.programme_tables = {dir / "parts.csv"};
    const std::string early = "rcn,role,pic,type,contribution,country,start_year,end_year\n"
                              "1,coordinator,p1,PRC,318000,EE,2015,2018\n"
                              "1,participant,p2,PRC,NA,AT,2015,2018\n";
    const std::string late = "rcn,role,pic,type,contribution,country,start_year,end_year\n"
                             "2,partner,p1,PRC,12.5,EE,2019,2021\n"
                             "2,coordinator,p3,PRC,0,PL,2019,2021\n";
    const LoadResult r = read_participation_tables({{early, "early.csv"}, {late, "late.csv"}}, o);
    const Network& n = r.network;
    CHECK(n.currency == "EUR");
    REQUIRE(n.actors.size() == 3);  // p1 in both files is one actor
    REQUIRE(n.projects.size() == 2);
    const Project& a = n.projects[0];
    CHECK(a.id == "1");
    CHECK(a.year == 2015);
    CHECK(a.end_year == 2018);
    CHECK(a.programme == "SEWP");
    REQUIRE(a.participations.size() == 2);
    CHECK(a.participation(0) == Participation{"coordinator", 318000.0});
    CHECK(a.participation(1) == Participation{"participant", std::nullopt});  // NA: not known
    const Project& b = n.projects[1];
    CHECK(b.programme == "LEIT");  // the first of its two parts
    CHECK(b.participation(0) == Participation{"partner", 12.5});
    CHECK(b.participation(1) == Participation{"coordinator", 0.0});
    bool warned = false;
    for (const Diagnostic& w : r.warnings) warned = warned || w.message.find("1 project has more than one programme") != std::string::npos;
    CHECK(warned);
    std::filesystem::remove_all(dir);
}

TEST_CASE("participation table: a contribution that is not an amount is an error at its cell") {
    const std::string text = "rcn,role,pic,type,contribution,country,start_year,end_year\n"
                             "1,coordinator,p1,PRC,-5,EE,2015,2018\n";
    ParticipationOptions o = cordis_options();
    o.columns.programme.clear();
    try {
        static_cast<void>(read_participation_table(text, "bad.csv", o));
        FAIL("no error");
    } catch (const ValidationError& e) {
        REQUIRE(!e.diagnostics().empty());
        CHECK(e.diagnostics()[0].to_string() ==
              "bad.csv:2:22: error: funding '-5' is not an amount; it must be a number from 0 to 1e18 (a missing amount: an "
              "empty cell or one of --na-values)");
    }
}
