#include "render/label_placement.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <vector>

namespace ecosys::render::detail {

namespace {

constexpr double gap = 1.5;     // points between a node and its label
constexpr double margin = 4;    // points between a label and the border of a cluster grown for it
constexpr double outside = 4;   // weight of a label's area outside its cluster, or inside another
constexpr double crossing = 1;  // weight of a point of line under a label (an overlap is an area)
constexpr double covering = 4;  // weight of an overlap with another label (text on text reads worst)
constexpr double tie = 1e-3;    // scores closer than this are equal
constexpr double infinity = std::numeric_limits<double>::infinity();

double area(const Box& b) { return std::max(0.0, b.urx - b.llx) * std::max(0.0, b.ury - b.lly); }

double overlap(const Box& a, const Box& b) {
    const double w = std::min(a.urx, b.urx) - std::max(a.llx, b.llx);
    const double h = std::min(a.ury, b.ury) - std::max(a.lly, b.lly);
    return w > 0 && h > 0 ? w * h : 0.0;
}

Box unite(const Box& a, const Box& b) {
    return {std::min(a.llx, b.llx), std::min(a.lly, b.lly), std::max(a.urx, b.urx), std::max(a.ury, b.ury)};
}

bool empty(const Box& b) { return b.llx > b.urx; }

constexpr Box nothing{infinity, infinity, -infinity, -infinity};

Box centred(pointf centre, pointf size) {
    return {centre.x - size.x / 2, centre.y - size.y / 2, centre.x + size.x / 2, centre.y + size.y / 2};
}

/// The box of what is drawn of a node: its polygon's outer line where it has one (a
/// triangle fills only part of its width x height box), else the width x height box.
Box node_box(Agnode_t* n) {
    const Box frame = centred(ND_coord(n), {INCH2PS(ND_width(n)), INCH2PS(ND_height(n))});
    const auto* poly = ND_shape(n) && ND_shape(n)->polygon ? static_cast<const polygon_t*>(ND_shape_info(n)) : nullptr;
    // Ellipses (fewer than 3 sides) fill their box.
    if (!poly || !poly->vertices || poly->peripheries < 1 || poly->sides < 3) return frame;
    const int count = poly->sides;
    const int first = (poly->peripheries - 1) * count;  // the outermost line
    Box out = nothing;
    for (int i = first; i < first + count; ++i) {
        const pointf p = poly->vertices[i];
        out = unite(out, {ND_coord(n).x + p.x, ND_coord(n).y + p.y, ND_coord(n).x + p.x, ND_coord(n).y + p.y});
    }
    return empty(out) ? frame : out;
}

Box label_box(const textlabel_t* label) { return centred(label->pos, label->dimen); }

Box to_box(const boxf& b) { return {b.LL.x, b.LL.y, b.UR.x, b.UR.y}; }

boxf to_boxf(const Box& b) { return {{b.llx, b.lly}, {b.urx, b.ury}}; }

/// The places next to a node of box `n` for a label of size `s`, best first: centred
/// below, above, right and left, then the same sides with the label flush with one
/// of the node's edges. Every place shares a stretch of a side of the node's box
/// (grown by the gap), never only a corner.
std::vector<pointf> candidates(const Box& n, pointf s) {
    const double cx = (n.llx + n.urx) / 2, cy = (n.lly + n.ury) / 2;
    const double below = n.lly - gap - s.y / 2, above = n.ury + gap + s.y / 2;
    const double right = n.urx + gap + s.x / 2, left = n.llx - gap - s.x / 2;
    const double flush_left = n.llx + s.x / 2, flush_right = n.urx - s.x / 2;  // label's left (right) edge on the node's
    const double flush_bottom = n.lly + s.y / 2, flush_top = n.ury - s.y / 2;
    return {{cx, below},          {cx, above},         {right, cy},         {left, cy},
            {flush_left, below},  {flush_right, below}, {flush_left, above}, {flush_right, above},
            {right, flush_bottom}, {right, flush_top},  {left, flush_bottom}, {left, flush_top}};
}

struct Segment {
    pointf a, b;
};

/// Length of the stretch of segment `s` inside box `b` (Liang-Barsky clipping).
double length_inside(const Segment& s, const Box& b) {
    const double dx = s.b.x - s.a.x, dy = s.b.y - s.a.y;
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {s.a.x - b.llx, b.urx - s.a.x, s.a.y - b.lly, b.ury - s.a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return 0;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
        if (t0 >= t1) return 0;
    }
    return (t1 - t0) * std::hypot(dx, dy);
}

struct Cluster {
    Agraph_t* graph;
    Box box;
};

void collect_clusters(Agraph_t* g, std::vector<Cluster>& out) {
    for (int c = 1; c <= GD_n_cluster(g); ++c) {
        Agraph_t* sub = GD_clust(g)[c];
        out.push_back({sub, to_box(GD_bb(sub))});
        collect_clusters(sub, out);
    }
}

}  // namespace

void place_node_labels(Agraph_t* graph) {
    std::vector<Agnode_t*> labelled;
    std::vector<Box> obstacles;
    std::vector<Segment> lines;  // the lines as drawn, curves by their control polygon
    for (Agnode_t* n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
        obstacles.push_back(node_box(n));
        if (ND_xlabel(n)) labelled.push_back(n);
        for (Agedge_t* e = agfstout(graph, n); e; e = agnxtout(graph, e)) {
            if (ED_label(e) && ED_label(e)->set) obstacles.push_back(label_box(ED_label(e)));
            if (!ED_spl(e)) continue;
            for (int i = 0; i < ED_spl(e)->size; ++i) {
                const bezier& bz = ED_spl(e)->list[i];
                for (int k = 1; k < bz.size; ++k) lines.push_back({bz.list[k - 1], bz.list[k]});
            }
        }
    }
    if (labelled.empty()) return;
    if (GD_label(graph) && GD_label(graph)->set) obstacles.push_back(label_box(GD_label(graph)));

    // The innermost cluster of each node (clusters are listed outer before inner).
    std::vector<Cluster> clusters;
    collect_clusters(graph, clusters);
    std::unordered_map<Agnode_t*, std::size_t> cluster_of;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        if (GD_label(clusters[c].graph) && GD_label(clusters[c].graph)->set)
            obstacles.push_back(label_box(GD_label(clusters[c].graph)));
        for (Agnode_t* n = agfstnode(clusters[c].graph); n; n = agnxtnode(clusters[c].graph, n)) cluster_of[n] = c;
    }

