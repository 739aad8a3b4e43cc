#include "cli/graph_options.hpp"

#include "ecosys/error.hpp"

namespace ecosys::cli {

GraphOptions GraphOptionsGiven::graph_options() const {
    GraphOptions options;
    options.projects = !no_projects;
    options.project_weighting = parse_project_weighting(project_weighting);
    return options;
}

void add_graph_options(CLI::App* cmd, GraphOptionsGiven& given) {
    const std::string group = "Projects";
    cmd->add_option("--project-weighting", given.project_weighting,
                    "Weight of the ties projects stand for (each pair of a project's participants is\n"
                    "tied): 'count' = the number of projects the pair shares; 'newman' = each\n"
                    "project of k participants adds 1/(k-1) (Newman 2001)")
        ->check(CLI::Validator(
            [](std::string& value) -> std::string {
                try {
                    (void)parse_project_weighting(value);
                    return {};
                } catch (const Error& e) {
                    return e.what();
                }
            },
            "count|newman"))
        ->capture_default_str()
        ->group(group);
    cmd->add_flag("--no-projects", given.no_projects, "Leave projects out: analyse the network's ties only")->group(group);
}

}  // namespace ecosys::cli
