// ecosys import-projects FILE --project-col C --actor-col C ...: a participation
// table (one row per actor per project) into a network of actors and projects.

#include <iostream>
#include <memory>
#include <optional>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/input_files.hpp"
#include "cli/input_options.hpp"
#include "cli/network_output.hpp"
#include "ecosys/io/participation_table.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

namespace {

struct ImportProjectsOptions {
    std::vector<std::string> paths;
    std::vector<std::string> programme_tables;
    std::string currency;
    ParticipationColumns columns;
    std::optional<std::string> na_values;  ///< comma-separated; unset: the default list
    bool ties = false;
    std::string name;
    NetworkOutput out{"-", "", false, false};
    bool quiet = false;
};

void run_import_projects(const ImportProjectsOptions& opt) {
    opt.out.check();
    ParticipationOptions options;
    options.columns = opt.columns;
    options.co_participation_ties = opt.ties;
    options.name = opt.name;
    if (opt.na_values) options.na_values = detail::split_list(*opt.na_values);
    const ImportOptions& input = input_options();
    options.sector_map = input.sector_map;
    options.default_sector = input.default_sector;
    std::vector<std::filesystem::path> paths;
    for (const std::string& p : opt.paths) {
        remember_input(p);
        paths.emplace_back(p);
    }
    for (const std::string& p : opt.programme_tables) {
        remember_input(p);
        options.programme_tables.emplace_back(p);
    }
    options.currency = opt.currency;
    LoadResult loaded = load_participation_tables(paths, options);
    if (!opt.quiet)
        for (const Diagnostic& w : loaded.warnings) std::cerr << w.to_string() << '\n';
    opt.out.write(loaded.network, opt.quiet);
}

}  // namespace

void setup_import_projects(CLI::App& app) {
    auto opt = std::make_shared<ImportProjectsOptions>();
    CLI::App* cmd = app.add_subcommand(
        "import-projects",
        "Read a participation table (CSV, one row per actor per project, as funding agencies publish it) into\n"
        "actors and projects. Map raw organisation types to sectors with --sector-map FILE (columns value,sector).\n"
        "Example: ecosys import-projects participations.csv --project-col rcn --actor-col pic --sector-col type\n"
        "         --region-col country --year-col start_year --role-col role --sector-map cordis.csv -o h2020.json");
    cmd->add_option("FILE", opt->paths,
                    "The participation table (CSV with a header row); several (e.g. two periods) are read as one")
        ->required();
    cmd->add_option("--project-col", opt->columns.project, "Column holding the project id")->required();
    cmd->add_option("--actor-col", opt->columns.actor, "Column holding the actor (organisation) id")->required();
    cmd->add_option("--name-col", opt->columns.actor_name, "Column holding the actor name");
    cmd->add_option("--sector-col", opt->columns.sector, "Column holding the actor type: a sector, or a value of --sector-map");
    cmd->add_option("--region-col", opt->columns.region, "Column holding the actor region (e.g. country)");
    cmd->add_option("--year-col", opt->columns.year, "Column holding the project year");
    cmd->add_option("--role-col", opt->columns.role, "Column holding the actor's role in the project (counted per actor)");
    cmd->add_option("--project-name-col", opt->columns.project_name, "Column holding the project name");
    cmd->add_option("--project-type-col", opt->columns.project_type, "Column holding the project type");
    cmd->add_option("--end-year-col", opt->columns.end_year, "Column holding the year the project ended");
    cmd->add_option("--funding-col", opt->columns.funding,
                    "Column holding the actor's funding in the project (e.g. CORDIS's contribution; NA = not known)");
    cmd->add_option("--programme-col", opt->columns.programme,
                    "Column holding the project's programme (in --programme-table when given, e.g. programme_part)");
    cmd->add_option("--programme-table", opt->programme_tables,
                    "A table of one row per project and programme (columns --project-col and --programme-col),\n"
                    "e.g. CORDIS's programme_parts.csv; repeatable. A project's first row wins")
        ->type_name("FILE");
    cmd->add_option("--currency", opt->currency, "The currency of --funding-col, e.g. EUR (the network's \"currency\")");
    cmd->add_option("--topic-col", opt->columns.topic,
                    "Column holding a project topic (several separated by ';'): each actor gets the attribute\n"
                    "'topics' {topic: first year}, for match --topics and links --evaluate");
    cmd->add_option("--actor-attr", opt->columns.actor_attributes, "Other per-actor column to keep as an attribute (repeatable)");
    cmd->add_option("--na-values", opt->na_values,
                    "Cell values read as missing besides empty cells, comma-separated (default NA,N/A,n/a,null,NULL;\n"
                    "--na-values '' keeps every value, e.g. when NA is Namibia's country code)");
    cmd->add_flag("--ties", opt->ties, "Also add a co_participation tie per pair of actors sharing projects, weight = shared projects");
    cmd->add_option("--name", opt->name, "Name of the network (default: the file name)");
    add_output_option(cmd, opt->out.path, "File or folder to write; '-' (the default) writes JSON to standard output");
    add_network_output_options(cmd, opt->out);
    add_quiet_flag(cmd, opt->quiet, "Do not print warnings or the summary line");
    cmd->footer("--sector-map FILE and --default-sector are the main program's options (see ecosys --help, docs/formats.md)");
    cmd->callback([opt] {
        ImportProjectsOptions o = *opt;
        if (o.out.format.empty() && o.out.path == "-") o.out.format = "json";
        run_import_projects(o);
    });
}

}  // namespace ecosys::cli
