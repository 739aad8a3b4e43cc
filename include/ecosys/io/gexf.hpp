#pragma once
// GEXF (https://gexf.net), Gephi's format: versions 1.1, 1.2 and 1.3 are read,
// 1.2 is written (the version NetworkX also reads). See docs/formats.md.

#include <istream>
#include <ostream>
#include <string>
#include <string_view>

#include "ecosys/io/import_options.hpp"
#include "ecosys/io/reader.hpp"
#include "ecosys/io/writer.hpp"

namespace ecosys {

LoadResult read_gexf_text(std::string_view text, const std::string& source, const ImportOptions& options = {});
LoadResult read_gexf(std::istream& in, const std::string& source, const ImportOptions& options = {});

/// Writes GEXF 1.2 with node attvalues (sector, region, kind, role, needs,
/// seeds, attributes), the actor's name as label, viz colours by sector and,
/// when `options.positions` has them, viz positions; the sector attribute lists
/// the network's sectors as its <options>.
WriteWarnings write_gexf(const Network& network, std::ostream& out, const std::string& target,
                         const ExportOptions& options = {});

}  // namespace ecosys
