#include <optional>

#include "ecosys/io/pajek.hpp"
#include "io/export_util.hpp"
#include "io/io_util.hpp"

namespace ecosys {

namespace {

/// Pajek labels are in double quotes and cannot hold one: it becomes '.
std::string pajek_string(std::string_view s, bool& changed) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\n' || c == '\r') {
            out += c == '"' ? '\'' : ' ';
            changed = true;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

}  // namespace

WriteWarnings write_pajek(const Network& net, std::ostream& out, const std::string& target) {
    WriteWarnings warnings;
    detail::WriteNotes notes(target, warnings);
    bool changed = false;
    out << "*Network " << pajek_string(net.name, changed) << "\n";
    out << "*Vertices " << net.actors.size() << "\n";
    for (std::size_t i = 0; i < net.actors.size(); ++i) out << (i + 1) << " " << pajek_string(net.actors[i].id, changed) << "\n";
    // Ties in their order: a new *Arcs or *Edges section wherever the direction changes.
    bool years = false;
    std::optional<bool> section;
    for (const Tie& t : net.ties) {
        if (section != t.directed) out << (t.directed ? "*Arcs\n" : "*Edges\n");
        section = t.directed;
        out << (t.source + 1) << " " << (t.target + 1) << " " << detail::format_double(t.weight) << " l "
            << pajek_string(t.type, changed) << "\n";
        years = years || t.year.has_value();
    }
    if (changed) notes.warn("quotes", "double quotes and line breaks in ids, names and tie types are written as ' and spaces: Pajek labels cannot hold them");
    notes.warn("fields", "Pajek keeps actor ids, ties, weights, directions and tie types (as edge labels) only; sectors, regions, "
                         "names, kinds, roles, needs, seeds and attributes are not written (use GraphML, GEXF or GML to keep them)");
    if (years) notes.warn("years", "tie years are not written: Pajek has no place for them");
    if (!net.projects.empty())
        notes.warn("projects", std::to_string(net.projects.size()) + " projects are not written: Pajek has no place for them");
    if (!net.programmes.empty() || !net.currency.empty())
        notes.warn("programmes", std::to_string(net.programmes.size()) + " programmes are not written: Pajek has no place for them");
    return warnings;
}

}  // namespace ecosys