    // The largest nodes, the most central actors, choose first.
    std::stable_sort(labelled.begin(), labelled.end(),
                     [](Agnode_t* a, Agnode_t* b) { return ND_width(a) * ND_height(a) > ND_width(b) * ND_height(b); });
    std::vector<Box> grown(clusters.size(), nothing);
    std::vector<Box> placed;
    for (Agnode_t* n : labelled) {
        textlabel_t* label = ND_xlabel(n);
        const Box node = node_box(n);
        auto own = cluster_of.find(n);
        double best_score = infinity;
        Box best{};
        for (pointf centre : candidates(node, label->dimen)) {
            const Box b = centred(centre, label->dimen);
            double score = 0;
            for (const Box& o : obstacles) score += overlap(b, o);
            for (const Segment& l : lines) score += crossing * length_inside(l, b);
            for (const Box& o : placed) score += covering * overlap(b, o);
            for (std::size_t c = 0; c < clusters.size(); ++c) {
                const bool mine = own != cluster_of.end() && (own->second == c || agcontains(clusters[c].graph, n));
                score += outside * (mine ? area(b) - overlap(b, clusters[c].box) : overlap(b, clusters[c].box));
            }
            // Near-equal scores are equal: Graphviz's coordinates differ from run to run in
            // their last bits, and the first of equally good places must win every time.
            if (score < best_score - tie) best_score = score, best = b;
            if (score < tie) break;
        }
        label->pos = {(best.llx + best.urx) / 2, (best.lly + best.ury) / 2};
        label->set = TRUE;
        placed.push_back(best);
        if (own != cluster_of.end()) grown[own->second] = unite(grown[own->second], best);
    }

    // Clusters grow to hold their labels (with a margin), inner ones first so that
    // the outer ones hold them too; a cluster's name moves with its top-left corner.
    Box all = to_box(GD_bb(graph));
    for (std::size_t c = clusters.size(); c-- > 0;) {
        Agraph_t* sub = clusters[c].graph;
        Box box = to_box(GD_bb(sub));
        for (std::size_t inner = c + 1; inner < clusters.size(); ++inner)
            if (agparent(clusters[inner].graph) == sub) box = unite(box, to_box(GD_bb(clusters[inner].graph)));
        if (!empty(grown[c]))
            box = unite(box, {grown[c].llx - margin, grown[c].lly - margin, grown[c].urx + margin, grown[c].ury + margin});
        const boxf old = GD_bb(sub);
        if (GD_label(sub) && GD_label(sub)->set) {
            GD_label(sub)->pos.x += box.llx - old.LL.x;
            GD_label(sub)->pos.y += box.ury - old.UR.y;
        }
        GD_bb(sub) = to_boxf(box);
        all = unite(all, box);
    }
    for (Agnode_t* n : labelled) all = unite(all, label_box(ND_xlabel(n)));
    GD_bb(graph) = to_boxf(all);
}

Box drawing_box(Agraph_t* graph) {
    Box box = nothing;
    for (Agnode_t* n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
        box = unite(box, node_box(n));
        if (ND_xlabel(n) && ND_xlabel(n)->set) box = unite(box, label_box(ND_xlabel(n)));
        for (Agedge_t* e = agfstout(graph, n); e; e = agnxtout(graph, e)) {
            if (ED_label(e) && ED_label(e)->set) box = unite(box, label_box(ED_label(e)));
            if (!ED_spl(e)) continue;
            for (int i = 0; i < ED_spl(e)->size; ++i) {
                const bezier& bz = ED_spl(e)->list[i];
                for (int k = 0; k < bz.size; ++k) box = unite(box, {bz.list[k].x, bz.list[k].y, bz.list[k].x, bz.list[k].y});
            }
        }
    }
    return empty(box) ? Box{} : box;
}

}  // namespace ecosys::render::detail
