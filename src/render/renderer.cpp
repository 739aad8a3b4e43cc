// Diagram -> cgraph graph -> gvLayout -> gvRenderData, all in-process.

#include "ecosys/render/renderer.hpp"

#include <array>
#include <cctype>
#include <unordered_map>

#include "ecosys/error.hpp"
#include "render/graph_builder.hpp"
#include "render/graphviz_context.hpp"
#include "render/group_layout.hpp"
#include "render/label_placement.hpp"
#include "render/svg_titles.hpp"
#include "util/text.hpp"

namespace ecosys::render {

namespace {

constexpr std::array<std::pair<Format, std::string_view>, 4> format_names = {
    {{Format::svg, "svg"}, {Format::png, "png"}, {Format::pdf, "pdf"}, {Format::dot, "dot"}}};

/// The Graphviz output format (cairo for the bitmaps and PDF: it draws CJK text with pango).
const char* graphviz_format(Format format) {
    switch (format) {
        case Format::svg: return "svg";
        case Format::png: return "png:cairo";
        case Format::pdf: return "pdf:cairo";
        case Format::dot: return "dot";
    }
    return "svg";
}

/// Groups for neato and sfdp: positions from pack_groups, drawn by "nop" with clusters.
detail::GraphPtr build_packed_graph(GVC_t* gvc, const Diagram& d, Format format, const detail::ErrorCapture& errors) {
    const detail::PackedLayout packed = detail::pack_groups(gvc, d, format, errors);
    detail::GraphBuilder builder(d, format, "nop", d.nodes.size());
    builder.add_legend(detail::legend_scale(d.nodes.size()));
    std::vector<Agraph_t*> clusters;
    for (std::size_t g = 0; g < d.groups.size(); ++g) clusters.push_back(builder.add_cluster(g, &packed.groups[g]));
    for (std::size_t i = 0; i < d.nodes.size(); ++i) builder.add_node(i, clusters.at(d.nodes[i].group), &packed.nodes[i]);
    for (std::size_t i = 0; i < d.edges.size(); ++i) builder.add_edge(i);
    return builder.take();
}

}  // namespace

std::string_view to_string(Format format) {
    for (const auto& [f, name] : format_names)
        if (f == format) return name;
    return "svg";
}

Format parse_format(std::string_view text) {
    std::vector<std::string> names;
    for (const auto& [f, name] : format_names) {
        if (name == text) return f;
        names.emplace_back(name);
    }
    const std::string hint = ecosys::detail::did_you_mean(text, names);
    throw UsageError("unknown format " + ecosys::detail::quote(text) + hint +
                     "; expected " + ecosys::detail::join_alternatives(names));
}

std::string_view extension(Format format) {
    switch (format) {
        case Format::svg: return ".svg";
        case Format::png: return ".png";
        case Format::pdf: return ".pdf";
        case Format::dot: return ".dot";
    }
    return ".svg";
}

std::optional<Format> format_of_extension(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".svg") return Format::svg;
    if (ext == ".png") return Format::png;
    if (ext == ".pdf") return Format::pdf;
    if (ext == ".dot" || ext == ".gv") return Format::dot;
    return std::nullopt;
}

Rendered render(const Diagram& diagram, Format format) {
    if (diagram.engine == Engine::automatic) throw RenderError("the diagram's layout engine was not resolved");
    detail::GraphvizContext& context = detail::GraphvizContext::instance();
    auto lock = context.lock();
    detail::ErrorCapture errors;
    const bool packed = diagram.grouping == Grouping::packed && !diagram.groups.empty();
    detail::GraphPtr graph =
        packed ? build_packed_graph(context.get(), diagram, format, errors) : detail::build_graph(diagram, format);
    errors.check("Graphviz rejected the diagram");
    Rendered out;
    {
        const std::string engine = packed ? "nop" : std::string(to_string(diagram.engine));
        detail::Layout layout(context.get(), graph.get(), engine.c_str(), errors);
        detail::place_node_labels(graph.get());
        out.data = layout.render(graphviz_format(format));
    }
    if (format == Format::svg) {
        std::unordered_map<std::string, std::string> titles;
        for (const DiagramNode& node : diagram.nodes) titles.emplace(node.element_id, node.tooltip);
        for (const DiagramEdge& edge : diagram.edges) titles.emplace(edge.element_id, edge.tooltip);
        out.data = detail::replace_titles(out.data, titles, diagram.title);
    }
    out.warnings = errors.warnings();
    return out;
}

}  // namespace ecosys::render
