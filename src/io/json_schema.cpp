// The schema of a network file (json_schema.hpp): located values to records.

#include "io/json_schema.hpp"

#include <cmath>
#include <type_traits>

#include "util/text.hpp"

namespace ecosys::detail::json_reader {

Converter::Converter(const std::string& source, NetworkBuilder& builder)
    : source_(source), b_(builder), file_(builder.file(source)) {}

void Converter::network(const Node& root) {
    if (root.kind != Node::Kind::object) {
        b_.error(at(root), "a network must be a JSON object with an \"actors\" array, got " + describe(root));
        return;
    }
    check_members(root, "the network", network_members);
    if (const Node* n = member(root, "name")) {
        if (n->kind == Node::Kind::string) b_.set_name(n->text);
        else type_error(*n, "\"name\" of the network", "a string");
    }
    if (const Node* n = member(root, "currency")) currency(*n);
    if (const Node* p = array_member(root, "programmes", "the network"))
        for (const Node& item : p->items) programme(item);
    if (const Node* s = array_member(root, "sectors", "the network")) {
        b_.clear_sectors();
        if (s->items.empty()) b_.error(at(*s), "\"sectors\" is empty; declare at least one sector or leave it out for the default four");
        for (const Node& item : s->items) sector(item);
    }
    if (const Node* r = array_member(root, "regions", "the network"))
        for (const Node& item : r->items) region(item);
    const Node* actors = member(root, "actors");
    if (!actors) b_.error(at(root), "missing required member \"actors\"; a network needs an array of actors (it may be empty)");
    else if (actors->kind != Node::Kind::array) type_error(*actors, "\"actors\"", "an array");
    else
        for (const Node& item : actors->items) actor(item);
    if (const Node* t = array_member(root, "ties", "the network"))
        for (const Node& item : t->items) tie(item);
    if (const Node* p = array_member(root, "projects", "the network"))
        for (const Node& item : p->items) project(item);
}

void Converter::unknown_member(const Location& where, const std::string& key, const std::string& owner,
                               std::initializer_list<std::string_view> known) {
    std::vector<std::string> names(known.begin(), known.end());
    const std::string hint = did_you_mean(key, names);
    b_.warning(where, "unknown member " + quote(key) + " in " + owner + " is ignored" +
                          (hint.empty() ? std::string("; put extra values in \"attributes\"") : hint));
}

const Node* Converter::member(const Node& obj, std::string_view key) {
    const Node* found = nullptr;
    for (std::size_t i = 0; i < obj.keys.size(); ++i)
        if (obj.keys[i] == key) found = &obj.items[i];
    return found;
}

void Converter::type_error(const Node& n, const std::string& what, const std::string& expected) {
    b_.error(at(n), what + " must be " + expected + ", got " + describe(n));
}

const Node* Converter::array_member(const Node& obj, std::string_view key, const std::string& owner) {
    const Node* n = member(obj, key);
    if (!n) return nullptr;
    if (n->kind != Node::Kind::array) {
        type_error(*n, "\"" + std::string(key) + "\" of " + owner, "an array");
        return nullptr;
    }
    return n;
}

void Converter::check_members(const Node& obj, const char* owner, std::initializer_list<std::string_view> known) {
    for (std::size_t i = 0; i < obj.keys.size(); ++i) {
        const std::string& k = obj.keys[i];
        for (std::size_t j = 0; j < i; ++j)
            if (obj.keys[j] == k) b_.error(at(obj.items[i]), "duplicate member " + quote(k) + " in " + owner);
        bool is_known = false;
        for (auto name : known) is_known = is_known || name == k;
        if (!is_known) unknown_member(at(obj.items[i]), k, owner, known);
    }
}

template <class Owner>
std::string Converter::text_of(const Owner& owner) {
    if constexpr (std::is_invocable_v<const Owner&>) return owner();
    else return std::string(owner);
}

template <class Owner>
bool Converter::get_string(const Node& obj, std::string_view key, const Owner& owner, std::string& out) {
    const Node* n = member(obj, key);
    if (!n) return false;
    if (n->kind != Node::Kind::string) {
        type_error(*n, "\"" + std::string(key) + "\" of " + text_of(owner), "a string");
        return false;
    }
    out = n->text;
    return true;
}

template <class Owner>
bool Converter::get_required_string(const Node& obj, std::string_view key, const Owner& owner, std::string& out) {
    if (!member(obj, key)) {
        b_.error(at(obj), text_of(owner) + " is missing required member \"" + std::string(key) + "\"");
        return false;
    }
    return get_string(obj, key, owner, out);
}

template <class Owner>
void Converter::get_year(const Node& obj, const Owner& owner, std::optional<int>& out, std::string_view key) {
    const Node* n = member(obj, key);
    if (!n || n->kind == Node::Kind::null) return;
    const std::string what = "\"" + std::string(key) + "\" of " + text_of(owner);
    double v = is_number(*n) ? as_double(*n) : 0;
    if (!is_number(*n) || std::floor(v) != v) {
        type_error(*n, what, "an integer");
    } else if (v < -9999 || v > 9999) {
        b_.error(at(*n), what + " is out of range: " + n->text + "; expected a year between -9999 and 9999");
    } else {
        out = static_cast<int>(v);
    }
}

template <class Owner>
void Converter::get_date(const Node& obj, const Owner& owner, std::optional<Date>& out, std::optional<int>& year,
                         std::string_view key, std::string_view year_key) {
    const Node* n = member(obj, key);
    if (!n || n->kind == Node::Kind::null) return;
    const std::string what = "\"" + std::string(key) + "\" of " + text_of(owner);
    if (n->kind != Node::Kind::string) return type_error(*n, what, "a date written YYYY-MM-DD, e.g. \"2019-04-01\"");
    const std::optional<Date> d = parse_date(n->text);
    if (!d)
        return b_.error(at(*n), what + " is " + quote(n->text) +
                                    "; expected a date that exists, written YYYY-MM-DD, e.g. \"2019-04-01\"");
    if (year && *year != d->year)
        return b_.error(at(*n), what + " " + n->text + " is in " + std::to_string(d->year) + " but \"" +
                                    std::string(year_key) + "\" says " + std::to_string(*year) +
                                    ": give the date alone, or the year it falls in");
    out = d;
    year = d->year;
}

template <class Owner>
void Converter::get_amount(const Node& obj, std::string_view key, const Owner& owner, std::optional<double>& out) {
    const Node* n = member(obj, key);
    if (!n || n->kind == Node::Kind::null) return;
    const std::string what = "\"" + std::string(key) + "\" of " + text_of(owner);
    if (!is_number(*n)) return type_error(*n, what, "a number >= 0 (or null when not known)");
    const double v = as_double(*n);
    if (!std::isfinite(v) || v < 0 || v > max_amount)
        return b_.error(at(*n), what + " is " + n->text + "; an amount must be a number from 0 to 1e18 (null when not known)");
    out = v;
}

template <class Owner>
std::vector<std::string> Converter::keywords(const Node& obj, std::string_view key, const Owner& owner) {
    std::vector<std::string> out;
    const Node* n = member(obj, key);
    if (!n) return out;
    if (n->kind != Node::Kind::array) {
        type_error(*n, "\"" + std::string(key) + "\" of " + text_of(owner), "an array");
        return out;
    }
    for (const Node& item : n->items) {
        if (item.kind == Node::Kind::string) out.push_back(item.text);
        else type_error(item, "each of \"" + std::string(key) + "\" of " + text_of(owner), "a string");
    }
    return out;
}

bool Converter::expect_object(const Node& n, const char* what) {
    if (n.kind == Node::Kind::object) return true;
    type_error(n, what, "an object");
    return false;
}

void Converter::sector(const Node& n) {
    // "sectors": ["industry", "academia"]: the shorthand of a sector given by its id alone.
    if (n.kind == Node::Kind::string) {
        Sector s;
        s.id = n.text;
        b_.add_sector(std::move(s), at(n));
        return;
    }
    if (n.kind != Node::Kind::object) return type_error(n, "each sector", "an object or a string (its id)");
    check_members(n, "a sector", {"id", "label", "color"});
    Sector s;
    if (!get_required_string(n, "id", "a sector", s.id)) return;
    std::string owner = "sector " + quote(s.id);
    get_string(n, "label", owner, s.label);
    std::optional<Location> at_color;
    if (get_string(n, "color", owner, s.color)) at_color = at(*member(n, "color"));
    b_.add_sector(std::move(s), at(*member(n, "id")), at_color);
}

void Converter::region(const Node& n) {
    if (!expect_object(n, "each region")) return;
    check_members(n, "a region", {"id", "name", "parent"});
    Region r;
    if (!get_required_string(n, "id", "a region", r.id)) return;
    std::string owner = "region " + quote(r.id);
    if (r.id.empty()) b_.error(at(*member(n, "id")), "region id is empty");
    get_string(n, "name", owner, r.name);
    if (r.name.empty()) r.name = r.id;
    get_string(n, "parent", owner, r.parent);
    b_.add_region(std::move(r), at(*member(n, "id")));
}

void Converter::actor(const Node& n) {
    if (!expect_object(n, "each actor")) return;
    check_members(n, "an actor", {"id", "name", "sector", "region", "kind", "role", "needs", "seeds", "attributes"});
    Place at_id = place(n), at_sector = place(n);
    Actor a;
    bool ok = get_required_string(n, "id", "an actor", a.id);
    auto owner = [&] { return ok ? "actor " + quote(a.id) : std::string("an actor"); };
    if (ok) at_id = place(*member(n, "id"));
    bool has_sector = get_required_string(n, "sector", owner, a.sector);
    if (has_sector) at_sector = place(*member(n, "sector"));
    get_string(n, "name", owner, a.name);
    get_string(n, "region", owner, a.region);
    get_string(n, "kind", owner, a.kind);
    get_string(n, "role", owner, a.role);
    a.needs = keywords(n, "needs", owner);
    a.seeds = keywords(n, "seeds", owner);
    if (const Node* attrs = member(n, "attributes")) {
        if (attrs->kind == Node::Kind::object) a.attributes = Attributes::from_json(to_json(*attrs), pool_);
        else type_error(*attrs, "\"attributes\" of " + owner(), "an object");
    }
    if (ok && has_sector) b_.add_actor(std::move(a), at_id, at_sector);
}

void Converter::tie(const Node& n) {
    if (!expect_object(n, "each tie")) return;
    check_members(n, "a tie", {"source", "target", "type", "weight", "year", "date", "directed"});
    std::string source, target;
    bool ok = get_required_string(n, "source", "a tie", source);
    ok = get_required_string(n, "target", "a tie", target) && ok;
    if (!ok) return;
    Tie tie;
    Place at_weight = place(n);
    auto owner = [&] { return "the tie " + quote(source) + " - " + quote(target); };
    get_string(n, "type", owner, tie.type);
    bool valid = true;
    if (const Node* w = member(n, "weight")) {
        at_weight = place(*w);
        if (is_number(*w)) tie.weight = as_double(*w);
        else type_error(*w, "\"weight\" of " + owner(), "a number"), valid = false;
    }
    get_year(n, owner, tie.year);
    get_date(n, owner, tie.date, tie.year);
    if (const Node* d = member(n, "directed")) {
        if (d->kind == Node::Kind::boolean) tie.directed = d->boolean;
        else type_error(*d, "\"directed\" of " + owner(), "true or false"), valid = false;
    }
    if (valid)
        b_.add_tie(std::move(tie), source, target, place(n), place(*member(n, "source")), place(*member(n, "target")),
                   at_weight);
}

void Converter::project(const Node& n) {
    if (!expect_object(n, "each project")) return;
    check_members(n, "a project",
                  {"id", "name", "type", "year", "end_year", "date", "end_date", "region", "programme", "funding",
                   "participants"});
    RawProject raw;
    raw.at = raw.at_id = at(n);
    Project& p = raw.project;
    if (!get_required_string(n, "id", "a project", p.id)) return;
    raw.at_id = at(*member(n, "id"));
    std::string owner = "project " + quote(p.id);
    get_string(n, "name", owner, p.name);
    get_string(n, "type", owner, p.type);
    get_string(n, "region", owner, p.region);
    if (get_string(n, "programme", owner, p.programme)) raw.at_programme = at(*member(n, "programme"));
    get_year(n, owner, p.year);
    get_year(n, owner, p.end_year, "end_year");
    get_date(n, owner, p.date, p.year);
    get_date(n, owner, p.end_date, p.end_year, "end_date", "end_year");
    if (const Node* e = member(n, "end_year")) raw.at_end_year = at(*e);
    else if (const Node* e = member(n, "end_date")) raw.at_end_year = at(*e);
    get_amount(n, "funding", owner, p.funding);
    const Node* parts = member(n, "participants");
    if (!parts) {
        b_.error(at(n), owner + " is missing required member \"participants\"");
        return;
    }
    if (parts->kind != Node::Kind::array) {
        type_error(*parts, "\"participants\" of " + owner, "an array of actor ids");
        return;
    }
    for (const Node& item : parts->items) {
        if (item.kind == Node::Kind::string) {
            raw.participants.emplace_back(item.text, at(item));
            raw.participations.emplace_back();
        } else if (item.kind == Node::Kind::object) {
            // {"actor": ID, "role": "coordinator", "funding": 318000}
            check_members(item, "a participant", {"actor", "role", "funding"});
            std::string actor;
            if (!get_required_string(item, "actor", "a participant of " + owner, actor)) continue;
            Participation part;
            const std::string whose = "the participant " + quote(actor) + " of " + owner;
            get_string(item, "role", whose, part.role);
            get_amount(item, "funding", whose, part.funding);
            raw.participants.emplace_back(std::move(actor), at(*member(item, "actor")));
            raw.participations.push_back(std::move(part));
        } else {
            type_error(item, "each participant of " + owner,
                       "an actor id (a string) or an object {\"actor\": ID, \"role\": ..., \"funding\": ...}");
        }
    }
    b_.add_project(std::move(raw));
}

void Converter::currency(const Node& n) {
    if (n.kind == Node::Kind::string) b_.set_currency(n.text);
    else type_error(n, "\"currency\" of the network", "a string such as \"EUR\" or \"JPY\"");
}

/// {"id", "name", "regions": [...], "years": "A-B", "budget"}
void Converter::programme(const Node& n) {
    if (!expect_object(n, "each programme")) return;
    check_members(n, "a programme", {"id", "name", "regions", "years", "budget"});
    Programme p;
    if (!get_required_string(n, "id", "a programme", p.id)) return;
    const Location at_id = at(*member(n, "id"));
    const std::string owner = "programme " + quote(p.id);
    get_string(n, "name", owner, p.name);
    p.regions = keywords(n, "regions", owner);
    std::string years;
    if (get_string(n, "years", owner, years)) {
        if (!parse_programme_years(years, p.from, p.to))
            b_.error(at(*member(n, "years")), "\"years\" of " + owner + " is " + quote(years) +
                                                  "; expected \"A-B\" (first and last year, e.g. \"2014-2016\") or \"A\"");
    }
    get_amount(n, "budget", owner, p.budget);
    b_.add_programme(std::move(p), at_id);
}

}  // namespace ecosys::detail::json_reader
