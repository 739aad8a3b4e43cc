#include <sstream>

#include "ecosys/io/graphml.hpp"
#include "io/export_util.hpp"
#include "io/io_util.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace ecosys {

WriteWarnings write_graphml(const Network& net, std::ostream& out, const std::string& target) {
    WriteWarnings warnings;
    detail::WriteNotes notes(target, warnings);
    bool lossy = false;
    auto esc = [&](std::string_view s) { return detail::xml_escape(s, lossy); };

    std::vector<detail::NodeColumn> columns = detail::node_columns(net, {}, notes);
    bool years = false, weights = false;
    for (const Tie& t : net.ties) years = years || t.year.has_value(), weights = weights || t.weight != 1.0;
    bool directed = detail::all_directed(net);

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    out << "  <key id=\"g_name\" for=\"graph\" attr.name=\"name\" attr.type=\"string\"/>\n"
           "  <key id=\"g_sectors\" for=\"graph\" attr.name=\"ecosys_sectors\" attr.type=\"string\"/>\n";
    bool regions = !detail::regions_json(net).empty(), projects = !net.projects.empty();
    if (regions) out << "  <key id=\"g_regions\" for=\"graph\" attr.name=\"ecosys_regions\" attr.type=\"string\"/>\n";
    if (projects) out << "  <key id=\"g_projects\" for=\"graph\" attr.name=\"ecosys_projects\" attr.type=\"string\"/>\n";
    const nlohmann::json programmes = detail::programmes_json(net);
    if (!programmes.is_null())
        out << "  <key id=\"g_programmes\" for=\"graph\" attr.name=\"ecosys_programmes\" attr.type=\"string\"/>\n";
    for (std::size_t i = 0; i < columns.size(); ++i)
        out << "  <key id=\"n" << i << "\" for=\"node\" attr.name=\"" << esc(columns[i].key) << "\" attr.type=\""
            << detail::xml_schema_type(columns[i].type) << "\"/>\n";
    out << "  <key id=\"e_type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
           "  <key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n";
    if (years) out << "  <key id=\"e_year\" for=\"edge\" attr.name=\"year\" attr.type=\"int\"/>\n";
    (void)weights;

    out << "  <graph id=\"G\" edgedefault=\"" << (directed ? "directed" : "undirected") << "\">\n";
    out << "    <data key=\"g_name\">" << esc(net.name) << "</data>\n";
    out << "    <data key=\"g_sectors\">" << esc(detail::sectors_json(net).dump()) << "</data>\n";
    if (regions) out << "    <data key=\"g_regions\">" << esc(detail::regions_json(net).dump()) << "</data>\n";
    if (projects) out << "    <data key=\"g_projects\">" << esc(detail::projects_json(net).dump()) << "</data>\n";
    if (!programmes.is_null()) out << "    <data key=\"g_programmes\">" << esc(programmes.dump()) << "</data>\n";
    for (const Actor& a : net.actors) {
        out << "    <node id=\"" << esc(a.id) << "\">\n";
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (auto v = detail::node_value(a, columns[i]))
                out << "      <data key=\"n" << i << "\">" << esc(detail::scalar_text(*v)) << "</data>\n";
        out << "    </node>\n";
    }
    std::size_t e = 0;
    for (const Tie& t : net.ties) {
        out << "    <edge id=\"e" << e++ << "\" source=\"" << esc(net.actors.at(t.source).id) << "\" target=\""
            << esc(net.actors.at(t.target).id) << "\"";
        if (t.directed != directed) out << " directed=\"" << (t.directed ? "true" : "false") << "\"";
        out << ">\n";
        out << "      <data key=\"e_type\">" << esc(t.type) << "</data>\n";
        out << "      <data key=\"e_weight\">" << detail::format_double(t.weight) << "</data>\n";
        if (t.year) out << "      <data key=\"e_year\">" << *t.year << "</data>\n";
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
    if (lossy) notes.warn("xml", "some text holds control characters that XML cannot hold; they are written as U+FFFD");
    detail::warn_mixed_directions(notes, net, directed, "GraphML", "NetworkX and igraph read a graph as wholly directed or undirected and refuse the file");
    return warnings;
}

}  // namespace ecosys
