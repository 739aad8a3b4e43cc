#pragma once
// Graphviz HTML-like labels for diagrams: the title block and legend, node labels,
// cluster and edge labels. All user text goes through html_text(); every label starts
// with "<TABLE" or "<FONT" (see GraphBuilder::set_html). Private to render/.

#include <string>
#include <string_view>

#include "ecosys/render/diagram.hpp"

namespace ecosys::render::detail {

/// "<FONT POINT-SIZE="size" COLOR="color">" (no COLOR when empty).
[[nodiscard]] std::string font_open(double size, std::string_view color = {});

/// The title, the key figures and the legend rows, as one table for the graph label.
/// `scale` multiplies the font sizes (larger diagrams get a larger legend).
[[nodiscard]] std::string legend_html(const Diagram& diagram, double scale = 1.0);

/// A node's label lines and coloured marks on a translucent white ground.
[[nodiscard]] std::string node_label_html(const DiagramNode& node, double font_size);

/// A cluster's label: the group name in bold.
[[nodiscard]] std::string cluster_label_html(const DiagramGroup& group, double font_size);

/// Text on a line (the overview's tie counts), on a translucent white ground.
[[nodiscard]] std::string edge_label_html(const DiagramEdge& edge);

}  // namespace ecosys::render::detail
