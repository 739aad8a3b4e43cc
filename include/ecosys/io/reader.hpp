#pragma once
// Reading networks. Readers parse a stream plus a source name used in messages;
// load_network() opens a path (a file in any format of io/format.hpp, or a CSV
// folder) and picks the reader.
// Every reader reports all the problems it finds at once by throwing an
// InputError (ParseError or ValidationError) holding one Diagnostic each.

#include <filesystem>
#include <istream>
#include <map>
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

/// The files of a CSV folder held in memory: file name ("actors.csv") -> content.
using CsvFiles = std::map<std::string, std::string>;

/// Reads a CSV network from files already in memory; `folder` names the folder
/// in messages ("folder/actors.csv:3:1: error: ...").
LoadResult read_csv_files(const CsvFiles& files, const std::string& folder);

/// Opens `path` with the default ImportOptions (see below).
LoadResult load_network(const std::filesystem::path& path);

enum class Format;
struct ImportOptions;  // io/import_options.hpp

/// Opens `path`: a folder is read as a CSV folder; a file in options.format, or
/// else in the format its extension and content show (io/format.hpp; when they
/// disagree the content wins, with a warning). A missing path, an unreadable
/// file or an unrecognisable format gives an InputError naming the path.
LoadResult load_network(const std::filesystem::path& path, const ImportOptions& options);

/// Reads `text` in `format` (any but csv_folder); `source` names it in messages.
LoadResult read_network_text(std::string_view text, const std::string& source, Format format,
                             const ImportOptions& options);

}  // namespace ecosys
