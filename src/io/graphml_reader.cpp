// GraphML reader: pugixml parses, XmlText locates, ForeignImport maps the
// attributes to the model. Keys are typed (boolean, int, long, float, double,
// string) and may have defaults; yEd's graphics keys give node labels only.

#include <iterator>
#include <map>
#include <memory>

#include "ecosys/io/graphml.hpp"
#include "io/export_util.hpp"
#include "io/foreign_import.hpp"
#include "io/io_util.hpp"
#include "io/xml_import.hpp"
#include "io/xml_util.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using detail::local_name;
using detail::quote;
using detail::text_of;

struct Key {
    std::string id, domain, name, type;
    bool graphics = false;  // yEd: yfiles.type="nodegraphics" / "edgegraphics" ...
    std::shared_ptr<const nlohmann::json> default_value;  // shared by the records that take it
    Location at_default;
};

class GraphmlReader : detail::XmlImport {
public:
    GraphmlReader(std::string_view text, const std::string& source, const ImportOptions& options)
        : XmlImport(text, source, "GraphML", options) {}

    LoadResult read() {
        pugi::xml_node root = root_element("graphml", "GraphML");
        for (pugi::xml_node k : root.children())
            if (k.type() == pugi::node_element && local_name(k) == "key") key(k);
        pugi::xml_node graph;
        for (pugi::xml_node g : root.children()) {
            if (g.type() != pugi::node_element || local_name(g) != "graph") continue;
            if (!graph) graph = g;
            else import_.warn_once("graphs", xml_.at(g), "the file holds more than one <graph>; only the first is read");
        }
        if (!graph)
            throw ValidationError(xml_.at(root), "no <graph> element; a GraphML file holds one <graph> with the nodes and edges");

        std::string edgedefault = graph.attribute("edgedefault").value();
        if (edgedefault.empty())
            import_.warning(xml_.at(graph), "<graph> has no edgedefault; edges are read as undirected unless they say directed=\"true\"");
        else if (edgedefault != "directed" && edgedefault != "undirected")
            import_.error(xml_.at(graph, "edgedefault"), "edgedefault " + quote(edgedefault) + " is not directed or undirected");
        directed_default_ = edgedefault == "directed";

        graph_data(graph);
        walk(graph);
        return import_.finish();
    }

private:
    void key(const pugi::xml_node& k) {
        Key key;
        key.id = k.attribute("id").value();
        key.domain = k.attribute("for").value();
        if (key.domain.empty()) key.domain = "all";
        key.name = k.attribute("attr.name").value();
        if (key.name.empty()) key.name = key.id;
        key.type = k.attribute("attr.type").value();
        if (key.type.empty()) key.type = "string";
        key.graphics = !k.attribute("yfiles.type").empty();
        static const char* types[] = {"boolean", "int", "long", "float", "double", "string"};
        bool known = false;
        for (const char* t : types) known = known || key.type == t;
        if (!key.graphics && !known) {
            // Other tools' own types (graph-tool's vector_float positions, python_object):
            // the values are kept as read, as text, rather than refusing the whole file.
            import_.warning(xml_.at(k, "attr.type"), "attr.type " + quote(key.type) + " of key " + quote(key.id) +
                                                         " is not one of boolean, int, long, float, double and string; its "
                                                         "values are kept as text");
            key.type = "string";
        }
        if (key.id.empty()) {
            import_.error(xml_.at(k), "a <key> has no id; every key needs one for <data key=\"...\"> to refer to");
            return;
        }
        if (pugi::xml_node d = detail::child(k, "default"); d && !key.graphics) {
            key.at_default = xml_.at_text(d);
            if (auto v = value(key, text_of(d), key.at_default)) key.default_value = std::make_shared<const nlohmann::json>(std::move(*v));
        }
        if (keys_.count(key.id)) import_.error(xml_.at(k, "id"), "duplicate key id " + quote(key.id));
        keys_[key.id] = std::move(key);
    }

