#include "cli/analysis_options.hpp"

#include "cli/common.hpp"
#include "cli/launch.hpp"

namespace ecosys::cli {

CommunityMethod CommunityGiven::method() const {
    return community == "leiden"       ? CommunityMethod::leiden
           : community == "leiden-cpm" ? CommunityMethod::leiden_cpm
                                       : CommunityMethod::louvain;
}

HubPartition CommunityGiven::hub_partition() const {
    return partition == "sector" ? HubPartition::sector : partition == "community" ? HubPartition::community : HubPartition::region;
}

void add_community_options(CLI::App* cmd, CommunityGiven& given, bool with_partition) {
    cmd->add_option("--community", given.community,
                    "How the community keys find communities: louvain, leiden (modularity; every community\n"
                    "connected) or leiden-cpm (the Constant Potts Model; --resolution is then a density)")
        ->check(CLI::IsMember({"louvain", "leiden", "leiden-cpm"}))
        ->capture_default_str();
    cmd->add_option("--resolution", given.resolution,
                    "Resolution gamma of the communities: above 1 smaller communities, below 1 larger")
        ->check(CLI::Range(1e-9, 1e9))
        ->capture_default_str();
    if (!with_partition) return;
    cmd->add_option("--partition", given.partition,
                    "Modules of within_module_z, participation and hub_role: each actor's own region, its\n"
                    "sector, or its community")
        ->check(CLI::IsMember({"region", "sector", "community"}))
        ->capture_default_str();
}

AnalysisOptions AnalysisGiven::analysis() const {
    AnalysisOptions options = values;
    options.graph = graph.graph_options();
    options.distribution = distribution();  // under mpirun: the processes sharing the work
    community.apply(options);
    return options;
}

void add_analysis_options(CLI::App* cmd, AnalysisGiven& given, const AnalysisFlags& flags) {
    if (!flags.weighted.empty()) cmd->add_flag("--weighted", given.values.weighted, flags.weighted);
    if (!flags.directed.empty()) cmd->add_flag("--directed", given.values.directed, flags.directed);
    if (!flags.samples.empty())
        cmd->add_option("--samples", given.values.samples, flags.samples)->check(whole_number_at_most(max_samples))->capture_default_str();
    if (!flags.seed.empty()) add_seed_option(cmd, given.values.seed, flags.seed);
    if (!flags.threads.empty())
        cmd->add_option("--threads", given.values.threads, flags.threads)->check(whole_number_at_most(max_threads))->capture_default_str();
    if (flags.graph) add_graph_options(cmd, given.graph);
}

void add_analysis_options(CLI::App* cmd, AnalysisGiven& given, const std::string& seed_use) {
    AnalysisFlags flags;
    flags.seed = "Seed of " + seed_use + " (same seed, same results)";
    add_analysis_options(cmd, given, flags);
}

}  // namespace ecosys::cli
