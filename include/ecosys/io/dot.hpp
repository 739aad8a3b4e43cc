#pragma once
// Graphviz DOT. The writer gives a file `dot`, `neato` and `sfdp` draw as it is
// (nodes filled with their sector's colour) that also keeps the data; the reader
// uses Graphviz's own parser (cgraph). See docs/formats.md.

#include <istream>
#include <ostream>
#include <string>
#include <string_view>

#include "ecosys/io/import_options.hpp"
#include "ecosys/io/reader.hpp"
#include "ecosys/io/writer.hpp"

namespace ecosys {

/// Reads DOT. Graphviz reports no positions for nodes and edges, so messages
/// about them name the node or edge rather than a line; attribute values come
/// back as text. Drawing attributes (color, shape, style, pos ...) are not kept.
LoadResult read_dot_text(std::string_view text, const std::string& source, const ImportOptions& options = {});
LoadResult read_dot(std::istream& in, const std::string& source, const ImportOptions& options = {});

/// Writes DOT: a `graph`, or a `digraph` when any tie is directed (undirected
/// ties then get dir=none); actor fields and attributes as node attributes, the
/// name as label, tie type/weight/year as edge attributes, and the network's
/// sectors, regions and projects as graph attributes holding JSON text.
WriteWarnings write_dot(const Network& network, std::ostream& out, const std::string& target,
                        const ExportOptions& options = {});

}  // namespace ecosys
