// The native JSON reader. nlohmann/json's SAX parser checks the syntax (it is
// iterative, so deep nesting cannot overflow the stack); a small token locator
// walks the same text in step with the SAX events to give every value its line
// and column, which nlohmann's DOM does not keep. The located tree is then
// turned into a Network by the shared NetworkBuilder.

#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>

#include <nlohmann/json.hpp>

#include "ecosys/io/reader.hpp"
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

/// Builds the located tree from nlohmann's SAX events.
class TreeBuilder {
public:
    using json = nlohmann::json;

    TreeBuilder(std::string_view text, int max_depth) : locator_(text), max_depth_(max_depth) {}

    bool null() { return put(Node{}); }
    bool boolean(bool v) {
        Node n;
        n.kind = Node::Kind::boolean;
        n.boolean = v;
        return put(std::move(n));
    }
    bool number_integer(json::number_integer_t v) {
        Node n;
        n.kind = Node::Kind::integer;
        n.integer = v;
        n.text = std::to_string(v);
        return put(std::move(n));
    }
    bool number_unsigned(json::number_unsigned_t v) {
        Node n;
        n.kind = Node::Kind::unsigned_integer;
        n.unsigned_integer = v;
        n.text = std::to_string(v);
        return put(std::move(n));
    }
    bool number_float(json::number_float_t v, const json::string_t& literal) {
        Node n;
        n.kind = Node::Kind::floating;
        n.floating = v;
        n.text = literal;
        return put(std::move(n));
    }
    bool string(json::string_t& v) {
        if (v.find('\0') != json::string_t::npos) return nul_character();
        Node n;
        n.kind = Node::Kind::string;
        n.text = std::move(v);
        return put(std::move(n));
    }
    bool binary(json::binary_t&) { return put(Node{}); }
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
    Node& root() { return root_; }

private:
    // Text in a network never holds U+0000: C libraries (Graphviz) cut strings
    // there, and CSV, DOT and Pajek files cannot hold it, so it is refused here
    // rather than written into files that cannot be read back.
    bool nul_character() {
        nul_ = true;
        nul_at_ = locator_.next();
        return false;
    }
    bool put(Node n) {
        auto [line, column] = locator_.next();
        n.line = line;
        n.column = column;
        if (stack_.empty()) {
            root_ = std::move(n);
            return true;
        }
        stack_.back()->items.push_back(std::move(n));
        return true;
    }
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

    TokenLocator locator_;
    int max_depth_;
    Node root_;
    std::vector<Node*> stack_;
    int pending_key_line_ = 0, pending_key_column_ = 0;
    bool failed_ = false, too_deep_ = false, nul_ = false;
    std::pair<int, int> nul_at_{0, 0};
    std::pair<int, int> too_deep_at_{0, 0};
    std::size_t error_position_ = 0;
    std::string error_message_;
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

/// Turns the located tree into network records, reporting type errors.
class Converter {
public:
    Converter(const std::string& source, detail::NetworkBuilder& builder) : source_(source), b_(builder) {}

