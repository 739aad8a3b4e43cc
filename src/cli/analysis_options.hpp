#pragma once
// The one carrier of analysis settings on the command line: the flags that decide
// the numbers (--weighted, --directed, --seed, --threads and how projects enter the
// graph), registered once and turned into one AnalysisOptions, the value the
// library's requests hold. A command built on it cannot forget one of them.

#include <cstdint>

#include <CLI/CLI.hpp>

#include "cli/graph_options.hpp"
#include "ecosys/analysis/analysis_cache.hpp"

namespace ecosys::cli {

struct AnalysisGiven {
    bool weighted = false;
    bool directed = false;
    std::uint64_t seed = 1;
    unsigned threads = 0;
    GraphOptionsGiven graph;

    /// The AnalysisOptions these flags stand for.
    [[nodiscard]] AnalysisOptions analysis() const;
};

/// Registers --weighted, --directed, --seed, --threads, --project-weighting and
/// --no-projects on `cmd`, storing into `given` (which must outlive the app).
/// `seed_use` completes the help of --seed ("Seed of ...").
void add_analysis_options(CLI::App* cmd, AnalysisGiven& given, const std::string& seed_use);

}  // namespace ecosys::cli
