#include "io/export_util.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_set>

#include "io/io_util.hpp"
#include "util/text.hpp"

namespace ecosys::detail {

void WriteNotes::warn(const std::string& key, std::string message) {
    if (std::find(given_.begin(), given_.end(), key) != given_.end()) return;
    given_.push_back(key);
    warnings_.push_back({Diagnostic::Severity::warning, {target_, 0, 0}, std::move(message)});
}

namespace {

std::string join_keywords(const std::vector<std::string>& words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) out += (i ? ";" : "") + words[i];
    return out;
}

}  // namespace

std::vector<NodeColumn> node_columns(const Network& net, const std::vector<std::string>& reserved, WriteNotes& notes,
                                     bool sector_column) {
    using Type = NodeColumn::Type;
    std::vector<NodeColumn> columns;
    columns.push_back({"name", "", Type::string});
    if (sector_column) columns.push_back({"sector", "", Type::string});
    bool region = false, kind = false, role = false, needs = false, seeds = false;
    for (const Actor& a : net.actors) {
        region = region || !a.region.empty();
        kind = kind || !a.kind.empty();
        role = role || !a.role.empty();
        needs = needs || !a.needs.empty();
        seeds = seeds || !a.seeds.empty();
        for (const auto& list : {&a.needs, &a.seeds})
            for (const std::string& w : *list)
                if (w.find(';') != std::string::npos)
                    notes.warn("keyword ;", "keyword " + quote(w) + " of actor " + quote(a.id) +
                                                " holds ';', which separates needs and seeds in this format; it will read back as two keywords");
    }
    if (region) columns.push_back({"region", "", Type::string});
    if (kind) columns.push_back({"kind", "", Type::string});
    if (role) columns.push_back({"role", "", Type::string});
    if (needs) columns.push_back({"needs", "", Type::string});
    if (seeds) columns.push_back({"seeds", "", Type::string});

    static const std::vector<std::string> fields = {"name", "sector", "region", "kind", "role", "needs", "seeds"};
    std::vector<std::string> keys;  // in order of first use
    std::unordered_set<std::string_view> seen;
    for (const Actor& a : net.actors) {
        for (auto it = a.attributes.begin(); it != a.attributes.end(); ++it)
            if (seen.insert(it.key()).second) keys.push_back(it.key());
    }
    for (const std::string& key : keys) {
        bool has_bool = false, has_int = false, has_real = false, has_other = false, has_null = false;
        for (const Actor& a : net.actors) {
            auto it = a.attributes.find(key);
            if (it == a.attributes.end()) continue;
            if (it->is_boolean()) has_bool = true;
            else if (it->is_number_integer()) has_int = true;
            else if (it->is_number_float()) has_real = true;
            else if (it->is_null()) has_null = true;
            else has_other = true;
            if (it->is_array() || it->is_object())
                notes.warn("nested " + key, "attribute " + quote(key) + " holds lists or objects; they are written as JSON text and read back as text");
        }
        if (has_null) notes.warn("null " + key, "attribute " + quote(key) + " is null for some actors; those values are not written");
        Type type = Type::string;
        if (!has_other && has_bool && !has_int && !has_real) type = Type::boolean;
        else if (!has_other && !has_bool && has_int && !has_real) type = Type::integer;
        else if (!has_other && !has_bool && (has_int || has_real)) type = Type::real;
        else if (has_bool + has_int + has_real + has_other > 1 || (has_bool && has_other))
            notes.warn("mixed " + key, "attribute " + quote(key) + " mixes value types across actors; it is written as text and read back as text");
        std::string name = key;
        if (std::find(fields.begin(), fields.end(), key) != fields.end() ||
            std::find(reserved.begin(), reserved.end(), key) != reserved.end()) {
            name = "attr_" + key;
            notes.warn("renamed " + key, "attribute " + quote(key) + " has the name of a field of this format; it is written as " + quote(name));
        }
        columns.push_back({name, key, type});
    }
    return columns;
}

const std::vector<std::string>& reserved_names(Format format) {
    static const std::vector<std::string> none, gexf = {"label"}, gml = {"id", "label", "graphics", "LabelGraphics"},
                                              dot = {"label", "color", "fillcolor", "style", "shape", "pos", "width", "height",
                                                     "fontname", "fontsize", "tooltip", "xlabel", "penwidth", "URL", "href",
                                                     "group", "id", "class", "comment", "dir", "key"};
    switch (format) {
        case Format::gexf: return gexf;
        case Format::gml: return gml;
        case Format::dot: return dot;
        default: return none;
    }
}

