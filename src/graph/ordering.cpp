#include "ecosys/graph/ordering.hpp"

#include "graph/boost_graph.hpp"  // before Boost's algorithms (see there)

#include <boost/graph/bandwidth.hpp>
#include <boost/graph/cuthill_mckee_ordering.hpp>

namespace ecosys {

std::vector<Graph::Vertex> cuthill_mckee_order(const Graph& graph, bool reverse) {
    std::vector<Graph::Vertex> order(graph.vertex_count());
    if (order.empty()) return order;
    if (reverse)
        boost::cuthill_mckee_ordering(graph, order.rbegin());
    else
        boost::cuthill_mckee_ordering(graph, order.begin());
    return order;
}

std::size_t bandwidth(const Graph& graph) { return boost::bandwidth(graph); }

}  // namespace ecosys