    /// The text of a <data> element as a value of the key's type; nullopt (reported) when it does not parse.
    std::optional<nlohmann::json> value(const Key& key, const std::string& text, const Location& at) {
        std::string_view t = detail::trim_blanks(text);
        if (key.type == "string") return nlohmann::json(text);
        if (key.type == "boolean") {
            std::string lower = detail::ascii_lower(t);
            if (lower == "true" || lower == "1") return nlohmann::json(true);
            if (lower == "false" || lower == "0") return nlohmann::json(false);
            import_.error(at, "value " + quote(text) + " of " + quote(key.name) +
                                  " is not a boolean (attr.type boolean); write true or false, or declare the key attr.type=\"string\"");
            return std::nullopt;
        }
        if (t.empty()) return nlohmann::json(nullptr);
        if (key.type == "int" || key.type == "long") {
            if (auto i = detail::parse_integer(t)) return nlohmann::json(*i);
            import_.error(at, "value " + quote(text) + " of " + quote(key.name) + " is not an integer (attr.type " + key.type +
                                  "); write a whole number, or declare the key attr.type=\"string\"");
            return std::nullopt;
        }
        if (auto d = detail::parse_double(t)) return nlohmann::json(*d);
        import_.error(at, "value " + quote(text) + " of " + quote(key.name) + " is not a number (attr.type " + key.type +
                              "); write a number such as 2.5, or declare the key attr.type=\"string\"");
        return std::nullopt;
    }

    const Key* key_for(const pugi::xml_node& data, std::string_view domain) {
        std::string id = data.attribute("key").value();
        auto it = keys_.find(id);
        if (it == keys_.end()) {
            import_.warn_once("key " + id, xml_.at(data, "key"),
                              "<data> refers to undeclared key " + quote(id) + "; it is ignored (declare it with <key id=\"" + id +
                                  "\" for=\"" + std::string(domain) + "\" attr.name=\"...\" attr.type=\"...\"/>)");
            return nullptr;
        }
        const Key& k = it->second;
        if (k.domain != "all" && k.domain != domain) {
            import_.warn_once("domain " + id, xml_.at(data, "key"),
                              "key " + quote(id) + " is declared for " + k.domain + " but used on a " + std::string(domain) + "; it is read all the same");
        }
        return &k;
    }

    /// The <data> of an element as attributes, with the declared defaults for the missing ones.
    std::vector<detail::ForeignAttr> attributes(const pugi::xml_node& element, std::string_view domain, std::string* label) {
        std::vector<detail::ForeignAttr> attrs;
        for (pugi::xml_node data : element.children()) {
            if (data.type() != pugi::node_element || local_name(data) != "data") continue;
            const Key* k = key_for(data, domain);
            if (!k) continue;
            if (k->graphics) {
                graphics(data, *k, label);
                continue;
            }
            Location at = xml_.at_text(data);
            auto v = value(*k, text_of(data), at);
            if (!v) continue;
            bool seen = false;
            for (auto& a : attrs)
                if (a.key == k->name) seen = true;
            if (seen) {
                import_.warn_once("twice " + k->name, at, "attribute " + quote(k->name) + " is given twice on one " + std::string(domain) + "; the first is kept");
                continue;
            }
            attrs.push_back({k->name, std::move(*v), at});
        }
        for (const auto& [id, k] : keys_) {
            if (!k.default_value || (k.domain != "all" && k.domain != domain)) continue;
            bool present = false;
            for (const auto& a : attrs) present = present || a.key == k.name;
            if (!present) attrs.emplace_back(k.name, k.default_value, k.at_default);
        }
        return attrs;
    }

