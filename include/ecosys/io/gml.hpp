#pragma once
// GML (Graph Modelling Language) as NetworkX and igraph write it: a "graph [ ... ]"
// list of "node [ id ... ]" and "edge [ source target ... ]". See docs/formats.md.

#include <istream>
#include <ostream>
#include <string>
#include <string_view>

#include "ecosys/io/import_options.hpp"
#include "ecosys/io/reader.hpp"
#include "ecosys/io/writer.hpp"

namespace ecosys {

LoadResult read_gml_text(std::string_view text, const std::string& source, const ImportOptions& options = {});
LoadResult read_gml(std::istream& in, const std::string& source, const ImportOptions& options = {});

/// Writes ASCII GML (other characters as &#N; entities, which NetworkX and igraph
/// decode): node label = actor id, the other fields and attributes as node keys,
/// tie fields as edge keys, and sectors, regions and projects in a graph-level
/// "ecosys [ ... ]" list.
WriteWarnings write_gml(const Network& network, std::ostream& out, const std::string& target);

}  // namespace ecosys
