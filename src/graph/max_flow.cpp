#include "ecosys/graph/max_flow.hpp"

#include <string>

#include "ecosys/error.hpp"
#include "graph/boost_graph.hpp"  // before Boost's algorithms (see there)

#include <boost/graph/boykov_kolmogorov_max_flow.hpp>

namespace ecosys {

namespace {

void check_ends(const Graph& graph, Graph::Vertex s, Graph::Vertex t) {
    const std::size_t n = graph.vertex_count();
    for (const Graph::Vertex v : {s, t})
        if (v >= n)
            throw UsageError("flow end " + std::to_string(v) + " is not a vertex; the graph has " + std::to_string(n) +
                             " (0 .. " + std::to_string(n == 0 ? 0 : n - 1) + ")");
    if (s == t) throw UsageError("a flow needs two different ends; both are vertex " + std::to_string(s));
}

/// Runs the flow; color[v] == black afterwards marks the actors on the side of s.
double run_flow(const Graph& graph, Graph::Vertex s, Graph::Vertex t, bool weighted,
                std::vector<boost::default_color_type>& color) {
    check_ends(graph, s, t);
    detail::ArcView arcs{&graph};
    const std::vector<std::size_t> reverse = detail::reverse_halves(graph);
    std::vector<double> residual(graph.targets().size());
    std::vector<detail::HalfEdge> predecessor(graph.vertex_count());
    std::vector<long> distance(graph.vertex_count());
    color.assign(graph.vertex_count(), boost::white_color);
    const boost::typed_identity_property_map<Graph::Vertex> index;
    return boost::boykov_kolmogorov_max_flow(
        arcs, detail::EdgeWeightMap(graph, weighted),
        boost::make_iterator_property_map(residual.begin(), detail::HalfIndexMap{}),
        detail::ReverseArcMap(graph, reverse), boost::make_iterator_property_map(predecessor.begin(), index),
        boost::make_iterator_property_map(color.begin(), index),
        boost::make_iterator_property_map(distance.begin(), index), index, s, t);
}

}  // namespace

double max_flow(const Graph& graph, Graph::Vertex s, Graph::Vertex t, bool weighted) {
    std::vector<boost::default_color_type> color;
    return run_flow(graph, s, t, weighted, color);
}

StCut min_st_cut(const Graph& graph, Graph::Vertex s, Graph::Vertex t, bool weighted) {
    std::vector<boost::default_color_type> color;
    StCut cut;
    cut.value = run_flow(graph, s, t, weighted, color);
    for (Graph::Vertex v = 0; v < graph.vertex_count(); ++v)
        if (color[v] == boost::black_color) cut.source_side.push_back(v);
    return cut;
}

}  // namespace ecosys
