#pragma once
// Layout positions for exports (io/writer.hpp's ExportOptions), taken from the
// diagram `ecosys render` draws.

#include <cstdint>
#include <map>
#include <string>

#include "ecosys/graph/graph.hpp"
#include "ecosys/io/writer.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys::render {

/// Where Graphviz places every actor in the whole-network diagram of
/// `ecosys render` (network_diagram without node sizes and labels, laid
/// out by render()), in points, by actor id: for GEXF exports that open
/// laid out. Cost: that of the layout (neato for small networks, sfdp above a
/// few thousand actors: about a second for 4k actors, minutes for 30k actors
/// with 500k ties). `seed` and `graph` as DiagramOptions' (the same layout as
/// `ecosys render --seed S`). Throws RenderError.
std::map<std::string, Position> graphviz_positions(const Network& network, std::uint64_t seed = 1,
                                                   const GraphOptions& graph = {});

}  // namespace ecosys::render
