#include "ecosys/language.hpp"

#include <cstdlib>

#include "ecosys/error.hpp"
#include "util/text.hpp"

namespace ecosys {

std::string_view to_string(Language language) { return language == Language::ja ? "ja" : "en"; }

Language parse_language(std::string_view text) {
    if (text == "en") return Language::en;
    if (text == "ja") return Language::ja;
    const std::string hint = detail::did_you_mean(text, {"en", "ja"});
    throw UsageError("unknown language " + detail::quote(text) + hint +
                     "; expected en or ja");
}

Language default_language() {
    const char* value = std::getenv("ECOSYS_LANG");
    if (!value) return Language::en;
    const std::string_view v(value);
    return v.substr(0, 2) == "ja" ? Language::ja : Language::en;
}

std::string count_text(Language language, std::size_t n, std::string_view counter) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    if (language == Language::ja && !counter.empty()) out.append(" ").append(counter);
    return out;
}

}  // namespace ecosys
