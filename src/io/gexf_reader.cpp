// GEXF reader (versions 1.1, 1.2 and 1.3): node and edge attributes declared in
// <attributes> and given in <attvalues>; the node label is a name; the edge
// weight and type (directed/undirected/mutual) are XML attributes. Drawing data
// (viz:color, viz:position, viz:size) and time (spells) are not kept.

#include <iterator>
#include <map>

#include "ecosys/io/gexf.hpp"
#include "io/export_util.hpp"
#include "io/foreign_import.hpp"
#include "io/io_util.hpp"
#include "io/xml_import.hpp"
#include "io/xml_util.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using detail::child;
using detail::local_name;
using detail::quote;
using detail::text_of;

struct Attribute {
    std::string id, title, type;
    std::shared_ptr<const nlohmann::json> default_value;  // shared by the records that take it
    Location at_default;
};

class GexfReader : detail::XmlImport {
public:
    GexfReader(std::string_view text, const std::string& source, const ImportOptions& options)
        : XmlImport(text, source, "GEXF", options), options_(options) {}

    LoadResult read() {
        pugi::xml_node root = root_element("gexf", "GEXF");
        pugi::xml_node graph = child(root, "graph");
        if (!graph)
            throw ValidationError(xml_.at(root), "no <graph> element; a GEXF file holds one <graph> with <nodes> and <edges>");
        if (pugi::xml_node meta = child(root, "meta"))
            if (pugi::xml_node c = child(meta, "creator"); c && text_of(c).rfind("ecosys", 0) == 0)
                import_.written_by_ecosys(detail::reserved_names(Format::gexf));
        if (pugi::xml_node meta = child(root, "meta"))
            if (pugi::xml_node d = child(meta, "description"); d && !detail::trim_blanks(text_of(d)).empty())
                import_.set_name(std::string(detail::trim_blanks(text_of(d))));

        std::string edge_type = graph.attribute("defaultedgetype").value();
        if (edge_type.empty()) edge_type = "undirected";
        if (edge_type != "directed" && edge_type != "undirected" && edge_type != "mutual")
            import_.error(xml_.at(graph, "defaultedgetype"), "defaultedgetype " + quote(edge_type) + " is not directed, undirected or mutual");
        default_directed_ = edge_type == "directed";
        if (std::string mode = graph.attribute("mode").value(); mode == "dynamic")
            import_.warning(xml_.at(graph, "mode"), "the graph is dynamic; time (start, end, spells) is not kept and every node and edge is read");

        for (pugi::xml_node a : graph.children()) {
            if (a.type() != pugi::node_element || local_name(a) != "attributes") continue;
            std::string cls = a.attribute("class").value();
            if (cls != "node" && cls != "edge") {
                import_.warn_once("class " + cls, xml_.at(a), "attributes of class " + quote(cls) + " are not read (only node and edge)");
                continue;
            }
            for (pugi::xml_node d : a.children())
                if (d.type() == pugi::node_element && local_name(d) == "attribute") declare(d, cls);
        }
        for (pugi::xml_node nodes : graph.children())
            if (nodes.type() == pugi::node_element && local_name(nodes) == "nodes") read_nodes(nodes, 0);
        for (pugi::xml_node edges : graph.children())
            if (edges.type() == pugi::node_element && local_name(edges) == "edges")
                for (pugi::xml_node e : edges.children())
                    if (e.type() == pugi::node_element && local_name(e) == "edge") edge(e);
        return import_.finish();
    }

private:
    void declare(const pugi::xml_node& d, const std::string& cls) {
        Attribute a;
        a.id = d.attribute("id").value();
        a.title = d.attribute("title").value();
        if (a.title.empty()) a.title = a.id;
        a.type = detail::ascii_lower(d.attribute("type").value());
        if (a.type.empty()) a.type = "string";
        if (pugi::xml_node def = child(d, "default")) {
            a.at_default = xml_.at_text(def);
            if (auto v = value(a, text_of(def), a.at_default)) a.default_value = std::make_shared<const nlohmann::json>(std::move(*v));
        }
        if (pugi::xml_node opts = child(d, "options"); opts && cls == "node" && a.title == options_.sector_attr) {
            // ecosys writes the network's sectors as the options of the sector attribute.
            std::string text = text_of(opts);
            std::vector<std::string> ids;
            std::size_t start = 0;
            while (start <= text.size()) {
                std::size_t end = text.find('|', start);
                if (end == std::string::npos) end = text.size();
                std::string id(detail::trim_blanks(std::string_view(text).substr(start, end - start)));
                if (!id.empty()) ids.push_back(id);
                start = end + 1;
            }
            if (options_.sector_map.empty()) import_.declare_sector_ids(ids, xml_.at(opts));
        }
        (cls == "node" ? node_attrs_ : edge_attrs_)[a.id] = std::move(a);
    }

