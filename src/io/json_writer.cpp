#include "ecosys/io/json_writer.hpp"

#include <cmath>
#include <cstdint>
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

/// A record's first members: its id, and its name unless empty or the id itself (a
/// reader takes the id for a missing name).
ojson id_and_name(const std::string& id, const std::string& name) {
    ojson j;
    j["id"] = id;
    if (!name.empty() && name != id) j["name"] = name;
    return j;
}

/// A member holding an array of records, each written as it is made, so that the
/// records of a large network are never all held as JSON values at once.
class Section {
public:
    /// `always`: written even when empty (as "[]").
    Section(std::string& out, const char* name, bool& first_member, bool always)
        : out_(out), name_(name), first_member_(first_member), always_(always) {}
    void add(const ojson& item) {
        open();
        out_ += count_++ ? ",\n  " : "\n  ";
        compact(item, out_);
    }
    /// An item already written by compact().
    void add_text(const std::string& item) {
        open();
        out_ += count_++ ? ",\n  " : "\n  ";
        out_ += item;
    }
    void close() {
        if (count_ == 0 && !always_) return;
        open();
        out_ += count_ ? "\n ]" : "]";
    }

private:
    void open() {
        if (opened_) return;
        opened_ = true;
        out_ += first_member_ ? "\n" : ",\n";
        first_member_ = false;
        out_ += " ";
        out_ += ojson(name_).dump();
        out_ += ": [";
    }
    std::string& out_;
    const char* name_;
    bool& first_member_;
    bool always_, opened_ = false;
    std::size_t count_ = 0;
};

/// 318000 rather than 318000.0, as people write amounts; the value is the same double.
ojson amount_json(double x) {
    if (std::floor(x) == x && std::fabs(x) < 1e15) return static_cast<long long>(x);
    return x;
}

ojson from_json(const nlohmann::json& v) {
    if (v.is_object()) {
        ojson o = ojson::object();
        for (auto it = v.begin(); it != v.end(); ++it) o[it.key()] = from_json(it.value());
        return o;
    }
    if (v.is_array()) {
        ojson a = ojson::array();
        for (const auto& item : v) a.push_back(from_json(item));
        return a;
    }
    switch (v.type()) {
    case nlohmann::json::value_t::string: return v.get_ref<const std::string&>();
    case nlohmann::json::value_t::boolean: return v.get<bool>();
    case nlohmann::json::value_t::number_integer: return v.get<std::int64_t>();
    case nlohmann::json::value_t::number_unsigned: return v.get<std::uint64_t>();
    case nlohmann::json::value_t::number_float: return v.get<double>();
    default: return ojson::parse(v.dump());
    }
}

}  // namespace

std::string write_json_network(const Network& net) {
    try {
        std::string out = "{";
        bool first = true;
        if (!net.name.empty()) {
            out += "\n \"name\": " + ojson(net.name).dump();
            first = false;
        }
        if (!net.currency.empty()) {
            out += std::string(first ? "\n" : ",\n") + " \"currency\": " + ojson(net.currency).dump();
            first = false;
        }
        Section sectors(out, "sectors", first, true);
        for (const Sector& s : net.sectors) {
            ojson j;
            j["id"] = s.id;
            if (!s.label.empty()) j["label"] = s.label;
            if (!s.color.empty()) j["color"] = s.color;
            sectors.add(j);
        }
        sectors.close();

        Section regions(out, "regions", first, false);
        for (const Region& r : net.regions) {
            if (!r.declared) continue;  // implicit regions come back from the actors
            ojson j = id_and_name(r.id, r.name);
            if (!r.parent.empty()) j["parent"] = r.parent;
            regions.add(j);
        }
        regions.close();

        Section programmes(out, "programmes", first, false);
        for (const Programme& g : net.programmes) {
            ojson j = id_and_name(g.id, g.name);
            if (!g.regions.empty()) j["regions"] = g.regions;
            if (g.from && g.to) j["years"] = *g.from == *g.to ? std::to_string(*g.from) : std::to_string(*g.from) + "-" + std::to_string(*g.to);
            if (g.budget) j["budget"] = amount_json(*g.budget);
            programmes.add(j);
        }
        programmes.close();

        Section actors(out, "actors", first, true);
        for (const Actor& a : net.actors) {
            ojson j = id_and_name(a.id, a.name);
            j["sector"] = a.sector;
            if (!a.region.empty()) j["region"] = a.region;
            if (!a.kind.empty()) j["kind"] = a.kind;
            if (!a.role.empty()) j["role"] = a.role;
            if (!a.needs.empty()) j["needs"] = a.needs;
            if (!a.seeds.empty()) j["seeds"] = a.seeds;
            std::string text;
            compact(j, text);
            if (!a.attributes.empty()) {
                // Written member by member: the attributes come in key order, and an
                // ordered_json object would look each key up among those before it.
                text.pop_back();
                text += ", \"attributes\": {";
                for (auto it = a.attributes.begin(); it != a.attributes.end(); ++it) {
                    if (it != a.attributes.begin()) text += ", ";
                    text += ojson(it.key()).dump();
                    text += ": ";
                    compact(from_json(it.value()), text);
                }
                text += "}}";
            }
            actors.add_text(text);
        }
        actors.close();

        Section ties(out, "ties", first, false);
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
            // A day says its year (and --fiscal-years may have moved `year` to the fiscal one).
            if (t.date) j["date"] = to_string(*t.date);
            else if (t.year) j["year"] = *t.year;
            if (t.directed) j["directed"] = true;
            ties.add(j);
        }
        ties.close();

        Section projects(out, "projects", first, false);
        for (const Project& p : net.projects) {
            ojson j;
            j["id"] = p.id;
            if (!p.name.empty()) j["name"] = p.name;
            if (!p.type.empty()) j["type"] = p.type;
            if (p.date) j["date"] = to_string(*p.date);
            else if (p.year) j["year"] = *p.year;
            if (p.end_date) j["end_date"] = to_string(*p.end_date);
            else if (p.end_year) j["end_year"] = *p.end_year;
            if (!p.region.empty()) j["region"] = p.region;
            if (!p.programme.empty()) j["programme"] = p.programme;
            if (p.funding) j["funding"] = amount_json(*p.funding);
            ojson ids = ojson::array();
            for (std::size_t k = 0; k < p.participants.size(); ++k) {
                const Participation& part = p.participation(k);
                if (part == Participation{}) {
                    ids.push_back(net.actors.at(p.participants[k]).id);
                    continue;
                }
                ojson o;
                o["actor"] = net.actors.at(p.participants[k]).id;
                if (!part.role.empty()) o["role"] = part.role;
                if (part.funding) o["funding"] = amount_json(*part.funding);
                ids.push_back(std::move(o));
            }
            j["participants"] = std::move(ids);
            projects.add(j);
        }
        projects.close();
        out += "\n}\n";
        return out;
    } catch (const nlohmann::json::exception& e) {
        throw OutputError(std::string("cannot write the network as JSON: ") + e.what());
    }
}

void write_json_network(const Network& network, std::ostream& out) { out << write_json_network(network); }

}  // namespace ecosys
