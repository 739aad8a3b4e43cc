// ecosys explore NETWORK -o FILE.html: the network in one self-contained page to
// explore in a browser, offline (docs/explorer.md).

#include <memory>
#include <optional>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/progress_line.hpp"
#include "cli/selection_options.hpp"
#include "ecosys/render/diagram.hpp"
#include "ecosys/report/explorer.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

namespace {

struct ExploreCommandOptions {
    std::string path;
    std::string size_by = "betweenness";
    std::uint64_t max_ties = 200'000;
    bool no_regions = false;
    std::string title;
    AnalysisGiven analysis;
    SelectionGiven selection;
    std::string output;
    bool quiet = false;
    std::string lang;
    bool era = false;
};

void run_explore_command(const ExploreCommandOptions& opt) {
    require_explorer();
    ExplorerOptions options;
    options.size_by = opt.size_by;
    options.max_ties = opt.max_ties;
    options.regions = !opt.no_regions;
    options.title = opt.title;
    options.language = language_of(opt.lang);
    options.era = opt.era;
    options.fiscal_years = opt.selection.parts.fiscal_years;
    if (opt.era && options.language != Language::ja) throw UsageError("--era writes years by Japanese era: add --lang ja");
    AnalysisOptions analysis = opt.analysis.analysis();
    CommandProgress progress(opt.quiet);
    analysis.progress = progress.progress();
    std::string page;
    std::vector<std::string> notes;
    progress.run([&] {
        LoadResult loaded = load_selected(opt.path, opt.quiet, opt.selection.selection(analysis.graph));
        AnalysisCache cache(loaded.network, analysis);
        const Explorer explorer = build_explorer(cache, options);
        notes = explorer.notes;
        page = explorer_page(explorer, options.title.empty() ? loaded.network.name : options.title);
    });
    emit(page, opt.output);
    if (!opt.quiet)
        for (const std::string& note : notes) std::cerr << "ecosys: note: " << detail::visible(note) << '\n';
}

}  // namespace

void setup_explore(CLI::App& app) {
    auto opt = std::make_shared<ExploreCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "explore",
        "Writes the network as one HTML page to explore in a browser, offline: actors at the\n"
        "positions of the diagrams, coloured and shaped by sector; search by id or name; filters\n"
        "by sector, region, tie type and years (a timeline that replays growth); a k-core slider;\n"
        "size by any actor metric; click an actor for its metrics (as `ecosys metrics` prints them)\n"
        "and its ego network; the view saved as SVG or PNG. docs/explorer.md.");
    add_network_argument(cmd, opt->path);
    add_output_option(cmd, opt->output, "Write the page to FILE (atomically) instead of standard output")
        ->type_name("FILE.html");
    cmd->add_option("--size-by", opt->size_by,
                    "Actor size when the page opens (the page offers every metric): " +
                        wrapped_keys(render::size_by_keys()))
        ->capture_default_str();
    cmd->add_option("--max-ties", opt->max_ties,
                    "Draw at most N ties (the ties of a pair of one type and year are one); beyond it the\n"
                    "lightest are left out and the page says so. Metrics always count every tie")
        ->check(whole_number_at_most(max_count))
        ->capture_default_str();
    cmd->add_flag("--no-regions", opt->no_regions,
                  "No region views (each region's own actors with `metrics --scope region` values)");
    cmd->add_option("--title", opt->title, "The page's title (default: the network's name)");
    add_language_option(cmd, opt->lang);
    cmd->add_flag("--era", opt->era, "With --lang ja: years by era, 令和元年 (年度 with --fiscal-years)");
    add_analysis_options(cmd, opt->analysis, "the layout and the communities");
    add_community_options(cmd, opt->analysis.community);
    add_selection_options(cmd, opt->selection);
    add_quiet_flag(cmd, opt->quiet, "Do not print warnings about the input, nor progress");
    cmd->callback([opt] { run_explore_command(*opt); });
}

}  // namespace ecosys::cli
