#pragma once
// Drawing a Diagram with Graphviz's C library, in-process (cgraph builds the graph,
// gvLayout places it, gvRenderData writes it to memory; the `dot` program is never
// run). All Graphviz state lives in one context per process; calls are serialised.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/render/diagram.hpp"

namespace ecosys::render {

/// svg (with actor ids and tooltips), png and pdf (cairo, 144 dpi for png) or dot
/// (the laid-out graph with positions: `neato -n2 -Tsvg` redraws it).
enum class Format { svg, png, pdf, dot };

[[nodiscard]] std::string_view to_string(Format format);
/// "svg", "png", "pdf", "dot"; throws UsageError otherwise (with "did you mean").
[[nodiscard]] Format parse_format(std::string_view text);
/// File extension with the dot: ".svg" ...
[[nodiscard]] std::string_view extension(Format format);
/// The format a file name's extension asks for (.svg, .png, .pdf, .dot or .gv, in any
/// case); nullopt for any other extension or none.
[[nodiscard]] std::optional<Format> format_of_extension(const std::filesystem::path& path);

struct Rendered {
    std::string data;                   ///< the file's bytes
    std::vector<std::string> warnings;  ///< what Graphviz warned about, one line each
};

/// Lays out and renders `diagram`. Deterministic: the same diagram gives the same
/// bytes. Throws RenderError with Graphviz's own message when it reports an error
/// (a label it cannot parse, a layout or renderer plugin that is missing ...).
/// Cost: the layout dominates; see docs/diagrams.md for times by engine and size.
[[nodiscard]] Rendered render(const Diagram& diagram, Format format);

}  // namespace ecosys::render
