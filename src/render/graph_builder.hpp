#pragma once
// Building the cgraph graph of a Diagram: attribute defaults declared first with
// agattr (agset on an undeclared attribute returns -1 and does nothing), then
// clusters, nodes and edges with their values. Private to render/.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ecosys/render/diagram.hpp"
#include "ecosys/render/renderer.hpp"
#include "render/graphviz_context.hpp"

namespace ecosys::render::detail {

/// A point or a box in Graphviz coordinates (points, y upwards).
struct Point {
    double x = 0, y = 0;
};
struct Box {
    double llx = 0, lly = 0, urx = 0, ury = 0;
};

class GraphBuilder {
public:
    /// An empty graph with every default declared for drawing `diagram` in `format`
    /// with the Graphviz layout `engine` ("neato", ... or "nop" when every node gets a
    /// position and every cluster a box). `nodes` is how many nodes the graph will
    /// hold (sizes fonts and line transparency).
    GraphBuilder(const Diagram& diagram, Format format, std::string_view engine, std::size_t nodes);

    /// Preferred edge length in inches for neato (the default depends on the node count).
    void set_edge_length(double inches);
    /// The title block and legend as the graph's label.
    void add_legend(double scale);
    /// A cluster for group `group`, inside the graph; `box` fixes its place ("nop").
    Agraph_t* add_cluster(std::size_t group, const Box* box = nullptr);
    /// Diagram node `index`, in `owner` (the graph when null); `pos` fixes its place ("nop").
    Agnode_t* add_node(std::size_t index, Agraph_t* owner = nullptr, const Point* pos = nullptr);
    /// Diagram edge `index`; both its nodes must have been added.
    void add_edge(std::size_t index);

    [[nodiscard]] Agraph_t* graph() const noexcept { return graph_.get(); }
    [[nodiscard]] Agnode_t* node(std::size_t index) const { return nodes_.at(index); }
    [[nodiscard]] GraphPtr take() noexcept { return std::move(graph_); }

private:
    Agsym_t* declare(int kind, const char* name, std::string_view default_value);
    Agsym_t* sym(int kind, const std::string& name) const;
    /// Sets an HTML-like label (agstrdup_html; see the .cpp for why this is safe).
    void set_html(void* object, Agsym_t* sym, const std::string& html);

    const Diagram& diagram_;
    GraphPtr graph_;
    std::unordered_map<std::string, Agsym_t*> graph_syms_, node_syms_, edge_syms_;
    std::vector<Agnode_t*> nodes_;
    double font_size_;
    std::string edge_alpha_;
    bool positioned_;
};

/// The whole diagram as one graph for its own engine: groups as clusters when the
/// engine draws them natively (dot, fdp).
[[nodiscard]] GraphPtr build_graph(const Diagram& diagram, Format format);

/// Legend size factor for a diagram of `nodes` nodes: 1 up to 100, growing with the
/// drawing (square root of the node count) to 2.5, so the legend stays readable
/// next to a large drawing.
[[nodiscard]] double legend_scale(std::size_t nodes);

}  // namespace ecosys::render::detail
