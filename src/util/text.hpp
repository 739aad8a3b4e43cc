#pragma once
// Small text helpers shared by readers and writers.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ecosys::detail {

/// One UTF-8 sequence read by decode_utf8: its code point and length in bytes.
struct Utf8Sequence {
    char32_t code_point = 0;
    std::size_t length = 1;
    /// false: the byte at the start begins no valid sequence (a continuation byte, a
    /// lead byte C0, C1 or F5-FF, a sequence cut short or with a bad continuation byte,
    /// an overlong form, a surrogate, a code point above U+10FFFF); then length is 1 and
    /// code_point is U+FFFD.
    bool valid = true;
};

/// The sequence starting at byte i < s.size(): the one UTF-8 decoder of the program
/// (validation, display widths, escaping, labels all read through it).
Utf8Sequence decode_utf8(std::string_view s, std::size_t i) noexcept;

/// Offset of the first byte that is not valid UTF-8 (overlong forms, surrogates
/// and code points above U+10FFFF are invalid), or npos when all is valid.
std::size_t find_invalid_utf8(std::string_view text);

/// 1-based line and column (in code points) of byte `offset` in `text`.
struct LineColumn {
    int line = 1;
    int column = 1;
};
LineColumn line_column_at(std::string_view text, std::size_t offset);

/// Levenshtein distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` if it is close enough to be a likely typo, else "".
/// Cost: up to |word| x |candidate| steps per candidate whose length is close enough.
/// `budget`, when given, caps those steps across calls (it is decreased by what is
/// spent, and a call that would exceed it returns the best found so far), so that
/// thousands of unknown references to thousands of ids stay fast.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates, std::size_t* budget = nullptr);

/// " (did you mean 'x'?)" with closest_match's candidate, or "" when none is close: the
/// one wording of every suggestion. `budget` as closest_match's.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates, std::size_t* budget = nullptr);

/// The message of a usage error for a name not among `candidates`:
/// "unknown WHAT 'value' (did you mean 'x'?); KNOWN_LABEL: a, b, c".
std::string unknown_name_message(std::string_view what, std::string_view value,
                                 const std::vector<std::string>& candidates, std::string_view known_label);

/// The items of a comma-separated list in order, blanks and tabs trimmed, empty
/// items and repeats dropped: " a,b ,,a" -> {"a", "b"}. An item in double quotes keeps
/// its commas and blanks, "" standing for one quote (CSV rules): "\"NEWMAN, M\",x" ->
/// {"NEWMAN, M", "x"}. Throws UsageError for a quote that does not close.
std::vector<std::string> split_list(std::string_view list);

/// "a, b, c" with sep ", ": the items with `sep` between them.
std::string join(const std::vector<std::string>& items, std::string_view sep);

/// "a, b, c or d".
std::string join_alternatives(const std::vector<std::string>& items, std::string_view last_sep = " or ");

/// `value` quoted for a message: 'value', shortened past 60 characters and with
/// control characters shown as \xNN so a message stays on one line.
std::string quote(std::string_view value);

/// The code point starting at byte i of `s` (decode_utf8: U+FFFD for an invalid byte);
/// moves i past it.
char32_t next_code_point(std::string_view s, std::size_t& i);

/// Appends code point `cp` to `out` as UTF-8.
void append_utf8(std::string& out, char32_t cp);

/// A code point that changes how the text around it is shown without showing itself:
/// C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and
/// isolates (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069; "abc\u202Etxt.exe"
/// shows as "abcexe.txt", CVE-2021-42574).
bool is_invisible_control(char32_t code_point) noexcept;

/// `text` for a terminal: every invisible control shown as \xNN (below U+0080) or
/// \uNNNN, bytes that are not UTF-8 as \xNN; everything else as it is. For tables and
/// messages written for people; CSV and JSON keep the data as it is.
std::string visible(std::string_view text);

/// Number of terminal columns `text` occupies (CJK and other wide characters count 2).
std::size_t display_width(std::string_view text);

}  // namespace ecosys::detail
