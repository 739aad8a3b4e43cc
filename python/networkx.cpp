#include "networkx.hpp"

#include <algorithm>

#include "convert.hpp"
#include "ecosys/graph/graph.hpp"
#include "errors.hpp"
#include "io/foreign_import.hpp"

namespace ecosys::python {

namespace {

py::module_ import_networkx(const char* what) {
    try {
        return py::module_::import("networkx");
    } catch (const py::error_already_set& e) {
        if (!e.matches(PyExc_ImportError)) throw;
        throw py::import_error(std::string(what) + " needs networkx, which is not installed (Debian: python3-networkx)");
    }
}

/// The actor fields the importer reads from node attributes of these names.
const std::vector<std::string>& actor_fields() {
    static const std::vector<std::string> fields = {"name", "sector", "region", "kind", "role", "needs", "seeds"};
    return fields;
}

std::vector<detail::ForeignAttr> attributes_of(py::handle data, const Location& at, std::vector<std::string>& lossy) {
    std::vector<detail::ForeignAttr> attrs;
    for (auto [key, value] : data.cast<py::dict>())
        attrs.push_back({std::string(py::str(key)), from_python(value, lossy), at});
    return attrs;
}

py::list string_list_of(const std::vector<std::string>& items) {
    py::list out;
    for (const std::string& s : items) out.append(s);
    return out;
}

}  // namespace

std::shared_ptr<NetworkHandle> from_networkx(py::handle graph, const ImportOptions& options,
                                             const std::optional<std::string>& name, bool quiet) {
    if (!py::hasattr(graph, "nodes") || !py::hasattr(graph, "edges") || !py::hasattr(graph, "is_directed"))
        throw UsageError("from_networkx expects a NetworkX graph (Graph, DiGraph, MultiGraph or MultiDiGraph), got " +
                         std::string(py::str(py::type::handle_of(graph).attr("__name__"))));
    detail::ForeignImport import("NetworkX graph", "networkx", options);
    import.set_vocabulary({"node", "attribute", "sector_attr="});
    std::vector<std::string> lossy;

    const Location at_graph{"G.graph", 0, 0};
    nlohmann::json programmes = nlohmann::json::object();  // "programmes" and "currency", declared together
    if (py::hasattr(graph, "graph")) {
        for (auto [key, value] : graph.attr("graph").cast<py::dict>()) {
            const std::string k = py::str(key);
            if (k == "name") {
                if (!value.is_none() && !std::string(py::str(value)).empty()) import.set_name(py::str(value));
            } else if (k == "creator") {
                if (std::string(py::str(value)).rfind("ecosys", 0) == 0) import.written_by_ecosys({});
            } else if (k == "sectors") {
                import.declare_sectors(from_python(value, lossy), at_graph);
            } else if (k == "regions") {
                import.declare_regions(from_python(value, lossy), at_graph);
            } else if (k == "projects") {
                import.declare_projects(from_python(value, lossy), at_graph);
            } else if (k == "programmes") {
                programmes["programmes"] = from_python(value, lossy);
            } else if (k == "currency") {
                programmes["currency"] = from_python(value, lossy);
            } else {
                import.warning(at_graph, "graph attribute " + std::string(py::str(py::repr(key))) +
                                             " is not kept: a network keeps only name, sectors, regions, programmes, "
                                             "currency and projects");
            }
        }
    }
    if (!programmes.empty()) import.declare_programmes(programmes, at_graph);
    if (name) import.set_name(*name);

    std::size_t i = 0;
    for (py::handle item : graph.attr("nodes")(py::arg("data") = true)) {
        auto pair = item.cast<py::tuple>();
        const Location at{"G.nodes", static_cast<int>(++i), 0};
        detail::ForeignNode node;
        node.id = py::str(pair[0]);
        node.at = node.at_id = at;
        node.attrs = attributes_of(pair[1], at, lossy);
        import.add_node(std::move(node));
    }
    const bool directed = graph.attr("is_directed")().cast<bool>();
    i = 0;
    for (py::handle item : graph.attr("edges")(py::arg("data") = true)) {
        auto triple = item.cast<py::tuple>();
        const Location at{"G.edges", static_cast<int>(++i), 0};
        detail::ForeignEdge edge;
        edge.source = py::str(triple[0]);
        edge.target = py::str(triple[1]);
        edge.directed = directed;
        edge.at = edge.at_source = edge.at_target = at;
        edge.attrs = attributes_of(triple[2], at, lossy);
        import.add_edge(std::move(edge));
    }
    for (const std::string& type : lossy)
        import.warning(at_graph, "attribute values of type " + type + " are kept as their text (str())");

    LoadResult result;
    {
        py::gil_scoped_release release;
        result = import.finish();
    }
    auto handle = std::make_shared<NetworkHandle>(std::move(result.network), std::move(result.warnings), std::string());
    if (!quiet) warn_input(handle->warnings());
    return handle;
}

py::object to_networkx(const Network& net) {
    py::module_ nx = import_networkx("to_networkx");
    const bool any_directed = std::any_of(net.ties.begin(), net.ties.end(), [](const Tie& t) { return t.directed; });
    py::object g = any_directed ? nx.attr("MultiDiGraph")() : nx.attr("MultiGraph")();

    py::dict graph = g.attr("graph");
    graph["name"] = net.name;
    graph["creator"] = "ecosys " ECOSYS_VERSION;
    py::list sectors;
    for (const Sector& s : net.sectors) {
        py::dict d;
        d["id"] = s.id;
        if (!s.label.empty()) d["label"] = s.label;
        if (!s.color.empty()) d["color"] = s.color;
        sectors.append(d);
    }
    graph["sectors"] = sectors;
    py::list regions;
    for (const Region& r : net.regions) {
        if (!r.declared) continue;  // named by actors only: they name it again
        py::dict d;
        d["id"] = r.id;
        d["name"] = r.name;
        if (!r.parent.empty()) d["parent"] = r.parent;
        regions.append(d);
    }
    graph["regions"] = regions;
    py::list projects;
    for (const Project& p : net.projects) {
        py::dict d;
        d["id"] = p.id;
        if (!p.name.empty()) d["name"] = p.name;
        if (!p.type.empty()) d["type"] = p.type;
        if (p.year) d["year"] = *p.year;
        if (p.end_year) d["end_year"] = *p.end_year;
        if (!p.region.empty()) d["region"] = p.region;
        if (!p.programme.empty()) d["programme"] = p.programme;
        if (p.funding) d["funding"] = *p.funding;
        py::list participants;
        for (std::size_t k = 0; k < p.participants.size(); ++k) {
            const Participation& part = p.participation(k);
            if (part == Participation{}) {
                participants.append(net.actors[p.participants[k]].id);
                continue;
            }
            py::dict one;  // as the JSON format writes a participant with a role or funding
            one["actor"] = net.actors[p.participants[k]].id;
            if (!part.role.empty()) one["role"] = part.role;
            if (part.funding) one["funding"] = *part.funding;
            participants.append(one);
        }
        d["participants"] = participants;
        projects.append(d);
    }
    graph["projects"] = projects;
    if (!net.programmes.empty() || !net.currency.empty()) {
        py::list programmes;
        for (const Programme& g : net.programmes) {
            py::dict d;
            d["id"] = g.id;
            if (!g.name.empty() && g.name != g.id) d["name"] = g.name;
            py::list ids;
            for (const std::string& r : g.regions) ids.append(r);
            if (!g.regions.empty()) d["regions"] = ids;
            if (g.from && g.to) d["years"] = std::to_string(*g.from) + "-" + std::to_string(*g.to);
            if (g.budget) d["budget"] = *g.budget;
            programmes.append(d);
        }
        graph["programmes"] = programmes;
        if (!net.currency.empty()) graph["currency"] = net.currency;
    }

    py::object add_node = g.attr("add_node");
    for (const Actor& a : net.actors) {
        py::dict attrs;
        attrs["name"] = a.name;
        attrs["sector"] = a.sector;
        if (!a.region.empty()) attrs["region"] = a.region;
        if (!a.kind.empty()) attrs["kind"] = a.kind;
        if (!a.role.empty()) attrs["role"] = a.role;
        if (!a.needs.empty()) attrs["needs"] = string_list_of(a.needs);
        if (!a.seeds.empty()) attrs["seeds"] = string_list_of(a.seeds);
        for (auto it = a.attributes.begin(); it != a.attributes.end(); ++it) {
            const auto& fields = actor_fields();
            // An extra attribute named like a field keeps its place as attr_<name>,
            // which from_networkx reads back under its own name (creator "ecosys").
            const bool clash = std::find(fields.begin(), fields.end(), it.key()) != fields.end();
            attrs[py::str(clash ? "attr_" + it.key() : it.key())] = to_python(it.value());
        }
        add_node(a.id, **attrs);
    }
    py::object add_edge = g.attr("add_edge");
    for (const Tie& t : net.ties) {
        py::dict attrs;
        attrs["type"] = t.type;
        attrs["weight"] = t.weight;
        if (t.year) attrs["year"] = *t.year;
        if (any_directed) attrs["directed"] = t.directed;
        add_edge(net.actors[t.source].id, net.actors[t.target].id, **attrs);
    }
    return g;
}

py::object measured_graph(const Network& net, const GraphOptions& options) {
    py::module_ nx = import_networkx("to_networkx(measured=True)");
    const Graph graph = Graph::from_network(net, options);
    py::object g = nx.attr("Graph")();
    py::dict info = g.attr("graph");
    info["name"] = net.name;
    info["creator"] = "ecosys " ECOSYS_VERSION;
    py::object add_node = g.attr("add_node");
    for (Graph::Vertex v = 0; v < graph.vertex_count(); ++v) {
        const Actor& a = net.actors[graph.actor(v)];
        py::dict attrs;
        attrs["name"] = a.name;
        attrs["sector"] = a.sector;
        if (!a.region.empty()) attrs["region"] = a.region;
        add_node(a.id, **attrs);
    }
    py::object add_edge = g.attr("add_edge");
    for (Graph::Vertex v = 0; v < graph.vertex_count(); ++v) {
        const auto targets = graph.neighbours(v);
        const auto weights = graph.weights(v);
        for (std::size_t i = 0; i < targets.size(); ++i)
            if (v < targets[i])  // each pair once
                add_edge(net.actors[graph.actor(v)].id, net.actors[graph.actor(targets[i])].id,
                         py::arg("weight") = weights[i]);
    }
    return g;
}

}  // namespace ecosys::python
