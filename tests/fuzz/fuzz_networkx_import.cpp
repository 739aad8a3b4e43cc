// libFuzzer target: the C++ side of the Python module's ecosys.from_networkx(G), the
// part that runs after the bindings have turned the graph's Python values into JSON
// values (python/convert.cpp from_python, python/networkx.cpp from_networkx). The input
// is a JSON document standing for a graph:
//   {"graph": {...G.graph...}, "nodes": {"id": {...attributes...}, ...} or [["id", {...}], ...],
//    "edges": [["u", "v", {...attributes...}], ...], "directed": true|false,
//    "options": {"sector_attr": "...", "default_sector": "...", "sector_map": {"raw": "sector"}, ...}}
// read with the one JSON entry point (detail::parse_json_value: at most 64 levels, as
// from_python refuses deeper values) and handed to detail::ForeignImport exactly as
// from_networkx hands the converted values: G.graph's name, creator, sectors, regions,
// projects, programmes and currency; every node with its attributes, every edge with
// its attributes; then finish(). Values are made what from_python can give: a whole
// number beyond 64 bits becomes its text (Python's int, kept as str()), and a string
// "\u0001f:TEXT" becomes the double strtod reads from TEXT (Python's float('nan'),
// float('inf'), 1e999). The import must load (and make a Graph) or refuse with an
// InputError, or a UsageError for options (ecosys.UsageError in Python); anything else
// aborts: a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "ecosys/error.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/io/import_options.hpp"
#include "fuzz_text.hpp"
#include "io/foreign_import.hpp"
#include "io/json_value.hpp"

namespace {

using namespace ecosys;
using nlohmann::json;

/// `v` as from_python gives it (see the top of the file).
json python_like(const json& v) {
    if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) return v.dump();
    if (v.is_string()) {
        const std::string& s = v.get_ref<const std::string&>();
        if (s.rfind("\x01" "f:", 0) == 0) return std::strtod(s.c_str() + 3, nullptr);
        return v;
    }
    if (v.is_array()) {
        json out = json::array();
        for (const json& item : v) out.push_back(python_like(item));
        return out;
    }
    if (v.is_object()) {
        json out = json::object();
        for (auto it = v.begin(); it != v.end(); ++it) out[it.key()] = python_like(it.value());
        return out;
    }
    return v;
}

/// py::str(value) of the value `v` stands for (near enough: Python writes True, None).
std::string text_of(const json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_null()) return "None";
    if (v.is_boolean()) return v.get<bool>() ? "True" : "False";
    return v.dump();
}

std::vector<detail::ForeignAttr> attributes_of(const json& data, const Location& at) {
    std::vector<detail::ForeignAttr> attrs;
    if (!data.is_object()) return attrs;  // NetworkX always gives a dict
    for (auto it = data.begin(); it != data.end(); ++it) attrs.emplace_back(it.key(), python_like(it.value()), at);
    return attrs;
}

ImportOptions options_of(const json& o) {
    ImportOptions options;
    if (!o.is_object()) return options;
    auto text = [&](const char* key, std::string& into) {
        if (auto it = o.find(key); it != o.end() && it->is_string()) into = it->get<std::string>();
    };
    text("id_attr", options.id_attr);
    text("name_attr", options.name_attr);
    text("sector_attr", options.sector_attr);
    text("region_attr", options.region_attr);
    text("type_attr", options.type_attr);
    text("weight_attr", options.weight_attr);
    text("default_sector", options.default_sector);
    if (auto it = o.find("sector_map"); it != o.end() && it->is_object()) {
        // As python/ecosys_module.cpp import_options() writes a dict sector_map.
        std::string csv = "value,sector\n";
        for (auto e = it->begin(); e != it->end(); ++e)
            csv += fuzz::csv_cell(e.key()) + "," + fuzz::csv_cell(text_of(e.value())) + "\n";
        options.sector_map = read_sector_map(csv, "sector_map");
    }
    return options;
}

void import(const json& doc) {
    const json empty = json::object();
    const auto member = [&](const char* key) -> const json& {
        if (!doc.is_object()) return empty;
        const auto it = doc.find(key);
        return it == doc.end() ? empty : *it;
    };
    const ImportOptions options = options_of(member("options"));
    detail::ForeignImport import("NetworkX graph", "networkx", options);
    import.set_vocabulary({"node", "attribute", "sector_attr="});

    // As from_networkx (python/networkx.cpp) reads G.graph.
    const Location at_graph{"G.graph", 0, 0};
    json programmes = json::object();
    const json& graph = member("graph");
    if (graph.is_object())
        for (auto it = graph.begin(); it != graph.end(); ++it) {
            const std::string& k = it.key();
            const json value = python_like(it.value());
            if (k == "name") {
                if (!value.is_null() && !text_of(value).empty()) import.set_name(text_of(value));
            } else if (k == "creator") {
                if (text_of(value).rfind("ecosys", 0) == 0) import.written_by_ecosys({});
            } else if (k == "sectors") {
                import.declare_sectors(value, at_graph);
            } else if (k == "regions") {
                import.declare_regions(value, at_graph);
            } else if (k == "projects") {
                import.declare_projects(value, at_graph);
            } else if (k == "programmes") {
                programmes["programmes"] = value;
            } else if (k == "currency") {
                programmes["currency"] = value;
            } else {
                import.warning(at_graph, "graph attribute '" + k + "' is not kept");
            }
        }
    if (!programmes.empty()) import.declare_programmes(programmes, at_graph);

    int i = 0;
    const json& nodes = member("nodes");
    auto add_node = [&](const json& id, const json& data) {
        const Location at{"G.nodes", ++i, 0};
        detail::ForeignNode node;
        node.id = text_of(id);
        node.at = node.at_id = at;
        node.attrs = attributes_of(data, at);
        import.add_node(std::move(node));
    };
    if (nodes.is_object())
        for (auto it = nodes.begin(); it != nodes.end(); ++it) add_node(it.key(), it.value());
    else if (nodes.is_array())
        for (const json& n : nodes) add_node(n.is_array() && !n.empty() ? n[0] : n, n.is_array() && n.size() > 1 ? n[1] : empty);

    const json& directed = member("directed");
    i = 0;
    const json& edges = member("edges");
    if (edges.is_array())
        for (const json& e : edges) {
            if (!e.is_array() || e.size() < 2) continue;  // NetworkX gives (u, v, data)
            const Location at{"G.edges", ++i, 0};
            detail::ForeignEdge edge;
            edge.source = text_of(e[0]);
            edge.target = text_of(e[1]);
            edge.directed = directed.is_boolean() && directed.get<bool>();
            edge.at = edge.at_source = edge.at_target = at;
            edge.attrs = attributes_of(e.size() > 2 ? e[2] : empty, at);
            import.add_edge(std::move(edge));
        }

    const LoadResult result = import.finish();
    const Graph g = Graph::from_network(result.network);
    fuzz::require(g.vertex_count() == result.network.actors.size(), "fuzz_networkx_import", "the graph lost actors",
                  result.network.name);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string problem;
    const std::optional<json> doc =
        detail::parse_json_value(std::string_view(reinterpret_cast<const char*>(data), size), problem);
    if (!doc) return 0;
    try {
        import(*doc);
    } catch (const InputError&) {
    } catch (const UsageError&) {
    }
    return 0;
}
