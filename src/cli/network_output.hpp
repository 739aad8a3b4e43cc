#pragma once
// Writing a network from a command (convert, import-projects): the format from
// the file's extension or --format, layout positions for GEXF, the writer's
// warnings on stderr, a summary line.

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "ecosys/io/writer.hpp"

namespace ecosys::cli {

struct NetworkOutput {
    std::string path;     ///< file, folder, or "-" for standard output
    std::string format;   ///< --format; empty: by extension
    bool no_layout = false;  ///< --no-layout
    bool layout = false;     ///< --layout: also for large networks
    bool bom = false;        ///< --bom: CSV folder tables start with a UTF-8 byte order mark

    /// Networks up to this size get GEXF positions unless --no-layout; larger ones
    /// only with --layout (sfdp takes minutes on 30k actors with 500k ties).
    static constexpr std::size_t layout_actor_limit = 5000, layout_tie_limit = 50000;

    /// Throws UsageError for an unknown --format, a path that names no format,
    /// a CSV folder to standard output, or --bom for anything but a CSV folder.
    void check() const;
    /// Writes the network (atomically) and prints the warnings and, unless
    /// `quiet`, "wrote PATH (FORMAT): N actors, M ties, P projects".
    void write(const Network& network, bool quiet) const;
    /// The format written: --format, else by the path's extension (none: a CSV folder).
    [[nodiscard]] Format resolve() const;
};

/// Adds --format and --no-layout to a command.
void add_network_output_options(CLI::App* cmd, NetworkOutput& out);

}  // namespace ecosys::cli
