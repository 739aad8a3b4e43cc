#pragma once
// A small, strict XML 1.0 reader for the render tests: enough to prove that an SVG is
// well-formed (one root, matching tags, quoted attributes without '<', no duplicate
// attributes, every '&' a valid reference, no stray "]]>", no control characters) and
// to walk its elements. Not a validating parser; no DTD internal subset, no namespaces
// beyond keeping "xlink:title" as a plain attribute name.

#include <cctype>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mini_xml {

struct Element {
    std::string name;
    std::vector<std::pair<std::string, std::string>> attributes;  ///< decoded values, document order
    std::vector<std::unique_ptr<Element>> children;
    std::string text;  ///< decoded character data directly inside this element, concatenated

    /// Value of an attribute, or nullptr.
    [[nodiscard]] const std::string* attribute(std::string_view key) const {
        for (const auto& [k, v] : attributes)
            if (k == key) return &v;
        return nullptr;
    }
    [[nodiscard]] std::string attr(std::string_view key) const {
        const std::string* v = attribute(key);
        return v ? *v : std::string();
    }
    /// This element and every element below it, document order, that satisfy `pred`.
    void collect(const std::function<bool(const Element&)>& pred, std::vector<const Element*>& out) const {
        if (pred(*this)) out.push_back(this);
        for (const auto& c : children) c->collect(pred, out);
    }
    [[nodiscard]] std::vector<const Element*> find_all(const std::function<bool(const Element&)>& pred) const {
        std::vector<const Element*> out;
        collect(pred, out);
        return out;
    }
    [[nodiscard]] std::vector<const Element*> find_all(std::string_view element_name) const {
        return find_all([&](const Element& e) { return e.name == element_name; });
    }
    /// First direct child with this name, or nullptr.
    [[nodiscard]] const Element* child(std::string_view element_name) const {
        for (const auto& c : children)
            if (c->name == element_name) return c.get();
        return nullptr;
    }
    /// All character data in this element and below, document order.
    [[nodiscard]] std::string all_text() const {
        std::string out = text;
        for (const auto& c : children) out += c->all_text();
        return out;
    }
};

class Parser {
public:
    explicit Parser(std::string_view doc) : s_(doc) {}

