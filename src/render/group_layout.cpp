#include "render/group_layout.hpp"

#include <algorithm>
#include <cmath>

#include "ecosys/error.hpp"
#include "render/label_placement.hpp"
#include "render/label_text.hpp"

namespace ecosys::render::detail {

namespace {

constexpr double padding = 14;  // points between a group's drawing and its frame
constexpr double header = 26;   // points above it for the group's name
constexpr double group_gap = 28;  // points between two groups' frames

/// One group laid out alone: its nodes' positions and its bounding box (xlabels included).
struct GroupDrawing {
    std::vector<std::size_t> members;  ///< diagram node indices
    std::vector<Point> positions;      ///< parallel to members
    Box box;
};

GroupDrawing lay_out_group(GVC_t* gvc, const Diagram& d, Format format, const ErrorCapture& errors,
                           const std::vector<std::size_t>& members, const std::vector<std::size_t>& edges) {
    GroupDrawing out;
    out.members = members;
    const std::string engine(to_string(d.engine));
    GraphBuilder builder(d, format, engine, d.nodes.size());
    builder.set_edge_length(members.size() <= 30 ? 1.2 : 1.0);
    for (std::size_t i : members) builder.add_node(i);
    for (std::size_t e : edges) builder.add_edge(e);
    GraphPtr graph = builder.take();
    {
        Layout layout(gvc, graph.get(), engine.c_str(), errors);
        place_node_labels(graph.get());
        for (std::size_t i : members) {
            Agnode_t* v = builder.node(i);
            out.positions.push_back({ND_coord(v).x, ND_coord(v).y});
        }
        out.box = drawing_box(graph.get());
    }
    return out;
}

}  // namespace

PackedLayout pack_groups(GVC_t* gvc, const Diagram& d, Format format, const ErrorCapture& errors) {
    const std::size_t groups = d.groups.size();
    std::vector<std::vector<std::size_t>> members(groups), inner_edges(groups);
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        if (d.nodes[i].group >= groups) throw RenderError("node " + d.nodes[i].element_id + " belongs to no group");
        members[d.nodes[i].group].push_back(i);
    }
    for (std::size_t e = 0; e < d.edges.size(); ++e) {
        std::size_t a = d.nodes[d.edges[e].tail].group, b = d.nodes[d.edges[e].head].group;
        if (a == b) inner_edges[a].push_back(e);
    }

    std::vector<GroupDrawing> drawings;
    drawings.reserve(groups);
    for (std::size_t g = 0; g < groups; ++g) drawings.push_back(lay_out_group(gvc, d, format, errors, members[g], inner_edges[g]));

    // The groups as boxes, each the size of its drawing plus frame and name, in rows
    // in group order (the file's order of regions and sectors, communities by size),
    // rows about twice as wide as the boxes' total area is tall, each row centred.
    std::vector<double> width(groups), height(groups);
    double area = 0, widest = 0;
    for (std::size_t g = 0; g < groups; ++g) {
        width[g] = drawings[g].box.urx - drawings[g].box.llx + 2 * padding;
        height[g] = drawings[g].box.ury - drawings[g].box.lly + 2 * padding + header;
        area += width[g] * height[g];
        widest = std::max(widest, width[g]);
    }
    const double row_width = std::max(widest, std::sqrt(area * 2.0));
    std::vector<std::vector<std::size_t>> rows(1);
    double x = 0;
    for (std::size_t g = 0; g < groups; ++g) {
        if (!rows.back().empty() && x + width[g] > row_width) {
            rows.emplace_back();
            x = 0;
        }
        rows.back().push_back(g);
        x += width[g] + group_gap;
    }
    std::vector<Point> centre(groups);
    double top = 0;  // y of the current row's top edge; Graphviz's y grows upwards
    for (const auto& row : rows) {
        double used = -group_gap, tallest = 0;
        for (std::size_t g : row) used += width[g] + group_gap, tallest = std::max(tallest, height[g]);
        double left = (row_width - used) / 2;
        for (std::size_t g : row) {
            centre[g] = {left + width[g] / 2, top - height[g] / 2};
            left += width[g] + group_gap;
        }
        top -= tallest + group_gap;
    }

    PackedLayout out;
    out.nodes.resize(d.nodes.size());
    out.groups.resize(groups);
    for (std::size_t g = 0; g < groups; ++g) {
        Box frame{centre[g].x - width[g] / 2, centre[g].y - height[g] / 2, centre[g].x + width[g] / 2, centre[g].y + height[g] / 2};
        out.groups[g] = frame;
        const GroupDrawing& drawing = drawings[g];
        for (std::size_t k = 0; k < drawing.members.size(); ++k)
            out.nodes[drawing.members[k]] = {frame.llx + padding + drawing.positions[k].x - drawing.box.llx,
                                             frame.lly + padding + drawing.positions[k].y - drawing.box.lly};
    }
    return out;
}

}  // namespace ecosys::render::detail