    std::optional<nlohmann::json> value(const Attribute& a, const std::string& text, const Location& at) {
        std::string_view t = detail::trim_blanks(text);
        const std::string& type = a.type;
        if (type == "boolean") {
            std::string lower = detail::ascii_lower(t);
            if (lower == "true" || lower == "1") return nlohmann::json(true);
            if (lower == "false" || lower == "0") return nlohmann::json(false);
            import_.error(at, "value " + quote(text) + " of " + quote(a.title) +
                                  " is not a boolean (type boolean); write true or false, or declare the attribute type=\"string\"");
            return std::nullopt;
        }
        bool integer = type == "integer" || type == "long" || type == "short" || type == "byte" || type == "biginteger";
        bool real = type == "double" || type == "float" || type == "bigdecimal";
        if ((integer || real) && t.empty()) return nlohmann::json(nullptr);
        if (integer) {
            if (auto i = detail::parse_integer(t)) return nlohmann::json(*i);
            import_.error(at, "value " + quote(text) + " of " + quote(a.title) + " is not an integer (type " + type +
                                  "); write a whole number, or declare the attribute type=\"string\"");
            return std::nullopt;
        }
        if (real) {
            if (auto d = detail::parse_double(t)) return nlohmann::json(*d);
            import_.error(at, "value " + quote(text) + " of " + quote(a.title) + " is not a number (type " + type +
                                  "); write a number such as 2.5, or declare the attribute type=\"string\"");
            return std::nullopt;
        }
        return nlohmann::json(text);  // string, liststring, anyURI, date ... kept as text
    }

    std::vector<detail::ForeignAttr> attvalues(const pugi::xml_node& element, std::map<std::string, Attribute>& declared,
                                               const char* what) {
        std::vector<detail::ForeignAttr> attrs;
        pugi::xml_node values = child(element, "attvalues");
        for (pugi::xml_node v : values.children()) {
            if (v.type() != pugi::node_element || local_name(v) != "attvalue") continue;
            pugi::xml_attribute for_attr = v.attribute("for");
            if (!for_attr) for_attr = v.attribute("id");  // GEXF 1.0
            std::string id = for_attr.value();
            auto it = declared.find(id);
            if (it == declared.end()) {
                import_.warn_once(std::string(what) + " attvalue " + id, xml_.at(v, "for"),
                                  "<attvalue> refers to undeclared " + std::string(what) + " attribute " + quote(id) +
                                      "; it is ignored (declare it in <attributes class=\"" + what + "\">)");
                continue;
            }
            bool seen = false;
            for (const auto& a : attrs) seen = seen || a.key == it->second.title;
            if (seen) {
                import_.warn_once("spells " + id, xml_.at(v), "attribute " + quote(it->second.title) +
                                                                  " has several values over time; the first is kept");
                continue;
            }
            Location at = xml_.at(v, "value");
            auto value_json = value(it->second, v.attribute("value").value(), at);
            if (value_json) attrs.push_back({it->second.title, std::move(*value_json), at});
        }
        for (const auto& [id, a] : declared) {
            if (!a.default_value) continue;
            bool present = false;
            for (const auto& x : attrs) present = present || x.key == a.title;
            if (!present) attrs.emplace_back(a.title, a.default_value, a.at_default);
        }
        return attrs;
    }

