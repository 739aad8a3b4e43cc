#include "cli/selection_options.hpp"

#include <iostream>

#include "cli/common.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

Selection SelectionGiven::selection(const GraphOptions& graph) const {
    Selection s = parts;
    s.sectors = detail::split_list(sectors);
    if (!years.empty()) s.years = parse_year_window(years);
    s.graph = graph;
    if (s.keep_isolates && years.empty()) throw UsageError("--keep-isolates goes with --years (the actors whose ties all fall outside the window)");
    if (s.exact_region && s.region.empty()) throw UsageError("--exact-region goes with --select-region");
    return s;
}

void add_selection_options(CLI::App* cmd, SelectionGiven& given, bool short_names) {
    const std::string group = "Selection: analyse only part of the network (docs/selection.md)";
    cmd->add_option(short_names ? "--region,--select-region" : "--select-region", given.parts.region,
                    "Only the actors of this region and of the regions inside it")
        ->type_name("ID")
        ->group(group);
    cmd->add_flag("--exact-region", given.parts.exact_region, "With --select-region: not those of the regions inside it")->group(group);
    cmd->add_option("--sector", given.sectors, "Only the actors of these sectors, comma-separated")->type_name("LIST")->group(group);
    const bool has_years = cmd->get_option_no_throw("--years") != nullptr;
    cmd->add_option(has_years ? "--select-years" : "--years,--select-years", given.years,
                    "Only the ties and projects dated in this inclusive window (A- and -B are open;\n"
                    "undated ones stay), and the actors with one of them or with none at all")
        ->type_name("A-B")
        ->group(group);
    cmd->add_flag("--fiscal-years", given.parts.fiscal_years,
                  "Count Japanese fiscal years (年度, April to March): ties and projects dated by day\n"
                  "(\"date\": \"YYYY-MM-DD\") move to their fiscal year before --years, windows,\n"
                  "--by year and every other use of years; a bare year is taken as a fiscal year")
        ->group(group);
    cmd->add_flag("--keep-isolates", given.parts.keep_isolates,
                  "With --years: keep the actors whose ties and projects all fall outside the window")
        ->group(group);
    cmd->add_option("--ego", given.parts.ego, "Only the actors within --ego-radius steps of this actor")->type_name("ACTOR")->group(group);
    cmd->add_option(short_names ? "--radius,--ego-radius" : "--ego-radius", given.parts.ego_radius, "Steps from the --ego actor")
        ->check(whole_number_at_most(max_count))
        ->capture_default_str()
        ->group(group);
    cmd->add_option("--k-core", given.parts.k_core, "Only the actors of the K-core (core number >= K)")
        ->type_name("K")
        ->check(whole_number_at_most(max_count))
        ->group(group);
    cmd->add_flag("--giant", given.parts.giant, "Only the largest connected component")->group(group);
    cmd->add_flag("--drop-isolates", given.parts.drop_isolates, "Leave out the actors without any tie")->group(group);
}

Network selected_network(const Network& network, bool quiet, const Selection& selection) {
    SelectionResult selected = apply_selection(network, selection);
    if (!quiet)
        for (const std::string& note : selected.notes) std::cerr << "ecosys: note: " << detail::visible(note) << '\n';
    const std::string what = "[" + selection.describe(default_language()) + "]";  // --lang has set it (common.hpp)
    selected.network.name = network.name.empty() ? what : network.name + " " + what;
    return std::move(selected.network);
}

LoadResult load_selected(const std::string& path, bool quiet, const Selection& selection) {
    LoadResult loaded = load(path, quiet);
    if (selection.empty()) return loaded;
    loaded.network = selected_network(loaded.network, quiet, selection);
    return loaded;
}

}  // namespace ecosys::cli
