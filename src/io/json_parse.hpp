#pragma once
// The position-tracking half of the native JSON reader (json_reader.cpp).
// nlohmann/json's SAX parser checks the syntax (it is iterative, so deep nesting
// cannot overflow the stack); a small token locator walks the same text in step
// with the SAX events to give every value its line and column, which nlohmann's
// DOM does not keep. LocatedEvents turns the scalar events into located Nodes;
// its handlers decide what to keep: TreeBuilder the whole document (here),
// json_reader.cpp's StreamReader one record at a time.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace ecosys::detail::json_reader {

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

/// The value as a message names it: null, true, number 3.5, string 'x', an array, an object.
std::string describe(const Node& n);
bool is_number(const Node& n);
/// A number node's value (is_number(n) holds).
double as_double(const Node& n);
/// The node as nlohmann's DOM (for "attributes", whose values are kept as JSON).
nlohmann::json to_json(const Node& n);

/// nlohmann's messages start "[json.exception.parse_error.101] parse error at line 1, column 2: ";
/// keep what follows, which says what was wrong.
std::string parse_error_text(const std::string& what);

/// Finds where each token starts. Valid only for text nlohmann has accepted up
/// to that token, which is the case in every SAX callback.
class TokenLocator {
public:
    explicit TokenLocator(std::string_view text) : text_(text) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    }

    /// Skips separators, returns the position of the next token and steps over it.
    std::pair<int, int> next();

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

/// The SAX events both JSON handlers share: scalars become located Nodes handed
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

/// Builds the whole located tree from nlohmann's SAX events.
class TreeBuilder : public LocatedEvents<TreeBuilder> {
public:
    TreeBuilder(std::string_view text, int max_depth) : LocatedEvents(text, max_depth) {}

    bool start_object(std::size_t) { return open(Node::Kind::object); }
    bool start_array(std::size_t) { return open(Node::Kind::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t& k);
    bool scalar(Node n);
    Node& root() { return root_; }

private:
    bool open(Node::Kind kind);
    bool close();

    Node root_;
    std::vector<Node*> stack_;
    int pending_key_line_ = 0, pending_key_column_ = 0;
};

}  // namespace ecosys::detail::json_reader
