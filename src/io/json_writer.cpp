#include "ecosys/io/json_writer.hpp"

#include <cmath>
#include <sstream>

#include "ecosys/error.hpp"

namespace ecosys {

namespace {

using ojson = nlohmann::ordered_json;

/// One value on one line with ", " and ": " between items, as the shipped files are written.
void compact(const ojson& v, std::string& out) {
    if (v.is_object()) {
        out += '{';
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!first) out += ", ";
            first = false;
            out += ojson(it.key()).dump();
            out += ": ";
            compact(it.value(), out);
        }
        out += '}';
    } else if (v.is_array()) {
        out += '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            compact(v[i], out);
        }
        out += ']';
    } else {
        out += v.dump();
    }
}

void section(std::string& out, const char* name, const std::vector<ojson>& items, bool& first_member) {
    out += first_member ? "\n" : ",\n";
    first_member = false;
    out += " ";
    out += ojson(name).dump();
    out += ": [";
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += i ? ",\n  " : "\n  ";
        compact(items[i], out);
    }
    out += items.empty() ? "]" : "\n ]";
}

ojson from_json(const nlohmann::json& v) { return ojson::parse(v.dump()); }

}  // namespace

std::string write_json_network(const Network& net) {
    try {
        std::string out = "{";
        bool first = true;
        if (!net.name.empty()) {
            out += "\n \"name\": " + ojson(net.name).dump();
            first = false;
        }
        std::vector<ojson> items;
        for (const Sector& s : net.sectors) {
            ojson j;
            j["id"] = s.id;
            if (!s.label.empty()) j["label"] = s.label;
            if (!s.color.empty()) j["color"] = s.color;
            items.push_back(std::move(j));
        }
        section(out, "sectors", items, first);

        items.clear();
        for (const Region& r : net.regions) {
            if (!r.declared) continue;  // implicit regions come back from the actors
            ojson j;
            j["id"] = r.id;
            if (!r.name.empty() && r.name != r.id) j["name"] = r.name;
            if (!r.parent.empty()) j["parent"] = r.parent;
            items.push_back(std::move(j));
        }
        if (!items.empty()) section(out, "regions", items, first);

        items.clear();
        for (const Actor& a : net.actors) {
            ojson j;
            j["id"] = a.id;
            if (!a.name.empty() && a.name != a.id) j["name"] = a.name;
            j["sector"] = a.sector;
            if (!a.region.empty()) j["region"] = a.region;
            if (!a.kind.empty()) j["kind"] = a.kind;
            if (!a.role.empty()) j["role"] = a.role;
            if (!a.needs.empty()) j["needs"] = a.needs;
            if (!a.seeds.empty()) j["seeds"] = a.seeds;
            if (a.attributes.is_object() && !a.attributes.empty()) j["attributes"] = from_json(a.attributes);
            items.push_back(std::move(j));
        }
        section(out, "actors", items, first);

        items.clear();
        for (const Tie& t : net.ties) {
            ojson j;
            j["source"] = net.actors.at(t.source).id;
            j["target"] = net.actors.at(t.target).id;
            if (!t.type.empty() && t.type != "tie") j["type"] = t.type;
            if (t.weight != 1.0) {
                // 2 rather than 2.0, as people write weights; the value is the same double.
                if (std::floor(t.weight) == t.weight && std::fabs(t.weight) < 1e15) j["weight"] = static_cast<long long>(t.weight);
                else j["weight"] = t.weight;
            }
            if (t.year) j["year"] = *t.year;
            if (t.directed) j["directed"] = true;
            items.push_back(std::move(j));
        }
        if (!items.empty()) section(out, "ties", items, first);

        items.clear();
        for (const Project& p : net.projects) {
            ojson j;
            j["id"] = p.id;
            if (!p.name.empty()) j["name"] = p.name;
            if (!p.type.empty()) j["type"] = p.type;
            if (p.year) j["year"] = *p.year;
            if (!p.region.empty()) j["region"] = p.region;
            ojson ids = ojson::array();
            for (std::size_t i : p.participants) ids.push_back(net.actors.at(i).id);
            j["participants"] = std::move(ids);
            items.push_back(std::move(j));
        }
        if (!items.empty()) section(out, "projects", items, first);
        out += "\n}\n";
        return out;
    } catch (const nlohmann::json::exception& e) {
        throw OutputError(std::string("cannot write the network as JSON: ") + e.what());
    }
}

void write_json_network(const Network& network, std::ostream& out) { out << write_json_network(network); }

}  // namespace ecosys
