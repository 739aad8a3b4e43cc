// DOT reader on Graphviz's own parser (cgraph's agmemread), so every DOT that
// Graphviz draws is read the same way. cgraph keeps no positions of nodes and
// edges: only syntax errors have a line.

#include <graphviz/cgraph.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <set>
#include <string_view>
#include <unordered_map>

#include "ecosys/io/dot.hpp"
#include "io/dot_long_tokens.hpp"
#include "io/export_util.hpp"
#include "io/foreign_import.hpp"
#include "io/io_util.hpp"
#include "util/graphviz_messages.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using detail::quote;

/// A string as cgraph hands it out, with DOT's escapes undone. cgraph itself turns only
/// \" into " (and drops a backslash before a line break); it keeps \\ as two
/// backslashes and \n as two characters, which Graphviz interprets later, when it draws
/// a label. The writer (detail::dot_string) escapes a backslash as \\ and a line break
/// as \n, so reading them back as one backslash and a line break gives every id, name,
/// attribute name and value back as written, and the JSON of ecosys_sectors and the like
/// (whose own escapes are backslashes) parses. A leading \% (how the writer saves a leading %,
/// which cgraph takes for one of its anonymous names) reads as %. Other escapes (\l, \N ...) stay as they are.
std::string dot_text(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size() && (raw[i + 1] == '\\' || raw[i + 1] == 'n' || (raw[i + 1] == '%' && i == 0))) {
            out += raw[i + 1] == 'n' ? '\n' : raw[i + 1];
            ++i;
        } else {
            out += raw[i];
        }
    }
    return out;
}

/// Graphviz reads through this: the text in memory, handed out in blocks, so that the
/// parser can be asked for a second graph where the first one ended.
struct TextChannel {
    std::string_view text;
    std::size_t at = 0;
};

int read_block(void* channel, char* buffer, int size) {
    auto* c = static_cast<TextChannel*>(channel);
    const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(size), c->text.size() - c->at);
    std::copy_n(c->text.data() + c->at, n, buffer);
    c->at += n;
    return static_cast<int>(n);
}

