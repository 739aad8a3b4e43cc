#pragma once
// Text output helpers shared by the report writers: numbers in the shortest exact
// form or to 6 significant digits, RFC 4180 fields, and an aligned text table
// padded by display width (CJK characters take two columns).

#include <cstddef>
#include <string>
#include <vector>

#include "util/text.hpp"

namespace ecosys::detail {

/// The shortest decimal form that reads back to exactly `x` (std::to_chars).
std::string shortest_number(double x);

/// `x` to 6 significant digits (printf %.6g).
std::string significant_number(double x);

/// `s` as one RFC 4180 field: quoted (quotes doubled) when it holds , ; TAB " CR or LF or
/// starts or ends with a blank (which readers trim). Every CSV writer uses it.
std::string csv_field(const std::string& s);

/// One CSV line (with "\n") of the fields.
std::string csv_line(const std::vector<std::string>& fields);

/// `text` cut to at most `width` terminal columns by replacing its middle with "…"
/// (the end, which tells long ids with a common prefix apart, keeps the larger half).
std::string shorten(const std::string& text, std::size_t width);

/// The widest a name is shown in a heading or title for people: a network or region
/// name in table headings, `info`, the report and diagram titles (cells of tables
/// are cut to 40 columns or narrower). The data (CSV, JSON) keeps the whole name.
inline constexpr std::size_t title_width = 120;
/// `name` cut for a heading: shorten(name, title_width). For the report and diagrams (HTML
/// and SVG escape it; a tooltip may show a line break).
inline std::string title_text(const std::string& name) { return shorten(name, title_width); }
/// `name` for a heading that reaches a terminal (the title lines of tables and Markdown):
/// cut like title_text and its controls shown escaped (visible()), as table cells are.
/// The one rule for every such heading.
inline std::string heading_text(const std::string& name) { return visible(title_text(name)); }
/// The widest an id or name is shown in a cell of a table for people (--wide: whole).
inline constexpr std::size_t cell_width = 40;
/// `text` for such a cell: shorten(text, cell_width), or whole when `wide`.
inline std::string cell_text(const std::string& text, bool wide = false) { return wide ? text : shorten(text, cell_width); }

/// `s` for Markdown text: a backslash before every ASCII punctuation character
/// (CommonMark allows it for all of them), so no name is read as emphasis, a link,
/// a table cell or HTML; control characters become spaces.
std::string markdown_text(const std::string& s);

/// Columns padded to their widest cell by display width; align_right for numbers.
/// Cells are shown with their controls escaped (visible(), util/text.hpp).
class TextTable {
public:
    explicit TextTable(std::vector<std::string> header);
    void add(std::vector<std::string> cells);
    void align_right(std::size_t column);
    /// Each row on a line, columns two spaces apart, trailing blanks removed;
    /// every line starts with `indent`.
    [[nodiscard]] std::string str(const std::string& indent = "") const;

private:
    std::vector<std::vector<std::string>> rows_;
    std::vector<bool> right_;
};

}  // namespace ecosys::detail
