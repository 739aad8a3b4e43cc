#include <doctest/doctest.h>

#include <utility>
#include <vector>

#include <boost/graph/connected_components.hpp>
#include <boost/graph/graph_concepts.hpp>

#include "graph/boost_graph.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using detail::HalfEdge;
using test::small_network;

// The concepts the adapter promises (a compile-time check).
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<Graph>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<Graph>));
BOOST_CONCEPT_ASSERT((boost::AdjacencyGraphConcept<Graph>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<Graph>));
BOOST_CONCEPT_ASSERT((boost::ReadablePropertyGraphConcept<Graph, HalfEdge, boost::edge_weight_t>));
BOOST_CONCEPT_ASSERT((boost::ReadablePropertyGraphConcept<Graph, Graph::Vertex, boost::vertex_index_t>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<detail::ArcView>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<detail::ArcView>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<detail::ArcView>));

namespace {

//   a --2-- b        e (no ties)
//   |      /
//   1    3
//   |  /
//   c --4-- d
Graph drawn() {
    return Graph::from_network(small_network(
        {"a", "b", "c", "d", "e"}, {{"a", "b", 2}, {"a", "c", 1}, {"b", "c", 3}, {"c", "d", 4}}));
}

}  // namespace

TEST_CASE("the adapter walks the CSR arrays: out_edges, targets, weights, adjacency") {
    const Graph g = drawn();
    CHECK(num_vertices(g) == 5);
    CHECK(num_edges(g) == 4);  // undirected edges, not halves

    std::vector<Graph::Vertex> targets;
    std::vector<double> weights;
    const auto weight = get(boost::edge_weight, g);
    for (auto [e, end] = out_edges(2, g); e != end; ++e) {
        CHECK(source(*e, g) == 2);
        targets.push_back(target(*e, g));
        weights.push_back(get(weight, *e));
    }
    CHECK(targets == std::vector<Graph::Vertex>{0, 1, 3});
    CHECK(weights == std::vector<double>{1, 3, 4});
    CHECK(out_degree(2, g) == 3);
    CHECK(degree(4, g) == 0);

    const auto [a, a_end] = adjacent_vertices(2, g);
    CHECK(std::vector<Graph::Vertex>(a, a_end) == std::vector<Graph::Vertex>{0, 1, 3});

    const auto unit = detail::EdgeWeightMap(g, false);
    CHECK(get(unit, *out_edges(2, g).first) == 1.0);
    CHECK(get(get(boost::vertex_index, g), Graph::Vertex{3}) == 3);
}

TEST_CASE("edges() lists every undirected edge once, from its smaller end") {
    const Graph g = drawn();
    std::vector<std::pair<Graph::Vertex, Graph::Vertex>> listed;
    for (auto [e, end] = edges(g); e != end; ++e) listed.emplace_back(source(*e, g), target(*e, g));
    CHECK(listed == std::vector<std::pair<Graph::Vertex, Graph::Vertex>>{{0, 1}, {0, 2}, {1, 2}, {2, 3}});

    // No edges at all, and isolated vertices first.
    const Graph empty = Graph::from_edges(3, {});
    CHECK(edges(empty).first == edges(empty).second);
    const std::vector<std::pair<Graph::Vertex, Graph::Vertex>> late{{2, 3}};
    const Graph tail = Graph::from_edges(4, late);
    auto [e, end] = edges(tail);
    REQUIRE(e != end);
    CHECK(source(*e, tail) == 2);
    CHECK(target(*e, tail) == 3);
    CHECK(++e == end);
}

TEST_CASE("the arc view: 2m arcs, each half the reverse of the other") {
    const Graph g = drawn();
    const detail::ArcView arcs{&g};
    CHECK(num_edges(arcs) == 8);
    std::size_t listed = 0;
    for (auto [e, end] = edges(arcs); e != end; ++e) ++listed;
    CHECK(listed == 8);

    const std::vector<std::size_t> reverse = detail::reverse_halves(g);
    const detail::ReverseArcMap reverse_map(g, reverse);
    for (auto [e, end] = edges(arcs); e != end; ++e) {
        const HalfEdge back = get(reverse_map, *e);
        CHECK(source(back, arcs) == target(*e, arcs));
        CHECK(target(back, arcs) == source(*e, arcs));
        CHECK(reverse[back.offset] == e->offset);
    }
}

TEST_CASE("a Boost algorithm runs on the adapter: connected_components") {
    const Graph g = drawn();
    std::vector<int> component(g.vertex_count());
    CHECK(boost::connected_components(g, component.data()) == 2);  // {a, b, c, d} and {e}
    CHECK(component == std::vector<int>{0, 0, 0, 0, 1});
}
