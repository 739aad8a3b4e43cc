#pragma once
// A year as a reader reads it: plain, a fiscal year (FY2019, 2019年度) or, in Japanese,
// by era (令和元年, 令和元年度). The dates and eras are model/fiscal_year.hpp's.

#include <string>

#include "ecosys/language.hpp"

namespace ecosys {

/// "2019"; a fiscal year "FY2019" or "2019年度"; in Japanese with `era` "令和元年" or,
/// fiscal, "令和元年度" (era_of() on December 31 of a calendar year, era_of_fiscal_year()
/// for a fiscal one); a year before the eras is written with its Western number.
[[nodiscard]] std::string year_text(int year, Language language, bool fiscal, bool era);

}  // namespace ecosys
