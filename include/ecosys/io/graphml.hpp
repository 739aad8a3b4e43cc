#pragma once
// GraphML (http://graphml.graphdrawing.org), as NetworkX, igraph, Gephi and yEd
// write it: <key> declarations with attr.type and <default>, <data> values,
// edgedefault and per-edge `directed`. See docs/formats.md for the mapping.

#include <istream>
#include <ostream>
#include <string>
#include <string_view>

#include "ecosys/io/import_options.hpp"
#include "ecosys/io/reader.hpp"
#include "ecosys/io/writer.hpp"

namespace ecosys {

/// Reads GraphML text; `source` names it in messages. Throws ParseError for
/// malformed XML, ValidationError for content that is not a valid network.
LoadResult read_graphml_text(std::string_view text, const std::string& source, const ImportOptions& options = {});
LoadResult read_graphml(std::istream& in, const std::string& source, const ImportOptions& options = {});

/// Writes GraphML with typed keys: actor fields and attributes on nodes, tie
/// type, weight and year on edges, the network's name, sectors, regions and
/// projects as graph data (the last three as JSON text).
WriteWarnings write_graphml(const Network& network, std::ostream& out, const std::string& target);

}  // namespace ecosys
