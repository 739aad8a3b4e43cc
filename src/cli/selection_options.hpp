#pragma once
// The selection options: which part of a network a command reads. Declared once
// here and added to `extract` and to every analysis command, so that a subset need
// not be written to disk first (analysis/selection.hpp, docs/selection.md):
//   --select-region ID  --exact-region  --sector LIST  --years A-B  --keep-isolates
//   --giant  --k-core K  --ego ACTOR  --ego-radius R  --drop-isolates
// `extract` also takes --region and --radius for --select-region and --ego-radius;
// elsewhere --region keeps its meaning (which regions to report).

#include <string>

#include <CLI/CLI.hpp>

#include "ecosys/analysis/selection.hpp"
#include "ecosys/io/reader.hpp"

namespace ecosys::cli {

struct SelectionGiven {
    /// The parts an option gives as Selection keeps them (region, exact_region,
    /// keep_isolates, ego, ego_radius, k_core, giant, drop_isolates, fiscal_years);
    /// selection() sets the others.
    Selection parts;
    std::string sectors;  ///< --sector: a comma-separated list
    std::string years;    ///< --years: a window A-B

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
