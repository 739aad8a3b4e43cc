// Where things land in the SVG: every node label against a side of its node (in every
// layout, with and without groups, inside its group's frame), every overview line
// ending at the two shapes it joins. Measured on the drawn coordinates.

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "ecosys/io/reader.hpp"
#include "ecosys/render/diagram.hpp"
#include "ecosys/render/renderer.hpp"
#include "model/shipped_network.hpp"
#include "render/mini_xml.hpp"

using ecosys::Actor;
using ecosys::Network;
using ecosys::Tie;
using ecosys::test::shipped_network;
using namespace ecosys::render;

namespace {

struct Box {
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    void add(double x, double y) {
        x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
    }
    [[nodiscard]] bool valid() const { return x0 <= x1 && y0 <= y1; }
};

std::ostream& operator<<(std::ostream& os, const Box& b) {
    return os << "[" << b.x0 << "," << b.y0 << " .. " << b.x1 << "," << b.y1 << "]";
}

/// Every number of an attribute such as points="1,2 3,4" or d="M1,2C3,4 5,6 7,8".
std::vector<double> numbers(const std::string& text) {
    std::vector<double> out;
    const char* p = text.c_str();
    while (*p) {
        if ((*p >= '0' && *p <= '9') || *p == '-' || *p == '.') {
            char* end = nullptr;
            out.push_back(std::strtod(p, &end));
            p = end;
        } else {
            ++p;
        }
    }
    return out;
}

Box box_of(const mini_xml::Element& e) {
    Box b;
    if (e.name == "ellipse") {
        const double cx = std::stod(e.attr("cx")), cy = std::stod(e.attr("cy")), rx = std::stod(e.attr("rx")), ry = std::stod(e.attr("ry"));
        b.add(cx - rx, cy - ry);
        b.add(cx + rx, cy + ry);
        return b;
    }
    const std::vector<double> v = numbers(e.name == "path" ? e.attr("d") : e.attr("points"));
    for (std::size_t i = 0; i + 1 < v.size(); i += 2) b.add(v[i], v[i + 1]);
    return b;
}

bool is_white(const mini_xml::Element& e) {
    std::string fill = e.attr("fill");
    std::transform(fill.begin(), fill.end(), fill.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return fill == "#ffffff" || fill == "white";
}

/// The drawn shape of a node: its first coloured polygon or ellipse; failing that (a
/// shape drawn as a text glyph), the glyph's em box.
Box shape_box(const mini_xml::Element& node) {
    for (const auto& c : node.children)
        if ((c->name == "polygon" || c->name == "ellipse") && !is_white(*c)) return box_of(*c);
    for (const auto& c : node.children)
        if (c->name == "text" && !c->attr("font-size").empty()) {
            const double size = std::stod(c->attr("font-size")), x = std::stod(c->attr("x")), y = std::stod(c->attr("y"));
            const double left = c->attr("text-anchor") == "middle" ? x - size / 2 : x;
            Box b;
            b.add(left, y - 0.8 * size);
            b.add(left + size, y + 0.2 * size);
            return b;
        }
    return {};
}

/// The label's ground (the white translucent table behind its text), if it has one.
Box label_box(const mini_xml::Element& node) {
    for (const auto& c : node.children)
        if (c->name == "polygon" && is_white(*c)) return box_of(*c);
    return {};
}

double distance(const Box& a, const Box& b) {
    const double dx = std::max({a.x0 - b.x1, b.x0 - a.x1, 0.0}), dy = std::max({a.y0 - b.y1, b.y0 - a.y1, 0.0});
    return std::hypot(dx, dy);
}

double distance(double x, double y, const Box& b) {
    Box p;
    p.add(x, y);
    return distance(p, b);
}

/// Length of the stretch two intervals share (negative: the gap between them).
double shared(double a0, double a1, double b0, double b1) { return std::min(a1, b1) - std::max(a0, b0); }

std::map<std::string, const mini_xml::Element*> groups_by_id(const mini_xml::Element& svg, const std::string& cls) {
    std::map<std::string, const mini_xml::Element*> out;
    for (const auto* g : svg.find_all([&](const mini_xml::Element& e) { return e.name == "g" && e.attr("class") == cls; }))
        out[cls == "cluster" ? g->child("title")->text : g->attr("id")] = g;
    return out;
}

/// Renders `d` and checks every labelled node: the label's ground lies within `gap`
/// points of the node's shape and shares a stretch of at least 1 point of one of the
/// shape box's sides (below, above, right or left of it, not only touching a corner
/// diagonally); each line of text starts inside the ground; with groups, the ground
/// lies inside the frame of the node's group. Returns the number of labels checked.
std::size_t check_labels(const Diagram& d, const std::string& what) {
    constexpr double gap = 3;
    const Rendered out = render(d, Format::svg);
    const auto svg = mini_xml::parse(out.data);
    const auto nodes = groups_by_id(*svg, "node");
    const auto clusters = groups_by_id(*svg, "cluster");
    std::size_t checked = 0;
    for (const DiagramNode& n : d.nodes) {
        if (n.label.empty()) continue;
        INFO(what << ": node " << n.element_id);
        auto it = nodes.find(n.element_id);
        REQUIRE(it != nodes.end());
        const Box shape = shape_box(*it->second), label = label_box(*it->second);
        REQUIRE(shape.valid());
        REQUIRE(label.valid());
        INFO("shape " << shape << ", label " << label);
        CHECK(distance(shape, label) <= gap);
        CHECK(std::max(shared(shape.x0, shape.x1, label.x0, label.x1), shared(shape.y0, shape.y1, label.y0, label.y1)) >= 1);
        for (const auto* t : it->second->find_all("text")) CHECK(distance(std::stod(t->attr("x")), std::stod(t->attr("y")), label) <= 0.5);
        if (d.grouping != Grouping::none && n.group < d.groups.size()) {
            auto frame = clusters.find("cluster_" + std::to_string(n.group + 1));
            REQUIRE(frame != clusters.end());
            const mini_xml::Element* outline = frame->second->child("path") ? frame->second->child("path") : frame->second->child("polygon");
            REQUIRE(outline);
            const Box f = box_of(*outline);
            INFO("frame of " << d.groups[n.group].label << " " << f);
            CHECK((label.x0 >= f.x0 && label.x1 <= f.x1 && label.y0 >= f.y0 && label.y1 <= f.y1));
        }
        ++checked;
    }
    return checked;
}

Actor actor(const std::string& id, const std::string& name, const std::string& sector, const std::string& region) {
    Actor a;
    a.id = id;
    a.name = name;
    a.sector = sector;
    a.region = region;
    return a;
}

Tie tie(std::size_t a, std::size_t b) {
    Tie t;
    t.source = a;
    t.target = b;
    t.type = "joint_research";
    return t;
}

//  north                                         south
//   n1  n2  n3                                    s1  s2  s3
//     \  |  /                                       \  |  /
//  n4 -- N (university) ------------------------- S (company) -- s4
//        |   \                                  /   |
//        n5    \---- G (ministry, capital) ----/    s5
//
// Every actor is labelled with a long name (two lines of about 20 columns), wider
// than its node: in a tight drawing the sides of N and S are crowded.
Network two_hubs() {
    Network net;
    net.name = "Two hubs";
    net.regions = {{"north", "North", "", true}, {"south", "South", "", true}, {"capital", "Capital", "", true}};
    net.actors = {actor("N", "North University of Technology", "academia", "north"),
                  actor("S", "Southern Heavy Industries Corporation", "industry", "south"),
                  actor("G", "Ministry of Economy and Industry", "government", "capital")};
    for (int i = 1; i <= 5; ++i) {
        net.actors.push_back(actor("n" + std::to_string(i), "Northern Precision Works No. " + std::to_string(i), "industry", "north"));
        net.actors.push_back(actor("s" + std::to_string(i), "Southern Regional Bank Branch " + std::to_string(i), "finance", "south"));
    }
    // n1..n5 are actors 3, 5, 7, 9, 11; s1..s5 are 4, 6, 8, 10, 12.
    for (std::size_t i = 0; i < 5; ++i) {
        net.ties.push_back(tie(0, 3 + 2 * i));
        net.ties.push_back(tie(1, 4 + 2 * i));
    }
    net.ties.push_back(tie(0, 1));
    net.ties.push_back(tie(0, 2));
    net.ties.push_back(tie(1, 2));
    net.index();
    return net;
}

const std::vector<Engine> engines = {Engine::automatic, Engine::dot, Engine::neato, Engine::fdp, Engine::sfdp, Engine::circo, Engine::twopi};

}  // namespace

TEST_CASE("node labels sit against a side of their node in every layout, with and without groups, inside the group") {
    const Network net = two_hubs();
    for (Engine engine : engines)
        for (GroupBy group : {GroupBy::none, GroupBy::region, GroupBy::sector}) {
            DiagramOptions opt;
            opt.engine = engine;
            opt.group_by = group;
            opt.labels = parse_labels("all");
            const Diagram d = network_diagram(net, opt);
            CHECK(check_labels(d, std::string(to_string(engine)) + " by " + std::string(to_string(group))) == 13);
        }
}

TEST_CASE("node labels of the Japanese network sit against their node: fdp, and neato and sfdp with groups") {
    // 381 actors, 20 labelled, in dense groups: where Graphviz's own placement put
    // labels at corners across the group frames.
    const Network japan = shipped_network("japan-innovation.json");
    const std::vector<std::pair<Engine, GroupBy>> cases = {{Engine::fdp, GroupBy::none},   {Engine::fdp, GroupBy::region},
                                                           {Engine::fdp, GroupBy::sector}, {Engine::neato, GroupBy::region},
                                                           {Engine::sfdp, GroupBy::sector}};
    for (const auto& [engine, group] : cases) {
        DiagramOptions opt;
        opt.engine = engine;
        opt.group_by = group;
        const Diagram d = network_diagram(japan, opt);
        CHECK(check_labels(d, std::string(to_string(engine)) + " by " + std::string(to_string(group))) == 20);
    }
}

//  The overview of two_hubs(): three regions, a line for each pair.
//
//     [North] ---1--- [South]
//          \           /
//           1         1
//            \       /
//            [Capital]
//
// And the Japanese overview (12 regions, labels of three lines beside each shape).
TEST_CASE("overview lines end at the two region shapes they join") {
    const Network japan = shipped_network("japan-innovation.json");
    const Network hubs = two_hubs();
    for (const Network* net : {&hubs, &japan}) {
        for (Engine engine : {Engine::automatic, Engine::fdp, Engine::dot, Engine::circo}) {
            DiagramOptions opt;
            opt.engine = engine;
            const Diagram d = overview_diagram(*net, opt);
            const Rendered out = render(d, Format::svg);
            const auto svg = mini_xml::parse(out.data);
            const auto nodes = groups_by_id(*svg, "node");
            const auto edges = groups_by_id(*svg, "edge");
            CHECK(check_labels(d, "overview " + std::string(to_string(engine))) == d.nodes.size());
            REQUIRE(edges.size() == d.edges.size());
            for (const DiagramEdge& e : d.edges) {
                const std::string& a = d.nodes[e.tail].element_id;
                const std::string& b = d.nodes[e.head].element_id;
                INFO(to_string(engine) << ": " << e.element_id << " " << a << " - " << b);
                const Box tail = shape_box(*nodes.at(a)), head = shape_box(*nodes.at(b));
                const auto* path = edges.at(e.element_id)->child("path");
                REQUIRE(path);
                const std::vector<double> v = numbers(path->attr("d"));
                REQUIRE(v.size() >= 4);
                const double x0 = v[0], y0 = v[1], x1 = v[v.size() - 2], y1 = v[v.size() - 1];
                INFO("ends " << x0 << "," << y0 << " and " << x1 << "," << y1 << "; shapes " << tail << " " << head);
                constexpr double tolerance = 2;
                const bool forward = distance(x0, y0, tail) <= tolerance && distance(x1, y1, head) <= tolerance;
                const bool backward = distance(x0, y0, head) <= tolerance && distance(x1, y1, tail) <= tolerance;
                CHECK((forward || backward));
            }
        }
    }
    CHECK(overview_diagram(hubs).edges.size() == 3);
}
