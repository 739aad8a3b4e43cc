#pragma once
// The one carrier of analysis settings on the command line: the flags that decide
// the numbers (--weighted, --directed, --seed, --threads and how projects enter the
// graph), registered once and turned into one AnalysisOptions, the value the
// library's requests hold. A command built on it cannot forget one of them.

#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/graph_options.hpp"
#include "ecosys/analysis/analysis_cache.hpp"

namespace ecosys::cli {

/// How communities are found and which modules the connector-hub roles read:
/// --community, --resolution, --partition (docs/metrics.md#community, #connector-hubs).
struct CommunityGiven {
    std::string community = "louvain";
    double resolution = 1.0;
    std::string partition = "region";

    [[nodiscard]] CommunityMethod method() const;
    [[nodiscard]] HubPartition hub_partition() const;

    /// Sets options.community, resolution and hub_partition (of an AnalysisOptions or
    /// a MetricsOptions).
    template <class Options>
    void apply(Options& options) const {
        options.community = method();
        options.resolution = resolution;
        options.hub_partition = hub_partition();
    }
};

struct AnalysisGiven {
    bool weighted = false;
    bool directed = false;
    std::uint64_t seed = 1;
    unsigned threads = 0;
    GraphOptionsGiven graph;
    CommunityGiven community;

    /// The AnalysisOptions these flags stand for.
    [[nodiscard]] AnalysisOptions analysis() const;
};

/// Registers --community, --resolution and (with_partition) --partition on `cmd`,
/// storing into `given`.
void add_community_options(CLI::App* cmd, CommunityGiven& given, bool with_partition = true);

/// Registers --weighted, --directed, --seed, --threads, --project-weighting and
/// --no-projects on `cmd` (a command whose numbers read communities adds
/// add_community_options(cmd, given.community) too), storing into `given` (which must outlive the app).
/// `seed_use` completes the help of --seed ("Seed of ...").
void add_analysis_options(CLI::App* cmd, AnalysisGiven& given, const std::string& seed_use);

}  // namespace ecosys::cli
