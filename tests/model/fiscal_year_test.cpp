#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>

#include "ecosys/error.hpp"
#include "ecosys/model/fiscal_year.hpp"

using namespace ecosys;

// Reference values are worked by hand below; the Gregorian ones (leap years, days per
// month, fiscal years) agree with Python's datetime (date.fromisoformat accepts and
// rejects the same strings). The era boundaries are the days each era began:
//
//   明治 1868-01-25   大正 1912-07-30   昭和 1926-12-25   平成 1989-01-08   令和 2019-05-01
//
// and an era year is the calendar year − the era's start year + 1 (元年 = 1):
//   1989-01-07: 1989 − 1926 + 1 = 64 → 昭和64年     1989-01-08: 1989 − 1989 + 1 → 平成元年
//   2019-04-30: 2019 − 1989 + 1 = 31 → 平成31年     2019-05-01: 令和元年
//   1912-07-29: 1912 − 1868 + 1 = 45 → 明治45年     1926-12-24: 1926 − 1912 + 1 = 15 → 大正15年

namespace {

std::string era_text(const std::optional<EraYear>& e) {
    if (!e) return "none";
    return std::string(e->era) + " " + std::to_string(e->year) + " " + std::string(e->romaji);
}

std::string era_of_text(const char* date) {
    const std::optional<Date> d = parse_date(date);
    REQUIRE(d);
    return era_text(era_of(*d));
}

int fiscal_year_of(const char* date) {
    const std::optional<Date> d = parse_date(date);
    REQUIRE(d);
    return fiscal_year(*d);
}

}  // namespace

TEST_CASE("parse_date: YYYY-MM-DD with a day that exists") {
    CHECK(parse_date("2019-05-01") == Date{2019, 5, 1});
    CHECK(parse_date("0001-01-01") == Date{1, 1, 1});
    CHECK(parse_date("9999-12-31") == Date{9999, 12, 31});
    CHECK(parse_date("2021-04-30") == Date{2021, 4, 30});
    CHECK(parse_date("2021-01-31") == Date{2021, 1, 31});
    CHECK(to_string(Date{2019, 5, 1}) == "2019-05-01");
    CHECK(to_string(Date{1, 1, 1}) == "0001-01-01");
    CHECK(parse_date(to_string(Date{1989, 1, 8})) == Date{1989, 1, 8});
}

TEST_CASE("parse_date: leap days by the Gregorian rule") {
    // divisible by 4, except centuries, except centuries divisible by 400
    CHECK(parse_date("2000-02-29") == Date{2000, 2, 29});  // 2000 = 5 × 400
    CHECK(parse_date("2024-02-29") == Date{2024, 2, 29});
    CHECK(parse_date("1600-02-29") == Date{1600, 2, 29});
    CHECK_FALSE(parse_date("1900-02-29"));  // a century, 1900 / 400 = 4.75
    CHECK_FALSE(parse_date("2100-02-29"));
    CHECK_FALSE(parse_date("2023-02-29"));
    CHECK_FALSE(parse_date("2024-02-30"));
    CHECK(is_leap_year(2000));
    CHECK(is_leap_year(2024));
    CHECK_FALSE(is_leap_year(1900));
    CHECK_FALSE(is_leap_year(2023));
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2023, 2) == 28);
    CHECK(days_in_month(2023, 4) == 30);
    CHECK(days_in_month(2023, 12) == 31);
    CHECK(days_in_month(2023, 0) == 0);
    CHECK(days_in_month(2023, 13) == 0);
}

TEST_CASE("parse_date: anything else is nullopt") {
    CHECK_FALSE(parse_date("2021-13-01"));  // month 13
    CHECK_FALSE(parse_date("2021-00-10"));  // month 0
    CHECK_FALSE(parse_date("2021-02-30"));  // February has 28 days in 2021
    CHECK_FALSE(parse_date("2021-04-31"));  // April has 30
    CHECK_FALSE(parse_date("2021-01-00"));  // day 0
    CHECK_FALSE(parse_date("0000-01-01"));  // year 0 (Python's datetime refuses it too)
    CHECK_FALSE(parse_date("2021-1-01"));   // two digits for the month
    CHECK_FALSE(parse_date("2021-01-1"));
    CHECK_FALSE(parse_date("21-01-01"));
    CHECK_FALSE(parse_date(""));
    CHECK_FALSE(parse_date("2021-01-01x"));  // trailing text
    CHECK_FALSE(parse_date("2021-01-01 "));
    CHECK_FALSE(parse_date(" 2021-01-01"));
    CHECK_FALSE(parse_date("2021-01-01\n"));
    CHECK_FALSE(parse_date("2021/01/01"));
    CHECK_FALSE(parse_date("2021-01-0a"));
    CHECK_FALSE(parse_date("+021-01-01"));
    CHECK_FALSE(parse_date("-021-01-01"));
    CHECK_FALSE(parse_date("２０２１-01-01"));  // full-width digits
    CHECK_FALSE(parse_date(std::string_view("2021-01-0\0", 10)));
}

TEST_CASE("fiscal_year: April 1 to March 31 of the next year") {
    CHECK(fiscal_year_of("2020-03-31") == 2019);
    CHECK(fiscal_year_of("2020-04-01") == 2020);
    CHECK(fiscal_year_of("2019-12-31") == 2019);
    CHECK(fiscal_year_of("2020-01-01") == 2019);
    CHECK(fiscal_year_of("2020-02-29") == 2019);  // a leap day ends FY2019 in February
    CHECK(fiscal_year_of("1989-01-08") == 1988);  // the first day of 平成 is in FY1988
    CHECK(fiscal_year_of("2019-05-01") == 2019);
    CHECK(fiscal_year_first_day(2019) == Date{2019, 4, 1});
    CHECK(fiscal_year_last_day(2019) == Date{2020, 3, 31});
    CHECK(fiscal_year(fiscal_year_first_day(2001)) == 2001);
    CHECK(fiscal_year(fiscal_year_last_day(2001)) == 2001);
}

