#pragma once
// The options that say how to read a network from another tool's file
// (--input-format, --sector-attr, --sector-map ...). They belong to the main
// program, so every command that loads a network through cli::load() honours
// them; CLI11's fallthrough lets them follow the command name as well:
//   ecosys info gephi.gexf --sector-attr type --sector-map types.csv

#include <CLI/CLI.hpp>

#include "ecosys/io/import_options.hpp"

namespace ecosys::cli {

/// Registers the options on `app` (the main program) and turns on fallthrough
/// for the commands added after this call.
void setup_input_options(CLI::App& app);

/// The options as given. Loads the --sector-map file on first use: throws
/// InputError (exit 1) for a broken map file.
const ImportOptions& input_options();

}  // namespace ecosys::cli
