#pragma once
// The one carrier of analysis settings on the command line: the flags that decide
// the numbers (--weighted, --directed, --seed, --threads and how projects enter the
// graph), registered once and turned into one AnalysisOptions, the value the
// library's requests hold. A command built on it cannot forget one of them.

#include <cstddef>
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
    /// What the flags set, written by them in place: --weighted, --directed, --seed,
    /// --threads, --samples (the null model's random graphs, on the commands that draw
    /// them) and the E-I test's --permutations (registered by the command itself, into
    /// values.ei_permutations). The rest of it is filled by analysis().
    AnalysisOptions values;
    GraphOptionsGiven graph;
    CommunityGiven community;

    /// `values` with how projects enter the graph, the communities and, under mpirun, the
    /// processes sharing the work: the AnalysisOptions a request holds.
    [[nodiscard]] AnalysisOptions analysis() const;
};

/// Registers --community, --resolution and (with_partition) --partition on `cmd`,
/// storing into `given`.
void add_community_options(CLI::App* cmd, CommunityGiven& given, bool with_partition = true);

/// Which analysis flags a command takes, each with its help text; an empty text leaves
/// the flag out (a command whose numbers do not read direction has no --directed).
/// The defaults are the wording shared by most commands.
struct AnalysisFlags {
    std::string weighted = "Use tie weights as strengths (distance = 1/weight for path metrics)";
    std::string directed = "Read tie direction: directed ties one way, undirected ties both ways (as in 'metrics')";
    std::string seed;  ///< the whole help of --seed
    std::string threads =
        "Worker threads of the path metrics; 0 = one per hardware thread. Results are the same for any count";
    std::string samples;  ///< the whole help of --samples; empty: no --samples
    /// --project-weighting and --no-projects.
    bool graph = true;

    /// Only --project-weighting and --no-projects (a command whose numbers read neither
    /// weights, direction nor a seed); set a text to add that flag.
    [[nodiscard]] static AnalysisFlags graph_only() {
        AnalysisFlags flags;
        flags.weighted.clear();
        flags.directed.clear();
        flags.threads.clear();
        return flags;
    }
};

/// Registers the analysis flags `flags` names on `cmd` (--weighted, --directed, --seed,
/// --threads, --samples, --project-weighting and --no-projects), storing into `given`
/// (which must outlive the app). A command whose numbers read communities adds
/// add_community_options(cmd, given.community) too.
void add_analysis_options(CLI::App* cmd, AnalysisGiven& given, const AnalysisFlags& flags);

/// The same with every default flag; `seed_use` completes the help of --seed ("Seed of ...").
void add_analysis_options(CLI::App* cmd, AnalysisGiven& given, const std::string& seed_use);

}  // namespace ecosys::cli
