// ecosys whatif NETWORK: every region metric before and after removing actors, ties
// or projects, with what the removal cut off; or, with --each-role / --each-actor,
// each actor's removal alone ranked by the fragmentation it would leave.

#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/selection_options.hpp"
#include "cli/graph_options.hpp"
#include "ecosys/analysis/whatif.hpp"
#include "ecosys/output/whatif_writer.hpp"
#include "ecosys/error.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

namespace {

struct WhatIfCommandOptions {
    std::string path;
    std::string remove_actors, remove_projects;
    Removal removal;
    int after_year = 0;
    bool after_year_given = false;
    std::vector<std::string> regions;
    std::vector<std::string> pair;
    std::string each_role;
    bool each_actor = false;
    bool each_project = false;
    std::size_t top = 0;
    AnalysisGiven analysis;
    OutputGiven out;
    SelectionGiven selection;
};

void run_whatif(WhatIfCommandOptions opt) {
    const Language language = opt.out.tables_language();  // usage errors before any work
    opt.removal.actors = detail::split_list(opt.remove_actors);
    opt.removal.projects = detail::split_list(opt.remove_projects);
    if (opt.after_year_given) opt.removal.after_year = opt.after_year;
    const bool each = !opt.each_role.empty() || opt.each_actor || opt.each_project;
    if (each && !opt.removal.empty())
        throw UsageError("--each-role and --each-actor remove one actor at a time; drop the --remove-* and --after-year options");
    if (each && !opt.pair.empty()) throw UsageError("--pair does not combine with --each-role or --each-actor");
    if ((!opt.each_role.empty()) + opt.each_actor + opt.each_project > 1)
        throw UsageError("give one of --each-role, --each-actor and --each-project");

    const AnalysisOptions analysis = opt.analysis.analysis();
    LoadResult loaded = load_selected(opt.path, opt.out.quiet, opt.selection.selection(analysis.graph));
    if (each) {
        AnalysisCache cache(loaded.network, analysis);
        const DependenceReport report = opt.each_project ? compute_project_dependence(cache, opt.regions, opt.top)
                                                         : compute_dependence(cache, opt.each_role, opt.regions, opt.top);
        opt.out.write({.json = [&] { return format_dependence_json(report); },
                       .csv = [&] { return format_dependence_csv(report); },
                       .markdown = [&] { return format_dependence_markdown(report, language); },
                       .table = [&] { return format_dependence_table(report, opt.out.wide, language); }});
        return;
    }
    WhatIfOptions options;
    options.removal = opt.removal;
    options.regions = opt.regions;
    if (!opt.pair.empty()) options.pair = std::make_pair(opt.pair[0], opt.pair[1]);
    options.analysis = analysis;
    const WhatIfReport report = compute_whatif(loaded.network, options);
    opt.out.write({.json = [&] { return format_whatif_json(report); },
                   .csv = [&] { return format_whatif_csv(report); },
                   .markdown = [&] { return format_whatif_markdown(report, language); },
                   .table = [&] { return format_whatif_table(report, language); }});
}

}  // namespace

void setup_whatif(CLI::App& app) {
    auto opt = std::make_shared<WhatIfCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "whatif",
        "What if actors, ties or projects go (a coordinator leaves, a program ends)? Every\n"
        "region metric of each region and of the whole network '*' before and after, with\n"
        "the change; the actors cut off from their region's largest component; fragmentation\n"
        "(share of actor pairs with no path); sector pairs that lose their last tie; each\n"
        "region's edge connectivity (Stoer-Wagner min cut, the cut listed). The --remove-*\n"
        "options combine. --each-role ROLE / --each-actor instead remove one actor at a\n"
        "time and rank them by the fragmentation they would leave. Definitions: docs/whatif.md.");
    add_network_argument(cmd, opt->path);
    cmd->add_option("--remove-actors", opt->remove_actors,
                    "These actors, comma-separated ids (an id holding a comma in double quotes, CSV-style:\n"
                    "--remove-actors '\"NEWMAN, M\",smith')")->type_name("ID,...");
    cmd->add_option("--remove-role", opt->removal.role, "Every actor of this role (e.g. regional_coordinator)")
        ->type_name("ROLE");
    cmd->add_option("--remove-kind", opt->removal.kind, "Every actor of this kind")->type_name("KIND");
    cmd->add_option("--remove-sector", opt->removal.sector, "Every actor of this sector")->type_name("SECTOR");
    cmd->add_option("--remove-tie-type", opt->removal.tie_type, "Every tie of this type (e.g. council)")->type_name("TYPE");
    cmd->add_option("--remove-project", opt->remove_projects, "These projects (the ties they stand for), comma-separated")
        ->type_name("ID,...");
    cmd->add_option("--remove-project-type", opt->removal.project_type, "Every project of this type")->type_name("T");
    cmd->add_option("--after-year", opt->after_year,
                    "Every tie and project dated after year Y (undated ones stay): the network as it\n"
                    "stood when a program ended in Y")
        ->type_name("Y")
        ->each([opt](const std::string&) { opt->after_year_given = true; });
    cmd->add_option("--region", opt->regions, "Report only this region (repeat for more); '*' is always reported")
        ->type_name("ID");
    cmd->add_option("--pair", opt->pair, "Count the actor-disjoint paths between two actors, before and after")
        ->expected(2)
        ->type_name("A B");
    cmd->add_option("--each-role", opt->each_role, "Remove each actor of this role alone and rank them per region")
        ->type_name("ROLE");
    cmd->add_flag("--each-actor", opt->each_actor, "Remove each actor alone and rank them per region");
    cmd->add_flag("--each-project", opt->each_project, "Remove each project alone (the ties it stands for) and rank them per region");
    cmd->add_option("--top", opt->top, "With --each-*: keep the N most damaging per region (0 = all)")
        ->check(whole_number_at_most(max_count))
        ->capture_default_str();
    AnalysisFlags flags;
    flags.weighted = "Use tie weights as strengths in the metrics (as in 'metrics')";
    flags.directed.clear();
    flags.threads.clear();
    flags.seed = "Seed of Louvain and of the E-I permutation test";
    add_analysis_options(cmd, opt->analysis, flags);
    cmd->add_option("--permutations", opt->analysis.values.ei_permutations, "Permutations of the E-I test (ei_p_value)")
        ->check(whole_number_at_most(max_permutations))->capture_default_str();
    add_output_options(cmd, opt->out, {});
    add_selection_options(cmd, opt->selection);
    cmd->callback([opt] { run_whatif(*opt); });
}

}  // namespace ecosys::cli
