// DOT reader on Graphviz's own parser (cgraph's agmemread), so every DOT that
// Graphviz draws is read the same way. cgraph keeps no positions of nodes and
// edges: only syntax errors have a line.

#include <graphviz/cgraph.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <set>

#include "ecosys/io/dot.hpp"
#include "io/export_util.hpp"
#include "io/foreign_import.hpp"
#include "io/io_util.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using detail::quote;

std::string& captured_errors() {
    static std::string messages;
    return messages;
}

int capture_error(char* message) {
    captured_errors() += message;
    return 0;
}

/// Installs the capturing error handler for its lifetime and restores the previous one.
class ErrorCapture {
public:
    ErrorCapture() : previous_(agseterrf(capture_error)) { captured_errors().clear(); }
    ~ErrorCapture() { agseterrf(previous_); }
    ErrorCapture(const ErrorCapture&) = delete;
    ErrorCapture& operator=(const ErrorCapture&) = delete;

private:
    agusererrf previous_;
};

/// Frees the graph when the reader is done.
struct GraphCloser {
    void operator()(Agraph_t* g) const {
        if (g) agclose(g);
    }
};

bool is_drawing_attribute(std::string_view name) {
    static const std::set<std::string_view> names = {
        "color", "fillcolor", "style", "shape", "fontname", "fontsize", "fontcolor", "penwidth", "width", "height", "pos",
        "fixedsize", "tooltip", "URL", "href", "xlabel", "peripheries", "margin", "group", "image", "orientation", "sides",
        "regular", "distortion", "skew", "z", "pin", "class", "id", "gradientangle", "labelloc", "nojustify", "ordering",
        "area", "vertices", "rects", "comment", "target", "layer", "showboxes", "sortv", "root", "samplepoints",
        "imagescale", "imagepos", "arrowhead", "arrowtail", "arrowsize", "constraint", "minlen", "len", "headlabel",
        "taillabel", "labelfontsize", "labelfontname", "labelfontcolor", "headport", "tailport", "decorate", "lp", "head_lp",
        "tail_lp", "labelangle", "labeldistance", "labelfloat", "headclip", "tailclip", "samehead", "sametail", "lhead",
        "ltail", "edgetooltip", "labeltooltip", "headtooltip", "tailtooltip", "edgeURL", "edgehref", "labelURL", "headURL",
        "tailURL", "dir", "bb", "_draw_", "_ldraw_", "_hdraw_", "_tdraw_", "_hldraw_", "_tldraw_"};
    return names.count(name) > 0;
}

}  // namespace

