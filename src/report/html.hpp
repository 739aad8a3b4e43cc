#pragma once
// HTML pieces of the report: Graphviz SVG made fit to sit inline in a
// page next to other SVGs.

#include <string>
#include <string_view>

#include "util/escape.hpp"  // html_escape

namespace ecosys::detail {


/// An SVG document from the renderer made into an inline <svg> element: the XML
/// declaration, doctype and every comment removed, every id and reference to one
/// (id="x", href="#x", url(#x)) prefixed with `prefix` so that several diagrams can
/// share one page, and the fixed width/height replaced by a viewBox-scaled width of
/// 100% (the picture shrinks to the column, never overflows it).
[[nodiscard]] std::string inline_svg(std::string_view svg, std::string_view prefix);

/// The Content-Security-Policy source expression of an inline script: 'sha256-BASE64'.
[[nodiscard]] std::string csp_hash(std::string_view script);

}  // namespace ecosys::detail
