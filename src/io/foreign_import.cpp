#include "io/foreign_import.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "io/export_util.hpp"
#include "io/io_util.hpp"
#include "io/json_value.hpp"
#include "util/text.hpp"

namespace ecosys::detail {

namespace {

const ForeignAttr* find_attr(const std::vector<ForeignAttr>& attrs, std::string_view key) {
    for (const ForeignAttr& a : attrs)
        if (a.key == key) return &a;
    return nullptr;
}

std::vector<std::string> split_keywords(const nlohmann::json& value) {
    std::vector<std::string> out;
    if (value.is_array()) {
        for (const auto& item : value) {
            std::string k(trim_blanks(value_text(item)));
            if (!k.empty()) out.push_back(k);
        }
        return out;
    }
    std::string s = value_text(value);
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t end = s.find(';', start);
        if (end == std::string::npos) end = s.size();
        std::string k(trim_blanks(std::string_view(s).substr(start, end - start)));
        if (!k.empty()) out.push_back(k);
        start = end + 1;
    }
    return out;
}

std::string others(std::size_t n, std::string_view what) {
    if (n == 0) return "";
    return " (and " + std::to_string(n) + " other " + std::string(what) + (n == 1 ? "" : "s") + ")";
}

std::string string_member(const nlohmann::json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return {};
    return value_text(*it);
}

}  // namespace

ForeignImport::ForeignImport(std::string format, std::string source, const ImportOptions& options)
    : format_(std::move(format)),
      source_(std::move(source)),
      options_(options),
      b_(name_from_source(source_)) {}

void ForeignImport::warn_once(const std::string& key, const Location& at, std::string message) {
    if (warned_[key]) return;
    warned_[key] = true;
    b_.warning(at, std::move(message));
}

void ForeignImport::declare_sectors(const nlohmann::json& sectors, const Location& at) {
    if (!sectors.is_array() || sectors.empty()) {
        error(at, "the sectors declared by the file must be a non-empty list of objects with an \"id\"");
        return;
    }
    if (!sectors_declared_) b_.clear_sectors();
    sectors_declared_ = true;
    for (const auto& s : sectors) {
        if (!s.is_object() || !s.contains("id")) {
            error(at, "each sector declared by the file must be an object with an \"id\", got " + describe_json(s));
            continue;
        }
        Sector sector{string_member(s, "id"), string_member(s, "label"), string_member(s, "color")};
        declared_sector_ids_.push_back(sector.id);
        b_.add_sector(std::move(sector), at);
    }
}

void ForeignImport::declare_embedded(const std::string& name, std::string_view text, const Location& at, Format format) {
    std::string problem;
    std::optional<nlohmann::json> j = parse_json_value(text, problem);
    if (!j) {
        error(at, quote(name) + " does not hold valid JSON (" + problem + "); it is written by ecosys and should not be edited by hand");
        return;
    }
    if (name == "ecosys_attribute_types") {
        if (!j->is_object()) {
            error(at, quote(name) + " must be an object of attribute types, got " + describe_json(*j));
            return;
        }
        for (auto it = j->begin(); it != j->end(); ++it)
            if (it->is_string()) declare_attribute_type(it.key(), it->get<std::string>());
        return;
    }
    written_by_ecosys(reserved_names(format));
    if (name == "ecosys_programmes") declare_programmes(*j, at);
    else if (name == "ecosys_sectors") declare_sectors(*j, at);
    else if (name == "ecosys_regions") declare_regions(*j, at);
    else declare_projects(*j, at);
}

void ForeignImport::declare_sector_ids(const std::vector<std::string>& ids, const Location& at) {
    if (ids.empty()) return;
    if (!sectors_declared_) b_.clear_sectors();
    sectors_declared_ = true;
    std::vector<Sector> defaults = default_sectors();
    for (const std::string& id : ids) {
        declared_sector_ids_.push_back(id);
        Sector sector{id, "", ""};
        for (const Sector& d : defaults)
            if (d.id == id) sector = d;  // the label and colour of a default helix need no declaration
        b_.add_sector(std::move(sector), at);
    }
}

void ForeignImport::declare_regions(const nlohmann::json& regions, const Location& at) {
    if (!regions.is_array()) {
        error(at, "the regions declared by the file must be a list of objects with an \"id\"");
        return;
    }
    for (const auto& r : regions) {
        if (!r.is_object() || !r.contains("id")) {
            error(at, "each region declared by the file must be an object with an \"id\", got " + describe_json(r));
            continue;
        }
        Region region{string_member(r, "id"), string_member(r, "name"), string_member(r, "parent"), true};
        if (region.name.empty()) region.name = region.id;
        b_.add_region(std::move(region), at);
    }
}