    void network(const Node& root) {
        if (root.kind != Node::Kind::object) {
            b_.error(at(root), "a network must be a JSON object with an \"actors\" array, got " + describe(root));
            return;
        }
        check_members(root, "the network", {"name", "sectors", "regions", "actors", "ties", "projects"});
        if (const Node* n = member(root, "name")) {
            if (n->kind == Node::Kind::string) b_.set_name(n->text);
            else type_error(*n, "\"name\" of the network", "a string");
        }
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

private:
    Location at(const Node& n) const { return {source_, n.line, n.column}; }

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

    void check_members(const Node& obj, const std::string& owner, std::initializer_list<std::string_view> known) {
        std::vector<std::string> names(known.begin(), known.end());
        for (std::size_t i = 0; i < obj.keys.size(); ++i) {
            const std::string& k = obj.keys[i];
            for (std::size_t j = 0; j < i; ++j)
                if (obj.keys[j] == k) b_.error(at(obj.items[i]), "duplicate member " + quote(k) + " in " + owner);
            bool is_known = false;
            for (auto name : known) is_known = is_known || name == k;
            if (is_known) continue;
            std::string hint = detail::closest_match(k, names);
            b_.warning(at(obj.items[i]), "unknown member " + quote(k) + " in " + owner + " is ignored" +
                                             (hint.empty() ? std::string("; put extra values in \"attributes\"")
                                                           : " (did you mean '" + hint + "'?)"));
        }
    }

    /// Reads an optional string member into `out`; true when present and valid.
    bool get_string(const Node& obj, std::string_view key, const std::string& owner, std::string& out) {
        const Node* n = member(obj, key);
        if (!n) return false;
        if (n->kind != Node::Kind::string) {
            type_error(*n, "\"" + std::string(key) + "\" of " + owner, "a string");
            return false;
        }
        out = n->text;
        return true;
    }

    /// Reads a required string member; reports it missing at the object.
    bool get_required_string(const Node& obj, std::string_view key, const std::string& owner, std::string& out) {
        if (!member(obj, key)) {
            b_.error(at(obj), owner + " is missing required member \"" + std::string(key) + "\"");
            return false;
        }
        return get_string(obj, key, owner, out);
    }

    void get_year(const Node& obj, const std::string& owner, std::optional<int>& out) {
        const Node* n = member(obj, "year");
        if (!n || n->kind == Node::Kind::null) return;
        double v = is_number(*n) ? as_double(*n) : 0;
        if (!is_number(*n) || std::floor(v) != v) {
            type_error(*n, "\"year\" of " + owner, "an integer");
        } else if (v < -9999 || v > 9999) {
            b_.error(at(*n), "\"year\" of " + owner + " is out of range: " + n->text + "; expected a year between -9999 and 9999");
        } else {
            out = static_cast<int>(v);
        }
    }

    std::vector<std::string> keywords(const Node& obj, std::string_view key, const std::string& owner) {
        std::vector<std::string> out;
        const Node* n = array_member(obj, key, owner);
        if (!n) return out;
        for (const Node& item : n->items) {
            if (item.kind == Node::Kind::string) out.push_back(item.text);
            else type_error(item, "each of \"" + std::string(key) + "\" of " + owner, "a string");
        }
        return out;
    }

    bool expect_object(const Node& n, const std::string& what) {
        if (n.kind == Node::Kind::object) return true;
        type_error(n, what, "an object");
        return false;
    }

    void sector(const Node& n) {
        if (!expect_object(n, "each sector")) return;
        check_members(n, "a sector", {"id", "label", "color"});
        Sector s;
        if (!get_required_string(n, "id", "a sector", s.id)) return;
        std::string owner = "sector " + quote(s.id);
        get_string(n, "label", owner, s.label);
        if (get_string(n, "color", owner, s.color)) {
            bool ok = s.color.size() == 7 && s.color[0] == '#';
            for (std::size_t i = 1; ok && i < 7; ++i) ok = std::isxdigit(static_cast<unsigned char>(s.color[i])) != 0;
            if (!ok) {
                b_.error(at(*member(n, "color")), "\"color\" of " + owner + " is " + quote(s.color) + "; expected #RRGGBB, e.g. '#0072B2'");
                s.color.clear();
            }
        }
        b_.add_sector(std::move(s), at(*member(n, "id")));
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
        detail::RawActor raw;
        raw.at = raw.at_id = raw.at_sector = at(n);
        Actor& a = raw.actor;
        bool ok = get_required_string(n, "id", "an actor", a.id);
        std::string owner = ok ? "actor " + quote(a.id) : std::string("an actor");
        if (ok) raw.at_id = at(*member(n, "id"));
        bool has_sector = get_required_string(n, "sector", owner, a.sector);
        if (has_sector) raw.at_sector = at(*member(n, "sector"));
        get_string(n, "name", owner, a.name);
        get_string(n, "region", owner, a.region);
        get_string(n, "kind", owner, a.kind);
        get_string(n, "role", owner, a.role);
        a.needs = keywords(n, "needs", owner);
        a.seeds = keywords(n, "seeds", owner);
        if (const Node* attrs = member(n, "attributes")) {
            if (attrs->kind == Node::Kind::object) a.attributes = to_json(*attrs);
            else type_error(*attrs, "\"attributes\" of " + owner, "an object");
        }
        if (ok && has_sector) b_.add_actor(std::move(raw));
    }

    void tie(const Node& n) {
        if (!expect_object(n, "each tie")) return;
        check_members(n, "a tie", {"source", "target", "type", "weight", "year", "directed"});
        detail::RawTie raw;
        raw.at = raw.at_weight = at(n);
        bool ok = get_required_string(n, "source", "a tie", raw.source);
        ok = get_required_string(n, "target", "a tie", raw.target) && ok;
        if (!ok) return;
        raw.at_source = at(*member(n, "source"));
        raw.at_target = at(*member(n, "target"));
        std::string owner = "the tie " + quote(raw.source) + " - " + quote(raw.target);
        get_string(n, "type", owner, raw.tie.type);
        bool valid = true;
        if (const Node* w = member(n, "weight")) {
            raw.at_weight = at(*w);
            if (is_number(*w)) raw.tie.weight = as_double(*w);
            else type_error(*w, "\"weight\" of " + owner, "a number"), valid = false;
        }
        get_year(n, owner, raw.tie.year);
        if (const Node* d = member(n, "directed")) {
            if (d->kind == Node::Kind::boolean) raw.tie.directed = d->boolean;
            else type_error(*d, "\"directed\" of " + owner, "true or false"), valid = false;
        }
        if (valid) b_.add_tie(std::move(raw));
    }

    void project(const Node& n) {
        if (!expect_object(n, "each project")) return;
        check_members(n, "a project", {"id", "name", "type", "year", "region", "participants"});
        detail::RawProject raw;
        raw.at = raw.at_id = at(n);
        Project& p = raw.project;
        if (!get_required_string(n, "id", "a project", p.id)) return;
        raw.at_id = at(*member(n, "id"));
        std::string owner = "project " + quote(p.id);
        get_string(n, "name", owner, p.name);
        get_string(n, "type", owner, p.type);
        get_string(n, "region", owner, p.region);
        get_year(n, owner, p.year);
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
            if (item.kind == Node::Kind::string) raw.participants.emplace_back(item.text, at(item));
            else type_error(item, "each participant of " + owner, "an actor id (a string)");
        }
        b_.add_project(std::move(raw));
    }

