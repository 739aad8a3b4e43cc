// ecosys helix NETWORK: how the sectors (helices) connect and who brokers between
// them, per region and for the whole network, as a table, CSV or JSON.

#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/launch.hpp"
#include "cli/selection_options.hpp"
#include "cli/graph_options.hpp"
#include "ecosys/analysis/helix_report.hpp"
#include "ecosys/analysis/helix_writer.hpp"

namespace ecosys::cli {

namespace {

struct HelixCommandOptions {
    std::string path;
    std::vector<std::string> regions;
    std::string scope = "network";
    bool weighted = false;
    std::size_t permutations = 9999;
    std::uint64_t seed = 1;
    GraphOptionsGiven graph;
    CommunityGiven community;
    SelectionGiven selection;
    std::string format = "table";
    bool bom = false;
    bool wide = false;
    LanguageOptions language;
    std::string output;
    bool quiet = false;
};

void run_helix(const HelixCommandOptions& opt) {
    const Language language = opt.language.language(opt.format);  // usage errors before any work
    HelixOptions options;
    options.scope = opt.scope == "region" ? MetricScope::region : MetricScope::network;
    options.weighted = opt.weighted;
    options.regions = opt.regions;
    options.ei.permutations = opt.permutations;
    options.ei.seed = opt.seed;
    options.graph = opt.graph.graph_options();
    opt.community.apply(options);
    options.distribution = distribution();  // under mpirun: the processes sharing the relabellings

    LoadResult loaded = load_selected(opt.path, opt.quiet, opt.selection.selection(opt.graph.graph_options()));
    const HelixReport report = compute_helix(loaded.network, options);
    if (opt.format == "json") emit(format_helix_json(report), opt.output);
    else if (opt.format == "csv") emit(with_bom(opt.language.csv(format_helix_csv(report)), opt.bom), opt.output);
    else emit(format_helix_table(report, opt.wide, language), opt.output);
}

}  // namespace

void setup_helix(CLI::App& app) {
    auto opt = std::make_shared<HelixCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "helix",
        "How the helices (industry, academia, government, finance: 産学官金) connect, per region\n"
        "(on its own actors and the ties among them) and for the whole network ('*'):\n"
        "  sector mixing matrix (ties and density per sector pair), cross-sector share of ties,\n"
        "  E-I index (Krackhardt & Stern) with a permutation test, sector assortativity (Newman),\n"
        "  sectors present, sector pairs without a tie, share of actors tied into 3+ sectors,\n"
        "  triple-helix synergy T from projects (Leydesdorff; negative = synergy).\n"
        "Per actor: E-I index, Burt's effective size, efficiency, constraint and hierarchy, and\n"
        "Gould & Fernandez brokerage roles (coordinator, itinerant, representative, gatekeeper,\n"
        "liaison) with sector as the group; directed ties count one way, undirected both ways.\n"
        "Hubs: Guimera-Amaral roles on the whole network with the regions as modules (--partition):\n"
        "actors with many ties inside their region (z >= 2.5), connector hubs when their ties also\n"
        "spread across regions (the connector-hub firms of Japan's 2014 SME White Paper).\n"
        "Projects count as ties between their participants (see --no-projects).\n"
        "Definitions and references: docs/helix.md.");
    add_network_argument(cmd, opt->path);
    cmd->add_option("--region", opt->regions,
                    "Report only this region (its actors and its record; repeat for more). The\n"
                    "whole-network record '*' is always reported")
        ->type_name("ID");
    cmd->add_option("--scope", opt->scope,
                    "Where actor figures are computed: 'network' (the whole network) or 'region'\n"
                    "(inside each actor's own region)")
        ->check(CLI::IsMember({"network", "region"}))
        ->capture_default_str();
    cmd->add_flag("--weighted", opt->weighted, "Burt's measures use tie weights as strengths (the other measures count ties)");
    cmd->add_option("--permutations", opt->permutations,
                    "Random relabellings of the sectors in the E-I permutation test (0: no test)")
        ->check(whole_number_at_most(max_permutations))->capture_default_str();
    cmd->add_option("--seed", opt->seed, "Seed of the permutation test (same seed, same p-values)")
        ->check(whole_number_at_most(UINT64_MAX))->capture_default_str();
    add_graph_options(cmd, opt->graph);
    add_community_options(cmd, opt->community);
    add_selection_options(cmd, opt->selection);
    cmd->add_option("--format", opt->format, "Output format: an aligned table, CSV or JSON")
        ->check(CLI::IsMember({"table", "csv", "json"}))
        ->capture_default_str();
    add_bom_flag(cmd, opt->bom);
    add_wide_flag(cmd, opt->wide);
    opt->language.add(cmd, true, false);
    cmd->add_option("-o,--output", opt->output, "Write to FILE (atomically) instead of standard output")->type_name("FILE");
    cmd->add_flag("-q,--quiet", opt->quiet, "Do not print warnings about the input");
    cmd->callback([opt] { run_helix(*opt); });
}

}  // namespace ecosys::cli