std::optional<double> ForeignImport::amount_member(const nlohmann::json& object, const char* key, const std::string& owner,
                                                   const Location& at) {
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) return std::nullopt;
    if (it->is_number()) {
        const double v = it->get<double>();
        if (std::isfinite(v) && v >= 0 && v <= max_amount) return v;
    }
    error(at, "\"" + std::string(key) + "\" of " + owner + " must be a number from 0 to 1e18, got " + describe_json(*it));
    return std::nullopt;
}

void ForeignImport::declare_programmes(const nlohmann::json& declaration, const Location& at) {
    if (!declaration.is_object()) {
        error(at, "the programmes declared by the file must be an object {\"currency\", \"programmes\"}, got " + describe_json(declaration));
        return;
    }
    if (auto c = declaration.find("currency"); c != declaration.end() && c->is_string()) b_.set_currency(c->get<std::string>());
    auto list = declaration.find("programmes");
    if (list == declaration.end()) return;
    if (!list->is_array()) {
        error(at, "\"programmes\" declared by the file must be a list of objects with an \"id\"");
        return;
    }
    for (const auto& g : *list) {
        if (!g.is_object() || !g.contains("id")) {
            error(at, "each programme declared by the file must be an object with an \"id\", got " + describe_json(g));
            continue;
        }
        Programme programme;
        programme.id = string_member(g, "id");
        programme.name = string_member(g, "name");
        if (auto r = g.find("regions"); r != g.end() && r->is_array())
            for (const auto& id : *r) programme.regions.push_back(value_text(id));
        if (const std::string years = string_member(g, "years"); !years.empty() &&
                                                               !parse_programme_years(years, programme.from, programme.to))
            error(at, "\"years\" of programme " + quote(programme.id) + " is " + quote(years) + "; expected \"A-B\"");
        programme.budget = amount_member(g, "budget", "programme " + quote(programme.id), at);
        b_.add_programme(std::move(programme), at);
    }
}

void ForeignImport::declare_projects(const nlohmann::json& projects, const Location& at) {
    if (!projects.is_array()) {
        error(at, "the projects declared by the file must be a list of objects with an \"id\" and \"participants\"");
        return;
    }
    for (const auto& p : projects) {
        if (!p.is_object() || !p.contains("id") || !p.contains("participants") || !p["participants"].is_array()) {
            error(at, "each project declared by the file must be an object with an \"id\" and a \"participants\" list, got " +
                          describe_json(p));
            continue;
        }
        RawProject raw;
        raw.at = raw.at_id = at;
        raw.project.id = string_member(p, "id");
        raw.project.name = string_member(p, "name");
        raw.project.type = string_member(p, "type");
        raw.project.region = string_member(p, "region");
        if (auto y = p.find("year"); y != p.end() && y->is_number_integer()) raw.project.year = y->get<int>();
        if (auto y = p.find("end_year"); y != p.end() && y->is_number_integer()) raw.project.end_year = y->get<int>();
        raw.project.programme = string_member(p, "programme");
        raw.project.funding = amount_member(p, "funding", "project " + quote(raw.project.id), at);
        for (const auto& item : p["participants"]) {
            if (!item.is_object()) {
                raw.participants.emplace_back(value_text(item), at);
                raw.participations.emplace_back();
                continue;
            }
            Participation part;
            part.role = string_member(item, "role");
            const std::string actor = string_member(item, "actor");
            part.funding = amount_member(item, "funding", "the participant " + quote(actor) + " of project " + quote(raw.project.id), at);
            raw.participants.emplace_back(actor, at);
            raw.participations.push_back(std::move(part));
        }
        b_.add_project(std::move(raw));
    }
}

nlohmann::json ForeignImport::typed(const std::string& key, const nlohmann::json& value) const {
    auto it = attribute_types_.find(key);
    if (it == attribute_types_.end()) return value;
    const std::string& type = it->second;
    std::string text = value.is_string() ? std::string(trim_blanks(value.get<std::string>())) : std::string();
    if (type == "boolean") {
        if (value.is_number_integer() && (value == 0 || value == 1)) return value == 1;
        if (text == "true" || text == "1") return true;
        if (text == "false" || text == "0") return false;
    } else if (type == "integer" && value.is_string()) {
        if (auto i = parse_integer(text)) return *i;
    } else if (type == "real" && value.is_string()) {
        if (auto d = parse_double(text)) return *d;
    }
    return value;
}

