// libFuzzer target: JSON embedded in the foreign formats. The input (after its first
// byte) becomes the value of one of the embedded JSON attributes ecosys writes into
// GraphML and DOT (ecosys_sectors, ecosys_regions, ecosys_projects,
// ecosys_attribute_types), escaped for the wrapper, inside a small valid network; the
// first byte picks the wrapper (GraphML, DOT, GML) and the attribute. GML has no
// embedded JSON text: there the value, when it is JSON (parsed with the one JSON entry
// point, detail::parse_json_value), is written as the GML declarations ecosys writes
// (ecosys [ sector [ ... ] ... ]), and otherwise spliced raw into the ecosys block.
// The real readers must accept or refuse it with an InputError (never crash, hang,
// leak or overflow the stack), and whatever loads must make a Graph.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "ecosys/error.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/io/dot.hpp"
#include "ecosys/io/gml.hpp"
#include "ecosys/io/graphml.hpp"
#include "ecosys/io/import_options.hpp"
#include "io/json_value.hpp"
#include "fuzz_text.hpp"

namespace {

using ecosys::fuzz::dot_string;
using ecosys::fuzz::gml_string;
using ecosys::fuzz::xml_text;

const char* const attributes[] = {"ecosys_sectors", "ecosys_regions", "ecosys_projects", "ecosys_attribute_types"};

/// GML keys are letters, digits and '_', starting with a letter.
std::string gml_key(const std::string& key) {
    std::string out;
    for (char c : key) out += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ? c : '_';
    if (out.empty() || !((out[0] >= 'a' && out[0] <= 'z') || (out[0] >= 'A' && out[0] <= 'Z'))) out = "k" + out;
    return out;
}

/// A JSON value as a GML value; lists inside objects become repeated keys, as the
/// GML writer writes projects' participants. Depth is at most ReadLimits::max_depth.
std::string gml_value(const nlohmann::json& v) {
    if (v.is_boolean()) return v.get<bool>() ? "1" : "0";
    if (v.is_number_integer() || v.is_number_unsigned()) return v.dump();
    if (v.is_number_float()) {
        std::string text = v.dump();
        if (text.find_first_of(".eE") == std::string::npos) text += ".0";
        return text;
    }
    if (v.is_string()) return gml_string(v.get<std::string>());
    if (v.is_null()) return "\"\"";
    std::string out = "[ ";
    if (v.is_array()) {
        for (const auto& item : v) out += "item " + gml_value(item) + " ";
    } else {
        for (auto it = v.begin(); it != v.end(); ++it) {
            const std::string key = it.key() == "participants" ? "participant" : gml_key(it.key());
            if (it->is_array())
                for (const auto& item : *it) out += key + " " + gml_value(item) + " ";
            else out += key + " " + gml_value(*it) + " ";
        }
    }
    return out + "]";
}

std::string gml_declarations(std::size_t attribute, std::string_view value) {
    std::string problem;
    std::optional<nlohmann::json> j = ecosys::detail::parse_json_value(value, problem);
    if (!j) return std::string(value);  // raw: fuzzes the GML parser inside the block
    if (attribute == 3) {
        std::string out;
        if (j->is_object())
            for (auto it = j->begin(); it != j->end(); ++it)
                if (*it == "boolean") out += "boolean " + gml_string(it.key()) + " ";
        return out;
    }
    const char* key = attribute == 0 ? "sector" : attribute == 1 ? "region" : "project";
    std::string out;
    if (j->is_array())
        for (const auto& item : *j) out += std::string(key) + " " + gml_value(item) + " ";
    else out += std::string(key) + " " + gml_value(*j) + " ";
    return out;
}

std::string wrap(std::size_t wrapper, std::size_t attribute, std::string_view value) {
    const std::string name = attributes[attribute];
    if (wrapper == 0) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
               "  <key id=\"g\" for=\"graph\" attr.name=\"" + name + "\" attr.type=\"string\"/>\n"
               "  <key id=\"d_sector\" for=\"node\" attr.name=\"sector\" attr.type=\"string\"/>\n"
               "  <key id=\"d_region\" for=\"node\" attr.name=\"region\" attr.type=\"string\"/>\n"
               "  <graph edgedefault=\"undirected\">\n"
               "    <data key=\"g\">" + xml_text(value) + "</data>\n"
               "    <node id=\"a\"><data key=\"d_sector\">industry</data><data key=\"d_region\">r</data></node>\n"
               "    <node id=\"b\"><data key=\"d_sector\">academia</data></node>\n"
               "    <edge source=\"a\" target=\"b\"/>\n"
               "  </graph>\n"
               "</graphml>\n";
    }
    if (wrapper == 1) {
        return "graph g {\n  " + name + "=" + dot_string(value) +
               ";\n  a [sector=industry, region=r];\n  b [sector=academia];\n  a -- b;\n}\n";
    }
    return "Creator \"ecosys\"\ngraph [\n  ecosys [\n    " + gml_declarations(attribute, value) +
           "\n  ]\n  node [ id 0 label \"a\" sector \"industry\" region \"r\" ]\n"
           "  node [ id 1 label \"b\" sector \"academia\" ]\n  edge [ source 0 target 1 ]\n]\n";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::size_t wrapper = data[0] % 3, attribute = (data[0] / 3) % 4;
    const std::string text = wrap(wrapper, attribute, std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
    ecosys::ImportOptions options;
    try {
        ecosys::LoadResult r = wrapper == 0   ? ecosys::read_graphml_text(text, "fuzz.graphml", options)
                               : wrapper == 1 ? ecosys::read_dot_text(text, "fuzz.dot", options)
                                              : ecosys::read_gml_text(text, "fuzz.gml", options);
        // Whatever loads must also make a graph.
        ecosys::Graph g = ecosys::Graph::from_network(r.network);
        (void)g.edge_count();
    } catch (const ecosys::InputError&) {
    } catch (const ecosys::UsageError&) {
    }
    return 0;
}
