#include <algorithm>
#include <cctype>
#include <set>

#include "ecosys/io/gml.hpp"
#include "io/export_util.hpp"
#include "io/io_util.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using detail::gml_string;

std::string gml_real(double v) {
    std::string text = detail::format_double(v);
    if (text.find_first_of(".eEn") == std::string::npos) text += ".0";  // GML reals need a point
    return text;
}

std::string gml_value(const nlohmann::json& v) {
    if (v.is_boolean()) return v.get<bool>() ? "1" : "0";
    if (v.is_number_integer()) return v.dump();
    if (v.is_number_float()) return gml_real(v.get<double>());
    return gml_string(detail::value_text(v));
}

/// GML keys are letters, digits and '_', starting with a letter.
std::string gml_key(const std::string& key) {
    std::string out;
    for (char c : key) out += (std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80) ? c : '_';
    if (out.empty() || !std::isalpha(static_cast<unsigned char>(out[0]))) out = "a" + out;
    return out;
}

}  // namespace

WriteWarnings write_gml(const Network& net, std::ostream& out, const std::string& target) {
    WriteWarnings warnings;
    detail::WriteNotes notes(target, warnings);
    std::vector<detail::NodeColumn> columns = detail::node_columns(net, detail::reserved_names(Format::gml), notes);
    // Keys that are GML keys already keep their names; the others are changed, and a
    // changed key that meets another ("a b" and "a&b" both give "a_b") gets the first
    // free suffix _2, _3 ..., so that no two attributes share a key (NetworkX would
    // read them as one list).
    std::set<std::string> taken;
    for (const auto& c : columns)
        if (gml_key(c.key) == c.key) taken.insert(c.key);
    for (auto& c : columns) {
        if (gml_key(c.key) == c.key) continue;
        const std::string base = gml_key(c.key);
        std::string key = base;
        for (int n = 2; taken.count(key); ++n) key = base + "_" + std::to_string(n);
        taken.insert(key);
        notes.warn("key " + c.key, "attribute " + detail::quote(c.key) + " is written as " + detail::quote(key) +
                                       ": GML keys are letters, digits and '_'");
        c.key = key;
    }
    bool directed = detail::all_directed(net);

    out << "Creator \"ecosys " ECOSYS_VERSION "\"\n";
    out << "graph [\n";
    out << "  directed " << (directed ? 1 : 0) << "\n";
    // NetworkX refuses parallel edges unless the graph says it is a multigraph.
    std::set<std::pair<std::size_t, std::size_t>> pairs;
    bool parallel = false;
    for (const Tie& t : net.ties) {
        std::pair<std::size_t, std::size_t> key = directed ? std::make_pair(t.source, t.target)
                                                           : std::make_pair(std::min(t.source, t.target), std::max(t.source, t.target));
        parallel = parallel || !pairs.insert(key).second;
    }
    if (parallel) out << "  multigraph 1\n";
    out << "  name " << gml_string(net.name) << "\n";
    out << "  ecosys [\n";
    for (const Sector& s : net.sectors) {
        out << "    sector [ id " << gml_string(s.id);
        if (!s.label.empty()) out << " label " << gml_string(s.label);
        if (!s.color.empty()) out << " color " << gml_string(s.color);
        out << " ]\n";
    }
    for (const Region& r : net.regions) {
        if (!r.declared) continue;
        out << "    region [ id " << gml_string(r.id);
        if (!r.name.empty() && r.name != r.id) out << " name " << gml_string(r.name);
        if (!r.parent.empty()) out << " parent " << gml_string(r.parent);
        out << " ]\n";
    }
    for (const Project& p : net.projects) {
        out << "    project [ id " << gml_string(p.id);
        if (!p.name.empty()) out << " name " << gml_string(p.name);
        if (!p.type.empty()) out << " type " << gml_string(p.type);
        if (p.year) out << " year " << *p.year;
        if (p.end_year) out << " end_year " << *p.end_year;
        if (!p.region.empty()) out << " region " << gml_string(p.region);
        if (!p.programme.empty()) out << " programme " << gml_string(p.programme);
        if (p.funding) out << " funding " << detail::format_double(*p.funding);
        for (std::size_t k = 0; k < p.participants.size(); ++k) {
            const Participation& part = p.participation(k);
            const std::string id = gml_string(net.actors.at(p.participants[k]).id);
            if (part == Participation{}) {
                out << " participant " << id;
                continue;
            }
            out << " participant [ actor " << id;
            if (!part.role.empty()) out << " role " << gml_string(part.role);
            if (part.funding) out << " funding " << detail::format_double(*part.funding);
            out << " ]";
        }
        out << " ]\n";
    }
    if (!net.currency.empty()) out << "    currency " << gml_string(net.currency) << "\n";
    for (const Programme& g : net.programmes) {
        out << "    programme [ id " << gml_string(g.id);
        if (!g.name.empty() && g.name != g.id) out << " name " << gml_string(g.name);
        for (const std::string& r : g.regions) out << " region " << gml_string(r);
        if (g.from && g.to) out << " years " << gml_string(std::to_string(*g.from) + "-" + std::to_string(*g.to));
        if (g.budget) out << " budget " << detail::format_double(*g.budget);
        out << " ]\n";
    }
    for (const auto& c : columns)
        if (c.type == detail::NodeColumn::Type::boolean) out << "    boolean " << gml_string(c.key) << "\n";
    out << "  ]\n";

    for (std::size_t i = 0; i < net.actors.size(); ++i) {
        const Actor& a = net.actors[i];
        out << "  node [\n    id " << i << "\n    label " << gml_string(a.id) << "\n";
        for (const auto& c : columns)
            if (auto v = detail::node_value(a, c)) out << "    " << c.key << " " << gml_value(*v) << "\n";
        out << "  ]\n";
    }
    for (const Tie& t : net.ties) {
        out << "  edge [\n    source " << t.source << "\n    target " << t.target << "\n";
        out << "    type " << gml_string(t.type) << "\n";
        out << "    weight " << gml_real(t.weight) << "\n";
        if (t.year) out << "    year " << *t.year << "\n";
        if (t.directed && !directed) out << "    directed 1\n";
        out << "  ]\n";
    }
    out << "]\n";
    if (detail::any_directed(net) && !directed)
        notes.warn("mixed", "the network mixes directed and undirected ties; GML marks directed ties with 'directed 1', which "
                            "NetworkX and igraph keep as an attribute of an undirected graph");
    return warnings;
}

}  // namespace ecosys