void ForeignImport::count_shared(const std::vector<ForeignAttr>& attrs, const char* what, const std::string& id,
                                 const std::string* target) {
    for (const ForeignAttr& a : attrs) {
        if (!a.shared || over_budget_) continue;
        const std::size_t size = a.shared->is_string() ? a.shared->get_ref<const std::string&>().size() : a.shared->dump().size();
        shared_text_ += size;
        if (shared_text_ <= shared_budget_) continue;
        over_budget_ = true;
        const std::size_t input = (shared_budget_ - max_shared_text(0)) / 16;
        error(a.at, "the values this " + format_ + " gives many " + what + "s at once (defaults) add up to more than " +
                        std::to_string(shared_budget_ >> 20) + " MiB over the " + what + "s that take them (64 MiB + 16 times the " +
                        std::to_string(input) + "-byte file), at " + what + " " + quote(id) +
                        (target ? " -- " + quote(*target) : std::string()) + ", whose " + quote(a.key) + " is " +
                        std::to_string(size) + " bytes long; every writer would write them out for each " + what +
                        ": give such values to fewer " + what + "s, or shorten them");
    }
}

LoadResult ForeignImport::finish() {
    // Nothing more is mapped: actors would copy the shared texts the message is about.
    if (over_budget_) return b_.finish();
    std::vector<std::string> sector_ids = declared_sector_ids_;
    if (!sectors_declared_)
        for (const Sector& s : default_sectors()) sector_ids.push_back(s.id);
    for (const Sector& s : options_.sector_map.sectors) {
        if (std::find(sector_ids.begin(), sector_ids.end(), s.id) != sector_ids.end()) continue;
        sector_ids.push_back(s.id);
        Location at{options_.sector_map.source, 0, 0};
        for (const auto& e : options_.sector_map.entries)
            if (e.sector == s.id) {
                at = e.at;
                break;
            }
        b_.add_sector(s, at);
    }
    if (!options_.default_sector.empty() &&
        std::find(sector_ids.begin(), sector_ids.end(), options_.default_sector) == sector_ids.end())
        throw UsageError("--default-sector " + quote(options_.default_sector) + " is not a sector of " + source_ +
                         "; expected " + join_alternatives(sector_ids) + did_you_mean(options_.default_sector, sector_ids));

    map_nodes(sector_ids);
    map_edges();
    return b_.finish();
}

