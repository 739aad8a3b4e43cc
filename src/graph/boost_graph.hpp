#pragma once
// Private: ecosys::Graph as a model of Boost.Graph's concepts, without a copy, so
// that Boost's algorithms run on the CSR arrays themselves.
//
// Graph (undirected) models VertexListGraph, IncidenceGraph, AdjacencyGraph and
// EdgeListGraph:
//   - a vertex is Graph::Vertex; get(vertex_index, g) is the identity;
//   - an edge descriptor is a HalfEdge (source, CSR offset): each undirected edge
//     {u, w} sits in both lists, so out_edges(u) holds (u, offset of w in u's list)
//     and out_edges(w) holds (w, offset of u in w's list). The two halves are
//     distinct descriptors (they compare unequal): an algorithm that writes an edge
//     property writes the half it met; reverse_halves() pairs them up. (So an
//     algorithm that must see one property through both halves, such as
//     undirected_dfs's edge colours, needs a map keyed by the pair, not HalfIndexMap.)
//   - num_edges(g) is the number of undirected edges (Graph::edge_count()), as
//     Boost expects of an undirected graph, and edges(g) lists each once, as the
//     half held by its smaller end;
//   - get(edge_weight, g) reads Graph::edge_weights() by offset; EdgeWeightMap(g, false)
//     reads 1 for every edge.
//
// ArcView (directed) sees the same arrays as 2m arcs, each half one arc and the
// other half its reverse: the shape Boost's max-flow algorithms want, with residual
// capacities in an array parallel to Graph::targets().
//
// The free functions live in the namespace of the graph type, where Boost's
// unqualified calls find them by argument-dependent lookup, and are declared in
// namespace boost too, for the calls Boost qualifies (stoer_wagner_min_cut calls
// boost::target): include this header before Boost's algorithm headers.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <utility>
#include <vector>

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/property_map/property_map.hpp>

#include "ecosys/graph/graph.hpp"

namespace ecosys::detail {

/// One half of an undirected edge: entry `offset` of Graph::targets(), in the list of `source`.
struct HalfEdge {
    Graph::Vertex source = 0;
    std::size_t offset = 0;

    friend bool operator==(const HalfEdge& a, const HalfEdge& b) noexcept { return a.offset == b.offset; }
};

/// The halves of one vertex's list, in CSR order (random access).
class OutEdgeIterator
    : public boost::iterator_facade<OutEdgeIterator, HalfEdge, boost::random_access_traversal_tag, const HalfEdge&,
                                    std::ptrdiff_t> {
public:
    OutEdgeIterator() = default;
    OutEdgeIterator(Graph::Vertex source, std::size_t offset) : edge_{source, offset} {}

private:
    friend class boost::iterator_core_access;
    const HalfEdge& dereference() const noexcept { return edge_; }
    bool equal(const OutEdgeIterator& other) const noexcept { return edge_.offset == other.edge_.offset; }
    void increment() noexcept { ++edge_.offset; }
    void decrement() noexcept { --edge_.offset; }
    void advance(std::ptrdiff_t n) noexcept { edge_.offset = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(edge_.offset) + n); }
    std::ptrdiff_t distance_to(const OutEdgeIterator& other) const noexcept {
        return static_cast<std::ptrdiff_t>(other.edge_.offset) - static_cast<std::ptrdiff_t>(edge_.offset);
    }

    HalfEdge edge_;
};

/// All halves in CSR order (every_half = true: the 2m arcs of ArcView), or only the
/// halves whose source is the smaller end (false: each undirected edge once).
template <bool every_half>
class HalfIterator
    : public boost::iterator_facade<HalfIterator<every_half>, HalfEdge, boost::forward_traversal_tag, const HalfEdge&> {
public:
    HalfIterator() = default;
    /// The first wanted half at or after `offset` (offset == targets().size() is the end).
    HalfIterator(const Graph& graph, std::size_t offset) : graph_(&graph), edge_{0, offset} { settle(); }

private:
    friend class boost::iterator_core_access;
    const HalfEdge& dereference() const noexcept { return edge_; }
    bool equal(const HalfIterator& other) const noexcept { return edge_.offset == other.edge_.offset; }
    void increment() noexcept {
        ++edge_.offset;
        settle();
    }
    // Moves to the first wanted half at or after edge_.offset and sets its source.
    void settle() noexcept {
        const std::vector<std::size_t>& offsets = graph_->offsets();
        const std::vector<Graph::Vertex>& targets = graph_->targets();
        for (; edge_.offset < targets.size(); ++edge_.offset) {
            while (offsets[edge_.source + 1] <= edge_.offset) ++edge_.source;
            if (every_half || targets[edge_.offset] > edge_.source) return;
        }
    }

    const Graph* graph_ = nullptr;
    HalfEdge edge_;
};