    /// yEd graphics: the visible label becomes the name; the drawing itself is not kept.
    void graphics(const pugi::xml_node& data, const Key& k, std::string* label) {
        import_.warn_once("graphics", xml_.at(data),
                          "yEd graphics (key " + quote(k.id) + ") are not kept; node labels are read as names");
        if (!label || !label->empty()) return;
        std::vector<pugi::xml_node> stack{data};
        while (!stack.empty()) {
            pugi::xml_node n = stack.back();
            stack.pop_back();
            if (local_name(n) == "NodeLabel") {
                *label = std::string(detail::trim_blanks(text_of(n)));
                if (!label->empty()) return;
            }
            for (pugi::xml_node c : n.children())
                if (c.type() == pugi::node_element) stack.push_back(c);
        }
    }

    void graph_data(const pugi::xml_node& graph) {
        for (pugi::xml_node data : graph.children()) {
            if (data.type() != pugi::node_element || local_name(data) != "data") continue;
            const Key* k = key_for(data, "graph");
            if (!k || k->graphics) continue;
            Location at = xml_.at_text(data);
            std::string text = text_of(data);
            if (k->name == "ecosys_sectors" || k->name == "ecosys_regions" || k->name == "ecosys_projects" ||
                k->name == "ecosys_programmes") {
                import_.declare_embedded(k->name, text, at, Format::graphml);
            } else if (k->name == "name") {
                import_.set_name(text);
            } else {
                import_.warn_once("graph " + k->name, at, "graph attribute " + quote(k->name) + " is not kept; a network keeps only its name");
            }
        }
    }

    /// Every node and edge of `graph`, in document order, groups (graphs nested in nodes)
    /// at every depth: an explicit stack, so deep nesting neither overflows nor drops.
    void walk(const pugi::xml_node& graph) {
        struct Level {
            pugi::xml_node next;  // next child to look at
            bool in_node;         // children of a <node>: only its <graph>s count
        };
        std::vector<Level> stack{{graph.first_child(), false}};
        while (!stack.empty()) {
            pugi::xml_node e = stack.back().next;
            if (!e) {
                stack.pop_back();
                continue;
            }
            const bool in_node = stack.back().in_node;
            stack.back().next = e.next_sibling();
            if (e.type() != pugi::node_element) continue;
            std::string_view name = local_name(e);
            if (in_node) {
                if (name != "graph") continue;
                import_.warn_once("nested", xml_.at(e), "nested graphs (groups) are flattened: their nodes and edges are read as part of the whole network");
                stack.push_back({e.first_child(), false});
            } else if (name == "node") {
                node(e);
                stack.push_back({e.first_child(), true});
            } else if (name == "edge") {
                edge(e);
            } else if (name == "hyperedge") {
                import_.warn_once("hyperedge", xml_.at(e), "hyperedges are not read; a tie joins two actors (use projects for groups)");
            }
        }
    }

    void node(const pugi::xml_node& n) {
        detail::ForeignNode node = detail::node_record(xml_, n, import_);
        std::string label;
        node.attrs = attributes(n, "node", &label);
        if (!label.empty()) detail::add_unless_present(node.attrs, {"name", "label"}, "label", label, node.at);
        import_.add_node(std::move(node));
    }

    void edge(const pugi::xml_node& e) {
        detail::ForeignEdge edge = detail::edge_record(xml_, e, directed_default_);
        if (pugi::xml_attribute d = e.attribute("directed")) {
            std::string v = d.value();
            if (v == "true" || v == "1") edge.directed = true;
            else if (v == "false" || v == "0") edge.directed = false;
            else import_.error(xml_.at(e, "directed"), "directed " + quote(v) + " is not true or false");
        }
        edge.attrs = attributes(e, "edge", nullptr);
        import_.add_edge(std::move(edge));
    }

    std::map<std::string, Key> keys_;
    bool directed_default_ = false;
};

}  // namespace

LoadResult read_graphml_text(std::string_view text, const std::string& source, const ImportOptions& options) {
    return GraphmlReader(text, source, options).read();
}

LoadResult read_graphml(std::istream& in, const std::string& source, const ImportOptions& options) {
    return read_graphml_text(detail::read_all(in), source, options);
}

}  // namespace ecosys