void ForeignImport::map_nodes(const std::vector<std::string>& sector_ids) {
    const ImportOptions& o = options_;
    // Attribute keys seen on nodes, for the message about a missing sector.
    std::vector<std::string> keys;
    for (const ForeignNode& n : nodes_)
        for (const ForeignAttr& a : n.attrs)
            if (std::find(keys.begin(), keys.end(), a.key) == keys.end()) keys.push_back(a.key);

    Group missing_sector, missing_id;
    std::vector<std::pair<std::string, Group>> unmapped, unknown;  // by raw value, in order of first use
    std::unordered_map<std::string, std::size_t> unmapped_at, unknown_at;
    auto add_to = [](std::vector<std::pair<std::string, Group>>& groups, std::unordered_map<std::string, std::size_t>& index,
                     const std::string& value, const ForeignNode& n, const Location& at) {
        auto [it, fresh] = index.emplace(value, groups.size());
        if (fresh) groups.push_back({value, Group{{}, at}});
        groups[it->second].second.nodes.push_back(&n);
    };
    // An actor whose sector is reported gets this one, so that its ties do not cascade into more errors.
    const std::string placeholder = sector_ids.empty() ? std::string() : sector_ids.front();

    for (const ForeignNode& n : nodes_) {
        RawActor raw;
        raw.at = n.at;
        raw.at_id = n.at_id;
        raw.at_sector = n.at;
        Actor& a = raw.actor;
        a.attributes = Attributes(pool_);
        std::vector<std::string> used;

        a.id = n.id;
        if (!o.id_attr.empty()) {
            if (const ForeignAttr* id = find_attr(n.attrs, o.id_attr); id && !value_text(id->value()).empty()) {
                a.id = value_text(id->value());
                raw.at_id = id->at;
                used.push_back(o.id_attr);
            } else {
                if (missing_id.nodes.empty()) missing_id.at = n.at;
                missing_id.nodes.push_back(&n);
            }
        }
        actor_of_node_[n.id] = a.id;

        std::string name_key = o.name_attr;
        if (name_key.empty()) name_key = find_attr(n.attrs, "name") ? "name" : "label";
        if (const ForeignAttr* name = find_attr(n.attrs, name_key)) {
            a.name = value_text(name->value());
            used.push_back(name_key);
        }

        const ForeignAttr* sector = find_attr(n.attrs, o.sector_attr);
        std::string raw_sector = sector ? std::string(trim_blanks(value_text(sector->value()))) : std::string();
        if (sector) {
            used.push_back(o.sector_attr);
            raw.at_sector = sector->at;
        }
        if (raw_sector.empty()) {
            if (!o.default_sector.empty()) {
                a.sector = o.default_sector;
            } else {
                if (missing_sector.nodes.empty()) missing_sector.at = sector ? sector->at : n.at;
                missing_sector.nodes.push_back(&n);
                a.sector = placeholder;
            }
        } else if (!o.sector_map.empty()) {
            if (const std::string* mapped = o.sector_map.find(raw_sector)) {
                a.sector = *mapped;
            } else if (std::find(sector_ids.begin(), sector_ids.end(), raw_sector) != sector_ids.end()) {
                a.sector = raw_sector;  // already a sector: nothing to map
            } else {
                add_to(unmapped, unmapped_at, raw_sector, n, raw.at_sector);
                a.sector = placeholder;
            }
        } else if (std::find(sector_ids.begin(), sector_ids.end(), raw_sector) == sector_ids.end()) {
            add_to(unknown, unknown_at, raw_sector, n, raw.at_sector);
            a.sector = placeholder;
        } else {
            a.sector = raw_sector;
        }

        if (const ForeignAttr* region = find_attr(n.attrs, o.region_attr)) {
            // As written, like the JSON reader (" r " is a region id of its own); only
            // blanks alone mean no region. Trimming lost the blanks of ids that ecosys
            // itself wrote (found by the writer_roundtrip fuzz target).
            const std::string text = value_text(region->value());
            if (!trim_blanks(text).empty()) a.region = text;
            used.push_back(o.region_attr);
        }
        if (const ForeignAttr* kind = find_attr(n.attrs, "kind")) a.kind = value_text(kind->value()), used.push_back("kind");
        if (const ForeignAttr* role = find_attr(n.attrs, "role")) a.role = value_text(role->value()), used.push_back("role");
        if (const ForeignAttr* needs = find_attr(n.attrs, "needs")) a.needs = split_keywords(needs->value()), used.push_back("needs");
        if (const ForeignAttr* seeds = find_attr(n.attrs, "seeds")) a.seeds = split_keywords(seeds->value()), used.push_back("seeds");

        for (const ForeignAttr& attr : n.attrs) {
            if (std::find(used.begin(), used.end(), attr.key) != used.end() || attr.value().is_null()) continue;
            std::string key = attr.key;
            if (ecosys_written_ && key.rfind("attr_", 0) == 0) {
                static const std::vector<std::string> fields = {"name", "sector", "region", "kind", "role", "needs", "seeds"};
                std::string original = key.substr(5);
                if (std::find(fields.begin(), fields.end(), original) != fields.end() ||
                    std::find(reserved_.begin(), reserved_.end(), original) != reserved_.end())
                    key = original;
            }
            const std::uint32_t k = pool_->key(key);
            const auto t = attribute_types_.find(attr.key);
            // A shared value that keeps its type is held once however many actors take it.
            if (attr.shared && t == attribute_types_.end())
                a.attributes.set_held(k, pool_->value(attr.shared));
            else
                a.attributes.set_held(k, pool_->value(typed(attr.key, attr.value())));
        }
        b_.add_actor(std::move(raw));
    }

    const std::string& node = words_.node;
    const std::string& attribute = words_.attribute;
    if (!missing_id.nodes.empty())
        error(missing_id.at, node + " " + quote(missing_id.nodes.front()->id) + " has no " + attribute + " " + quote(o.id_attr) +
                                 others(missing_id.nodes.size() - 1, node) + "; --id-attr names the " + attribute +
                                 " that holds every actor's id" + did_you_mean(o.id_attr, keys));
    if (!missing_sector.nodes.empty()) {
        const ForeignNode& first = *missing_sector.nodes.front();
        std::vector<std::string> shown;
        for (const std::string& k : keys)
            if (k != "name" && k != "label" && shown.size() < 8) shown.push_back(quote(k));
        std::string message = node + " " + quote(first.id) + " has no " + quote(o.sector_attr) + " " + attribute +
                              others(missing_sector.nodes.size() - 1, node) + "; ";
        if (shown.empty())
            message += "this " + format_ + " has no " + attribute + "s to take a sector from: give every actor one with --default-sector SECTOR";
        else
            message += "name the " + attribute + " that holds the sector with " + words_.sector_option + did_you_mean(o.sector_attr, keys) +
                       " (the " + node + "s have " + join_alternatives(shown, " and ") + "), or give --default-sector SECTOR";
        error(missing_sector.at, message);
    }
    for (const auto& [value, g] : unmapped) {
        std::vector<std::string> values;
        for (const auto& e : o.sector_map.entries) values.push_back(e.value);
        error(g.at, "value " + quote(value) + " of " + attribute + " " + quote(o.sector_attr) + " on " + node + " " +
                        quote(g.nodes.front()->id) + others(g.nodes.size() - 1, node) + " is not in the sector map " +
                        o.sector_map.source + did_you_mean(value, values) + "; add a row '" + value + ",SECTOR' to it");
    }
    for (const auto& [value, g] : unknown)
        error(g.at, "unknown sector " + quote(value) + " in " + attribute + " " + quote(o.sector_attr) + " of " + node + " " +
                        quote(g.nodes.front()->id) + others(g.nodes.size() - 1, node) + "; expected " +
                        join_alternatives(sector_ids) + did_you_mean(value, sector_ids) +
                        ", or map the file's values to sectors with --sector-map FILE");
}

