#include "ecosys/graph/max_flow.hpp"

#include <string>

#include "ecosys/error.hpp"
#include "graph/boost_graph.hpp"  // before Boost's algorithms (see there)

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/boykov_kolmogorov_max_flow.hpp>
#include <boost/graph/push_relabel_max_flow.hpp>

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

std::size_t vertex_disjoint_paths(const Graph& graph, Graph::Vertex s, Graph::Vertex t) {
    check_ends(graph, s, t);
    using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
    using Split = boost::adjacency_list<
        boost::vecS, boost::vecS, boost::directedS, boost::no_property,
        boost::property<boost::edge_capacity_t, long,
                        boost::property<boost::edge_residual_capacity_t, long,
                                        boost::property<boost::edge_reverse_t, Traits::edge_descriptor>>>>;
    // Actor v enters at 2v and leaves from 2v + 1; one unit may pass through it.
    Split split(2 * graph.vertex_count());
    auto capacity = get(boost::edge_capacity, split);
    auto reverse = get(boost::edge_reverse, split);
    const auto arc = [&](std::size_t from, std::size_t to) {
        const auto there = add_edge(from, to, split).first;
        const auto back = add_edge(to, from, split).first;
        capacity[there] = 1;
        capacity[back] = 0;
        reverse[there] = back;
        reverse[back] = there;
    };
    for (Graph::Vertex v = 0; v < graph.vertex_count(); ++v) {
        arc(2 * std::size_t{v}, 2 * std::size_t{v} + 1);
        for (const Graph::Vertex w : graph.neighbours(v)) arc(2 * std::size_t{v} + 1, 2 * std::size_t{w});
    }
    // From s's exit to t's entry, so that s and t themselves carry any number of paths.
    return static_cast<std::size_t>(boost::push_relabel_max_flow(split, 2 * std::size_t{s} + 1, 2 * std::size_t{t}));
}

}  // namespace ecosys
