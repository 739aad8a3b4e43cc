#include "ecosys/model/year_text.hpp"

#include "ecosys/model/fiscal_year.hpp"

namespace ecosys {

std::string year_text(int year, Language language, bool fiscal, bool era) {
    if (language == Language::ja && era) {
        if (fiscal) return format_fiscal_year_ja(year, true);
        if (const auto e = era_of(Date{year, 12, 31})) return format_era_year(e->era, e->year);
        return std::to_string(year) + "年";
    }
    if (fiscal) return language == Language::ja ? format_fiscal_year_ja(year, false) : format_fiscal_year_en(year);
    return std::to_string(year);
}

}  // namespace ecosys
