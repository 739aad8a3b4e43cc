#pragma once
// Writing networks in any format: save_network() picks the writer by the file's
// extension (or a format given), renders the whole file in memory and writes it
// atomically, so a failure never leaves half a file. Every writer returns the
// warnings about what its format cannot carry (projects in GEXF, sectors in
// Pajek ...): nothing is dropped silently.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ecosys/error.hpp"
#include "ecosys/io/format.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys {

/// A point of a layout, in the units of the layout (Graphviz: points).
struct Position {
    double x = 0, y = 0;
};

struct ExportOptions {
    /// Positions by actor id, written where the format has a place for them
    /// (GEXF viz:position, DOT pos); actors not listed get none.
    std::map<std::string, Position> positions;
    /// CSV folder: start every table with a UTF-8 byte order mark, so that Excel reads
    /// Japanese and other non-ASCII names right (ecosys's own reader skips it).
    bool bom = false;
};

/// Warnings of a writer, located at the target's name (line 0).
using WriteWarnings = std::vector<Diagnostic>;

/// The format `path` will be written in: `format` if given, else by extension
/// (a path without extension, or ending in '/', is a CSV folder). Throws
/// UsageError when the extension says nothing or names a format that cannot be written.
Format output_format(const std::filesystem::path& path, std::optional<Format> format = std::nullopt);

/// Renders `network` in `format` (any but csv_folder) as one string; `target`
/// names the output in warnings.
std::string render_network(const Network& network, Format format, const std::string& target,
                           WriteWarnings& warnings, const ExportOptions& options = {});

/// Writes `network` to `path` in output_format(path, format); throws OutputError
/// or UsageError. Returns the warnings.
WriteWarnings save_network(const Network& network, const std::filesystem::path& path,
                           std::optional<Format> format = std::nullopt, const ExportOptions& options = {});

}  // namespace ecosys
