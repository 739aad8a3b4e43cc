#pragma once
// HTML pieces of the report: escaping, and Graphviz SVG made fit to sit inline in a
// page next to other SVGs.

#include <string>
#include <string_view>

namespace ecosys::detail {

/// `text` for HTML text or a quoted attribute value: & < > " ' as character references;
/// control characters other than tab and newline (which HTML cannot carry as text) as
/// U+FFFD, and the bidirectional overrides and isolates (U+202A-202E, U+2066-2069) as
/// visible "[U+202E]", so no name can reorder the text around it.
[[nodiscard]] std::string html_escape(std::string_view text);

/// An SVG document from the renderer made into an inline <svg> element: the XML
/// declaration, doctype and every comment removed, every id and reference to one
/// (id="x", href="#x", url(#x)) prefixed with `prefix` so that several diagrams can
/// share one page, and the fixed width/height replaced by a viewBox-scaled width of
/// 100% (the picture shrinks to the column, never overflows it).
[[nodiscard]] std::string inline_svg(std::string_view svg, std::string_view prefix);

}  // namespace ecosys::detail
