#pragma once
// Pajek .net: *Vertices, *Edges, *Arcs (and *Edgeslist, *Arcslist, *Matrix on
// input). See docs/formats.md.

#include <istream>
#include <ostream>
#include <string>
#include <string_view>

#include "ecosys/io/import_options.hpp"
#include "ecosys/io/reader.hpp"
#include "ecosys/io/writer.hpp"

namespace ecosys {

/// Reads Pajek text. Vertex lines may carry coordinates, a shape and key/value
/// pairs as NetworkX writes them ("sector industry"); those pairs are the node's
/// attributes. Edge labels (`l "..."`) are tie types.
LoadResult read_pajek_text(std::string_view text, const std::string& source, const ImportOptions& options = {});
LoadResult read_pajek(std::istream& in, const std::string& source, const ImportOptions& options = {});

/// Writes plain Pajek, readable by Pajek, igraph and NetworkX: actor ids as
/// vertex labels, undirected ties under *Edges and directed ones under *Arcs,
/// with weights and the tie type as edge label. Pajek has no place for sectors,
/// regions, names, attributes or years: each loss is a warning.
WriteWarnings write_pajek(const Network& network, std::ostream& out, const std::string& target);

}  // namespace ecosys
