#include "render/graph_builder.hpp"

#include <algorithm>
#include <cmath>

#include "ecosys/error.hpp"
#include "ecosys/render/style.hpp"
#include "render/html_labels.hpp"
#include "render/label_text.hpp"
#include "util/text.hpp"

namespace ecosys::render::detail {

namespace {

void set(void* object, Agsym_t* sym, std::string_view value) { agxset(object, sym, CString(value).get()); }

std::string edge_dir(const DiagramEdge& e) {
    if (e.arrow_forward && e.arrow_back) return "both";
    if (e.arrow_forward) return "forward";
    if (e.arrow_back) return "back";
    return "none";
}

}  // namespace

double legend_scale(std::size_t nodes) {
    return std::clamp(std::sqrt(static_cast<double>(nodes)) / 10.0, 1.0, 2.5);
}

GraphBuilder::GraphBuilder(const Diagram& diagram, Format format, std::string_view engine, std::size_t nodes)
    : diagram_(diagram),
      graph_(open_graph("ecosys")),
      nodes_(diagram.nodes.size(), nullptr),
      // Large diagrams label only their top actors: those labels can be larger.
      font_size_(nodes <= 60 ? 11 : nodes > neato_limit ? 12 : 10),
      // Lines are slightly transparent so that crossings stay readable; more so in large diagrams.
      edge_alpha_(nodes > 200 ? "70" : nodes > 60 ? "A0" : "C8"),
      positioned_(engine == "nop") {
    const bool large = nodes > neato_limit;
    const std::string font(font_family);
    const std::string margin = diagram.node_margin > 0 ? "+" + format_number(diagram.node_margin, 4) : "";

    declare(AGRAPH, "fontname", font);
    declare(AGRAPH, "fontsize", "12");
    declare(AGRAPH, "bgcolor", "white");
    declare(AGRAPH, "pad", "0.3");
    declare(AGRAPH, "outputorder", "edgesfirst");
    declare(AGRAPH, "labelloc", "t");
    declare(AGRAPH, "labeljust", "l");
    declare(AGRAPH, "forcelabels", "true");
    declare(AGRAPH, "start", std::to_string(diagram.seed));
    if (engine == "dot") {
        declare(AGRAPH, "nodesep", "0.35");
        declare(AGRAPH, "ranksep", "0.7");
        declare(AGRAPH, "splines", "true");
    } else if (engine == "neato") {
        declare(AGRAPH, "overlap", "prism");
        declare(AGRAPH, "sep", margin.empty() ? "+16" : margin);
        declare(AGRAPH, "splines", "false");
        declare(AGRAPH, "mode", "major");
    } else if (engine == "fdp") {
        declare(AGRAPH, "overlap", "prism");
        declare(AGRAPH, "sep", margin.empty() ? "+10" : margin);
        declare(AGRAPH, "splines", "false");
    } else if (engine == "sfdp") {
        declare(AGRAPH, "overlap", "prism");
        declare(AGRAPH, "sep", margin.empty() ? large ? "+3" : "+10" : margin);
        declare(AGRAPH, "splines", "false");
        declare(AGRAPH, "smoothing", "none");
    } else if (engine == "circo") {
        declare(AGRAPH, "mindist", "0.6");
        declare(AGRAPH, "splines", "false");
    } else if (engine == "twopi") {
        declare(AGRAPH, "overlap", "prism");
        declare(AGRAPH, "ranksep", "1.2");
        declare(AGRAPH, "splines", "false");
    } else {  // nop: positions are given
        declare(AGRAPH, "splines", "false");
        declare(AGRAPH, "bb", "");
    }
    if (format == Format::png) {
        declare(AGRAPH, "dpi", "144");
        declare(AGRAPH, "size", "55,55");  // at most 7920 pixels a side
    }
    declare(AGRAPH, "label", "");
    declare(AGRAPH, "color", "#999999");
    declare(AGRAPH, "fillcolor", "#FFFFFF");
    declare(AGRAPH, "style", "");
    declare(AGRAPH, "penwidth", "1");

    declare(AGNODE, "fontname", font);
    declare(AGNODE, "fontsize", format_number(font_size_));
    declare(AGNODE, "shape", "circle");
    // "shape" in DOT: the blank label below must not make Graphviz warn that it does not fit.
    declare(AGNODE, "fixedsize", format == Format::dot ? "shape" : "true");
    declare(AGNODE, "width", "0.3");
    declare(AGNODE, "height", "0.3");
    declare(AGNODE, "style", "filled");
    declare(AGNODE, "fillcolor", "#BBBBBB");
    declare(AGNODE, "color", "#2B2B2B");
    declare(AGNODE, "penwidth", large ? "0.5" : "0.9");
    // No text inside the shapes. Graphviz's DOT writer leaves out attributes whose value
    // is "", and a reader would then label the node with its name (\N): so " " there.
    declare(AGNODE, "label", format == Format::dot ? " " : "");
    declare(AGNODE, "xlabel", "");
    declare(AGNODE, "id", "");
    const bool pinned = std::any_of(diagram.nodes.begin(), diagram.nodes.end(), [](const DiagramNode& n) { return n.pin.has_value(); });
    if (positioned_ || pinned) declare(AGNODE, "pos", "");
    // Overlap removal would move (scale) pinned nodes too: with pins the places given win.
    if (pinned && engine == "neato") declare(AGRAPH, "overlap", "true");

    declare(AGEDGE, "fontname", font);
    declare(AGEDGE, "fontsize", "10");
    declare(AGEDGE, "color", "#3A3A3A");
    declare(AGEDGE, "penwidth", "1");
    declare(AGEDGE, "style", "solid");
    declare(AGEDGE, "dir", "none");
    declare(AGEDGE, "arrowsize", "0.7");
    declare(AGEDGE, "id", "");
    declare(AGEDGE, "label", "");
    // Longer springs than Graphviz's 1 inch leave room for the labels in small diagrams.
    declare(AGEDGE, "len", nodes <= 80 ? "1.6" : "1.2");
}

Agsym_t* GraphBuilder::declare(int kind, const char* name, std::string_view default_value) {
    Agsym_t* s = agattr(graph_.get(), kind, CString(name).get(), CString(default_value).get());
    if (!s) throw RenderError(std::string("Graphviz refused the attribute '") + name + "'");
    (kind == AGRAPH ? graph_syms_ : kind == AGNODE ? node_syms_ : edge_syms_)[name] = s;
    return s;
}

Agsym_t* GraphBuilder::sym(int kind, const std::string& name) const {
    return (kind == AGRAPH ? graph_syms_ : kind == AGNODE ? node_syms_ : edge_syms_).at(name);
}

// agxset keeps its own reference to the string agstrdup_html made, found by content in
// the graph's string dictionary. agstrdup_html itself returns an existing string of the
// same content, HTML or not; every label made here starts with "<FONT" or "<TABLE", and
// no plain attribute value does, so a label never comes back as a plain string (which
// Graphviz would then show with \N and friends expanded).
void GraphBuilder::set_html(void* object, Agsym_t* s, const std::string& html) {
    char* text = agstrdup_html(graph_.get(), CString(html).get());
    agxset(object, s, text);
    agstrfree(graph_.get(), text);
}

void GraphBuilder::set_edge_length(double inches) { declare(AGEDGE, "len", format_number(inches, 4)); }

void GraphBuilder::add_legend(double scale) { set_html(graph_.get(), sym(AGRAPH, "label"), legend_html(diagram_, scale)); }

Agraph_t* GraphBuilder::add_cluster(std::size_t group, const Box* box) {
    const DiagramGroup& g = diagram_.groups.at(group);
    Agraph_t* sub = agsubg(graph_.get(), CString("cluster_" + std::to_string(group + 1)).get(), 1);
    if (!sub) throw RenderError("Graphviz cannot create the cluster of " + ecosys::detail::quote(g.label));
    set_html(sub, sym(AGRAPH, "label"), cluster_label_html(g, 13));
    set(sub, sym(AGRAPH, "color"), g.color);
    set(sub, sym(AGRAPH, "fillcolor"), g.color + "14");
    set(sub, sym(AGRAPH, "style"), "rounded,filled");
    set(sub, sym(AGRAPH, "penwidth"), "1.2");
    if (box)
        set(sub, sym(AGRAPH, "bb"),
            format_number(box->llx, 10) + "," + format_number(box->lly, 10) + "," + format_number(box->urx, 10) + "," +
                format_number(box->ury, 10));
    return sub;
}

Agnode_t* GraphBuilder::add_node(std::size_t index, Agraph_t* owner, const Point* pos) {
    const DiagramNode& n = diagram_.nodes.at(index);
    // Names are the element ids: ASCII, unique, never user text.
    Agnode_t* v = agnode(owner ? owner : graph_.get(), CString(n.element_id).get(), 1);
    if (!v) throw RenderError("Graphviz cannot create the node " + ecosys::detail::quote(n.element_id));
    nodes_[index] = v;
    set(v, sym(AGNODE, "id"), n.element_id);
    set(v, sym(AGNODE, "fillcolor"), n.fill);
    set(v, sym(AGNODE, "shape"), n.shape);
    set(v, sym(AGNODE, "width"), format_number(n.size, 4));
    set(v, sym(AGNODE, "height"), format_number(n.size, 4));
    // The label is an external label, placed next to the shape after the layout
    // (label_placement.hpp): lines end at the shape, not at a box around shape and text.
    if (!n.label.empty() || !n.marks.empty()) set_html(v, sym(AGNODE, "xlabel"), node_label_html(n, font_size_));
    if (pos) set(v, sym(AGNODE, "pos"), format_number(pos->x, 10) + "," + format_number(pos->y, 10));
    // neato reads an input pos in inches; "!" pins the node there.
    else if (n.pin) set(v, sym(AGNODE, "pos"), format_number(n.pin->first / 72, 10) + "," + format_number(n.pin->second / 72, 10) + "!");
    return v;
}

void GraphBuilder::add_edge(std::size_t index) {
    const DiagramEdge& e = diagram_.edges.at(index);
    Agedge_t* edge = agedge(graph_.get(), node(e.tail), node(e.head), CString(e.element_id).get(), 1);
    if (!edge) throw RenderError("Graphviz cannot create the edge " + ecosys::detail::quote(e.element_id));
    set(edge, sym(AGEDGE, "penwidth"), format_number(e.width, 3));
    set(edge, sym(AGEDGE, "color"), e.color + edge_alpha_);
    set(edge, sym(AGEDGE, "style"), e.line);
    set(edge, sym(AGEDGE, "dir"), edge_dir(e));
    set(edge, sym(AGEDGE, "id"), e.element_id);
    if (!e.label.empty()) set_html(edge, sym(AGEDGE, "label"), edge_label_html(e));
}

GraphPtr build_graph(const Diagram& d, Format format) {
    GraphBuilder builder(d, format, to_string(d.engine), d.nodes.size());
    builder.add_legend(legend_scale(d.nodes.size()));
    std::vector<Agraph_t*> clusters;
    if (d.grouping == Grouping::native)
        for (std::size_t g = 0; g < d.groups.size(); ++g) clusters.push_back(builder.add_cluster(g));
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        std::size_t group = d.nodes[i].group;
        builder.add_node(i, group < clusters.size() ? clusters[group] : nullptr);
    }
    for (std::size_t i = 0; i < d.edges.size(); ++i) builder.add_edge(i);
    return builder.take();
}

}  // namespace ecosys::render::detail