/// The line Graphviz names in a message ("... in line 12 near 'x'"), or 0.
int line_of(const std::string& message) {
    if (auto p = message.find("in line "); p != std::string::npos) return std::atoi(message.c_str() + p + 8);
    return 0;
}

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
    if (text.find('\0') != std::string_view::npos)
        throw ParseError({source, 0, 0}, "malformed DOT: the file holds a NUL byte");
    // Long tokens reach Graphviz as placeholders (io/dot_long_tokens.hpp): its lexer is
    // quadratic in a token's length. Every name and value it returns goes through restore().
    const detail::DotLongTokens long_tokens(text, source);
    std::unique_ptr<Agraph_t, GraphCloser> graph;
    std::vector<std::string> graphviz_warnings;
    {
        auto lock = detail::lock_graphviz();
        detail::GraphvizMessages messages;
        // Nothing of an earlier file's lexing may carry over: Graphviz's lexer (flex) keeps
        // its state between reads, and a file that ends inside a string (e.g. text after
        // the graph: `"unterminated`) left it inside that string, so every later file in the
        // same process (Python, the fuzzers) failed, and its string buffer grew with each
        // (2 GB after 600,000 reads). aaglex_destroy() puts the lexer back to its start.
        detail::reset_graphviz_lexer();
        // Graphviz 2.42 reports a syntax error one line late after an earlier
        // successful parse; parsing blank text first resets its lexer.
        if (Agraph_t* blank = agmemread(" ")) agclose(blank);
        messages.clear();
        Agiodisc_t io = {read_block, AgIoDisc.putstr, AgIoDisc.flush};
        Agdisc_t disc = {&AgMemDisc, &AgIdDisc, &io};
        TextChannel channel{long_tokens.text()};
        graph.reset(agread(&channel, &disc));
        // Every error of the parser refuses the file, even when it returned a graph: on
        // "memory exhausted" (a statement too long for its stack) it returns what it had.
        auto refuse = [&](std::string message, int line) {
            if (message.empty()) message = "Graphviz could not parse the file";
            throw ParseError({source, line, 0},
                             "malformed DOT: " + message + "; check the syntax with 'dot -Tsvg' on the file");
        };
        if (!graph || !messages.errors().empty()) {
            const std::string first = messages.errors().empty() ? std::string() : messages.errors().front();
            std::string message = detail::GraphvizMessages::joined(messages.errors());
            if (first.find("memory exhausted") != std::string::npos)
                message += " (Graphviz's parser holds at most 10,000 items of one statement; split long edge chains "
                           "such as 'a -- b -- c -- ...' into several statements)";
            refuse(message, line_of(first));
        }
        graphviz_warnings = messages.warnings();
        // The file holds one network: a second graph or any other text after the first is refused.
        // (The lexer still holds what it read ahead of the first graph's end: no reset here.)
        std::unique_ptr<Agraph_t, GraphCloser> second(agread(&channel, &disc));
        detail::reset_graphviz_lexer();
        if (second) {
            const char* name = agnameof(second.get());
            refuse(std::string("a second graph") + (name && *name && name[0] != '%' ? " " + quote(long_tokens.restore(name)) : std::string()) +
                       " follows the first; a DOT network file holds one graph",
                   0);
        }
        if (!messages.errors().empty()) {
            const std::string first = messages.errors().front();
            refuse("text after the end of the graph: " + detail::GraphvizMessages::joined(messages.errors()), line_of(first));
        }
        // Graphviz says nothing of some trailing text (an unterminated string or HTML
        // string after the graph): the scan of the text sees it.
        if (long_tokens.trailing_line() > 0)
            refuse("text after the end of the graph in line " + std::to_string(long_tokens.trailing_line()),
                   long_tokens.trailing_line());
        for (std::size_t i = graphviz_warnings.size(); i < messages.warnings().size(); ++i)
            graphviz_warnings.push_back(messages.warnings()[i]);
    }
    Agraph_t* g = graph.get();
    detail::ForeignImport import("DOT file", source, options);
    import.set_input_size(text.size());
    Location whole{source, 0, 0};
    for (const std::string& w : graphviz_warnings) import.builder().warning(Location{source, line_of(w), 0}, "Graphviz: " + w);
    if (const char* name = agnameof(g); name && *name && name[0] != '%') import.set_name(dot_text(long_tokens.restore(name)));

    for (Agsym_t* sym = agnxtattr(g, AGRAPH, nullptr); sym; sym = agnxtattr(g, AGRAPH, sym)) {
        std::string name = dot_text(long_tokens.restore(sym->name));
        const char* raw = agxget(g, sym);
        std::string value = dot_text(long_tokens.restore(raw ? raw : ""));
        if (value.empty()) continue;
        if (name == "ecosys_attribute_types" || name == "ecosys_sectors" || name == "ecosys_regions" ||
            name == "ecosys_projects" || name == "ecosys_programmes") {
            import.declare_embedded(name, value, whole, Format::dot);
        } else if (name == "label") {
            import.set_name(value);
        } else if (!is_drawing_attribute(name) && name != "rankdir" && name != "overlap" && name != "splines" &&
                   name != "outputorder" && name != "fontname" && name != "bgcolor" && name != "layout" && name != "K" &&
                   name != "nodesep" && name != "ranksep" && name != "size" && name != "ratio" && name != "dpi" && name != "charset") {
            import.warn_once("graph " + name, whole, "graph attribute " + quote(name) + " is not kept; a network keeps only its name");
        }
    }

    // cgraph holds each distinct string once (a default given by `node [note="..."]` is one
    // string for every node): the value is made once per string and shared by the records.
    std::unordered_map<const char*, std::shared_ptr<const nlohmann::json>> values;
    auto attributes = [&](void* object, int kind, std::vector<detail::ForeignAttr>& out, const char* what) {
        for (Agsym_t* sym = agnxtattr(g, kind, nullptr); sym; sym = agnxtattr(g, kind, sym)) {
            std::string name = dot_text(long_tokens.restore(sym->name));
            const char* raw = agxget(object, sym);
            std::string_view value = raw ? raw : "";
            if (value.empty() || name == "key") continue;
            if (name == "label" && kind == AGNODE && value == "\\N") continue;
            if (is_drawing_attribute(name) && !(name == "dir" && kind == AGEDGE)) {
                import.warn_once(std::string("drawing ") + what, whole,
                                 std::string("Graphviz drawing attributes of ") + what + "s (" + name + " ...) are not kept");
                continue;
            }
            if (name == "dir") continue;
            auto [it, fresh] = values.try_emplace(raw);
            if (fresh) it->second = std::make_shared<const nlohmann::json>(dot_text(long_tokens.restore(value)));
            out.emplace_back(std::move(name), it->second, whole);
        }
    };

    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        detail::ForeignNode node;
        node.id = dot_text(long_tokens.restore(agnameof(n)));
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
        edge.source = dot_text(long_tokens.restore(agnameof(agtail(e))));
        edge.target = dot_text(long_tokens.restore(agnameof(aghead(e))));
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
    return read_dot_text(detail::read_all(in), source, options);
}

}  // namespace ecosys