    const std::string& source_;
    detail::NetworkBuilder& b_;
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

}  // namespace

LoadResult read_json_network_text(std::string_view text, const std::string& source, const ReadLimits& limits) {
    auto fail = [&](int line, int column, std::string message) -> LoadResult {
        throw ParseError({{Diagnostic::Severity::error, {source, line, column}, std::move(message)}});
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

    TreeBuilder tree(text, limits.max_depth);
    nlohmann::json::sax_parse(text.begin(), text.end(), &tree);
    if (tree.too_deep()) {
        auto [line, column] = tree.too_deep_at();
        return fail(line, column, "JSON nested deeper than " + std::to_string(limits.max_depth) +
                                      " levels; a network file needs at most 4");
    }
    if (tree.nul()) {
        auto [line, column] = tree.nul_at();
        return fail(line, column, "a string holds the NUL character (\\u0000); remove it: network text cannot hold it");
    }
    if (tree.failed()) {
        // nlohmann reports the count of characters read; the last one read is the culprit.
        std::size_t offset = tree.error_position() > 0 ? tree.error_position() - 1 : 0;
        auto lc = detail::line_column_at(text, offset);
        return fail(lc.line, lc.column, "malformed JSON: " + parse_error_text(tree.error_message()));
    }

    detail::NetworkBuilder builder(default_name(source));
    Converter(source, builder).network(tree.root());
    return builder.finish();
}

LoadResult read_json_network(std::istream& in, const std::string& source, const ReadLimits& limits) {
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw ParseError({{Diagnostic::Severity::error, {source, 0, 0}, "cannot read the file"}});
    return read_json_network_text(text, source, limits);
}

}  // namespace ecosys
