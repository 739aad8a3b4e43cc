#pragma once
// Groups drawn as clusters with engines that have no clusters (neato, sfdp), and
// reproducibly: each group is laid out on its own by the diagram's engine, the groups
// are then put in rows as boxes, in group order, and every node gets its position
// inside its group's box. Graphviz's "nop" engine then draws the nodes and the
// clusters where they were put, and the ties between groups as straight lines.
// Private to render/.

#include <vector>

#include "ecosys/render/diagram.hpp"
#include "ecosys/render/renderer.hpp"
#include "render/graph_builder.hpp"
#include "render/graphviz_context.hpp"

namespace ecosys::render::detail {

struct PackedLayout {
    std::vector<Point> nodes;  ///< per diagram node, in points
    std::vector<Box> groups;   ///< per diagram group: its cluster's box, in points
};

/// Positions for `diagram`'s nodes and groups (every node must belong to a group).
/// One layout per group: about the cost of laying out the largest group, since the
/// layouts are superlinear. Throws RenderError as Layout does.
[[nodiscard]] PackedLayout pack_groups(GVC_t* gvc, const Diagram& diagram, Format format, const ErrorCapture& errors);

}  // namespace ecosys::render::detail
