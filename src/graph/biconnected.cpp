#include "ecosys/graph/biconnected.hpp"

#include <algorithm>
#include <iterator>
#include <limits>

#include "graph/boost_graph.hpp"  // before Boost's algorithms (see there)

#include <boost/graph/biconnected_components.hpp>

namespace ecosys {

namespace {
constexpr std::size_t no_block = std::numeric_limits<std::size_t>::max();
}

BiconnectedComponents biconnected_components(const Graph& graph) {
    // Boost writes the block of the half it met in its search (one per edge).
    std::vector<std::size_t> boost_block(graph.targets().size(), no_block);
    std::vector<Graph::Vertex> cut;
    boost::biconnected_components(graph, boost::make_iterator_property_map(boost_block.begin(), detail::HalfIndexMap{}),
                                  std::back_inserter(cut));
    const std::vector<std::size_t> reverse = detail::reverse_halves(graph);

    // Renumber the blocks in CSR order of their first edge, whatever order the search finished them in.
    BiconnectedComponents result;
    result.block_of_edge.resize(boost_block.size());
    std::vector<std::uint32_t> renumbered;
    for (std::size_t i = 0; i < boost_block.size(); ++i) {
        const std::size_t b = boost_block[i] != no_block ? boost_block[i] : boost_block[reverse[i]];
        if (b >= renumbered.size()) renumbered.resize(b + 1, std::numeric_limits<std::uint32_t>::max());
        if (renumbered[b] == std::numeric_limits<std::uint32_t>::max()) {
            renumbered[b] = static_cast<std::uint32_t>(result.blocks.size());
            result.blocks.emplace_back();
        }
        result.block_of_edge[i] = renumbered[b];
    }
    // A vertex's halves list it once per block it is in; ascending v keeps each block's list sorted.
    for (Graph::Vertex v = 0; v < graph.vertex_count(); ++v) {
        for (std::size_t i = graph.offsets()[v]; i < graph.offsets()[v + 1]; ++i) {
            std::vector<Graph::Vertex>& block = result.blocks[result.block_of_edge[i]];
            if (block.empty() || block.back() != v) block.push_back(v);
        }
    }
    std::sort(cut.begin(), cut.end());
    result.articulation_points = std::move(cut);
    return result;
}

std::vector<unsigned char> bridges(const Graph& graph) {
    const BiconnectedComponents blocks = biconnected_components(graph);
    std::vector<unsigned char> out(blocks.block_of_edge.size(), 0);
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = blocks.blocks[blocks.block_of_edge[i]].size() == 2;
    return out;
}

std::vector<Graph::Vertex> articulation_points(const Graph& graph) {
    std::vector<Graph::Vertex> cut;
    boost::articulation_points(graph, std::back_inserter(cut));
    std::sort(cut.begin(), cut.end());
    return cut;
}

}  // namespace ecosys
