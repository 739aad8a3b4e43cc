#pragma once
// The one escaping module: text that goes into markup (XML, HTML, SVG) or into another
// language's string literals (DOT, GML). Each function below has one purpose; the table
// says what each escapes, so that two of them are never written for the same purpose.

#include <string>
#include <string_view>

namespace ecosys::detail {

// | function    | for                                          | & < > "          | '      | TAB LF CR              | other C0, DEL | U+FFFE, U+FFFF | bidi controls | backslash | non-ASCII |
// |-------------|----------------------------------------------|------------------|--------|------------------------|---------------|----------------|---------------|-----------|-----------|
// | xml_escape  | GraphML and GEXF writers                     | entities         | &apos; | &#9; &#10; &#13;       | C0 U+FFFD, lossy (XML 1.0 forbids them); DEL &#127; | U+FFFD, lossy  | kept          | kept      | kept      |
// | html_escape | the HTML report; SVG and label text (render) | entities         | &#39;  | TAB, LF kept; CR U+FFFD| U+FFFD        | kept           | "[U+202E]"    | kept      | kept      |
// | dot_string  | DOT writer: a double-quoted string           | " as \"          | kept   | LF as \n, CR kept raw  | kept          | kept           | kept          | \\        | kept      |
// | gml_string  | GML writer: a string literal                 | & " as &amp; &quot; | kept | &#N;                   | &#N;          | &#N;           | &#N;          | kept      | &#N;      |
//
// The renderer first makes text displayable (render::detail::clean_text: controls and
// bidi controls shown as \xNN and \uNNNN, so the html_escape columns for those never
// apply there), then escapes with html_escape; for Graphviz HTML-like labels it also
// doubles backslashes and turns LF into a blank (render::detail::html_text). CSV cells
// (csv_field) and Markdown (markdown_text) are quoted in util/table.hpp; text for the
// terminal is made visible by visible() in util/text.hpp, which also holds the one
// UTF-8 decoder (next_code_point) and encoder (append_utf8).

/// Escapes & < > " ' for XML text and attribute values (the GraphML and GEXF writers);
/// tab, LF and CR as character references so that attribute-value normalisation keeps
/// them; characters XML 1.0 cannot hold (other controls, DEL, U+FFFE, U+FFFF) become
/// U+FFFD and set `lossy`.
std::string xml_escape(std::string_view s, bool& lossy);

/// `text` for HTML text or a quoted attribute value: & < > " ' as character references;
/// control characters other than tab and newline (which HTML cannot carry as text) as
/// U+FFFD, and the bidirectional overrides and isolates (U+202A-202E, U+2066-2069) as
/// visible "[U+202E]", so no name can reorder the text around it.
[[nodiscard]] std::string html_escape(std::string_view text);

/// A DOT double-quoted string: " and \ escaped, LF as \n, a leading % as \% (cgraph takes a
/// name starting with % for an anonymous one), CR kept as it is (Graphviz
/// reads a raw CR inside quotes back as CR; before, it was dropped without a word).
[[nodiscard]] std::string dot_string(std::string_view s);

/// A GML string literal: ASCII only, with &quot; &amp; and &#N; for the rest.
[[nodiscard]] std::string gml_string(std::string_view s);

}  // namespace ecosys::detail
