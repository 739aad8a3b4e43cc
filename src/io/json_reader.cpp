// The native JSON reader: reads the network straight from nlohmann's SAX events
// into the shared NetworkBuilder. The parse that locates every value is
// json_parse.hpp's, the mapping of values to records json_schema.hpp's; this file
// streams: each record (one actor, tie, ...) is gathered as a small located tree,
// converted and dropped, so the document is never held as a tree. Only a file
// whose top level is wrong (not an object, a member twice) is read again as one
// located tree, to report it exactly as before.

#include <cstdio>
#include <filesystem>
#include <iterator>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "ecosys/io/reader.hpp"
#include "io/io_util.hpp"
#include "io/json_parse.hpp"
#include "io/json_schema.hpp"
#include "io/network_builder.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace detail::json_reader {

namespace {

/// Reads the network straight from nlohmann's SAX events: the members of the
/// top-level object are handled as they come; each element of "sectors",
/// "regions", "actors", "ties" and "projects" is gathered as a small located tree
/// (reused from one element to the next), converted and dropped. A top level
/// that is not an object, or names a member twice, stops it (fallback()): the
/// caller then reads the whole located tree, as the messages for those need it.
class StreamReader : public LocatedEvents<StreamReader> {
public:
    StreamReader(std::string_view text, int max_depth, Converter& converter, NetworkBuilder& builder)
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
                c_.unknown_member(c_.at(n), key_, "the network", network_members);
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
                c_.unknown_member(c_.at(line, column), key_, "the network", network_members);
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
    NetworkBuilder& b_;
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

std::string default_name(const std::string& source) {
    std::filesystem::path p(source);
    std::string stem = p.stem().string();
    return stem.empty() ? source : stem;
}

}  // namespace

}  // namespace detail::json_reader

LoadResult read_json_network_text(std::string_view text, const std::string& source, const ReadLimits& limits) {
    using detail::json_reader::Converter;
    using detail::json_reader::default_name;
    using detail::json_reader::parse_error_text;
    using detail::json_reader::StreamReader;
    using detail::json_reader::TreeBuilder;
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
    const std::string text = detail::read_all(in);
    if (in.bad()) throw ParseError({source, 0, 0}, "cannot read the file");
    return read_json_network_text(text, source, limits);
}

}  // namespace ecosys