    void read_nodes(const pugi::xml_node& nodes, int depth) {
        for (pugi::xml_node n : nodes.children()) {
            if (n.type() != pugi::node_element || local_name(n) != "node") continue;
            detail::ForeignNode node = detail::node_record(xml_, n, import_);
            Location at_label = n.attribute("label") ? xml_.at(n, "label") : node.at;  // before the children: locations go forwards
            node.attrs = attvalues(n, node_attrs_, "node");
            if (pugi::xml_attribute label = n.attribute("label"))
                detail::add_unless_present(node.attrs, {"label"}, "label", label.value(), at_label);
            for (pugi::xml_node c : n.children()) {
                if (c.type() != pugi::node_element) continue;
                std::string_view name = local_name(c);
                if ((name == "color" || name == "position" || name == "size" || name == "shape" || name == "thickness") &&
                    !import_.is_written_by_ecosys())  // ecosys derives its viz data from sectors and the layout
                    import_.warn_once("viz", xml_.at(c), "drawing data (viz colours, positions, sizes) is not kept");
                else if (name == "spells")
                    import_.warn_once("spells", xml_.at(c), "spells (time) are not kept; every node and edge is read");
            }
            import_.add_node(std::move(node));
            if (pugi::xml_node sub = child(n, "nodes")) {
                import_.warn_once("nested", xml_.at(sub), "nested nodes (hierarchy) are flattened: every node is read as an actor");
                if (depth < 32) read_nodes(sub, depth + 1);
            }
        }
    }

    void edge(const pugi::xml_node& e) {
        detail::ForeignEdge edge = detail::edge_record(xml_, e, default_directed_);
        Location at_type = xml_.at(e, "type"), at_weight = xml_.at(e, "weight"), at_label = xml_.at(e, "label"),
                 at_kind = xml_.at(e, "kind");  // before the children: locations go forwards
        edge.attrs = attvalues(e, edge_attrs_, "edge");
        if (pugi::xml_attribute t = e.attribute("type")) {
            std::string v = t.value();
            if (v == "directed") edge.directed = true;
            else if (v == "undirected" || v == "mutual") edge.directed = false;
            else {
                // NetworkX writes an edge attribute called "type" here: take it as that.
                import_.warn_once("edge type", at_type,
                                  "edge type " + quote(v) + " is not directed, undirected or mutual; it is read as the tie type, "
                                  "as NetworkX writes it, and the edge keeps the graph's defaultedgetype");
                detail::add_unless_present(edge.attrs, {"type"}, "type", v, at_type);
            }
        }
        if (pugi::xml_attribute w = e.attribute("weight")) {
            auto v = detail::parse_double(w.value());
            edge.attrs.push_back({"weight", v ? nlohmann::json(*v) : nlohmann::json(std::string(w.value())), at_weight});
        }
        if (pugi::xml_attribute label = e.attribute("label"))
            detail::add_unless_present(edge.attrs, {"label"}, "label", label.value(), at_label);
        if (pugi::xml_attribute kind = e.attribute("kind"))
            detail::add_unless_present(edge.attrs, {"kind"}, "kind", kind.value(), at_kind);
        import_.add_edge(std::move(edge));
    }

    const ImportOptions& options_;
    std::map<std::string, Attribute> node_attrs_, edge_attrs_;
    bool default_directed_ = false;
};

}  // namespace

LoadResult read_gexf_text(std::string_view text, const std::string& source, const ImportOptions& options) {
    return GexfReader(text, source, options).read();
}

LoadResult read_gexf(std::istream& in, const std::string& source, const ImportOptions& options) {
    return read_gexf_text(detail::read_all(in), source, options);
}

}  // namespace ecosys
