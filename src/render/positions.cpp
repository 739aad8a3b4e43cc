// Layout positions for exports, taken from the diagram `ecosys render` draws:
// the diagram is rendered as laid-out DOT and the node positions read back.

#include "ecosys/render/positions.hpp"

#include <graphviz/cgraph.h>

#include <cstdio>
#include <unordered_map>

#include "ecosys/render/diagram.hpp"
#include "ecosys/render/names.hpp"
#include "ecosys/render/renderer.hpp"
#include "util/graphviz_messages.hpp"

namespace ecosys::render {

std::map<std::string, Position> graphviz_positions(const Network& network, std::uint64_t seed, const GraphOptions& graph) {
    std::map<std::string, Position> out;
    if (network.actors.empty()) return out;
    // Node sizes and labels change the layout little and cost a betweenness run
    // and text measuring: left out, positions for large networks come sooner.
    DiagramOptions options;
    options.size_by = "none";
    options.labels.kind = LabelRule::Kind::none;
    options.analysis.seed = seed;
    options.analysis.graph = graph;
    Diagram diagram = network_diagram(network, options);
    Rendered laid_out = render(diagram, Format::dot);

    std::unordered_map<std::string, const Actor*> by_element;
    for (const Actor& a : network.actors) by_element.emplace(element_id("actor", a.id), &a);
    Agraph_t* g = nullptr;
    {
        auto lock = ecosys::detail::lock_graphviz();
        ecosys::detail::reset_graphviz_lexer();
        g = agmemread(laid_out.data.c_str());
    }
    if (!g) throw RenderError("cannot read back the layout Graphviz made");
    Agsym_t* pos = agattr(g, AGNODE, const_cast<char*>("pos"), nullptr);
    for (Agnode_t* n = agfstnode(g); n && pos; n = agnxtnode(g, n)) {
        auto it = by_element.find(agnameof(n));
        if (it == by_element.end()) continue;
        double x = 0, y = 0;
        if (std::sscanf(agxget(n, pos), "%lf,%lf", &x, &y) == 2) out[it->second->id] = {x, y};
    }
    agclose(g);
    return out;
}

}  // namespace ecosys::render
