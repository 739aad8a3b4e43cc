#include "ecosys/graph/min_cut.hpp"

#include <cstdint>

#include "ecosys/error.hpp"
#include "graph/boost_graph.hpp"  // before Boost's algorithms (see there)

#include <boost/graph/stoer_wagner_min_cut.hpp>

namespace ecosys {

MinCut stoer_wagner_min_cut(const Graph& graph, bool weighted) {
    const std::size_t n = graph.vertex_count();
    if (n < 2) throw UsageError("a minimum cut needs at least 2 actors; the graph has " + std::to_string(n));
    std::vector<std::uint8_t> parity(n, 0);
    MinCut cut;
    cut.value = boost::stoer_wagner_min_cut(graph, detail::EdgeWeightMap(graph, weighted),
                                            boost::parity_map(boost::make_iterator_property_map(
                                                parity.begin(), boost::typed_identity_property_map<Graph::Vertex>())));
    for (Graph::Vertex v = 0; v < n; ++v)
        if (parity[v] != parity[0]) cut.side.push_back(v);
    return cut;
}

}  // namespace ecosys
