#include "util/spreadsheet_guard.hpp"

namespace ecosys::detail {

namespace {

/// The characters that make a spreadsheet read a cell as a formula.
bool starts_formula(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

/// A ' that is a guard: followed by a formula character or by another '.
bool starts_with_guard(std::string_view text) {
    return text.size() >= 2 && text[0] == '\'' && (starts_formula(text[1]) || text[1] == '\'');
}

}  // namespace

std::string guard_spreadsheet_text(std::string_view text) {
    if (text.empty()) return {};
    // A text that would read as guarded gets a guard of its own, so unguarding is exact.
    if (starts_formula(text.front()) || starts_with_guard(text)) return std::string("'").append(text);
    return std::string(text);
}

std::string_view unguard_spreadsheet_view(std::string_view text) {
    return starts_with_guard(text) ? text.substr(1) : text;
}

std::string unguard_spreadsheet_text(std::string_view text) { return std::string(unguard_spreadsheet_view(text)); }

}  // namespace ecosys::detail
