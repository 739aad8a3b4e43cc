// libFuzzer target: sector colours, ids and labels from every format that declares
// sectors, drawn. The input after its first byte, split at 0x1F, gives two sectors'
// ids, labels and colours and two actors' names; the first byte picks the format that
// carries them: a CSV folder (sectors.csv), GraphML or DOT (the ecosys_sectors JSON
// attribute) or GML (ecosys [ sector [ ... ] ]), each escaped for its format. Whatever
// the reader accepts is drawn (neato, three actors) to SVG, and:
// - the SVG parses (pugixml);
// - every fill and stroke is one of Graphviz's own colours (none, white, black,
//   transparent) or #RRGGBB: nothing else of a declared colour reaches the drawing;
// - character data appears only inside <text> and <title>, and no field of the input
//   holding < > " or & appears in any attribute or comment.
// A reader refusing the input (InputError) is fine; anything else aborts (a finding).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "ecosys/error.hpp"
#include "ecosys/io/dot.hpp"
#include "ecosys/io/gml.hpp"
#include "ecosys/io/graphml.hpp"
#include "ecosys/io/import_options.hpp"
#include "ecosys/io/reader.hpp"
#include "ecosys/render/diagram.hpp"
#include "ecosys/render/renderer.hpp"
#include "fuzz_text.hpp"