/// What Boost asks of a readable property map keyed by half-edges: its key, value and
/// reference types and its category (values are returned by value).
template <class Value>
struct ReadableHalfMap {
    using key_type = HalfEdge;
    using value_type = Value;
    using reference = Value;
    using category = boost::readable_property_map_tag;
};

/// Reads an edge's weight from Graph::edge_weights(), or 1 for every edge when unweighted.
class EdgeWeightMap : public ReadableHalfMap<double> {
public:
    EdgeWeightMap() = default;
    EdgeWeightMap(const Graph& graph, bool weighted) : weights_(weighted ? graph.edge_weights().data() : nullptr) {}

    friend double get(const EdgeWeightMap& map, const HalfEdge& e) noexcept {
        return map.weights_ ? map.weights_[e.offset] : 1.0;
    }

private:
    const double* weights_ = nullptr;
};

/// A half's CSR offset: the index to give iterator_property_map for arrays parallel
/// to Graph::targets() (one slot per half, so per arc of ArcView).
struct HalfIndexMap : public ReadableHalfMap<std::size_t> {
    friend std::size_t get(const HalfIndexMap&, const HalfEdge& e) noexcept { return e.offset; }
};

/// For every half, the offset of the other half of its edge. O(n + m), no search:
/// visiting the vertices in ascending order meets the smaller neighbours of each w
/// in the order w's sorted list holds them.
inline std::vector<std::size_t> reverse_halves(const Graph& graph) {
    const std::vector<std::size_t>& offsets = graph.offsets();
    const std::vector<Graph::Vertex>& targets = graph.targets();
    std::vector<std::size_t> reverse(targets.size());
    std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
    for (Graph::Vertex v = 0; v < graph.vertex_count(); ++v) {
        for (std::size_t i = offsets[v]; i < offsets[v + 1]; ++i) {
            const Graph::Vertex w = targets[i];
            if (w < v) continue;
            const std::size_t j = next[w]++;
            reverse[i] = j;
            reverse[j] = i;
        }
    }
    return reverse;
}

/// The graph's 2m halves as a directed graph: arc (v, offset) runs v -> targets()[offset].
struct ArcView {
    const Graph* graph;
};

/// The reverse arc of every arc of an ArcView, from reverse_halves().
class ReverseArcMap : public ReadableHalfMap<HalfEdge> {
public:
    ReverseArcMap(const Graph& graph, const std::vector<std::size_t>& reverse) : graph_(&graph), reverse_(&reverse) {}

    friend HalfEdge get(const ReverseArcMap& map, const HalfEdge& e) noexcept {
        return {map.graph_->targets()[e.offset], (*map.reverse_)[e.offset]};
    }

private:
    const Graph* graph_;
    const std::vector<std::size_t>* reverse_;
};

/// What the graph_traits of Graph and ArcView share: vertices are Graph::Vertex
/// (counted; null_vertex() the largest), edges the half-edges of the CSR lists,
/// sizes std::size_t, no parallel edges and no in-edge lists.
struct CsrGraphTraits {
    using vertex_descriptor = Graph::Vertex;
    using edge_descriptor = HalfEdge;
    using edge_parallel_category = boost::disallow_parallel_edge_tag;
    using vertex_iterator = boost::counting_iterator<vertex_descriptor>;
    using out_edge_iterator = OutEdgeIterator;
    using in_edge_iterator = void;

    using vertices_size_type = std::size_t;
    using edges_size_type = std::size_t;
    using degree_size_type = std::size_t;

    static vertex_descriptor null_vertex() noexcept { return std::numeric_limits<vertex_descriptor>::max(); }
};

}  // namespace ecosys::detail

namespace boost {

template <>
struct graph_traits<ecosys::Graph> : ecosys::detail::CsrGraphTraits {
    using directed_category = undirected_tag;
    struct traversal_category : vertex_list_graph_tag,
                                incidence_graph_tag,
                                adjacency_graph_tag,
                                edge_list_graph_tag {};
    using adjacency_iterator = const vertex_descriptor*;
    using edge_iterator = ecosys::detail::HalfIterator<false>;
};

template <>
struct graph_traits<ecosys::detail::ArcView> : ecosys::detail::CsrGraphTraits {
    using directed_category = directed_tag;
    struct traversal_category : vertex_list_graph_tag, incidence_graph_tag, edge_list_graph_tag {};
    using adjacency_iterator = void;
    using edge_iterator = ecosys::detail::HalfIterator<true>;
};

// Boost 1.74 has no graph_traits<const G>, and its algorithms ask for it.
template <>
struct graph_traits<const ecosys::Graph> : graph_traits<ecosys::Graph> {};
template <>
struct graph_traits<const ecosys::detail::ArcView> : graph_traits<ecosys::detail::ArcView> {};

template <>
struct property_map<ecosys::Graph, vertex_index_t> {
    using type = typed_identity_property_map<ecosys::Graph::Vertex>;
    using const_type = type;
};
template <>
struct property_map<ecosys::detail::ArcView, vertex_index_t> {
    using type = typed_identity_property_map<ecosys::Graph::Vertex>;
    using const_type = type;
};
template <>
struct property_map<ecosys::Graph, edge_weight_t> {
    using type = ecosys::detail::EdgeWeightMap;
    using const_type = type;
};

}  // namespace boost

