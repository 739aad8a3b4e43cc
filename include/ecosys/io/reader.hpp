#pragma once
// Reading networks. Readers parse a stream plus a source name used in messages;
// load_network() opens a path (a JSON file or a CSV folder) and picks the reader.
// Every reader reports all the problems it finds at once by throwing an
// InputError (ParseError or ValidationError) holding one Diagnostic each.

#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "ecosys/error.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys {

/// A network and the warnings found while reading it (unknown members, self-loops ...).
struct LoadResult {
    Network network;
    std::vector<Diagnostic> warnings;
};

/// Limits that keep hostile input from exhausting the machine.
struct ReadLimits {
    int max_depth = 64;  ///< deepest JSON nesting accepted (the format needs 4)
};

/// Reads the native JSON format (docs/network-format.md) from `in`;
/// `source` names the input in messages.
LoadResult read_json_network(std::istream& in, const std::string& source, const ReadLimits& limits = {});

/// Reads the native JSON format from a string already in memory.
LoadResult read_json_network_text(std::string_view text, const std::string& source,
                                  const ReadLimits& limits = {});

/// Reads a CSV folder: actors.csv and optionally ties.csv, projects.csv,
/// participants.csv, sectors.csv, regions.csv (docs/network-format.md).
LoadResult read_csv_network(const std::filesystem::path& folder);

/// Opens `path`: a folder is read as a CSV folder, anything else as JSON.
/// A missing path or unreadable file gives an InputError naming the path.
LoadResult load_network(const std::filesystem::path& path);

}  // namespace ecosys