namespace {

using namespace ecosys;
using fuzz::csv_cell;
using fuzz::dot_string;
using fuzz::gml_string;
using fuzz::split;
using fuzz::xml_text;

void require(bool ok, const char* what, const std::string& data) { fuzz::require(ok, "fuzz_sector_colors", what, data); }

bool is_rrggbb(std::string_view c) {
    if (c.size() != 7 || c[0] != '#') return false;
    for (char x : c.substr(1))
        if (!((x >= '0' && x <= '9') || (x >= 'a' && x <= 'f') || (x >= 'A' && x <= 'F'))) return false;
    return true;
}

/// Text that would be markup if it reached the SVG raw; Graphviz's own attribute
/// values (paths, points, fonts, classes, encoded ids) never hold these characters.
bool markup(std::string_view s) { return s.find_first_of("<>\"&") != std::string_view::npos; }

LoadResult read(std::size_t format, const std::vector<std::string>& f) {
    // f: sector ids 0/3, labels 1/4, colours 2/5; actor names 6/7.
    if (format == 0) {
        CsvFiles files;
        files["sectors.csv"] = "id,label,color\n" + csv_cell(f[0]) + "," + csv_cell(f[1]) + "," + csv_cell(f[2]) + "\n" +
                               csv_cell(f[3]) + "," + csv_cell(f[4]) + "," + csv_cell(f[5]) + "\n";
        files["actors.csv"] = "id,name,sector\na," + csv_cell(f[6]) + "," + csv_cell(f[0]) + "\nb," + csv_cell(f[7]) + "," +
                              csv_cell(f[3]) + "\nc,C," + csv_cell(f[3]) + "\n";
        files["ties.csv"] = "source,target\na,b\nb,c\n";
        return read_csv_files(files, "fuzz");
    }
    ImportOptions options;
    if (format == 3) {
        const std::string text = "Creator \"ecosys\"\ngraph [\n  ecosys [\n    sector [ id " + gml_string(f[0]) + " label " +
                                 gml_string(f[1]) + " color " + gml_string(f[2]) + " ]\n    sector [ id " + gml_string(f[3]) +
                                 " label " + gml_string(f[4]) + " color " + gml_string(f[5]) + " ]\n  ]\n" +
                                 "  node [ id 0 label \"a\" name " + gml_string(f[6]) + " sector " + gml_string(f[0]) + " ]\n" +
                                 "  node [ id 1 label \"b\" name " + gml_string(f[7]) + " sector " + gml_string(f[3]) + " ]\n" +
                                 "  node [ id 2 label \"c\" sector " + gml_string(f[3]) + " ]\n" +
                                 "  edge [ source 0 target 1 ]\n  edge [ source 1 target 2 ]\n]\n";
        return read_gml_text(text, "fuzz.gml", options);
    }
    nlohmann::json sectors = nlohmann::json::array();
    for (std::size_t i : {0, 3}) {
        nlohmann::json s = {{"id", f[i]}, {"label", f[i + 1]}, {"color", f[i + 2]}};
        sectors.push_back(std::move(s));
    }
    // Input bytes that are not UTF-8 cannot go into JSON text: replaced, as nlohmann does.
    const std::string json = sectors.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (format == 1) {
        const std::string text =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
            "  <key id=\"g\" for=\"graph\" attr.name=\"ecosys_sectors\" attr.type=\"string\"/>\n"
            "  <key id=\"n\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
            "  <key id=\"s\" for=\"node\" attr.name=\"sector\" attr.type=\"string\"/>\n"
            "  <graph edgedefault=\"undirected\">\n    <data key=\"g\">" + xml_text(json) + "</data>\n"
            "    <node id=\"a\"><data key=\"n\">" + xml_text(f[6]) + "</data><data key=\"s\">" + xml_text(f[0]) + "</data></node>\n"
            "    <node id=\"b\"><data key=\"n\">" + xml_text(f[7]) + "</data><data key=\"s\">" + xml_text(f[3]) + "</data></node>\n"
            "    <node id=\"c\"><data key=\"s\">" + xml_text(f[3]) + "</data></node>\n"
            "    <edge source=\"a\" target=\"b\"/>\n    <edge source=\"b\" target=\"c\"/>\n  </graph>\n</graphml>\n";
        return read_graphml_text(text, "fuzz.graphml", options);
    }
    const std::string text = "graph g {\n  ecosys_sectors=" + dot_string(json) + ";\n  a [name=" + dot_string(f[6]) +
                             ", sector=" + dot_string(f[0]) + "];\n  b [name=" + dot_string(f[7]) + ", sector=" +
                             dot_string(f[3]) + "];\n  c [sector=" + dot_string(f[3]) + "];\n  a -- b;\n  b -- c;\n}\n";
    return read_dot_text(text, "fuzz.dot", options);
}

void check_svg(const std::string& svg, const std::vector<std::string>& fields) {
    pugi::xml_document doc;
    pugi::xml_parse_result parsed = doc.load_buffer(svg.data(), svg.size(), pugi::parse_default | pugi::parse_comments);
    require(static_cast<bool>(parsed), "the SVG does not parse", svg);
    std::vector<std::string> hostile;
    for (const std::string& f : fields)
        if (f.size() >= 2 && markup(f)) hostile.push_back(f);
    auto leaks = [&](std::string_view text) {
        for (const std::string& f : hostile)
            if (text.find(f) != std::string_view::npos) return true;
        return false;
    };
    std::vector<pugi::xml_node> stack = {doc.document_element()};
    while (!stack.empty()) {
        pugi::xml_node e = stack.back();
        stack.pop_back();
        for (pugi::xml_attribute a : e.attributes()) {
            const std::string_view name = a.name(), value = a.value();
            if (name == "fill" || name == "stroke")
                require(value == "none" || value == "white" || value == "black" || value == "transparent" || is_rrggbb(value),
                        "a fill or stroke that is neither Graphviz's own colour nor #RRGGBB", svg);
            require(!leaks(value), "input text in an attribute", svg);
        }
        const std::string_view element = e.name();
        for (pugi::xml_node c : e.children()) {
            if (c.type() == pugi::node_element) stack.push_back(c);
            else if (c.type() == pugi::node_comment) require(!leaks(c.value()), "input text in a comment", svg);
            else if (c.type() == pugi::node_pcdata && element != "text" && element != "title")
                require(std::string_view(c.value()).find_first_not_of(" \t\r\n") == std::string_view::npos,
                        "character data outside <text> and <title>", svg);
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0 || size > 2048) return 0;  // a layout per input: short fields are enough for colours
    const std::size_t format = data[0] % 4;
    const std::vector<std::string> f = split(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), 8);
    LoadResult loaded;
    try {
        loaded = read(format, f);
    } catch (const InputError&) {
        return 0;
    } catch (const UsageError&) {
        return 0;
    }
    for (const Sector& s : loaded.network.sectors) require(s.color.empty() || is_rrggbb(s.color), "a reader accepted a colour", s.color);
    render::DiagramOptions options;
    options.engine = render::Engine::neato;
    render::Diagram d = render::network_diagram(loaded.network, options);
    try {
        check_svg(render::render(d, render::Format::svg).data, f);
    } catch (const RenderError& e) {
        require(false, e.what(), "");
    }
    return 0;
}
