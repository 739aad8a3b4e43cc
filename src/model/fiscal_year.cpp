// Japanese dates, fiscal years and era names: the era table and the formatting rules
// (include/ecosys/model/fiscal_year.hpp).

#include "ecosys/model/fiscal_year.hpp"

#include <cstdio>

#include "ecosys/error.hpp"

namespace ecosys {

namespace {

/// The value of `count` ASCII digits from text[at], or -1 when one of them is not a digit.
int digits(std::string_view text, std::size_t at, std::size_t count) noexcept {
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

/// The last era of the table whose `key` is not after `x`, or nullptr.
template <class Key, class T>
const Era* last_era_not_after(const T& x, Key key) noexcept {
    const Era* found = nullptr;
    for (const Era& era : japanese_eras())
        if (!(x < key(era))) found = &era;
    return found;
}

}  // namespace

bool is_leap_year(int year) noexcept { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) noexcept {
    static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

std::optional<Date> parse_date(std::string_view text) noexcept {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    if (year < 1 || month < 1 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
    return Date{year, month, day};
}

std::string to_string(const Date& date) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buf;
}

int fiscal_year(const Date& date) noexcept { return date.month >= 4 ? date.year : date.year - 1; }

Date fiscal_year_first_day(int fiscal_year) noexcept { return Date{fiscal_year, 4, 1}; }

Date fiscal_year_last_day(int fiscal_year) noexcept { return Date{fiscal_year + 1, 3, 31}; }

const std::vector<Era>& japanese_eras() {
    // first_fiscal_year = the start's calendar year: fiscal year Y is named by the era of
    // December 31 of Y (see era_of_fiscal_year()). To name a fiscal year by the era of its
    // April 1 instead, an era starting after April 1 would take start year + 1 here.
    static const std::vector<Era> eras = {
        {"明治", "Meiji", {1868, 1, 25}, 1868},
        {"大正", "Taisho", {1912, 7, 30}, 1912},
        {"昭和", "Showa", {1926, 12, 25}, 1926},
        {"平成", "Heisei", {1989, 1, 8}, 1989},
        {"令和", "Reiwa", {2019, 5, 1}, 2019},
    };
    return eras;
}

std::optional<EraYear> era_of(const Date& date) noexcept {
    const Era* era = last_era_not_after(date, [](const Era& e) { return e.start; });
    if (!era) return std::nullopt;
    return EraYear{era->name, era->romaji, date.year - era->start.year + 1};
}

std::optional<EraYear> era_of_fiscal_year(int fiscal_year) noexcept {
    const Era* era = last_era_not_after(fiscal_year, [](const Era& e) { return e.first_fiscal_year; });
    if (!era) return std::nullopt;
    return EraYear{era->name, era->romaji, fiscal_year - era->start.year + 1};
}

std::string format_era_year(std::string_view era, int year) {
    if (year < 1)
        throw UsageError("era year " + std::to_string(year) + " of " + std::string(era) +
                         ": era years start at 1 (元年)");
    return std::string(era) + (year == 1 ? std::string("元") : std::to_string(year)) + "年";
}

std::string format_fiscal_year_ja(int fiscal_year, bool era) {
    const std::optional<EraYear> e = era ? era_of_fiscal_year(fiscal_year) : std::nullopt;
    if (e) return format_era_year(e->era, e->year) + "度";
    return std::to_string(fiscal_year) + "年度";
}

std::string format_fiscal_year_en(int fiscal_year) { return "FY" + std::to_string(fiscal_year); }

}  // namespace ecosys
