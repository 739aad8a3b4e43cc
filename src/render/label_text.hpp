#pragma once
// Text that goes into diagrams: cleaning user text, escaping it for Graphviz HTML-like
// labels and for SVG, wrapping long names, formatting numbers. Private to render/.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ecosys::render::detail {

/// `text` made safe to show: bytes that are not valid UTF-8 become U+FFFD, "\r\n" and
/// "\r" become "\n", a tab a space, and other control characters (U+0000-U+001F, U+007F)
/// their visible form "\x01" (XML cannot hold them at all). Newlines stay. C1 controls
/// and the bidirectional overrides, embeddings and isolates, which would reorder what
/// follows them (a name showing as another), become visible too: "\u202e".
[[nodiscard]] std::string clean_text(std::string_view text);

/// Cleaned text escaped for the inside of a Graphviz HTML-like label: & < > " ' as
/// entities, and every backslash doubled, because Graphviz 2.x expands \N, \G, \L ...
/// even inside HTML labels (after entities are decoded, so "&#92;" would not help).
/// A newline becomes a space: callers break lines with <BR/> themselves.
[[nodiscard]] std::string html_text(std::string_view text);

/// Cleaned text escaped for XML character data or an attribute value: & < > " '.
[[nodiscard]] std::string xml_text(std::string_view text);

/// Greedy word wrap to lines of at most `columns` display columns (CJK characters
/// count 2), breaking words longer than a line between characters and honouring
/// newlines in the text; at most `max_lines` lines, the last one ending in "…" when
/// text was left out. Empty text gives no lines.
[[nodiscard]] std::vector<std::string> wrap_text(std::string_view text, std::size_t columns, std::size_t max_lines);

/// `value` with `digits` significant digits, shortest form, no locale: 0.1342, 12, 3.5e-05.
[[nodiscard]] std::string format_number(double value, int digits = 3);

}  // namespace ecosys::render::detail
