#include <cstdio>

#include "ecosys/io/gexf.hpp"
#include "ecosys/model/sector_style.hpp"
#include "io/export_util.hpp"
#include "io/io_util.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

/// "#E69F00" -> r="230" g="159" b="0"; false when not #RRGGBB.
bool rgb(const std::string& color, unsigned& r, unsigned& g, unsigned& b) {
    if (color.size() != 7 || color[0] != '#') return false;
    return std::sscanf(color.c_str() + 1, "%2x%2x%2x", &r, &g, &b) == 3;
}

}  // namespace

WriteWarnings write_gexf(const Network& net, std::ostream& out, const std::string& target, const ExportOptions& options) {
    WriteWarnings warnings;
    detail::WriteNotes notes(target, warnings);
    bool lossy = false;
    auto esc = [&](std::string_view s) { return detail::xml_escape(s, lossy); };

    std::vector<detail::NodeColumn> columns = detail::node_columns(net, detail::reserved_names(Format::gexf), notes);  // the label is the name
    columns.erase(columns.begin());  // the name is the node's label
    bool years = false;
    for (const Tie& t : net.ties) years = years || t.year.has_value();
    bool directed = detail::all_directed(net);
    SectorStyles style(net);

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n"
           "  <meta>\n"
           "    <creator>ecosys " ECOSYS_VERSION "</creator>\n"
           "    <description>" << esc(net.name) << "</description>\n"
           "  </meta>\n";
    out << "  <graph mode=\"static\" defaultedgetype=\"" << (directed ? "directed" : "undirected") << "\">\n";
    out << "    <attributes class=\"node\" mode=\"static\">\n";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        out << "      <attribute id=\"" << i << "\" title=\"" << esc(columns[i].key) << "\" type=\"" << detail::xml_schema_type(columns[i].type) << "\"";
        if (columns[i].key == "sector" && columns[i].attribute.empty()) {
            // The network's sectors, so that a sector no actor has survives the round trip.
            std::string ids;
            for (const Sector& s : net.sectors) ids += (ids.empty() ? "" : "|") + s.id;
            out << ">\n        <options>" << esc(ids) << "</options>\n      </attribute>\n";
        } else {
            out << "/>\n";
        }
    }
    out << "    </attributes>\n";
    out << "    <attributes class=\"edge\" mode=\"static\">\n"
           "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n";
    if (years) out << "      <attribute id=\"year\" title=\"year\" type=\"integer\"/>\n";
    out << "    </attributes>\n";

    out << "    <nodes>\n";
    std::size_t positioned = 0;
    for (const Actor& a : net.actors) {
        out << "      <node id=\"" << esc(a.id) << "\" label=\"" << esc(a.name.empty() ? a.id : a.name) << "\">\n";
        out << "        <attvalues>\n";
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (auto v = detail::node_value(a, columns[i]))
                out << "          <attvalue for=\"" << i << "\" value=\"" << esc(detail::scalar_text(*v)) << "\"/>\n";
        out << "        </attvalues>\n";
        unsigned r = 0, g = 0, b = 0;
        if (rgb(style.sector(a.sector).color, r, g, b))
            out << "        <viz:color r=\"" << r << "\" g=\"" << g << "\" b=\"" << b << "\"/>\n";
        if (auto p = options.positions.find(a.id); p != options.positions.end()) {
            out << "        <viz:position x=\"" << detail::format_double(p->second.x) << "\" y=\""
                << detail::format_double(p->second.y) << "\" z=\"0\"/>\n";
            ++positioned;
        }
        out << "      </node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    std::size_t e = 0;
    for (const Tie& t : net.ties) {
        out << "      <edge id=\"" << e++ << "\" source=\"" << esc(net.actors.at(t.source).id) << "\" target=\""
            << esc(net.actors.at(t.target).id) << "\"";
        if (t.directed != directed) out << " type=\"" << (t.directed ? "directed" : "undirected") << "\"";
        out << " weight=\"" << detail::format_double(t.weight) << "\">\n";
        out << "        <attvalues>\n          <attvalue for=\"type\" value=\"" << esc(t.type) << "\"/>\n";
        if (t.year) out << "          <attvalue for=\"year\" value=\"" << *t.year << "\"/>\n";
        out << "        </attvalues>\n      </edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";

    if (lossy) notes.warn("xml", "some text holds control characters that XML cannot hold; they are written as U+FFFD");
    if (!net.actors.empty() && positioned == 0)
        notes.warn("positions", "no layout positions were given; Gephi places the nodes itself (run a layout there)");
    bool labelled = false, coloured = false, named_regions = false;
    std::vector<Sector> defaults = default_sectors();
    for (const Sector& s : net.sectors) {
        Sector plain{s.id, "", ""};
        for (const Sector& d : defaults)
            if (d.id == s.id) plain = d;
        labelled = labelled || s.label != plain.label;
        coloured = coloured || s.color != plain.color;
    }
    for (const Region& r : net.regions) named_regions = named_regions || (r.declared && (r.name != r.id || !r.parent.empty()));
    if (labelled || coloured)
        notes.warn("sector labels", "GEXF keeps the sector ids but not their labels and colours, except those of the default four (nodes are coloured by sector); use GraphML or GML to keep them");
    if (named_regions)
        notes.warn("regions", "GEXF keeps each actor's region id but not the regions' names and parents; use GraphML or GML to keep them");
    if (!net.projects.empty())
        notes.warn("projects", "GEXF has no place for projects; " + std::to_string(net.projects.size()) +
                                   " projects are not written (use JSON, a CSV folder, GraphML or GML)");
    if (!net.programmes.empty() || !net.currency.empty())
        notes.warn("programmes", "GEXF has no place for programmes; " + std::to_string(net.programmes.size()) +
                                     " programmes are not written (use JSON, a CSV folder, GraphML, GML or DOT)");
    detail::warn_mixed_directions(notes, net, directed, "GEXF", "NetworkX reads a graph as wholly directed or undirected and refuses the file");
    return warnings;
}

}  // namespace ecosys
