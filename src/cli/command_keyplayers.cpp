// ecosys keyplayers NETWORK: the K actors whose removal fragments a region most, or
// who reach the most others (Borgatti 2006), as a table, CSV or JSON.

#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/launch.hpp"
#include "cli/selection_options.hpp"
#include "cli/graph_options.hpp"
#include "ecosys/analysis/key_players_report.hpp"
#include "ecosys/output/key_players_writer.hpp"

namespace ecosys::cli {

namespace {

struct KeyPlayersCommandOptions {
    std::string path;
    std::size_t k = 0;
    std::string goal = "fragment";
    unsigned radius = 1;
    std::vector<std::string> regions;
    std::string candidates;
    std::size_t restarts = 8;
    OutputGiven out;
    AnalysisGiven analysis;
    SelectionGiven selection;
};

void run_keyplayers(const KeyPlayersCommandOptions& opt) {
    const Language language = opt.out.tables_language();  // usage errors before any work
    KeyPlayersRequest request;
    request.k = opt.k;
    request.goal = opt.goal == "reach" ? KeyPlayerGoal::reach : KeyPlayerGoal::fragment;
    request.radius = opt.radius;
    request.regions = opt.regions;
    request.candidates = opt.candidates;
    request.restarts = opt.restarts;
    const AnalysisOptions analysis = opt.analysis.analysis();  // under mpirun: the processes sharing the restarts
    LoadResult loaded = load_selected(opt.path, opt.out.quiet, opt.selection.selection(analysis.graph));
    AnalysisCache cache(loaded.network, analysis);
    const KeyPlayersReport report = compute_key_players(cache, request);
    opt.out.write({.json = [&] { return format_key_players_json(report); },
                   .csv = [&] { return format_key_players_csv(report); },
                   .table = [&] { return format_key_players_table(report, language); }});
}

}  // namespace

void setup_keyplayers(CLI::App& app) {
    auto opt = std::make_shared<KeyPlayersCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "keyplayers",
        "Key players (Borgatti 2006): the K actors whose removal leaves a region most\n"
        "fragmented (--goal fragment: share of actor pairs with no path left between them),\n"
        "or who reach the most other actors within --radius steps (--goal reach). Every set\n"
        "is tried when that should take about a second (then 'exact'); otherwise a greedy start\n"
        "plus swap improvement with seeded restarts, and a bound on the best score ('at most').\n"
        "Definitions: docs/whatif.md.");
    add_network_argument(cmd, opt->path);
    cmd->add_option("--k", opt->k, "Size of the set (at least 1, at most the candidates)")
        ->check(whole_number_at_most(max_count))
        ->required();
    cmd->add_option("--goal", opt->goal, "fragment (KPP-Neg) or reach (KPP-Pos)")
        ->check(CLI::IsMember({"fragment", "reach"}))
        ->capture_default_str();
    cmd->add_option("--radius", opt->radius, "reach: steps within which an actor counts as reached")
        ->check(whole_number_at_most(max_count))
        ->capture_default_str();
    cmd->add_option("--region", opt->regions,
                    "Search inside this region (its actors and those of the regions below it); repeat\n"
                    "for more. Default: the whole network '*'")
        ->type_name("ID");
    cmd->add_option("--candidates", opt->candidates, "Only actors of this role or sector may be chosen")
        ->type_name("ROLE|SECTOR");
    AnalysisFlags flags = AnalysisFlags::graph_only();
    flags.seed = "Seed of the random restarts (same seed, same answer)";
    add_analysis_options(cmd, opt->analysis, flags);
    cmd->add_option("--restarts", opt->restarts, "Local searches: the greedy set and random sets")
        ->check(whole_number_at_most(max_count))
        ->capture_default_str();
    add_output_options(cmd, opt->out, {.formats = {"table", "csv", "json"}, .wide = false});
    add_selection_options(cmd, opt->selection);
    cmd->callback([opt] { run_keyplayers(*opt); });
}

}  // namespace ecosys::cli
