// ecosys extract IN OUT: a sub-network (a region, sectors, years, the giant
// component, a k-core, an ego network) written in any format convert writes.

#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/graph_options.hpp"
#include "cli/network_output.hpp"
#include "cli/selection_options.hpp"

namespace ecosys::cli {

namespace {

struct ExtractOptions {
    std::string input, output;
    NetworkOutput out;
    SelectionGiven selection;
    GraphOptionsGiven graph;
    bool quiet = false;
};

void run_extract(const ExtractOptions& opt) {
    NetworkOutput out = opt.out;
    out.path = opt.output;
    out.check();  // bad usage before any reading
    const Selection selection = opt.selection.selection(opt.graph.graph_options());
    LoadResult loaded = load_selected(opt.input, opt.quiet, selection);
    out.write(loaded.network, opt.quiet);
}

}  // namespace

void setup_extract(CLI::App& app) {
    auto opt = std::make_shared<ExtractOptions>();
    CLI::App* cmd = app.add_subcommand(
        "extract",
        "Write part of a network: the actors of a region (--region), of some sectors\n"
        "(--sector), the ties and projects of some years (--years), the largest component\n"
        "(--giant), a k-core (--k-core), an actor's neighbourhood (--ego, --radius), without\n"
        "isolates (--drop-isolates). The options combine (an actor must pass them all); the\n"
        "output keeps names, attributes, projects (restricted to the kept participants) and\n"
        "every sector and region declaration. Every analysis command takes the same options\n"
        "(--select-region for --region, --ego-radius for --radius). docs/selection.md.\n"
        "The output format follows OUT's extension (none: a CSV folder) or --format.");
    cmd->add_option("IN", opt->input, "Network to read (any format; see --input-format)")->required();
    cmd->add_option("OUT", opt->output, "File or folder to write ('-': standard output, with --format)")->required();
    add_selection_options(cmd, opt->selection, true);
    add_graph_options(cmd, opt->graph);
    add_network_output_options(cmd, opt->out);
    add_quiet_flag(cmd, opt->quiet, "Do not print warnings, notes or the summary line");
    cmd->footer("Projects: --no-projects and --project-weighting say how projects tie actors for --ego, --k-core,\n"
                "--giant and --drop-isolates (as in the analyses); the projects themselves are always written.");
    cmd->callback([opt] { run_extract(*opt); });
}

}  // namespace ecosys::cli
