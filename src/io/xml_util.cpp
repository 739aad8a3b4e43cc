#include "io/xml_util.hpp"

#include <algorithm>
#include <cctype>

#include "io/io_util.hpp"
#include "util/text.hpp"

namespace ecosys::detail {

XmlText::XmlText(std::string_view text, std::string source) : text_(text), source_(std::move(source)) {
    check_utf8(text_, source_);
    pugi::xml_parse_result result =
        doc_.load_buffer(text_.data(), text_.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!result) {
        std::string what = result.description();
        if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
        Location where = at_offset(static_cast<std::size_t>(std::max<std::ptrdiff_t>(result.offset, 0)));
        std::string hint = result.status == pugi::status_no_document_element
                               ? "; the file holds no XML element"
                               : "; check the XML near here (every element closed, & written as &amp;, < as &lt;)";
        throw ParseError(where, "malformed XML: " + what + hint);
    }
    // pugixml keeps a reference to an entity it does not know ("&xxe;") as those
    // characters; XML defines five and numeric ones, and ecosys never reads a DTD.
    for (std::size_t i = 0; i < text_.size(); ++i) {
        const std::string_view rest = text_.substr(i);
        auto skip = [&](std::string_view open, std::string_view close) {
            if (rest.substr(0, open.size()) != open) return false;
            const std::size_t end = text_.find(close, i + open.size());
            i = end == std::string_view::npos ? text_.size() : end + close.size() - 1;
            return true;
        };
        if (skip("<!--", "-->") || skip("<![CDATA[", "]]>") || skip("<!DOCTYPE", "]>") || skip("<?", "?>")) continue;
        if (text_[i] != '&') continue;
        const std::size_t semicolon = text_.find(';', i);
        const std::string_view name = text_.substr(i + 1, semicolon == std::string_view::npos ? 0 : semicolon - i - 1);
        if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos" ||
            (!name.empty() && name[0] == '#'))
            continue;
        throw ParseError(at_offset(i),
                           "unknown entity " + quote("&" + std::string(name.substr(0, 40)) + ";") +
                               "; XML has only &amp; &lt; &gt; &quot; &apos; and numeric references (ecosys reads no DTD)");
    }
}

Location XmlText::at_offset(std::size_t offset) const {
    if (offset > text_.size()) offset = text_.size();
    // Offsets are asked for in increasing order mostly: walk on from the last one.
    // A step back starts again from the beginning of its line.
    if (offset < cache_offset_) {
        if (line_starts_.empty()) {
            line_starts_.push_back(0);
            for (std::size_t i = 0; i < text_.size(); ++i)
                if (text_[i] == '\n') line_starts_.push_back(i + 1);
        }
        auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
        std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());  // 1-based
        cache_offset_ = line_starts_[line - 1];
        cache_line_ = static_cast<int>(line);
        cache_column_ = 1;
    }
    for (std::size_t i = cache_offset_; i < offset; ++i) {
        unsigned char c = static_cast<unsigned char>(text_[i]);
        if (c == '\n') {
            ++cache_line_;
            cache_column_ = 1;
        } else if ((c & 0xC0) != 0x80 && !(i < 3 && text_.substr(0, 3) == "\xEF\xBB\xBF")) {
            ++cache_column_;
        }
    }
    cache_offset_ = offset;
    return {source_, cache_line_, cache_column_};
}

Location XmlText::at(const pugi::xml_node& node) const {
    std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return {source_, 0, 0};
    std::size_t o = static_cast<std::size_t>(offset);
    // pugixml points at the name; step back to the '<'.
    if (o > 0 && o <= text_.size() && text_[o - 1] == '<') --o;
    return at_offset(o);
}

Location XmlText::at_text(const pugi::xml_node& node) const {
    for (pugi::xml_node c : node.children()) {
        if (c.type() != pugi::node_pcdata && c.type() != pugi::node_cdata) continue;
        std::ptrdiff_t offset = c.offset_debug();
        if (offset >= 0) return at_offset(static_cast<std::size_t>(offset));
    }
    return at(node);
}

Location XmlText::at(const pugi::xml_node& node, std::string_view attribute) const {
    std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return {source_, 0, 0};
    std::size_t start = static_cast<std::size_t>(offset);
    std::size_t end = text_.find('>', start);
    if (end == std::string_view::npos) end = text_.size();
    std::string_view tag = text_.substr(start, end - start);
    for (std::size_t p = tag.find(attribute); p != std::string_view::npos; p = tag.find(attribute, p + 1)) {
        bool word_start = p > 0 && (tag[p - 1] == ' ' || tag[p - 1] == '\t' || tag[p - 1] == '\n' || tag[p - 1] == '\r');
        std::size_t q = p + attribute.size();
        while (q < tag.size() && (tag[q] == ' ' || tag[q] == '\t' || tag[q] == '\n' || tag[q] == '\r')) ++q;
        if (!word_start || q >= tag.size() || tag[q] != '=') continue;
        ++q;
        while (q < tag.size() && (tag[q] == ' ' || tag[q] == '\t' || tag[q] == '\n' || tag[q] == '\r')) ++q;
        if (q < tag.size() && (tag[q] == '"' || tag[q] == '\'')) ++q;
        return at_offset(start + q);
    }
    return at(node);
}

std::string_view local_name(const pugi::xml_node& node) {
    std::string_view name = node.name();
    std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_element && local_name(c) == name) return c;
    return {};
}

std::string text_of(const pugi::xml_node& node) {
    std::string out;
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    return out;
}

ForeignNode node_record(const XmlText& xml, const pugi::xml_node& n, ForeignImport& import) {
    ForeignNode node;
    node.id = n.attribute("id").value();
    node.at = xml.at(n);
    node.at_id = xml.at(n, "id");
    if (n.attribute("id").empty()) import.error(node.at, "a <node> has no id; every node needs a unique id");
    return node;
}

ForeignEdge edge_record(const XmlText& xml, const pugi::xml_node& e, bool directed) {
    ForeignEdge edge;
    edge.at = xml.at(e);
    edge.source = e.attribute("source").value();
    edge.target = e.attribute("target").value();
    edge.at_source = xml.at(e, "source");
    edge.at_target = xml.at(e, "target");
    edge.directed = directed;
    return edge;
}

void add_unless_present(std::vector<ForeignAttr>& attrs, std::initializer_list<std::string_view> keys, std::string key,
                        std::string value, const Location& at) {
    for (const ForeignAttr& a : attrs)
        for (std::string_view k : keys)
            if (a.key == k) return;
    attrs.push_back({std::move(key), std::move(value), at});
}

}  // namespace ecosys::detail