TEST_CASE("era table: Meiji to Reiwa, in order, each naming fiscal years from its start year") {
    const std::vector<Era>& eras = japanese_eras();
    REQUIRE(eras.size() == 5);
    CHECK(eras[0].name == "明治");
    CHECK(eras[4].name == "令和");
    CHECK(eras[4].romaji == "Reiwa");
    for (std::size_t i = 0; i < eras.size(); ++i) {
        CHECK(eras[i].first_fiscal_year == eras[i].start.year);
        if (i > 0) CHECK(eras[i - 1].start < eras[i].start);
    }
}

TEST_CASE("era_of: the era in force on a day, at every boundary") {
    CHECK(era_of_text("1868-01-24") == "none");  // before Meiji
    CHECK(era_of_text("1868-01-25") == "明治 1 Meiji");
    CHECK(era_of_text("1872-12-31") == "明治 5 Meiji");
    CHECK(era_of_text("1912-07-29") == "明治 45 Meiji");
    CHECK(era_of_text("1912-07-30") == "大正 1 Taisho");
    CHECK(era_of_text("1926-12-24") == "大正 15 Taisho");
    CHECK(era_of_text("1926-12-25") == "昭和 1 Showa");
    CHECK(era_of_text("1927-01-01") == "昭和 2 Showa");
    CHECK(era_of_text("1989-01-07") == "昭和 64 Showa");
    CHECK(era_of_text("1989-01-08") == "平成 1 Heisei");
    CHECK(era_of_text("2001-04-01") == "平成 13 Heisei");  // 2001 − 1989 + 1
    CHECK(era_of_text("2019-04-30") == "平成 31 Heisei");
    CHECK(era_of_text("2019-05-01") == "令和 1 Reiwa");
    CHECK(era_of_text("2024-02-29") == "令和 6 Reiwa");  // 2024 − 2019 + 1
}

TEST_CASE("era_of_fiscal_year: the era of December 31 names the fiscal year") {
    // FY1988 = 1988-04-01 .. 1989-03-31. 平成 began inside it (1989-01-08) but 1988 ended
    // in 昭和: 昭和63年度 (1988 − 1926 + 1 = 63). There was no 昭和64年度.
    CHECK(era_text(era_of_fiscal_year(1988)) == "昭和 63 Showa");
    CHECK(era_text(era_of_fiscal_year(1989)) == "平成 1 Heisei");
    CHECK(era_text(era_of_fiscal_year(2001)) == "平成 13 Heisei");
    CHECK(era_text(era_of_fiscal_year(2018)) == "平成 30 Heisei");
    // FY2019 began in 平成 (2019-04-01 was 平成31年) but is 令和元年度 as a whole.
    CHECK(era_text(era_of_fiscal_year(2019)) == "令和 1 Reiwa");
    CHECK(era_text(era_of_fiscal_year(2020)) == "令和 2 Reiwa");
    // the same rule at the earlier changes, both after April 1
    CHECK(era_text(era_of_fiscal_year(1911)) == "明治 44 Meiji");
    CHECK(era_text(era_of_fiscal_year(1912)) == "大正 1 Taisho");
    CHECK(era_text(era_of_fiscal_year(1925)) == "大正 14 Taisho");
    CHECK(era_text(era_of_fiscal_year(1926)) == "昭和 1 Showa");
    CHECK(era_text(era_of_fiscal_year(1927)) == "昭和 2 Showa");
    CHECK(era_text(era_of_fiscal_year(1868)) == "明治 1 Meiji");
    CHECK(era_text(era_of_fiscal_year(1867)) == "none");
    // the table's first_fiscal_year column is the December 31 rule, every year
    for (int y = 1860; y <= 2100; ++y) CHECK(era_text(era_of_fiscal_year(y)) == era_text(era_of(Date{y, 12, 31})));
}

TEST_CASE("format_era_year: 元年 for year 1") {
    CHECK(format_era_year("平成", 13) == "平成13年");
    CHECK(format_era_year("令和", 1) == "令和元年");
    CHECK(format_era_year("昭和", 64) == "昭和64年");
    CHECK_THROWS_WITH_AS((void)format_era_year("令和", 0), "era year 0 of 令和: era years start at 1 (元年)", UsageError);
}

TEST_CASE("format_fiscal_year_ja and _en") {
    CHECK(format_fiscal_year_ja(2001, false) == "2001年度");
    CHECK(format_fiscal_year_ja(2001, true) == "平成13年度");
    CHECK(format_fiscal_year_ja(1988, true) == "昭和63年度");
    CHECK(format_fiscal_year_ja(1989, true) == "平成元年度");
    CHECK(format_fiscal_year_ja(2018, true) == "平成30年度");
    CHECK(format_fiscal_year_ja(2019, true) == "令和元年度");
    CHECK(format_fiscal_year_ja(2019, false) == "2019年度");
    CHECK(format_fiscal_year_ja(1850, true) == "1850年度");  // no era: the Western year
    CHECK(format_fiscal_year_en(2001) == "FY2001");
    CHECK(format_fiscal_year_en(2019) == "FY2019");
}
