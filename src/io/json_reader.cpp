// The native JSON reader. nlohmann/json's SAX parser checks the syntax (it is
// iterative, so deep nesting cannot overflow the stack); a small token locator
// walks the same text in step with the SAX events to give every value its line
// and column, which nlohmann's DOM does not keep. The events go straight into
// the shared NetworkBuilder: each record (one actor, tie, ...) is gathered as a
// small located tree, converted and dropped, so the document is never held as a
// tree. Only a file whose top level is wrong (not an object, a member twice) is
// read again as one located tree, to report it exactly as before.

#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>
#include <type_traits>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "ecosys/io/reader.hpp"
#include "io/json_value.hpp"
#include "io/network_builder.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using detail::quote;

/// A JSON value with the position of its first character.
struct Node {
    enum class Kind : unsigned char { null, boolean, integer, unsigned_integer, floating, string, array, object };
    Kind kind = Kind::null;
    bool boolean = false;
    std::int64_t integer = 0;
    std::uint64_t unsigned_integer = 0;
    double floating = 0;
    std::string text;  // string value, or the literal text of a number
    std::vector<Node> items;
    std::vector<std::string> keys;  // for objects, parallel to items
    int line = 0, column = 0;
};

/// Finds where each token starts. Valid only for text nlohmann has accepted up
/// to that token, which is the case in every SAX callback.
class TokenLocator {
public:
    explicit TokenLocator(std::string_view text) : text_(text) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    }

    /// Skips separators, returns the position of the next token and steps over it.
    std::pair<int, int> next() {
        while (pos_ < text_.size()) {
            char c = text_[pos_];
            if (c == ' ' || c == '\t' || c == '\r' || c == ',' || c == ':') {
                ++pos_;
                ++column_;
            } else if (c == '\n') {
                ++pos_;
                ++line_;
                column_ = 1;
            } else {
                break;
            }
        }
        std::pair<int, int> at{line_, column_};
        if (pos_ >= text_.size()) return at;
        char c = text_[pos_];
        if (c == '{' || c == '}' || c == '[' || c == ']') {
            step();
        } else if (c == '"') {
            step();
            while (pos_ < text_.size() && text_[pos_] != '"') {
                if (text_[pos_] == '\\') step();
                step();
            }
            step();
        } else {
            while (pos_ < text_.size()) {
                char d = text_[pos_];
                if (d == ',' || d == ']' || d == '}' || d == ' ' || d == '\t' || d == '\n' || d == '\r' || d == ':') break;
                step();
            }
        }
        return at;
    }

private:
    void step() {
        if (pos_ >= text_.size()) return;
        unsigned char c = static_cast<unsigned char>(text_[pos_++]);
        if ((c & 0xC0) != 0x80) ++column_;
    }
    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1, column_ = 1;
};

/// The SAX events both JSON handlers below share: scalars become located Nodes handed
/// to Handler::scalar, strings and keys holding U+0000 stop the parse (text in a
/// network never holds it: C libraries such as Graphviz cut strings there, and CSV,
/// DOT and Pajek files cannot hold it), and nlohmann's parse error is kept. Handler
/// adds start/end_object/array, key and scalar(Node) (CRTP).
template <class Handler>
class LocatedEvents {
public:
    using json = nlohmann::json;

    LocatedEvents(std::string_view text, int max_depth) : locator_(text), max_depth_(max_depth) {}

    bool null() { return self().scalar(Node{}); }
    bool boolean(bool v) {
        Node n;
        n.kind = Node::Kind::boolean;
        n.boolean = v;
        return self().scalar(std::move(n));
    }
    bool number_integer(json::number_integer_t v) {
        Node n;
        n.kind = Node::Kind::integer;
        n.integer = v;
        n.text = std::to_string(v);
        return self().scalar(std::move(n));
    }
    bool number_unsigned(json::number_unsigned_t v) {
        Node n;
        n.kind = Node::Kind::unsigned_integer;
        n.unsigned_integer = v;
        n.text = std::to_string(v);
        return self().scalar(std::move(n));
    }
    bool number_float(json::number_float_t v, const json::string_t& literal) {
        Node n;
        n.kind = Node::Kind::floating;
        n.floating = v;
        n.text = literal;
        return self().scalar(std::move(n));
    }
    bool string(json::string_t& v) {
        if (v.find('\0') != json::string_t::npos) return nul_character();
        Node n;
        n.kind = Node::Kind::string;
        n.text = std::move(v);
        return self().scalar(std::move(n));
    }
    bool binary(json::binary_t&) { return self().scalar(Node{}); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        error_position_ = position;
        error_message_ = ex.what();
        failed_ = true;
        return false;
    }

