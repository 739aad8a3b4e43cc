#pragma once
// A network as a CSV folder (docs/network-format.md), the mirror of
// read_csv_network(): sectors.csv, regions.csv, actors.csv, ties.csv,
// projects.csv, participants.csv, each with a header row.

#include <filesystem>

#include "ecosys/io/reader.hpp"
#include "ecosys/io/writer.hpp"

namespace ecosys {

/// The files of the folder, by name. Always all six files (header only when
/// empty), so that writing over an older folder leaves no stale table behind.
/// Attribute values become text (a CSV folder reads them back as strings);
/// lists and objects are written as JSON text, with a warning.
CsvFiles write_csv_files(const Network& network, const std::string& folder, WriteWarnings& warnings);

/// Writes the folder atomically as a whole (write_files_atomically: a failure
/// leaves every previous file intact); creates the folder if needed.
/// `options.bom` starts every table with a UTF-8 byte order mark.
WriteWarnings write_csv_network(const Network& network, const std::filesystem::path& folder,
                                const ExportOptions& options = {});

}  // namespace ecosys
