// The JSON parsing of the reader (json_parse.hpp): the token locator, the located
// tree, and the helpers on located values; and the one entry point for JSON that
// is not a whole network file (json_value.hpp), with the same limits.

#include "io/json_parse.hpp"

#include "ecosys/io/reader.hpp"
#include "io/json_value.hpp"
#include "util/text.hpp"

namespace ecosys::detail {

namespace json_reader {

std::pair<int, int> TokenLocator::next() {
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

bool TreeBuilder::key(json::string_t& k) {
    if (k.find('\0') != json::string_t::npos) return nul_character();
    auto [line, column] = locator_.next();
    stack_.back()->keys.push_back(std::move(k));
    pending_key_line_ = line;
    pending_key_column_ = column;
    return true;
}

bool TreeBuilder::scalar(Node n) {
    locate(n);
    if (stack_.empty()) {
        root_ = std::move(n);
        return true;
    }
    stack_.back()->items.push_back(std::move(n));
    return true;
}

bool TreeBuilder::open(Node::Kind kind) {
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

bool TreeBuilder::close() {
    locator_.next();
    stack_.pop_back();
    return true;
}

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

std::string parse_error_text(const std::string& what) {
    std::string text = what;
    if (auto p = text.find("] "); p != std::string::npos && text.rfind("[json.exception", 0) == 0) text = text.substr(p + 2);
    if (auto p = text.find(": "); p != std::string::npos && text.rfind("parse error", 0) == 0) text = text.substr(p + 2);
    return text;
}

}  // namespace json_reader

namespace {

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
        message_ = json_reader::parse_error_text(ex.what());
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

std::optional<nlohmann::json> parse_json_value(std::string_view text, std::string& problem, const ReadLimits& limits) {
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

std::string describe_json(const nlohmann::json& value) {
    if (value.is_array()) return "an array of " + std::to_string(value.size()) + (value.size() == 1 ? " item" : " items");
    if (value.is_object())
        return "an object with " + std::to_string(value.size()) + (value.size() == 1 ? " member" : " members");
    return quote(value.dump());
}

}  // namespace ecosys::detail
