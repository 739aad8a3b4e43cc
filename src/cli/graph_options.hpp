#pragma once
// The options that say how projects enter the graph a command analyses:
//   --project-weighting count|newman   --no-projects
// Any command that builds a Graph registers them with add_graph_options() and
// passes graph_options() to Graph::from_network / induced (or to the library
// call's options), so every command treats projects the same way.

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "ecosys/graph/graph.hpp"

namespace ecosys::cli {

struct GraphOptionsGiven {
    std::string project_weighting = "count";
    bool no_projects = false;

    /// The GraphOptions these flags stand for.
    [[nodiscard]] GraphOptions graph_options() const;
};

/// Registers --project-weighting and --no-projects on `cmd`, storing into `given`
/// (which must outlive the app, e.g. a member of the command's shared options).
void add_graph_options(CLI::App* cmd, GraphOptionsGiven& given);

}  // namespace ecosys::cli
