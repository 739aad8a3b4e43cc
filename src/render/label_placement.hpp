#pragma once
// Node labels placed by ecosys after the Graphviz layout, next to their node.
// Private to render/.
//
// Graphviz places external labels (xlabels) after the layout, after the cluster
// boxes are fixed, trying the eight places around a node that touch it at least
// at a corner and taking the least crowded. In a dense drawing (fdp, clusters) that
// is often a corner place across the cluster's border, where the label reads as
// belonging to another node or group. Here every label is put against a side of its
// node (below, above, right or left, centred or aligned with one of the node's
// edges): the first of these places free of nodes, labels and lines, else the one
// that covers least of them; inside the node's cluster where there is room; a
// cluster that still does not hold its labels grows to hold them.

#include "render/graph_builder.hpp"
#include "render/graphviz_context.hpp"

namespace ecosys::render::detail {

/// Places the xlabel of every node of the laid-out `graph` (its nodes, clusters
/// and edge labels already placed by gvLayout) and grows the cluster and graph
/// boxes to hold them. Call between gvLayout and rendering.
void place_node_labels(Agraph_t* graph);

/// The box of what is drawn of the laid-out `graph`: nodes, their labels, edges and
/// edge labels (not the graph's own label).
[[nodiscard]] Box drawing_box(Agraph_t* graph);

}  // namespace ecosys::render::detail