LoadResult read_dot_text(std::string_view text, const std::string& source, const ImportOptions& options) {
    detail::check_utf8(text, source);
    std::string buffer(text);
    if (buffer.find('\0') != std::string::npos)
        throw ParseError({{Diagnostic::Severity::error, {source, 0, 0}, "malformed DOT: the file holds a NUL byte"}});
    std::unique_ptr<Agraph_t, GraphCloser> graph;
    {
        ErrorCapture capture;
        // Graphviz 2.42 reports a syntax error one line late after an earlier
        // successful parse; parsing blank text first resets its lexer.
        if (Agraph_t* blank = agmemread(" ")) agclose(blank);
        captured_errors().clear();
        graph.reset(agmemread(buffer.c_str()));
        if (!graph) {
            std::string message = captured_errors();
            while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
            int line = 0;
            if (auto p = message.find("in line "); p != std::string::npos) line = std::atoi(message.c_str() + p + 8);
            if (message.rfind("Error: ", 0) == 0) message = message.substr(7);
            if (message.empty()) message = "Graphviz could not parse the file";
            throw ParseError({{Diagnostic::Severity::error, {source, line, 0},
                               "malformed DOT: " + message + "; check the syntax with 'dot -Tsvg' on the file"}});
        }
    }
    Agraph_t* g = graph.get();
    detail::ForeignImport import("DOT file", source, options);
    Location whole{source, 0, 0};
    if (const char* name = agnameof(g); name && *name && name[0] != '%') import.set_name(name);

    for (Agsym_t* sym = agnxtattr(g, AGRAPH, nullptr); sym; sym = agnxtattr(g, AGRAPH, sym)) {
        std::string name = sym->name;
        const char* raw = agxget(g, sym);
        std::string value = raw ? raw : "";
        if (value.empty()) continue;
        if (name == "ecosys_attribute_types") {
            nlohmann::json j = nlohmann::json::parse(value, nullptr, false);
            if (j.is_object())
                for (auto it = j.begin(); it != j.end(); ++it)
                    if (it->is_string()) import.declare_attribute_type(it.key(), it->get<std::string>());
        } else if (name == "ecosys_sectors" || name == "ecosys_regions" || name == "ecosys_projects") {
            nlohmann::json j = nlohmann::json::parse(value, nullptr, false);
            if (j.is_discarded()) {
                import.error(whole, "graph attribute " + quote(name) + " does not hold valid JSON; it is written by ecosys and should not be edited by hand");
                continue;
            }
            import.written_by_ecosys(detail::reserved_names(Format::dot));
            if (name == "ecosys_sectors") import.declare_sectors(j, whole);
            else if (name == "ecosys_regions") import.declare_regions(j, whole);
            else import.declare_projects(j, whole);
        } else if (name == "label") {
            import.set_name(value);
        } else if (!is_drawing_attribute(name) && name != "rankdir" && name != "overlap" && name != "splines" &&
                   name != "outputorder" && name != "fontname" && name != "bgcolor" && name != "layout" && name != "K" &&
                   name != "nodesep" && name != "ranksep" && name != "size" && name != "ratio" && name != "dpi" && name != "charset") {
            import.warn_once("graph " + name, whole, "graph attribute " + quote(name) + " is not kept; a network keeps only its name");
        }
    }

    auto attributes = [&](void* object, int kind, std::vector<detail::ForeignAttr>& out, const char* what) {
        for (Agsym_t* sym = agnxtattr(g, kind, nullptr); sym; sym = agnxtattr(g, kind, sym)) {
            std::string name = sym->name;
            const char* raw = agxget(object, sym);
            std::string value = raw ? raw : "";
            if (value.empty() || name == "key") continue;
            if (name == "label" && kind == AGNODE && value == "\\N") continue;
            if (is_drawing_attribute(name) && !(name == "dir" && kind == AGEDGE)) {
                import.warn_once(std::string("drawing ") + what, whole,
                                 std::string("Graphviz drawing attributes of ") + what + "s (" + name + " ...) are not kept");
                continue;
            }
            if (name == "dir") continue;
            out.push_back({name, value, whole});
        }
    };

    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        detail::ForeignNode node;
        node.id = agnameof(n);
        node.at = node.at_id = whole;
        attributes(n, AGNODE, node.attrs, "node");
        import.add_node(std::move(node));
    }
    bool directed = agisdirected(g) != 0;
    Agsym_t* dir = agattr(g, AGEDGE, const_cast<char*>("dir"), nullptr);
    // Edges in the order the file gives them (cgraph numbers them as it reads).
    std::vector<Agedge_t*> edges;
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n))
        for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) edges.push_back(e);
    std::sort(edges.begin(), edges.end(), [](Agedge_t* a, Agedge_t* b) { return AGSEQ(a) < AGSEQ(b); });
    for (Agedge_t* e : edges) {
        detail::ForeignEdge edge;
        edge.source = agnameof(agtail(e));
        edge.target = agnameof(aghead(e));
        edge.at = edge.at_source = edge.at_target = whole;
        edge.directed = directed;
        if (dir && directed) {
            std::string d = agxget(e, dir);
            if (d == "none") edge.directed = false;
        }
        attributes(e, AGEDGE, edge.attrs, "edge");
        import.add_edge(std::move(edge));
    }
    return import.finish();
}

LoadResult read_dot(std::istream& in, const std::string& source, const ImportOptions& options) {
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return read_dot_text(text, source, options);
}

}  // namespace ecosys
