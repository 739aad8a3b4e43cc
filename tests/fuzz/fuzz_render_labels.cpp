// libFuzzer target: the renderer's escaping of user text. The input, split at
// 0x1F bytes, gives the network's name, three actors' ids, names and kinds, a
// region's id and name, a sector's id and label and two tie types; the network
// is drawn as the whole-network diagram or the overview, to SVG and DOT.
// Whatever the text, the SVG must parse (pugixml), hold only the elements and
// attributes Graphviz draws with (no <script>, no on* handlers, no links), one
// node group per actor with the expected element id; the DOT must parse
// (cgraph) with one node per actor. Any violation aborts (a finding).
#include <cgraph.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "ecosys/error.hpp"
#include "ecosys/render/diagram.hpp"
#include "ecosys/render/names.hpp"
#include "ecosys/render/renderer.hpp"
#include "fuzz_text.hpp"
#include "util/graphviz_messages.hpp"

namespace {

using namespace ecosys;
using fuzz::split;

void require(bool ok, const char* what, const std::string& data) { fuzz::require(ok, "fuzz_render_labels", what, data); }

/// `id`, made unique among `taken` and non-empty (the readers guarantee both).
std::string unique(std::string id, std::set<std::string>& taken) {
    if (id.empty()) id = "_";
    while (!taken.insert(id).second) id += "'";
    return id;
}

const std::set<std::string, std::less<>> svg_elements = {"svg", "g", "title", "ellipse", "path", "polygon", "polyline", "text"};
const std::set<std::string, std::less<>> svg_attributes = {
    "class",        "cx",           "cy",          "d",           "fill",        "fill-opacity", "font-family",
    "font-size",    "font-weight",  "font-style",  "height",      "id",          "points",       "rx",
    "ry",           "stroke",       "stroke-dasharray", "stroke-opacity", "stroke-width", "text-anchor", "transform",
    "version",      "viewBox",      "width",       "x",           "y",           "xmlns",        "xmlns:xlink"};

void check_svg(const std::string& svg, const render::Diagram& d) {
    pugi::xml_document doc;
    pugi::xml_parse_result parsed = doc.load_buffer(svg.data(), svg.size(), pugi::parse_default | pugi::parse_declaration);
    require(static_cast<bool>(parsed), "the SVG does not parse", svg);
    std::multiset<std::string> node_ids;
    std::set<std::string> ids;
    std::vector<pugi::xml_node> stack = {doc.document_element()};
    require(std::string_view(doc.document_element().name()) == "svg", "the root is not <svg>", svg);
    while (!stack.empty()) {
        pugi::xml_node e = stack.back();
        stack.pop_back();
        require(svg_elements.count(e.name()) == 1, "an element Graphviz does not draw with", svg);
        for (pugi::xml_attribute a : e.attributes()) require(svg_attributes.count(a.name()) == 1, "an unexpected attribute", svg);
        if (pugi::xml_attribute id = e.attribute("id")) require(ids.insert(id.value()).second, "a duplicate element id", svg);
        if (std::string_view(e.name()) == "g" && std::string_view(e.attribute("class").value()) == "node")
            node_ids.insert(e.attribute("id").value());
        for (pugi::xml_node c : e.children())
            if (c.type() == pugi::node_element) stack.push_back(c);
            else require(c.type() == pugi::node_pcdata || c.type() == pugi::node_comment, "a processing instruction or CDATA", svg);
    }
    std::multiset<std::string> expected;
    for (const render::DiagramNode& n : d.nodes) expected.insert(n.element_id);
    require(node_ids == expected, "node groups differ from the diagram's nodes", svg);
}

void check_dot(const std::string& dot, const render::Diagram& d) {
    Agraph_t* g = nullptr;
    {
        auto lock = detail::lock_graphviz();
        detail::reset_graphviz_lexer();
        g = agmemread(dot.c_str());
    }
    require(g != nullptr, "the DOT does not parse", dot);
    std::size_t actors = 0;
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        const std::string name = agnameof(n);
        bool known = false;
        for (const render::DiagramNode& x : d.nodes) known = known || x.element_id == name;
        actors += known;
    }
    agclose(g);
    require(actors == d.nodes.size(), "DOT nodes differ from the diagram's nodes", dot);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 4096) return 0;  // layout time grows with label size; escaping does not need more
    std::vector<std::string> s = split(std::string_view(reinterpret_cast<const char*>(data), size), 14);
    Network net;
    net.name = s[0];
    std::set<std::string> sector_ids;
    for (const Sector& x : net.sectors) sector_ids.insert(x.id);
    const std::string sector = unique(s[10], sector_ids);
    net.sectors.push_back({sector, s[11], ""});
    std::set<std::string> region_ids;
    const std::string region = unique(s[8], region_ids);
    net.regions.push_back({region, s[9], "", true});
    std::set<std::string> actor_ids;
    for (std::size_t i = 0; i < 3; ++i) {
        Actor a;
        a.id = unique(s[1 + 3 * i], actor_ids);
        a.name = s[2 + 3 * i];
        a.kind = s[3 + 3 * i];
        a.sector = i == 2 ? sector : "industry";
        a.region = i == 0 ? "" : region;
        net.actors.push_back(std::move(a));
    }
    for (std::size_t i = 0; i < 2; ++i) {
        Tie t;
        t.source = i;
        t.target = i + 1;
        t.type = s[12 + i];
        t.directed = i == 1;
        net.ties.push_back(std::move(t));
    }
    net.index();

    render::DiagramOptions options;
    options.engine = render::Engine::neato;
    options.labels.kind = render::LabelRule::Kind::all;
    // Each layout costs milliseconds: one diagram per input, the overview when the input's length is odd.
    {
        const bool overview = size % 2 == 1;
        render::Diagram d = overview ? render::overview_diagram(net, options) : render::network_diagram(net, options);
        try {
            check_svg(render::render(d, render::Format::svg).data, d);
            check_dot(render::render(d, render::Format::dot).data, d);
        } catch (const RenderError& e) {
            // Graphviz refusing a label is a finding too: user text must never reach it unescaped.
            require(false, e.what(), "");
        }
    }
    return 0;
}
