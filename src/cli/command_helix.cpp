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
#include "ecosys/output/helix_writer.hpp"

namespace ecosys::cli {

namespace {

struct HelixCommandOptions {
    std::string path;
    std::vector<std::string> regions;
    std::string scope = "network";
    AnalysisGiven analysis;
    SelectionGiven selection;
    OutputGiven out;
};

void run_helix(const HelixCommandOptions& opt) {
    const Language language = opt.out.tables_language();  // usage errors before any work
    HelixOptions options;
    options.scope = opt.scope == "region" ? MetricScope::region : MetricScope::network;
    options.analysis = opt.analysis.analysis();
    options.regions = opt.regions;

    LoadResult loaded = load_selected(opt.path, opt.out.quiet, opt.selection.selection(options.analysis.graph));
    const HelixReport report = compute_helix(loaded.network, options);
    opt.out.write({.json = [&] { return format_helix_json(report); },
                   .csv = [&] { return format_helix_csv(report); },
                   .table = [&] { return format_helix_table(report, opt.out.wide, language); }});
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
    AnalysisFlags flags;
    flags.weighted = "Burt's measures use tie weights as strengths (the other measures count ties)";
    flags.directed.clear();  // the helix reads the undirected graph
    flags.threads.clear();
    flags.seed = "Seed of the permutation test (same seed, same p-values)";
    add_analysis_options(cmd, opt->analysis, flags);
    cmd->add_option("--permutations", opt->analysis.values.ei_permutations,
                    "Random relabellings of the sectors in the E-I permutation test (0: no test)")
        ->check(whole_number_at_most(max_permutations))->capture_default_str();
    add_community_options(cmd, opt->analysis.community);
    add_selection_options(cmd, opt->selection);
    add_output_options(cmd, opt->out, {.formats = {"table", "csv", "json"}});
    cmd->callback([opt] { run_helix(*opt); });
}

}  // namespace ecosys::cli
