#pragma once
// The selection options: which part of a network a command reads. Declared once
// here and added to `extract` and to every analysis command, so that a subset need
// not be written to disk first (analysis/selection.hpp, docs/selection.md):
//   --select-region ID  --exact-region  --sector LIST  --years A-B  --keep-isolates
//   --giant  --k-core K  --ego ACTOR  --ego-radius R  --drop-isolates
// `extract` also takes --region and --radius for --select-region and --ego-radius;
// elsewhere --region keeps its meaning (which regions to report).

#include <cstddef>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "ecosys/analysis/selection.hpp"
#include "ecosys/io/reader.hpp"

namespace ecosys::cli {

struct SelectionGiven {
    std::string region;
    bool exact_region = false;
    std::string sectors;
    std::string years;
    bool keep_isolates = false;
    std::string ego;
    std::size_t ego_radius = 1;
    std::optional<std::size_t> k_core;
    bool giant = false;
    bool drop_isolates = false;
    bool fiscal_years = false;

    /// The Selection these options stand for (graph: how projects make ties for the
    /// structural parts). Throws UsageError for a malformed --years.
    [[nodiscard]] Selection selection(const GraphOptions& graph = {}) const;
};

/// Adds the selection options to `cmd`, storing into `given` (which must outlive the
/// app). `short_names`: also --region and --radius (for extract). A command that
/// already has --years (compare) gets only --select-years.
void add_selection_options(CLI::App* cmd, SelectionGiven& given, bool short_names = false);

/// The selection of an already loaded `network`, as load_selected() makes it: its notes
/// to stderr unless `quiet`, the name gaining the selection. For a command that also
/// needs the network as loaded (qap's prior_ties). `selection` must not be empty.
Network selected_network(const Network& network, bool quiet, const Selection& selection);

/// load() followed by the selection; prints the selection's notes to stderr unless
/// `quiet`. The network's name gains the selection ("... [region tohoku, years 2005-]").
LoadResult load_selected(const std::string& path, bool quiet, const Selection& selection);

}  // namespace ecosys::cli