    bool failed() const { return failed_; }
    /// A string held U+0000 (written \u0000): where it starts.
    bool nul() const { return nul_; }
    std::pair<int, int> nul_at() const { return nul_at_; }
    bool too_deep() const { return too_deep_; }
    std::size_t error_position() const { return error_position_; }
    const std::string& error_message() const { return error_message_; }
    std::pair<int, int> too_deep_at() const { return too_deep_at_; }

protected:
    bool nul_character() {
        nul_ = true;
        nul_at_ = locator_.next();
        return false;
    }
    /// Sets n's place to the token the parser is at.
    void locate(Node& n) {
        auto [line, column] = locator_.next();
        n.line = line;
        n.column = column;
    }

    TokenLocator locator_;
    int max_depth_;
    bool failed_ = false, too_deep_ = false, nul_ = false;
    std::pair<int, int> nul_at_{0, 0};
    std::pair<int, int> too_deep_at_{0, 0};
    std::size_t error_position_ = 0;
    std::string error_message_;

private:
    Handler& self() { return static_cast<Handler&>(*this); }
};

/// Builds the located tree from nlohmann's SAX events.
class TreeBuilder : public LocatedEvents<TreeBuilder> {
public:
    TreeBuilder(std::string_view text, int max_depth) : LocatedEvents(text, max_depth) {}

    bool start_object(std::size_t) { return open(Node::Kind::object); }
    bool start_array(std::size_t) { return open(Node::Kind::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t& k) {
        if (k.find('\0') != json::string_t::npos) return nul_character();
        auto [line, column] = locator_.next();
        stack_.back()->keys.push_back(std::move(k));
        pending_key_line_ = line;
        pending_key_column_ = column;
        return true;
    }
    Node& root() { return root_; }

    bool scalar(Node n) {
        locate(n);
        if (stack_.empty()) {
            root_ = std::move(n);
            return true;
        }
        stack_.back()->items.push_back(std::move(n));
        return true;
    }

private:
    bool open(Node::Kind kind) {
        if (static_cast<int>(stack_.size()) >= max_depth_) {
            too_deep_ = true;
            too_deep_at_ = locator_.next();
            return false;
        }
        Node n;
        n.kind = kind;
        auto [line, column] = locator_.next();
        n.line = line;
        n.column = column;
        Node* slot;
        if (stack_.empty()) {
            root_ = std::move(n);
            slot = &root_;
        } else {
            stack_.back()->items.push_back(std::move(n));
            slot = &stack_.back()->items.back();
        }
        stack_.push_back(slot);
        return true;
    }
    bool close() {
        locator_.next();
        stack_.pop_back();
        return true;
    }

    Node root_;
    std::vector<Node*> stack_;
    int pending_key_line_ = 0, pending_key_column_ = 0;
};

std::string describe(const Node& n) {
    switch (n.kind) {
        case Node::Kind::null: return "null";
        case Node::Kind::boolean: return n.boolean ? "true" : "false";
        case Node::Kind::integer:
        case Node::Kind::unsigned_integer:
        case Node::Kind::floating: return "number " + n.text;
        case Node::Kind::string: return "string " + quote(n.text);
        case Node::Kind::array: return "an array";
        case Node::Kind::object: return "an object";
    }
    return "a value";
}

bool is_number(const Node& n) {
    return n.kind == Node::Kind::integer || n.kind == Node::Kind::unsigned_integer || n.kind == Node::Kind::floating;
}

double as_double(const Node& n) {
    switch (n.kind) {
        case Node::Kind::integer: return static_cast<double>(n.integer);
        case Node::Kind::unsigned_integer: return static_cast<double>(n.unsigned_integer);
        default: return n.floating;
    }
}

nlohmann::json to_json(const Node& n) {
    switch (n.kind) {
        case Node::Kind::null: return nullptr;
        case Node::Kind::boolean: return n.boolean;
        case Node::Kind::integer: return n.integer;
        case Node::Kind::unsigned_integer: return n.unsigned_integer;
        case Node::Kind::floating: return n.floating;
        case Node::Kind::string: return n.text;
        case Node::Kind::array: {
            nlohmann::json a = nlohmann::json::array();
            for (const Node& item : n.items) a.push_back(to_json(item));
            return a;
        }
        case Node::Kind::object: {
            nlohmann::json o = nlohmann::json::object();
            for (std::size_t i = 0; i < n.items.size(); ++i) o[n.keys[i]] = to_json(n.items[i]);
            return o;
        }
    }
    return nullptr;
}

/// Turns located trees into network records, reporting type errors: the whole
/// document (network()) or one record at a time (sector(), actor(), tie() ...).
class Converter {
public:
    Converter(const std::string& source, detail::NetworkBuilder& builder)
        : source_(source), b_(builder), file_(builder.file(source)) {}