namespace ecosys {

// Graph: VertexListGraph, IncidenceGraph, AdjacencyGraph, EdgeListGraph.

inline std::pair<boost::counting_iterator<Graph::Vertex>, boost::counting_iterator<Graph::Vertex>> vertices(
    const Graph& g) noexcept {
    return {Graph::Vertex{0}, static_cast<Graph::Vertex>(g.vertex_count())};
}
inline std::size_t num_vertices(const Graph& g) noexcept { return g.vertex_count(); }

inline std::pair<detail::OutEdgeIterator, detail::OutEdgeIterator> out_edges(Graph::Vertex v, const Graph& g) noexcept {
    return {{v, g.offsets()[v]}, {v, g.offsets()[v + 1]}};
}
inline std::size_t out_degree(Graph::Vertex v, const Graph& g) noexcept { return g.degree(v); }
inline std::size_t degree(Graph::Vertex v, const Graph& g) noexcept { return g.degree(v); }
inline Graph::Vertex source(const detail::HalfEdge& e, const Graph&) noexcept { return e.source; }
inline Graph::Vertex target(const detail::HalfEdge& e, const Graph& g) noexcept { return g.targets()[e.offset]; }

inline std::pair<const Graph::Vertex*, const Graph::Vertex*> adjacent_vertices(Graph::Vertex v, const Graph& g) noexcept {
    const std::span<const Graph::Vertex> list = g.neighbours(v);
    return {list.data(), list.data() + list.size()};
}

inline std::pair<detail::HalfIterator<false>, detail::HalfIterator<false>> edges(const Graph& g) noexcept {
    return {{g, 0}, {g, g.targets().size()}};
}
inline std::size_t num_edges(const Graph& g) noexcept { return g.edge_count(); }

inline boost::typed_identity_property_map<Graph::Vertex> get(boost::vertex_index_t, const Graph&) noexcept { return {}; }
inline detail::EdgeWeightMap get(boost::edge_weight_t, const Graph& g) noexcept { return {g, true}; }
inline Graph::Vertex get(boost::vertex_index_t, const Graph&, Graph::Vertex v) noexcept { return v; }
inline double get(boost::edge_weight_t, const Graph& g, const detail::HalfEdge& e) noexcept {
    return g.edge_weights()[e.offset];
}

namespace detail {

// ArcView: VertexListGraph, IncidenceGraph, EdgeListGraph (directed, 2m arcs).

inline std::pair<boost::counting_iterator<Graph::Vertex>, boost::counting_iterator<Graph::Vertex>> vertices(
    const ArcView& a) noexcept {
    return ecosys::vertices(*a.graph);
}
inline std::size_t num_vertices(const ArcView& a) noexcept { return a.graph->vertex_count(); }
inline std::pair<OutEdgeIterator, OutEdgeIterator> out_edges(Graph::Vertex v, const ArcView& a) noexcept {
    return ecosys::out_edges(v, *a.graph);
}
inline std::size_t out_degree(Graph::Vertex v, const ArcView& a) noexcept { return a.graph->degree(v); }
inline Graph::Vertex source(const HalfEdge& e, const ArcView&) noexcept { return e.source; }
inline Graph::Vertex target(const HalfEdge& e, const ArcView& a) noexcept { return a.graph->targets()[e.offset]; }
inline std::pair<HalfIterator<true>, HalfIterator<true>> edges(const ArcView& a) noexcept {
    return {{*a.graph, 0}, {*a.graph, a.graph->targets().size()}};
}
inline std::size_t num_edges(const ArcView& a) noexcept { return a.graph->targets().size(); }
inline boost::typed_identity_property_map<Graph::Vertex> get(boost::vertex_index_t, const ArcView&) noexcept { return {}; }

}  // namespace detail

}  // namespace ecosys

namespace boost {
using ecosys::adjacent_vertices;
using ecosys::degree;
using ecosys::edges;
using ecosys::num_edges;
using ecosys::num_vertices;
using ecosys::out_degree;
using ecosys::out_edges;
using ecosys::source;
using ecosys::target;
using ecosys::vertices;
using ecosys::detail::edges;
using ecosys::detail::num_edges;
using ecosys::detail::num_vertices;
using ecosys::detail::out_degree;
using ecosys::detail::out_edges;
using ecosys::detail::source;
using ecosys::detail::target;
using ecosys::detail::vertices;
}  // namespace boost