void ForeignImport::map_edges() {
    const ImportOptions& o = options_;
    auto actor_id = [&](const std::string& node) -> std::string {
        auto it = actor_of_node_.find(node);
        return it == actor_of_node_.end() ? node : it->second;
    };

    for (ForeignEdge& e : edges_) {
        RawTie raw;
        raw.at = e.at;
        raw.at_source = e.at_source;
        raw.at_target = e.at_target;
        raw.at_weight = e.at;
        raw.source = actor_id(e.source);
        raw.target = actor_id(e.target);
        raw.tie.directed = e.directed;
        std::string owner = "the edge " + quote(raw.source) + " - " + quote(raw.target);
        std::vector<std::string> used;
        bool ok = true;

        const ForeignAttr* type = find_attr(e.attrs, o.type_attr);
        if (!type && o.type_attr == "type") type = find_attr(e.attrs, "label");
        if (type) {
            raw.tie.type = value_text(type->value());
            used.push_back(type->key);
        }
        const ForeignAttr* weight = find_attr(e.attrs, o.weight_attr);
        if (!weight && o.weight_attr == "weight") weight = find_attr(e.attrs, "value");
        if (weight) {
            used.push_back(weight->key);
            raw.at_weight = weight->at;
            std::optional<double> w;
            if (weight->value().is_number()) w = weight->value().get<double>();
            else if (weight->value().is_string()) w = parse_double(weight->value().get<std::string>());
            if (!w) {
                error(weight->at, "weight " + quote(value_text(weight->value())) + " of " + owner +
                                      " is not a number; weights must be finite numbers >= 0");
                ok = false;
            } else {
                raw.tie.weight = *w;
            }
        }
        if (const ForeignAttr* year = find_attr(e.attrs, "year")) {
            used.push_back("year");
            std::optional<double> y;
            if (year->value().is_number()) y = year->value().get<double>();
            else if (year->value().is_string()) y = parse_double(year->value().get<std::string>());
            std::string text = value_text(year->value());
            if (year->value().is_string() && trim_blanks(text).empty()) {
                // an empty year is no year
            } else if (!y || !std::isfinite(*y) || std::floor(*y) != *y) {
                error(year->at, "year " + quote(text) + " of " + owner + " is not an integer");
                ok = false;
            } else if (*y < -9999 || *y > 9999) {
                error(year->at, "year " + quote(text) + " of " + owner + " is out of range; expected a year between -9999 and 9999");
                ok = false;
            } else {
                raw.tie.year = static_cast<int>(*y);
            }
        }
        if (const ForeignAttr* directed = find_attr(e.attrs, "directed")) {
            used.push_back("directed");
            const nlohmann::json& v = directed->value();
            std::string text = ascii_lower(value_text(v));
            if (text == "true" || text == "1") raw.tie.directed = true;
            else if (text == "false" || text == "0") raw.tie.directed = false;
            else {
                error(directed->at, "\"directed\" of " + owner + " is " + quote(value_text(v)) + "; expected true or false (1 or 0)");
                ok = false;
            }
        }
        for (const ForeignAttr& attr : e.attrs) {
            if (std::find(used.begin(), used.end(), attr.key) != used.end()) continue;
            warn_once("edge attribute " + attr.key, attr.at,
                      "edge attribute " + quote(attr.key) +
                          " is not kept: a tie has only a type, a weight, a year and a direction (--type-attr and --weight-attr choose "
                          "the attributes that hold them)");
        }
        if (ok) b_.add_tie(std::move(raw));
    }
}

}  // namespace ecosys::detail