    std::unique_ptr<Element> parse() {
        check_characters();
        skip_misc(true);
        if (!starts_with("<")) fail("expected the root element");
        auto root = element();
        skip_misc(false);
        if (pos_ != s_.size()) fail("content after the root element");
        return root;
    }

private:
    std::string_view s_;
    std::size_t pos_ = 0;

    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error("XML error at byte " + std::to_string(pos_) + ": " + what + " near '" +
                                 std::string(s_.substr(pos_, 40)) + "'");
    }
    bool starts_with(std::string_view p) const { return s_.substr(pos_, p.size()) == p; }
    void expect(std::string_view p) {
        if (!starts_with(p)) fail("expected '" + std::string(p) + "'");
        pos_ += p.size();
    }
    void skip_space() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
    }
    void check_characters() {
        for (std::size_t i = 0; i < s_.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(s_[i]);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                pos_ = i;
                fail("control character");
            }
        }
    }
    static bool name_char(char c) {
        unsigned char u = static_cast<unsigned char>(c);
        return std::isalnum(u) || c == '_' || c == ':' || c == '-' || c == '.' || u >= 0x80;
    }
    std::string name() {
        std::size_t start = pos_;
        if (pos_ >= s_.size() || !(std::isalpha(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_' || s_[pos_] == ':'))
            fail("expected a name");
        while (pos_ < s_.size() && name_char(s_[pos_])) ++pos_;
        return std::string(s_.substr(start, pos_ - start));
    }
    // Comments, processing instructions, the doctype (prolog only) and white space.
    void skip_misc(bool prolog) {
        while (true) {
            skip_space();
            if (starts_with("<?")) {
                std::size_t end = s_.find("?>", pos_);
                if (end == std::string_view::npos) fail("unterminated processing instruction");
                pos_ = end + 2;
            } else if (starts_with("<!--")) {
                comment();
            } else if (prolog && starts_with("<!DOCTYPE")) {
                char quote = 0;
                while (pos_ < s_.size()) {
                    char c = s_[pos_++];
                    if (quote) {
                        if (c == quote) quote = 0;
                    } else if (c == '"' || c == '\'') {
                        quote = c;
                    } else if (c == '[') {
                        fail("DTD internal subsets are not supported");
                    } else if (c == '>') {
                        break;
                    }
                }
            } else {
                return;
            }
        }
    }
    void comment() {
        expect("<!--");
        std::size_t end = s_.find("--", pos_);
        if (end == std::string_view::npos) fail("unterminated comment");
        pos_ = end;
        if (!starts_with("-->")) fail("'--' inside a comment");
        pos_ += 3;
    }
    static void append_utf8(std::string& out, std::uint32_t cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    void reference(std::string& out) {
        expect("&");
        std::size_t semi = s_.find(';', pos_);
        if (semi == std::string_view::npos || semi - pos_ > 10) fail("'&' that starts no reference");
        std::string_view ref = s_.substr(pos_, semi - pos_);
        if (ref == "amp") out += '&';
        else if (ref == "lt") out += '<';
        else if (ref == "gt") out += '>';
        else if (ref == "quot") out += '"';
        else if (ref == "apos") out += '\'';
        else if (ref.size() > 1 && ref[0] == '#') {
            bool hex = ref[1] == 'x';
            std::string digits(ref.substr(hex ? 2 : 1));
            if (digits.empty()) fail("empty character reference");
            for (char c : digits)
                if (!(hex ? std::isxdigit(static_cast<unsigned char>(c)) : std::isdigit(static_cast<unsigned char>(c))))
                    fail("bad character reference");
            unsigned long cp = std::stoul(digits, nullptr, hex ? 16 : 10);
            if (cp == 0 || cp > 0x10FFFF || (cp < 0x20 && cp != 9 && cp != 10 && cp != 13)) fail("character reference to an invalid character");
            append_utf8(out, static_cast<std::uint32_t>(cp));
        } else {
            fail("unknown entity '" + std::string(ref) + "'");
        }
        pos_ = semi + 1;
    }
    std::unique_ptr<Element> element() {
        expect("<");
        auto e = std::make_unique<Element>();
        e->name = name();
        while (true) {
            std::size_t before = pos_;
            skip_space();
            if (starts_with("/>")) {
                pos_ += 2;
                return e;
            }
            if (starts_with(">")) {
                ++pos_;
                break;
            }
            if (pos_ == before) fail("expected white space before an attribute");
            std::string key = name();
            skip_space();
            expect("=");
            skip_space();
            if (pos_ >= s_.size() || (s_[pos_] != '"' && s_[pos_] != '\'')) fail("unquoted attribute value");
            char quote = s_[pos_++];
            std::string value;
            while (true) {
                if (pos_ >= s_.size()) fail("unterminated attribute value");
                char c = s_[pos_];
                if (c == quote) {
                    ++pos_;
                    break;
                }
                if (c == '<') fail("'<' in an attribute value");
                if (c == '&') reference(value);
                else value += c, ++pos_;
            }
            if (e->attribute(key)) fail("duplicate attribute '" + key + "'");
            e->attributes.emplace_back(std::move(key), std::move(value));
        }
        // Content.
        while (true) {
            if (pos_ >= s_.size()) fail("unclosed element <" + e->name + ">");
            if (starts_with("</")) {
                pos_ += 2;
                std::string end = name();
                if (end != e->name) fail("</" + end + "> closes <" + e->name + ">");
                skip_space();
                expect(">");
                return e;
            }
            if (starts_with("<!--")) {
                comment();
            } else if (starts_with("<![CDATA[")) {
                pos_ += 9;
                std::size_t end = s_.find("]]>", pos_);
                if (end == std::string_view::npos) fail("unterminated CDATA");
                e->text += s_.substr(pos_, end - pos_);
                pos_ = end + 3;
            } else if (starts_with("<?")) {
                std::size_t end = s_.find("?>", pos_);
                if (end == std::string_view::npos) fail("unterminated processing instruction");
                pos_ = end + 2;
            } else if (starts_with("<")) {
                e->children.push_back(element());
            } else if (starts_with("&")) {
                reference(e->text);
            } else {
                if (starts_with("]]>")) fail("']]>' in character data");
                e->text += s_[pos_++];
            }
        }
    }
};

/// Parses `doc`; throws std::runtime_error (with the byte offset) when it is not well-formed.
inline std::unique_ptr<Element> parse(std::string_view doc) { return Parser(doc).parse(); }

}  // namespace mini_xml
