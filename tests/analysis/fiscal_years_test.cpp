// Dates on ties and projects, and counting Japanese fiscal years (issue 28): the reader,
// to_fiscal_years() and the selection, on networks written in the test.

#include <doctest/doctest.h>

#include <string>

#include "ecosys/analysis/selection.hpp"
#include "ecosys/error.hpp"
#include "ecosys/io/reader.hpp"

using namespace ecosys;

namespace {

// Around the fiscal year's turn (April 1):
//   u1-c1 2019-04-01 (FY2019)   u1-c2 2020-03-31 (FY2019)   c1-c2 2020-04-01 (FY2020)
//   c2-c3 a bare year 2020 (kept: FY2020)   project P 2020-02-10 .. 2021-03-31 (FY2019 .. FY2020)
const char* const dated = R"({
  "actors": [{"id": "u1", "sector": "academia"}, {"id": "c1", "sector": "industry"},
             {"id": "c2", "sector": "industry"}, {"id": "c3", "sector": "industry"}],
  "ties": [{"source": "u1", "target": "c1", "date": "2019-04-01"},
           {"source": "u1", "target": "c2", "date": "2020-03-31"},
           {"source": "c1", "target": "c2", "date": "2020-04-01", "year": 2020},
           {"source": "c2", "target": "c3", "year": 2020}],
  "projects": [{"id": "P", "date": "2020-02-10", "end_date": "2021-03-31", "participants": ["u1", "c3"]}]
})";

}  // namespace

TEST_CASE("dates: read from ties and projects, giving their calendar years") {
    const LoadResult r = read_json_network_text(dated, "t.json");
    const Network& n = r.network;
    REQUIRE(n.ties.size() == 4);
    CHECK(n.ties[0].date == Date{2019, 4, 1});
    CHECK(n.ties[0].year == 2019);
    CHECK(n.ties[1].year == 2020);
    CHECK(n.ties[2].year == 2020);
    CHECK_FALSE(n.ties[3].date.has_value());
    REQUIRE(n.projects.size() == 1);
    CHECK(n.projects[0].year == 2020);
    CHECK(n.projects[0].end_year == 2021);
    CHECK(n.projects[0].end_date == Date{2021, 3, 31});
}

TEST_CASE("dates: a day that does not exist, or a year that disagrees, is refused where it is written") {
    const std::string bad = R"({"actors": [{"id": "a", "sector": "industry"}, {"id": "b", "sector": "industry"}],
 "ties": [{"source": "a", "target": "b", "date": "2019-02-29"},
          {"source": "a", "target": "b", "date": "2019-4-01"},
          {"source": "a", "target": "b", "date": "2020-01-05", "year": 2019},
          {"source": "a", "target": "b", "date": 20200105}]})";
    try {
        (void)read_json_network_text(bad, "bad.json");
        FAIL("no error");
    } catch (const InputError& e) {
        const std::string what = e.what();
        CHECK(what.find("bad.json:2:50: error: \"date\" of the tie 'a' - 'b' is '2019-02-29'") != std::string::npos);
        CHECK(what.find("bad.json:3:50:") != std::string::npos);
        CHECK(what.find("2020-01-05 is in 2020 but \"year\" says 2019") != std::string::npos);
        CHECK(what.find("must be a date written YYYY-MM-DD, e.g. \"2019-04-01\", got number 20200105") != std::string::npos);
    }
}

TEST_CASE("fiscal years: a day counts in its fiscal year, a bare year is kept, and --years then counts fiscal years") {
    const Network n = read_json_network_text(dated, "t.json").network;
    Network f = n;
    const std::vector<std::string> notes = to_fiscal_years(f);
    CHECK(f.ties[0].year == 2019);  // 2019-04-01: the first day of FY2019
    CHECK(f.ties[1].year == 2019);  // 2020-03-31: the last day of FY2019
    CHECK(f.ties[2].year == 2020);  // 2020-04-01
    CHECK(f.ties[3].year == 2020);  // a bare year stays
    CHECK(f.projects[0].year == 2019);
    CHECK(f.projects[0].end_year == 2020);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].find("4 ties and projects dated by day counted in their fiscal year; 1 with a year but no day") !=
          std::string::npos);

    // FY2019 holds u1-c1, u1-c2 and the project (u1, c3): every actor but none of c1-c2, c2-c3.
    Selection s;
    s.fiscal_years = true;
    s.years = YearWindow{2019, 2019};
    const SelectionResult r = apply_selection(n, s);
    CHECK(r.network.ties.size() == 2);
    CHECK(r.network.projects.size() == 1);
    CHECK(r.network.actors.size() == 4);
    // Calendar 2019 holds only u1-c1: c2 keeps a tie of its own (u1-c2 is calendar 2020), so
    // it goes, as does c3 (its tie and project are 2020), leaving u1 and c1.
    s.fiscal_years = false;
    const SelectionResult calendar = apply_selection(n, s);
    CHECK(calendar.network.ties.size() == 1);
    CHECK(calendar.network.actors.size() == 2);
    CHECK(s.describe().find("fiscal") == std::string::npos);
    s.fiscal_years = true;
    CHECK(s.describe().rfind("fiscal years", 0) == 0);
}
