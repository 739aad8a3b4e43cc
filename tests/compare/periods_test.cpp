#include <doctest/doctest.h>

#include <filesystem>

#include "ecosys/compare/comparison.hpp"
#include "ecosys/error.hpp"
#include "ecosys/io/reader.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::regional_network;

TEST_CASE("periods: named or not, and never overlapping") {
    const std::vector<Period> p = parse_periods("kc1=2002-2006, 2007-2011");
    REQUIRE(p.size() == 2);
    CHECK(p[0].label == "kc1");
    CHECK(p[0].years == YearWindow{2002, 2006});
    CHECK(p[1].label == "2007-2011");
    CHECK_THROWS_WITH_AS(static_cast<void>(parse_periods("2002-2008,2007-2011")),
                         "--periods '2002-2008' and '2007-2011' overlap; periods must not share a year", UsageError);
    CHECK_THROWS_AS(static_cast<void>(parse_periods("a=2002-2004,a=2005-2006")), UsageError);
    CHECK_THROWS_AS(static_cast<void>(parse_periods("2002..2004")), UsageError);
    CHECK_THROWS_AS(static_cast<void>(parse_periods("")), UsageError);
}

TEST_CASE("compare by year with periods: each row holds what is dated in its period") {
    //   a ──2001── b ──2004── c      d (never tied)
    Network n = regional_network({{"a"}, {"b"}, {"c"}, {"d"}}, {{"a", "b"}, {"b", "c"}});
    n.ties[0].year = 2001;
    n.ties[1].year = 2004;
    const std::vector<Period> w = window_periods(n, 2);  // 2001-2002, 2003-2004
    REQUIRE(w.size() == 2);
    CHECK(w[0].years == YearWindow{2001, 2002});
    CHECK(w[1].years == YearWindow{2003, 2004});
    CHECK_THROWS_AS(static_cast<void>(window_periods(n, 0)), UsageError);
    CompareOptions o;
    o.metrics = {"actors", "tied_pairs"};
    o.metrics_options.analysis.samples = 0;
    o.periods = w;
    Comparison c = compare_years(n, o);
    REQUIRE(c.rows.size() == 2);
    // 2001-2002: a, b and the never-tied d (c's only tie is later); 2003-2004: b, c, d.
    CHECK(c.rows[0].id == "2001-2002");
    CHECK(*c.rows[0].values[0] == 3);
    CHECK(*c.rows[0].values[1] == 1);
    CHECK(*c.rows[1].values[0] == 3);
    o.keep_isolates = true;  // every actor in every row
    c = compare_years(n, o);
    CHECK(*c.rows[0].values[0] == 4);
    CHECK(*c.rows[1].values[1] == 1);
    // Without periods: today's cumulative snapshots, every actor in each.
    o.periods.clear();
    c = compare_years(n, o);
    REQUIRE(c.rows.size() == 2);
    CHECK(c.rows[0].id == "2001");
    CHECK(*c.rows[1].values[1] == 2);
}