std::optional<nlohmann::json> node_value(const Actor& a, const NodeColumn& c) {
    if (c.attribute.empty()) {
        auto text = [](const std::string& s) -> std::optional<nlohmann::json> {
            if (s.empty()) return std::nullopt;
            return nlohmann::json(s);
        };
        if (c.key == "name") return nlohmann::json(a.name.empty() ? a.id : a.name);
        if (c.key == "sector") return text(a.sector);
        if (c.key == "region") return text(a.region);
        if (c.key == "kind") return text(a.kind);
        if (c.key == "role") return text(a.role);
        if (c.key == "needs") return text(join_keywords(a.needs));
        if (c.key == "seeds") return text(join_keywords(a.seeds));
        return std::nullopt;
    }
    auto it = a.attributes.find(c.attribute);
    if (it == a.attributes.end() || it->is_null()) return std::nullopt;
    if (c.type == NodeColumn::Type::string) return nlohmann::json(value_text(*it));
    return *it;
}

std::string scalar_text(const nlohmann::json& value) {
    if (value.is_number_float()) return format_double(value.get<double>());
    return value_text(value);
}

nlohmann::json sectors_json(const Network& net) {
    nlohmann::json out = nlohmann::json::array();
    for (const Sector& s : net.sectors) {
        nlohmann::json j = {{"id", s.id}};
        if (!s.label.empty()) j["label"] = s.label;
        if (!s.color.empty()) j["color"] = s.color;
        out.push_back(std::move(j));
    }
    return out;
}

nlohmann::json regions_json(const Network& net) {
    nlohmann::json out = nlohmann::json::array();
    for (const Region& r : net.regions) {
        if (!r.declared) continue;
        nlohmann::json j = {{"id", r.id}};
        if (!r.name.empty() && r.name != r.id) j["name"] = r.name;
        if (!r.parent.empty()) j["parent"] = r.parent;
        out.push_back(std::move(j));
    }
    return out;
}

nlohmann::json projects_json(const Network& net) {
    nlohmann::json out = nlohmann::json::array();
    for (const Project& p : net.projects) {
        nlohmann::json j = {{"id", p.id}};
        if (!p.name.empty()) j["name"] = p.name;
        if (!p.type.empty()) j["type"] = p.type;
        if (p.year) j["year"] = *p.year;
        if (p.end_year) j["end_year"] = *p.end_year;
        if (!p.region.empty()) j["region"] = p.region;
        if (!p.programme.empty()) j["programme"] = p.programme;
        if (p.funding) j["funding"] = *p.funding;
        nlohmann::json ids = nlohmann::json::array();
        for (std::size_t k = 0; k < p.participants.size(); ++k) {
            const Participation& part = p.participation(k);
            if (part == Participation{}) {
                ids.push_back(net.actors.at(p.participants[k]).id);
                continue;
            }
            nlohmann::json o = {{"actor", net.actors.at(p.participants[k]).id}};
            if (!part.role.empty()) o["role"] = part.role;
            if (part.funding) o["funding"] = *part.funding;
            ids.push_back(std::move(o));
        }
        j["participants"] = std::move(ids);
        out.push_back(std::move(j));
    }
    return out;
}

nlohmann::json programmes_json(const Network& net) {
    nlohmann::json list = nlohmann::json::array();
    for (const Programme& g : net.programmes) {
        nlohmann::json j = {{"id", g.id}};
        if (!g.name.empty() && g.name != g.id) j["name"] = g.name;
        if (!g.regions.empty()) j["regions"] = g.regions;
        if (g.from && g.to) j["years"] = std::to_string(*g.from) + "-" + std::to_string(*g.to);
        if (g.budget) j["budget"] = *g.budget;
        list.push_back(std::move(j));
    }
    if (list.empty() && net.currency.empty()) return nullptr;
    nlohmann::json out = {{"programmes", std::move(list)}};
    if (!net.currency.empty()) out["currency"] = net.currency;
    return out;
}

bool any_directed(const Network& net) {
    for (const Tie& t : net.ties)
        if (t.directed) return true;
    return false;
}

bool all_directed(const Network& net) {
    if (net.ties.empty()) return false;
    for (const Tie& t : net.ties)
        if (!t.directed) return false;
    return true;
}

const char* xml_schema_type(NodeColumn::Type type) {
    switch (type) {
        case NodeColumn::Type::boolean: return "boolean";
        case NodeColumn::Type::integer: return "long";
        case NodeColumn::Type::real: return "double";
        case NodeColumn::Type::string: return "string";
    }
    return "string";
}

void warn_mixed_directions(WriteNotes& notes, const Network& network, bool directed, const std::string& format,
                           const std::string& readers) {
    if (!any_directed(network) || directed) return;
    notes.warn("mixed", "the network mixes directed and undirected ties; " + format + " keeps each edge's direction, but " +
                            readers + "; ecosys convert --as-undirected or --as-directed writes one kind");
}

}  // namespace ecosys::detail
