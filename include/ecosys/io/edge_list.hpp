#pragma once
// Plain edge lists: one tie per line, "source target [weight]", separated by
// tabs, commas or spaces; lines starting with # or % are comments; an optional
// header line (source,target,weight). Read only. See docs/formats.md.

#include <istream>
#include <string>
#include <string_view>

#include "ecosys/io/import_options.hpp"
#include "ecosys/io/reader.hpp"

namespace ecosys {

/// Reads an edge list. An edge list has no node attributes, so every actor gets
/// `options.default_sector`; without it the reader says so.
LoadResult read_edge_list_text(std::string_view text, const std::string& source, const ImportOptions& options = {});
LoadResult read_edge_list(std::istream& in, const std::string& source, const ImportOptions& options = {});

}  // namespace ecosys