    void network(const Node& root) {
        if (root.kind != Node::Kind::object) {
            b_.error(at(root), "a network must be a JSON object with an \"actors\" array, got " + describe(root));
            return;
        }
        check_members(root, "the network", {"name", "currency", "sectors", "regions", "programmes", "actors", "ties", "projects"});
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

    Location at(const Node& n) const { return {source_, n.line, n.column}; }
    Location at(int line, int column) const { return {source_, line, column}; }
    detail::Place place(const Node& n) const { return {file_, n.line, n.column}; }

    /// The warning for member `key` of `owner`, not one of `known`, whose value is at `where`.
    void unknown_member(const Location& where, const std::string& key, const std::string& owner,
                        std::initializer_list<std::string_view> known) {
        std::vector<std::string> names(known.begin(), known.end());
        std::string hint = detail::closest_match(key, names);
        b_.warning(where, "unknown member " + quote(key) + " in " + owner + " is ignored" +
                              (hint.empty() ? std::string("; put extra values in \"attributes\"")
                                            : " (did you mean '" + hint + "'?)"));
    }

    static const Node* member(const Node& obj, std::string_view key) {
        const Node* found = nullptr;
        for (std::size_t i = 0; i < obj.keys.size(); ++i)
            if (obj.keys[i] == key) found = &obj.items[i];
        return found;
    }

    void type_error(const Node& n, const std::string& what, const std::string& expected) {
        b_.error(at(n), what + " must be " + expected + ", got " + describe(n));
    }

    const Node* array_member(const Node& obj, std::string_view key, const std::string& owner) {
        const Node* n = member(obj, key);
        if (!n) return nullptr;
        if (n->kind != Node::Kind::array) {
            type_error(*n, "\"" + std::string(key) + "\" of " + owner, "an array");
            return nullptr;
        }
        return n;
    }

    void check_members(const Node& obj, const char* owner, std::initializer_list<std::string_view> known) {
        for (std::size_t i = 0; i < obj.keys.size(); ++i) {
            const std::string& k = obj.keys[i];
            for (std::size_t j = 0; j < i; ++j)
                if (obj.keys[j] == k) b_.error(at(obj.items[i]), "duplicate member " + quote(k) + " in " + owner);
            bool is_known = false;
            for (auto name : known) is_known = is_known || name == k;
            if (!is_known) unknown_member(at(obj.items[i]), k, owner, known);
        }
    }

    /// Messages name their record ("actor 'u1'") only when there is a problem:
    /// `owner` is a string or a callable returning one.
    template <class Owner>
    static std::string text_of(const Owner& owner) {
        if constexpr (std::is_invocable_v<const Owner&>) return owner();
        else return std::string(owner);
    }

    /// Reads an optional string member into `out`; true when present and valid.
    template <class Owner>
    bool get_string(const Node& obj, std::string_view key, const Owner& owner, std::string& out) {
        const Node* n = member(obj, key);
        if (!n) return false;
        if (n->kind != Node::Kind::string) {
            type_error(*n, "\"" + std::string(key) + "\" of " + text_of(owner), "a string");
            return false;
        }
        out = n->text;
        return true;
    }

    /// Reads a required string member; reports it missing at the object.
    template <class Owner>
    bool get_required_string(const Node& obj, std::string_view key, const Owner& owner, std::string& out) {
        if (!member(obj, key)) {
            b_.error(at(obj), text_of(owner) + " is missing required member \"" + std::string(key) + "\"");
            return false;
        }
        return get_string(obj, key, owner, out);
    }

    template <class Owner>
    void get_year(const Node& obj, const Owner& owner, std::optional<int>& out, std::string_view key = "year") {
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

    /// An optional day, "YYYY-MM-DD" (docs/network-format.md): sets `year` to its year when
    /// the file gives none, and must agree with the one it gives.
    template <class Owner>
    void get_date(const Node& obj, const Owner& owner, std::optional<Date>& out, std::optional<int>& year,
                  std::string_view key = "date", std::string_view year_key = "year") {
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

    /// An optional amount of money (funding, budget): a finite number >= 0, or null.
    template <class Owner>
    void get_amount(const Node& obj, std::string_view key, const Owner& owner, std::optional<double>& out) {
        const Node* n = member(obj, key);
        if (!n || n->kind == Node::Kind::null) return;
        const std::string what = "\"" + std::string(key) + "\" of " + text_of(owner);
        if (!is_number(*n)) return type_error(*n, what, "a number >= 0 (or null when not known)");
        const double v = as_double(*n);
        if (!std::isfinite(v) || v < 0 || v > detail::max_amount)
            return b_.error(at(*n), what + " is " + n->text + "; an amount must be a number from 0 to 1e18 (null when not known)");
        out = v;
    }

    template <class Owner>
    std::vector<std::string> keywords(const Node& obj, std::string_view key, const Owner& owner) {
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

public:
    bool expect_object(const Node& n, const char* what) {
        if (n.kind == Node::Kind::object) return true;
        type_error(n, what, "an object");
        return false;
    }

    void sector(const Node& n) {
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

    void region(const Node& n) {
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

    void actor(const Node& n) {
        if (!expect_object(n, "each actor")) return;
        check_members(n, "an actor", {"id", "name", "sector", "region", "kind", "role", "needs", "seeds", "attributes"});
        detail::Place at_id = place(n), at_sector = place(n);
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

    void tie(const Node& n) {
        if (!expect_object(n, "each tie")) return;
        check_members(n, "a tie", {"source", "target", "type", "weight", "year", "date", "directed"});
        std::string source, target;
        bool ok = get_required_string(n, "source", "a tie", source);
        ok = get_required_string(n, "target", "a tie", target) && ok;
        if (!ok) return;
        Tie tie;
        detail::Place at_weight = place(n);
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

    void project(const Node& n) {
        if (!expect_object(n, "each project")) return;
        check_members(n, "a project",
                      {"id", "name", "type", "year", "end_year", "date", "end_date", "region", "programme", "funding",
                       "participants"});
        detail::RawProject raw;
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

    void currency(const Node& n) {
        if (n.kind == Node::Kind::string) b_.set_currency(n.text);
        else type_error(n, "\"currency\" of the network", "a string such as \"EUR\" or \"JPY\"");
    }

    /// {"id", "name", "regions": [...], "years": "A-B", "budget"}
    void programme(const Node& n) {
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
            if (!detail::parse_programme_years(years, p.from, p.to))
                b_.error(at(*member(n, "years")), "\"years\" of " + owner + " is " + quote(years) +
                                                      "; expected \"A-B\" (first and last year, e.g. \"2014-2016\") or \"A\"");
        }
        get_amount(n, "budget", owner, p.budget);
        b_.add_programme(std::move(p), at_id);
    }

private:
    const std::string& source_;
    detail::NetworkBuilder& b_;
    std::uint32_t file_;
    std::shared_ptr<AttributePool> pool_ = std::make_shared<AttributePool>();  // keys and equal values held once
};

/// Reads the network straight from nlohmann's SAX events: the members of the
/// top-level object are handled as they come; each element of "sectors",
/// "regions", "actors", "ties" and "projects" is gathered as a small located tree
/// (reused from one element to the next), converted and dropped. A top level
/// that is not an object, or names a member twice, stops it (fallback()): the
/// caller then reads the whole located tree, as the messages for those need it.
class StreamReader : public LocatedEvents<StreamReader> {
public:
    StreamReader(std::string_view text, int max_depth, Converter& converter, detail::NetworkBuilder& builder)
        : LocatedEvents(text, max_depth), c_(converter), b_(builder) {}
    bool start_object(std::size_t) { return open(Node::Kind::object); }
    bool start_array(std::size_t) { return open(Node::Kind::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t& k) {
        if (k.find('\0') != json::string_t::npos) return nul_character();
        locator_.next();
        if (!capture_.empty()) {
            capture_.back()->keys.push_back(std::move(k));
        } else if (depth_ == 1) {
            if (!root_keys_.insert(k).second) return fallback();
            member_ = role_of(k);
            key_ = std::move(k);
        }
        return true;
    }
    bool fell_back() const { return fallback_; }

    /// What the top level asks once it is read (as Converter::network() does).
    void finish() {
        if (const Node* n = member_node(Role::name)) {
            if (n->kind == Node::Kind::string) b_.set_name(n->text);
            else c_.type_error(*n, "\"name\" of the network", "a string");
        }
        if (const Node* n = member_node(Role::currency)) c_.currency(*n);
        for (Role r : {Role::sectors, Role::regions, Role::actors, Role::ties, Role::projects, Role::programmes}) {
            const Node* n = member_node(r);
            if (!n) continue;
            if (r == Role::actors) c_.type_error(*n, "\"actors\"", "an array");
            else c_.type_error(*n, "\"" + std::string(role_name(r)) + "\" of the network", "an array");
        }
        if (!has_[static_cast<int>(Role::actors)])
            b_.error(c_.at(root_line_, root_column_),
                     "missing required member \"actors\"; a network needs an array of actors (it may be empty)");
    }

private:
    enum class Role : unsigned char { name, sectors, regions, actors, ties, projects, currency, programmes, unknown };
    static constexpr int role_count_ = 8;
    static constexpr std::string_view role_names_[role_count_] = {"name",  "sectors",  "regions",   "actors",
                                                                  "ties",  "projects", "currency", "programmes"};
    static std::string_view role_name(Role r) { return role_names_[static_cast<int>(r)]; }
    static Role role_of(std::string_view key) {
        for (int i = 0; i < role_count_; ++i)
            if (role_names_[i] == key) return static_cast<Role>(i);
        return Role::unknown;
    }
    static bool is_list(Role r) { return r != Role::name && r != Role::currency && r != Role::unknown; }

    bool fallback() {
        fallback_ = true;
        return false;
    }
    /// A member kept whole because it is not an array of records (a name, or an error).
    const Node* member_node(Role r) const {
        return has_member_[static_cast<int>(r)] ? &members_[static_cast<int>(r)] : nullptr;
    }

public:
    /// A value starts at depth_ (0: the document, 1: a member of the top level, 2: a record).
    bool scalar(Node n) {
        locate(n);
        if (!capture_.empty()) {
            capture_.back()->items.push_back(std::move(n));
            return true;
        }
        if (depth_ == 0) return fallback();
        if (depth_ == 1) {
            if (member_ == Role::unknown) {
                c_.unknown_member(c_.at(n), key_, "the network", {"name", "currency", "sectors", "regions", "programmes", "actors", "ties", "projects"});
                return true;
            }
            keep_member(std::move(n));
            return true;
        }
        if (depth_ == 2 && list_ != Role::unknown) {
            ++list_count_;
            convert(n);
        }
        return true;  // inside an ignored member
    }

private:
    bool open(Node::Kind kind) {
        if (depth_ >= max_depth_) {
            too_deep_ = true;
            too_deep_at_ = locator_.next();
            return false;
        }
        auto [line, column] = locator_.next();
        ++depth_;
        if (!capture_.empty()) {
            Node n;
            n.kind = kind;
            n.line = line;
            n.column = column;
            capture_.back()->items.push_back(std::move(n));
            capture_.push_back(&capture_.back()->items.back());
            return true;
        }
        if (depth_ == 1) {
            if (kind != Node::Kind::object) return fallback();
            root_line_ = line;
            root_column_ = column;
            return true;
        }
        if (depth_ == 2) {
            if (member_ == Role::unknown) {
                c_.unknown_member(c_.at(line, column), key_, "the network", {"name", "currency", "sectors", "regions", "programmes", "actors", "ties", "projects"});
                return true;  // its content is skipped
            }
            if (kind == Node::Kind::array && is_list(member_)) {
                has_[static_cast<int>(member_)] = true;
                list_ = member_;
                list_line_ = line;
                list_column_ = column;
                list_count_ = 0;
                if (list_ == Role::sectors) b_.clear_sectors();
                return true;
            }
            Node& kept = members_[static_cast<int>(member_)];
            begin_capture(kept, kind, line, column);
            return true;
        }
        if (depth_ == 3 && list_ != Role::unknown) {
            ++list_count_;
            begin_capture(record_, kind, line, column);
        }
        return true;  // inside an ignored member
    }

    bool close() {
        locator_.next();
        --depth_;
        if (!capture_.empty()) {
            capture_.pop_back();
            if (!capture_.empty()) return true;
            if (depth_ == 1) {
                has_member_[static_cast<int>(member_)] = true;
                has_[static_cast<int>(member_)] = true;
            } else {
                convert(record_);
            }
            return true;
        }
        if (depth_ == 1 && list_ != Role::unknown) {
            if (list_ == Role::sectors && list_count_ == 0)
                b_.error(c_.at(list_line_, list_column_),
                         "\"sectors\" is empty; declare at least one sector or leave it out for the default four");
            list_ = Role::unknown;
        }
        return true;
    }

    void begin_capture(Node& root, Node::Kind kind, int line, int column) {
        root.kind = kind;
        root.line = line;
        root.column = column;
        root.items.clear();
        root.keys.clear();
        root.text.clear();
        capture_.push_back(&root);
    }

    void keep_member(Node n) {
        const int r = static_cast<int>(member_);
        members_[r] = std::move(n);
        has_member_[r] = true;
        has_[r] = true;
    }

    void convert(const Node& n) {
        switch (list_) {
            case Role::sectors: c_.sector(n); break;
            case Role::regions: c_.region(n); break;
            case Role::actors: c_.actor(n); break;
            case Role::ties: c_.tie(n); break;
            case Role::projects: c_.project(n); break;
            case Role::programmes: c_.programme(n); break;
            default: break;
        }
    }

    Converter& c_;
    detail::NetworkBuilder& b_;
    int depth_ = 0;  // containers open
    int root_line_ = 0, root_column_ = 0;
    std::unordered_set<std::string> root_keys_;
    std::string key_;                // the top-level member being read
    Role member_ = Role::unknown;    // its role
    Role list_ = Role::unknown;      // the array of records being read, if any
    int list_line_ = 0, list_column_ = 0;
    std::size_t list_count_ = 0;
    Node members_[role_count_];          // members kept whole, by role
    bool has_member_[role_count_] = {};  // ... which of them are
    bool has_[role_count_] = {};             // members present, kept whole or read as records
    Node record_;                    // the record being gathered
    std::vector<Node*> capture_;     // open containers of the value being gathered
    bool fallback_ = false;
};

/// nlohmann's messages start "[json.exception.parse_error.101] parse error at line 1, column 2: ";
/// keep what follows, which says what was wrong.
std::string parse_error_text(const std::string& what) {
    std::string text = what;
    if (auto p = text.find("] "); p != std::string::npos && text.rfind("[json.exception", 0) == 0) text = text.substr(p + 2);
    if (auto p = text.find(": "); p != std::string::npos && text.rfind("parse error", 0) == 0) text = text.substr(p + 2);
    return text;
}

std::string default_name(const std::string& source) {
    std::filesystem::path p(source);
    std::string stem = p.stem().string();
    return stem.empty() ? source : stem;
}

/// nlohmann's DOM builder with the native reader's limits: deeper than max_depth or a
/// NUL in a string stops the parse.
class LimitedDom {
public:
    using json = nlohmann::json;
    LimitedDom(json& result, int max_depth) : dom_(result, false), max_depth_(max_depth) {}

    bool null() { return dom_.null(); }
    bool boolean(bool v) { return dom_.boolean(v); }
    bool number_integer(json::number_integer_t v) { return dom_.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return dom_.number_unsigned(v); }
    bool number_float(json::number_float_t v, const json::string_t& s) { return dom_.number_float(v, s); }
    bool string(json::string_t& v) { return v.find('\0') == json::string_t::npos ? dom_.string(v) : stop(nul_); }
    bool binary(json::binary_t& v) { return dom_.binary(v); }
    bool start_object(std::size_t n) { return ++depth_ > max_depth_ ? stop(too_deep_) : dom_.start_object(n); }
    bool start_array(std::size_t n) { return ++depth_ > max_depth_ ? stop(too_deep_) : dom_.start_array(n); }
    bool end_object() { return --depth_, dom_.end_object(); }
    bool end_array() { return --depth_, dom_.end_array(); }
    bool key(json::string_t& k) { return k.find('\0') == json::string_t::npos ? dom_.key(k) : stop(nul_); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        position_ = position;
        message_ = parse_error_text(ex.what());
        return false;
    }

    nlohmann::detail::json_sax_dom_parser<json> dom_;
    int max_depth_, depth_ = 0;
    bool too_deep_ = false, nul_ = false;
    std::size_t position_ = 0;
    std::string message_;

private:
    bool stop(bool& flag) {
        flag = true;
        return false;
    }
};

}  // namespace

std::optional<nlohmann::json> detail::parse_json_value(std::string_view text, std::string& problem,
                                                       const ReadLimits& limits) {
    if (std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
        problem = "invalid UTF-8 at byte " + std::to_string(bad + 1) + " of the value";
        return std::nullopt;
    }
    nlohmann::json result;
    LimitedDom dom(result, limits.max_depth);
    const bool ok = nlohmann::json::sax_parse(text.begin(), text.end(), &dom);
    if (dom.too_deep_) problem = "JSON nested deeper than " + std::to_string(limits.max_depth) + " levels";
    else if (dom.nul_) problem = "a string holds the NUL character (\\u0000)";
    else if (!ok || !dom.message_.empty())
        problem = "malformed JSON at character " + std::to_string(dom.position_) + " of the value: " + dom.message_;
    if (!problem.empty()) return std::nullopt;  // nlohmann frees a deep partial value without recursion
    return result;
}

std::string detail::describe_json(const nlohmann::json& value) {
    if (value.is_array()) return "an array of " + std::to_string(value.size()) + (value.size() == 1 ? " item" : " items");
    if (value.is_object())
        return "an object with " + std::to_string(value.size()) + (value.size() == 1 ? " member" : " members");
    return quote(value.dump());
}

LoadResult read_json_network_text(std::string_view text, const std::string& source, const ReadLimits& limits) {
    auto fail = [&](int line, int column, std::string message) -> LoadResult {
        throw ParseError({source, line, column}, std::move(message));
    };
    std::size_t bad = detail::find_invalid_utf8(text);
    if (bad != std::string_view::npos) {
        auto lc = detail::line_column_at(text, bad);
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
        return fail(lc.line, lc.column, std::string("invalid UTF-8 (byte ") + hex + "); save the file as UTF-8 (it may be in Shift_JIS or another legacy encoding)");
    }
    std::string_view body = text;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    if (body.empty()) return fail(1, 1, "the file is empty; expected a JSON object with an \"actors\" array");
    if (body.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return fail(1, 1, "the file holds only white space; expected a JSON object with an \"actors\" array");

    auto syntax = [&](auto& reader) {
        if (reader.too_deep()) {
            auto [line, column] = reader.too_deep_at();
            fail(line, column, "JSON nested deeper than " + std::to_string(limits.max_depth) + " levels; a network file needs at most 4");
        }
        if (reader.nul()) {
            auto [line, column] = reader.nul_at();
            fail(line, column, "a string holds the NUL character (\\u0000); remove it: network text cannot hold it");
        }
        if (reader.failed()) {
            // nlohmann reports the count of characters read; the last one read is the culprit.
            std::size_t offset = reader.error_position() > 0 ? reader.error_position() - 1 : 0;
            auto lc = detail::line_column_at(text, offset);
            fail(lc.line, lc.column, "malformed JSON: " + parse_error_text(reader.error_message()));
        }
    };

    {
        detail::NetworkBuilder builder(default_name(source));
        Converter converter(source, builder);
        StreamReader reader(text, limits.max_depth, converter, builder);
        nlohmann::json::sax_parse(text.begin(), text.end(), &reader);
        if (!reader.fell_back()) {
            syntax(reader);
            reader.finish();
            return builder.finish();
        }
    }

    // The top level itself is wrong: read the whole located tree and report it.
    TreeBuilder tree(text, limits.max_depth);
    nlohmann::json::sax_parse(text.begin(), text.end(), &tree);
    syntax(tree);
    detail::NetworkBuilder builder(default_name(source));
    Converter(source, builder).network(tree.root());
    return builder.finish();
}

LoadResult read_json_network(std::istream& in, const std::string& source, const ReadLimits& limits) {
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw ParseError({source, 0, 0}, "cannot read the file");
    return read_json_network_text(text, source, limits);
}

}  // namespace ecosys
