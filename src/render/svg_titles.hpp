#pragma once
// Graphviz writes each node's and edge's name as the SVG <title> (the hover text);
// our names are ids, so after rendering the titles are replaced with the tooltips.
// Private to render/.

#include <string>
#include <string_view>
#include <unordered_map>

namespace ecosys::render::detail {

/// `svg` with the <title> right after each <g id="ID" ...> replaced by titles[ID]
/// (XML-escaped here), and the graph's own title (id "graph0") by `graph_title`.
/// Groups whose id is not in `titles` keep their title. O(size of svg).
[[nodiscard]] std::string replace_titles(std::string_view svg, const std::unordered_map<std::string, std::string>& titles,
                                         std::string_view graph_title);

/// Decodes the XML character references and the five predefined entities in `text`
/// (Graphviz writes '-' in ids as "&#45;").
[[nodiscard]] std::string decode_xml(std::string_view text);

}  // namespace ecosys::render::detail
