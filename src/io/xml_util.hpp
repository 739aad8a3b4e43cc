#pragma once
// pugixml with locations: parses text held by the caller and maps a node's
// offset back to line and column, so messages about GraphML and GEXF files
// point at the element or attribute at fault.

#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "ecosys/error.hpp"
#include "io/foreign_import.hpp"

namespace ecosys::detail {

class XmlText {
public:
    /// Parses `text` (which must outlive this object); throws ParseError naming
    /// `source` for invalid UTF-8 or malformed XML.
    XmlText(std::string_view text, std::string source);

    [[nodiscard]] const pugi::xml_document& document() const noexcept { return doc_; }
    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    /// Where element `node` starts (its '<').
    [[nodiscard]] Location at(const pugi::xml_node& node) const;
    /// Where the text inside element `node` starts (the element when it holds none).
    [[nodiscard]] Location at_text(const pugi::xml_node& node) const;
    /// Where the value of attribute `name` of element `node` starts (the element if not found).
    [[nodiscard]] Location at(const pugi::xml_node& node, std::string_view attribute) const;

private:
    Location at_offset(std::size_t offset) const;
    mutable std::vector<std::size_t> line_starts_;  // built on the first step backwards
    std::string_view text_;
    std::string source_;
    pugi::xml_document doc_;
    mutable std::size_t cache_offset_ = 0;
    mutable int cache_line_ = 1, cache_column_ = 1;
};

/// The element's name without a namespace prefix ("y:ShapeNode" -> "ShapeNode").
std::string_view local_name(const pugi::xml_node& node);

/// The first child element with local name `name`.
pugi::xml_node child(const pugi::xml_node& node, std::string_view name);

/// All text directly inside `node` (text and CDATA children joined).
std::string text_of(const pugi::xml_node& node);

/// A <node> of GraphML or GEXF as a record: its id and their places; a node without
/// an id is an error in `import`.
ForeignNode node_record(const XmlText& xml, const pugi::xml_node& n, ForeignImport& import);

/// An <edge> of GraphML or GEXF as a record: its ends and their places, `directed`.
ForeignEdge edge_record(const XmlText& xml, const pugi::xml_node& e, bool directed);

/// Adds {key, value, at} to `attrs` unless one of `keys` is there already.
void add_unless_present(std::vector<ForeignAttr>& attrs, std::initializer_list<std::string_view> keys, std::string key,
                        std::string value, const Location& at);

}  // namespace ecosys::detail
