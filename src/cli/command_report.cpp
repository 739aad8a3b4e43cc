// ecosys report NETWORK: the whole analysis as one self-contained HTML file.

#include <filesystem>
#include <iostream>
#include <optional>
#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/selection_options.hpp"
#include "cli/progress_line.hpp"
#include "cli/graph_options.hpp"
#include "util/text.hpp"
#include "ecosys/io/output_file.hpp"
#include "ecosys/render/diagram.hpp"
#include "ecosys/compare/diff.hpp"
#include "ecosys/report/report.hpp"

namespace ecosys::cli {

namespace {

struct ReportCommandOptions {
    bool no_explorer = false;
    std::string path;
    std::string output = ECOSYS_OUTPUT_DIR "/report.html";
    AnalysisGiven analysis;
    std::string layout = "auto";
    SelectionGiven selection;
    bool quiet = false;
    std::string lang;
    bool era = false;
    bool stats = false;
    std::string change_from;
    std::size_t max_diagram_actors = ReportOptions{}.max_diagram_actors;
};

/// "2014-2018", "2014-", "-2018" or "2014": a window of years, not a file name.
bool is_year_window(const std::string& text) {
    return !text.empty() && text.find_first_not_of("0123456789-") == std::string::npos &&
           text.find_first_of("0123456789") != std::string::npos;
}

/// The command for the Methods section: as it ran (every option given, quoted for the
/// shell; invocation()), and the settings left at their defaults or taken from the
/// environment written out, so that it gives the same report wherever and with whatever
/// version it is run again.
std::string methods_command(const CLI::App& cmd, const ReportCommandOptions& opt, const ReportOptions& options) {
    std::vector<std::pair<std::string, std::string>> settings;
    const auto unless_given = [&](const std::string& name, const std::string& value) {
        if (cmd.count(name) == 0) settings.emplace_back(name, value);
    };
    unless_given("--seed", std::to_string(options.analysis.seed));
    unless_given("--samples", std::to_string(options.analysis.samples));
    unless_given("--permutations", std::to_string(options.analysis.ei_permutations));
    unless_given("--layout", opt.layout);
    if (options.analysis.graph.projects) unless_given("--project-weighting", opt.analysis.graph.project_weighting);
    unless_given("--max-diagram-actors", std::to_string(opt.max_diagram_actors));
    unless_given("--lang", std::string(to_string(options.language)));  // ECOSYS_LANG or English
    return invocation_with(settings);
}

void run_report(const ReportCommandOptions& opt, const CLI::App& cmd) {
    ReportOptions options;
    options.engine = render::parse_engine(opt.layout);  // usage errors before any loading
    options.analysis = opt.analysis.analysis();
    // As compare: betweenness of a scope of some 10^5 actors and 10^6 ties from sampled
    // sources, said in the report (docs/metrics.md, "Betweenness of very large scopes").
    options.analysis.sampled_betweenness_limit = large_scope_limit;
    options.explorer = !opt.no_explorer;
    options.language = language_of(opt.lang);
    options.era = opt.era;
    options.fiscal_years = opt.selection.parts.fiscal_years;
    if (opt.era && options.language != Language::ja) throw UsageError("--era writes years by Japanese era: add --lang ja");
    options.max_diagram_actors = opt.max_diagram_actors;

    const Selection selection = opt.selection.selection(options.analysis.graph);
    // Reading, the change and the checksums show on a progress line of their own: they
    // cannot stop halfway, so Ctrl-C ends them at once, as before (no CommandProgress yet).
    std::optional<ProgressLine> reading(std::in_place, opt.quiet);
    const auto step = [&](std::string_view name, auto f) {
        reading->update(name, 0, 1);
        auto result = f();
        reading->update(name, 1, 1);
        return result;
    };
    const LoadResult loaded = step("report: reading the network", [&] { return load_selected(opt.path, opt.quiet, selection); });
    // A valid but empty network is a problem of the data (exit 1), not of the options.
    if (loaded.network.actors.empty())
        throw ValidationError({opt.path, 0, 0}, "the network has no actors: there is nothing to report");
    // --change-from: the earlier period of the same file, or an earlier file.
    std::optional<NetworkDiff> change;
    if (!opt.change_from.empty()) {
        const bool window = is_year_window(opt.change_from) && !std::filesystem::exists(opt.change_from);
        Selection earlier = selection;
        if (window) earlier.years = parse_year_window(opt.change_from, "--change-from");
        const Network before = step("report: reading the earlier network", [&] {
            return load_selected(window ? opt.path : opt.change_from, opt.quiet, earlier).network;
        });
        const std::string before_label =
            window ? opt.change_from : std::filesystem::path(opt.change_from).filename().string();
        const std::string after_label = window ? (selection.years ? selection.years->to_string() : std::string("all years"))
                                               : std::filesystem::path(opt.path).filename().string();
        change = step("report: change", [&] { return report_change(before, loaded.network, before_label, after_label, options); });
        options.change = &*change;
    }
    options.inputs = step("report: input checksums", [&] { return describe_input(opt.path); });
    reading.reset();
    CommandProgress progress(opt.quiet);
    // The command as it ran, every option included (--region-attr, --default-sector, a
    // selection ...), and the defaults it used, so that the Methods section can be pasted
    // to run it again.
    options.command = methods_command(cmd, opt, options);
    options.analysis.progress = progress.progress();
    AnalysisCache cache(loaded.network, options.analysis);
    options.cache = &cache;
    Report report;
    progress.run([&] { report = build_report(loaded.network, options); });
    if (opt.stats) std::cerr << cache.stats_text();
    if (!opt.quiet) {
        for (const std::string& note : report.notes) std::cerr << "ecosys: note: " << detail::visible(note) << '\n';
        for (const std::string& note : cache.notes()) std::cerr << "ecosys: note: " << detail::visible(note) << '\n';
    }
    progress.stage("report: writing", 0, 1);
    emit(report.html, opt.output);
    progress.stage("report: writing", 1, 1);
    if (!opt.quiet && opt.output != "-") std::cerr << "ecosys: wrote " << detail::visible(opt.output) << '\n';
}

}  // namespace

void setup_report(CLI::App& app) {
    auto opt = std::make_shared<ReportCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "report",
        "The whole analysis as one HTML file that works offline and stands alone: the overview\n"
        "diagram, the regions compared (a table sortable by clicking a column, with ranks and\n"
        "size-adjusted z-scores), charts of the key metrics across regions, one section per\n"
        "region (its diagram, top brokers with their roles, sector mix, sector-to-sector\n"
        "ties) and a methods section (input checksums, version, parameters, seeds,\n"
        "definitions). Open it in any browser; nothing is fetched. docs/report.md.");
    add_network_argument(cmd, opt->path);
    add_output_option(cmd, opt->output, "HTML file to write (atomically); '-' for stdout")->capture_default_str();
    AnalysisFlags flags;
    flags.weighted = "Metrics use tie weights (as `ecosys metrics --weighted`)";
    flags.directed =
        "Metrics read tie direction (as `ecosys metrics --directed`): directed ties one way,\n"
        "undirected ties both ways";
    flags.samples = "Random graphs per region for the z-scores (0: none)";
    flags.seed = "Seed of communities, layouts, E-I test and random graphs";
    flags.threads = "Worker threads of the path metrics; 0 = one per hardware thread";
    add_analysis_options(cmd, opt->analysis, flags);
    cmd->add_option("--permutations", opt->analysis.values.ei_permutations, "Permutations of the E-I test (0: no test)")
        ->check(whole_number_at_most(max_permutations))->capture_default_str();
    cmd->add_option("--layout", opt->layout, "Layout of the diagrams: auto, dot, neato, fdp, sfdp, circo or twopi")
        ->capture_default_str();
    add_selection_options(cmd, opt->selection);
    cmd->add_option("--change-from", opt->change_from,
                    "Add a Change section: what changed from this earlier network file, or from this\n"
                    "earlier period of the same file (e.g. --years 2019-2022 --change-from 2014-2018),\n"
                    "as `ecosys diff` reports it (docs/diff.md)")
        ->type_name("FILE|A-B");
    add_language_option(cmd, opt->lang);
    cmd->add_flag("--era", opt->era, "With --lang ja: years by era, 令和元年 (年度 with --fiscal-years)");
    cmd->add_option("--max-diagram-actors", opt->max_diagram_actors,
                    "Leave out (saying so) the diagrams of more actors: illegible on a page, they add about\n"
                    "1.5 kB an actor to it and their layout takes minutes; 0 draws every one")
        ->check(whole_number_at_most(max_count))
        ->capture_default_str();
    cmd->add_flag("--no-explorer", opt->no_explorer,
                  "Leave out the interactive explorer (its data and libraries add about 300 kB plus the network)");
    cmd->add_flag("--stats", opt->stats, "Print to stderr how often each kernel ran and its time");
    add_quiet_flag(cmd, opt->quiet, "Do not print warnings, notes, nor the progress of long steps");
    cmd->callback([opt, cmd] { run_report(*opt, *cmd); });
}

}  // namespace ecosys::cli
