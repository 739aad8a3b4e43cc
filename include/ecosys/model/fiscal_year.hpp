#pragma once
// Japanese dates for output (issue 28): calendar dates, the Japanese fiscal year (年度,
// April to March), the era names (元号) that government documents write years and fiscal
// years with. Pure functions over a small table in fiscal_year.cpp; no locale, no ICU
// (ICU's Japanese calendar starts Meiji elsewhere and knows no fiscal year; the five
// modern eras and their boundaries are a table of five rows, tested at each boundary).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ecosys {

/// A day of the proleptic Gregorian calendar, the calendar Japan has used since
/// 1873-01-01 (明治6年). Valid dates have year 1 to 9999 (as Python's datetime).
struct Date {
    int year = 1;
    int month = 1;  ///< 1 to 12
    int day = 1;    ///< 1 to days_in_month(year, month)
};

[[nodiscard]] constexpr bool operator==(const Date& a, const Date& b) noexcept {
    return a.year == b.year && a.month == b.month && a.day == b.day;
}
[[nodiscard]] constexpr bool operator!=(const Date& a, const Date& b) noexcept { return !(a == b); }
[[nodiscard]] constexpr bool operator<(const Date& a, const Date& b) noexcept {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
}
[[nodiscard]] constexpr bool operator>(const Date& a, const Date& b) noexcept { return b < a; }
[[nodiscard]] constexpr bool operator<=(const Date& a, const Date& b) noexcept { return !(b < a); }
[[nodiscard]] constexpr bool operator>=(const Date& a, const Date& b) noexcept { return !(a < b); }

/// Gregorian leap year: divisible by 4, except centuries not divisible by 400
/// (2000 and 2024 are, 1900 and 2100 are not).
[[nodiscard]] bool is_leap_year(int year) noexcept;

/// Days of `month` (1 to 12) in `year`: 28 to 31; 0 for a month outside 1 to 12.
[[nodiscard]] int days_in_month(int year, int month) noexcept;

/// The date written exactly as `YYYY-MM-DD` (four, two and two ASCII digits, year 0001
/// to 9999, a day that exists in that month), or nullopt for anything else: "2021-1-01",
/// "2021-02-30", "1900-02-29", surrounding blanks or trailing text. The caller knows
/// where the text came from and reports it with its location.
[[nodiscard]] std::optional<Date> parse_date(std::string_view text) noexcept;

/// "YYYY-MM-DD", what parse_date() reads back.
[[nodiscard]] std::string to_string(const Date& date);

/// The Japanese fiscal year (年度) of a date: fiscal year Y runs from April 1 of Y to
/// March 31 of Y + 1, so 2020-03-31 is in 2019 and 2020-04-01 in 2020.
[[nodiscard]] int fiscal_year(const Date& date) noexcept;

/// April 1 of `fiscal_year`, its first day.
[[nodiscard]] Date fiscal_year_first_day(int fiscal_year) noexcept;

/// March 31 of `fiscal_year` + 1, its last day.
[[nodiscard]] Date fiscal_year_last_day(int fiscal_year) noexcept;

/// One era (元号) of the modern table, Meiji to Reiwa.
struct Era {
    std::string_view name;    ///< kanji, "平成"
    std::string_view romaji;  ///< "Heisei"; ASCII, no macrons ("Taisho", "Showa"), as Java names them
    Date start;               ///< first day (Gregorian), as the era_of() rule reads it
    /// The first fiscal year the era names (see era_of_fiscal_year()): the calendar year
    /// of `start` for every era of the table.
    int first_fiscal_year = 0;
};

/// The eras in order of their start: 明治 Meiji 1868-01-25, 大正 Taishō 1912-07-30,
/// 昭和 Shōwa 1926-12-25, 平成 Heisei 1989-01-08, 令和 Reiwa 2019-05-01.
///
/// Meiji starts on 1868-01-25, the Gregorian date of 慶応4年1月1日: the edict of
/// 1868-10-23 made the whole of that (lunisolar) year 明治元年. Libraries differ here:
/// Java's JapaneseEra starts Meiji on 1868-01-01, ICU on 1868-09-08 (the lunisolar
/// month and day of the edict read as Gregorian); from 1868-09-08 on all three agree.
/// Before 1873 Japan counted years by its lunisolar calendar, so an era year given
/// here for a Gregorian date of 1868–1872 is the Gregorian year's (as ICU and Java
/// count it), not always the lunisolar one (1869-01-15 was still 明治元年 then).
/// Taishō and Shōwa began on the day the emperor died, so that day carries both names in
/// the documents of the time; the table gives it to the new era, as ICU and Java do.
[[nodiscard]] const std::vector<Era>& japanese_eras();

/// An era and a year of it; year 1 is written 元年.
struct EraYear {
    std::string_view era;     ///< kanji, "令和"
    std::string_view romaji;  ///< "Reiwa"
    int year = 0;             ///< 1 (元年) or more
};

/// The era in force on `date` and its era year: calendar year − the era's start year + 1.
/// 1989-01-07 is 昭和64年, 1989-01-08 平成元年; 2019-04-30 平成31年, 2019-05-01 令和元年.
/// nullopt before Meiji (before 1868-01-25).
[[nodiscard]] std::optional<EraYear> era_of(const Date& date) noexcept;

/// The era name of a fiscal year as ecosys writes it: fiscal year Y takes the name of
/// calendar year Y as that year ends, i.e. the era in force on December 31 of Y (a day
/// inside fiscal year Y), with that era's year. So FY1988 is 昭和63年度 (平成 began on
/// 1989-01-08, after 1988 ended, and 昭和64年度 never existed), FY1989 平成元年度,
/// FY2018 平成30年度 and FY2019 令和元年度.
///
/// The rule lives in the table: the era whose `first_fiscal_year` is the latest not
/// after Y names it. A fiscal year in which an era begins after April 1 takes the new
/// era as a whole, which is what the government decided for FY2019 (関係省庁連絡会議
/// 申合せ: from 2019-05-01 on, the whole fiscal year is 令和元年度; what was written
/// before, and some local taxes, kept 平成31年度 — ecosys always writes 令和元年度). The
/// same rule makes FY1912 大正元年度 and FY1926 昭和元年度; the names 明治45年度 and
/// 大正15年度 are also found for those years. nullopt before FY1868.
[[nodiscard]] std::optional<EraYear> era_of_fiscal_year(int fiscal_year) noexcept;

/// "平成13年", "令和元年" (元 for year 1). Throws UsageError for a year below 1.
[[nodiscard]] std::string format_era_year(std::string_view era, int year);

/// A fiscal year in Japanese: "2001年度", or with `era` "平成13年度", "令和元年度"
/// (era_of_fiscal_year()). A fiscal year without an era (before 1868) is written with
/// its Western year either way.
[[nodiscard]] std::string format_fiscal_year_ja(int fiscal_year, bool era);

/// A fiscal year in English: "FY2001".
[[nodiscard]] std::string format_fiscal_year_en(int fiscal_year);

/// Counts for Japanese text ("1,234 件") are count_text() of ecosys/language.hpp.

}  // namespace ecosys
