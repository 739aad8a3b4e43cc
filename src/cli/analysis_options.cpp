#include "cli/analysis_options.hpp"

#include "cli/common.hpp"

namespace ecosys::cli {

AnalysisOptions AnalysisGiven::analysis() const {
    AnalysisOptions options;
    options.weighted = weighted;
    options.directed = directed;
    options.seed = seed;
    options.threads = threads;
    options.graph = graph.graph_options();
    return options;
}

void add_analysis_options(CLI::App* cmd, AnalysisGiven& given, const std::string& seed_use) {
    cmd->add_flag("--weighted", given.weighted, "Use tie weights as strengths (distance = 1/weight for path metrics)");
    cmd->add_flag("--directed", given.directed,
                  "Read tie direction: directed ties one way, undirected ties both ways (as in 'metrics')");
    cmd->add_option("--seed", given.seed, "Seed of " + seed_use + " (same seed, same results)")
        ->check(whole_number_at_most(UINT64_MAX))
        ->capture_default_str();
    cmd->add_option("--threads", given.threads,
                    "Worker threads of the path metrics; 0 = one per hardware thread. Results are the same for any count")
        ->check(whole_number_at_most(max_threads))
        ->capture_default_str();
    add_graph_options(cmd, given.graph);
}

}  // namespace ecosys::cli
