#include "removal_api.hpp"

#include <utility>
#include <vector>

#include "convert.hpp"
#include "ecosys/counts.hpp"
#include "ecosys/analysis/key_players_report.hpp"
#include "ecosys/output/key_players_writer.hpp"
#include "ecosys/analysis/whatif.hpp"
#include "ecosys/output/whatif_writer.hpp"
#include "ecosys/error.hpp"

namespace ecosys::python {

py::object whatif(NetworkHandle& h, const WhatIfArgs& args) {
    Removal removal;
    removal.actors = string_list(args.remove_actors, "remove_actors", true);
    removal.role = args.remove_role.value_or("");
    removal.kind = args.remove_kind.value_or("");
    removal.sector = args.remove_sector.value_or("");
    removal.tie_type = args.remove_tie_type.value_or("");
    removal.projects = string_list(args.remove_projects, "remove_projects", true);
    removal.project_type = args.remove_project_type.value_or("");
    removal.after_year = args.after_year;
    const std::vector<std::string> pair = string_list(args.pair, "pair");
    const bool each = args.each_role.has_value() || args.each_actor || args.each_project;
    // The command line's rules, in the arguments' names.
    if (each && !removal.empty())
        throw UsageError("each_role, each_actor and each_project remove one actor (or project) at a time; drop the "
                         "remove_* and after_year arguments");
    if (each && !pair.empty()) throw UsageError("pair does not combine with each_role, each_actor or each_project");
    if (args.each_role.has_value() + args.each_actor + args.each_project > 1)
        throw UsageError("give one of each_role, each_actor and each_project");
    if (!each && removal.empty())
        throw UsageError("whatif() needs something to remove (remove_actors=, remove_role=, remove_kind=, remove_sector=, "
                         "remove_tie_type=, remove_projects=, remove_project_type=, after_year=) or one of each_role=, "
                         "each_actor=True, each_project=True");
    if (!pair.empty() && pair.size() != 2)
        throw UsageError("pair expects two actor ids, e.g. pair=('a', 'b'); got " + std::to_string(pair.size()));

    const AnalysisOptions analysis = args.analysis.options();
    require_at_most(args.top, max_count, "top");
    const std::vector<std::string> regions = string_list(args.region, "region");

    std::string document;
    h.with_cache(analysis, [&](AnalysisCache& cache) {
        if (each) {
            const DependenceReport report =
                args.each_project ? compute_project_dependence(cache, regions, args.top)
                                  : compute_dependence(cache, args.each_role.value_or(""), regions, args.top);
            document = format_dependence_json(report);
            return;
        }
        WhatIfOptions options;
        options.removal = removal;
        options.regions = regions;
        if (!pair.empty()) options.pair = std::make_pair(pair[0], pair[1]);
        options.analysis = cache.options();  // its progress: Ctrl-C reaches both analyses
        document = whatif_to_json(compute_whatif(cache.network(), options)).dump();
    });
    return to_python(nlohmann::ordered_json::parse(document));
}

py::object keyplayers(NetworkHandle& h, const KeyPlayersArgs& args) {
    KeyPlayersRequest request;
    if (args.goal == "fragment") request.goal = KeyPlayerGoal::fragment;
    else if (args.goal == "reach") request.goal = KeyPlayerGoal::reach;
    else throw UsageError("unknown goal '" + args.goal + "'; expected fragment or reach");
    require_at_most(args.k, max_count, "k");
    require_at_most(args.radius, max_count, "radius");
    require_at_most(args.restarts, max_count, "restarts");
    request.k = args.k;
    request.radius = args.radius;
    request.regions = string_list(args.region, "region");
    request.candidates = args.candidates.value_or("");
    request.restarts = args.restarts;
    nlohmann::ordered_json document;
    h.with_cache(args.analysis.options(), [&](AnalysisCache& cache) { document = key_players_to_json(compute_key_players(cache, request)); });
    return to_python(document);
}

}  // namespace ecosys::python
