#include "ecosys/io/dot.hpp"
#include "ecosys/model/sector_style.hpp"
#include "io/export_util.hpp"
#include "io/io_util.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using detail::dot_string;

/// An attribute name as a DOT ID: bare when it is an identifier that is not a keyword
/// of the language, else quoted ("annual revenue", "node", "2x").
std::string dot_id(std::string_view s) {
    bool bare = !s.empty() && !(s[0] >= '0' && s[0] <= '9');
    for (char c : s) bare = bare && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
    if (bare) {
        std::string lower(s);
        for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        for (const char* keyword : {"node", "edge", "graph", "digraph", "subgraph", "strict"}) bare = bare && lower != keyword;
    }
    return bare ? std::string(s) : dot_string(s);
}

}  // namespace

WriteWarnings write_dot(const Network& net, std::ostream& out, const std::string& target, const ExportOptions& options) {
    WriteWarnings warnings;
    detail::WriteNotes notes(target, warnings);
    // Graphviz attributes with a meaning of their own must not carry data.
    std::vector<detail::NodeColumn> columns = detail::node_columns(net, detail::reserved_names(Format::dot), notes);
    bool digraph = detail::any_directed(net);
    SectorStyles style(net);
    const char* arrow = digraph ? " -> " : " -- ";

    out << (digraph ? "digraph " : "graph ") << dot_string(net.name) << " {\n";
    out << "  ecosys_sectors=" << dot_string(detail::sectors_json(net).dump()) << ";\n";
    if (nlohmann::json regions = detail::regions_json(net); !regions.empty())
        out << "  ecosys_regions=" << dot_string(regions.dump()) << ";\n";
    if (!net.projects.empty()) out << "  ecosys_projects=" << dot_string(detail::projects_json(net).dump()) << ";\n";
    if (nlohmann::json programmes = detail::programmes_json(net); !programmes.is_null())
        out << "  ecosys_programmes=" << dot_string(programmes.dump()) << ";\n";
    nlohmann::json types = nlohmann::json::object();
    for (const auto& c : columns) {
        if (c.attribute.empty() || c.type == detail::NodeColumn::Type::string) continue;
        types[c.key] = c.type == detail::NodeColumn::Type::boolean ? "boolean" : c.type == detail::NodeColumn::Type::integer ? "integer" : "real";
    }
    // DOT values are text; this says which attributes were numbers or booleans.
    if (!types.empty()) out << "  ecosys_attribute_types=" << dot_string(types.dump()) << ";\n";
    out << "  node [style=filled];\n";
    for (const Actor& a : net.actors) {
        out << "  " << dot_string(a.id) << " [";
        bool first = true;
        for (const auto& c : columns) {
            auto v = detail::node_value(a, c);
            if (!v) continue;
            out << (first ? "" : ", ") << (c.key == "name" ? std::string("label") : dot_id(c.key)) << "=" << dot_string(detail::scalar_text(*v));
            first = false;
        }
        const SectorStyle& s = style.sector(a.sector);
        out << ", fillcolor=" << dot_string(s.color) << ", shape=" << s.shape;
        if (auto p = options.positions.find(a.id); p != options.positions.end())
            out << ", pos=" << dot_string(detail::format_double(p->second.x) + "," + detail::format_double(p->second.y));
        out << "];\n";
    }
    for (const Tie& t : net.ties) {
        out << "  " << dot_string(net.actors.at(t.source).id) << arrow << dot_string(net.actors.at(t.target).id) << " [type="
            << dot_string(t.type) << ", weight=" << detail::format_double(t.weight);
        if (t.year) out << ", year=" << *t.year;
        if (digraph && !t.directed) out << ", dir=none";
        out << "];\n";
    }
    out << "}\n";
    return warnings;
}

}  // namespace ecosys
