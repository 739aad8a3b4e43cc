// ecosys compare PATH...: regions (or networks, or year snapshots) side by side, with
// ranks and size-adjusted z-scores, as a table, CSV, JSON or Markdown.

#include <algorithm>
#include <charconv>
#include <iostream>
#include <filesystem>
#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/launch.hpp"
#include "cli/selection_options.hpp"
#include "util/text.hpp"
#include "cli/progress_line.hpp"
#include "cli/graph_options.hpp"
#include "ecosys/analysis/network_summary.hpp"
#include "ecosys/compare/comparison.hpp"
#include "ecosys/output/comparison_writer.hpp"
#include "ecosys/error.hpp"

namespace ecosys::cli {

namespace {

struct CompareCommandOptions {
    std::vector<std::string> paths;
    std::string by;
    std::string years;
    std::string periods;
    int window = 0;
    bool cumulative = false;
    std::string region;
    std::string metrics;
    std::string sort;
    OutputGiven out;
    AnalysisGiven analysis;
    std::string cug;
    std::size_t cug_samples = 1000;
    SelectionGiven selection;
    bool no_whole = false;
    bool stats = false;
};

/// Says on stderr which windows hold no dated tie or project, and which years lie far
/// from all others (the usual cause: a mistyped year such as 2097 or 1980).
void note_empty_periods(const Network& network, const std::vector<Period>& periods, int window) {
    const std::vector<YearCount> years = counts_per_year(network);
    std::vector<std::string> empty;
    for (const Period& p : periods)
        if (std::none_of(years.begin(), years.end(), [&](const YearCount& y) { return p.years.contains(y.year); }))
            empty.push_back(p.label);
    if (empty.empty()) return;
    std::string list;
    for (std::size_t i = 0; i < empty.size() && i < 4; ++i) list += (i ? ", " : "") + empty[i];
    if (empty.size() > 4) list += ", ...";
    std::string far;
    for (const YearCount& y : outlying_years(years, window))
        far += (far.empty() ? "" : ", ") + std::to_string(y.year) + " (" + std::to_string(y.ties) + " ties, " +
               std::to_string(y.projects) + " projects)";
    std::cerr << "ecosys: note: " << empty.size() << " of " << periods.size() << " windows hold no dated tie or project (" << list
              << ")" << (far.empty() ? "" : "; these years lie more than " + std::to_string(window) + " years from any other: " + far +
                                                ". Check them, or compare only the years that matter with --select-years A-B")
              << "\n";
}

/// "2005,2010,2015" -> years; UsageError for anything else.
std::vector<int> parse_years(const std::string& text) {
    std::vector<int> years;
    std::string_view rest(text);
    while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        std::string_view item = rest.substr(0, comma);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        int year = 0;
        const auto [ptr, ec] = std::from_chars(item.data(), item.data() + item.size(), year);
        if (item.empty() || ec != std::errc() || ptr != item.data() + item.size())
            throw UsageError("--years expects years separated by commas, such as 2005,2010,2015; got '" + text + "'");
        years.push_back(year);
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
    }
    return years;
}

void run_compare(const CompareCommandOptions& opt) {
    const Language language = opt.out.tables_language();  // usage errors before any loading
    CompareOptions options;
    options.metrics = parse_compare_metrics(opt.metrics);  // usage errors before any loading
    options.region = opt.region;
    // --years takes snapshot years (2005,2010) for --by year, or a window (2005-2010,
    // 2005-, -2010) that selects, as on every command.
    SelectionGiven select = opt.selection;
    const bool years_window = opt.years.find('-') != std::string::npos;
    if (years_window) {
        if (!select.years.empty()) throw UsageError("--years " + opt.years + " and --select-years both give a window; give one");
        select.years = opt.years;
    } else if (!opt.years.empty()) {
        options.years = parse_years(opt.years);
    }
    const int period_options = (opt.window > 0) + !opt.periods.empty() + opt.cumulative;
    if (period_options > 1) throw UsageError("--cumulative, --window and --periods are different rows; give one of them");
    if (opt.window < 0) throw UsageError("--window expects a number of years >= 1; got " + std::to_string(opt.window));
    if (!opt.periods.empty()) options.periods = parse_periods(opt.periods);
    if ((opt.window > 0 || !opt.periods.empty()) && !options.years.empty())
        throw UsageError("--years " + opt.years + " gives snapshot years; --window and --periods give periods instead");
    if (opt.window > 0 || !opt.periods.empty()) {
        // --keep-isolates then applies to each period, not to a --years window.
        options.keep_isolates = select.parts.keep_isolates && select.years.empty();
        if (select.years.empty()) select.parts.keep_isolates = false;
    }
    options.metrics_options.analysis = opt.analysis.analysis();
    // Betweenness centralization of a scope of some 10^5 actors and 10^6 ties from sampled
    // sources: exact, it alone takes hours (docs/metrics.md, "Betweenness of very large scopes").
    options.metrics_options.analysis.sampled_betweenness_limit = large_scope_limit;
    const Selection selection = select.selection(options.metrics_options.analysis.graph);
    if (!opt.cug.empty()) options.cug = CugOptions{parse_cug_condition(opt.cug), opt.cug_samples, opt.analysis.values.seed};
    else if (opt.cug_samples != 1000) throw UsageError("--cug-samples needs --cug size|edges|dyads");
    options.include_whole = !opt.no_whole;

    const CompareBy by = opt.by.empty() ? (opt.paths.size() > 1 ? CompareBy::network : CompareBy::region)
                                        : parse_compare_by(opt.by);
    if (by != CompareBy::network && opt.paths.size() > 1)
        throw UsageError("--by " + std::string(to_string(by)) + " compares inside one network; got " +
                         std::to_string(opt.paths.size()) + " files (use --by network to compare files)");
    if (by == CompareBy::region && !opt.region.empty())
        throw UsageError("--region picks the region followed --by network or --by year; --by region compares them all");
    if (by != CompareBy::year && !options.years.empty()) throw UsageError("--years Y1,Y2,... needs --by year");
    if (by != CompareBy::year && (period_options > 0)) throw UsageError("--cumulative, --window and --periods need --by year");

    CommandProgress progress(opt.out.quiet);
    options.metrics_options.analysis.progress = progress.progress();

    Comparison comparison;
    std::string stats;
    progress.run([&] {
        if (by == CompareBy::network) {
            std::vector<Network> networks;
            std::vector<std::string> labels;
            for (const std::string& path : opt.paths) {
                networks.push_back(load_selected(path, opt.out.quiet, selection).network);
                labels.push_back(std::filesystem::path(path).filename().string());
            }
            comparison = compare_networks(networks, labels, options);
        } else {
            const LoadResult loaded = load_selected(opt.paths.front(), opt.out.quiet, selection);
            if (by == CompareBy::region) {
                AnalysisCache cache(loaded.network, options.metrics_options.analysis);
                comparison = compare_regions(cache, options);
                stats = cache.stats_text();
                if (!opt.out.quiet)
                    for (const std::string& note : cache.notes()) std::cerr << "ecosys: note: " << detail::visible(note) << '\n';
            } else {
                if (opt.window > 0) {
                    options.periods = window_periods(loaded.network, opt.window);
                    if (!opt.out.quiet) note_empty_periods(loaded.network, options.periods, opt.window);
                }
                comparison = compare_years(loaded.network, options);
            }
        }
    });
    if (opt.stats) {
        if (stats.empty()) std::cerr << "ecosys: --stats covers --by region (one network, one cache)\n";
        else std::cerr << stats << shared_work_stats();
    }
    if (!opt.sort.empty()) comparison.sort_by(opt.sort);
    comparison.fiscal_years = selection.fiscal_years;
    comparison.era = opt.out.language.era;

    opt.out.write({.json = [&] { return format_comparison_json(comparison); },
                   .csv = [&] { return format_comparison_csv(comparison, false); },
                   .markdown = [&] { return format_comparison_markdown(comparison, language); },
                   .table = [&] { return format_comparison_table(comparison, opt.out.wide, language); }});
}

}  // namespace

void setup_compare(CLI::App& app) {
    auto opt = std::make_shared<CompareCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "compare",
        "Regions side by side: one row per region of a network (--by region, the default\n"
        "for one file), per network file (--by network, the default for several) or per\n"
        "year snapshot (--by year: the ties and projects of that year or earlier; or per\n"
        "period with --window / --periods), the region metrics of `ecosys metrics` as\n"
        "columns with each value's rank (1 = highest).\n"
        "Clustering and path lengths, which grow or shrink with size alone, also get a\n"
        "z-score against random graphs with the same actors and degrees, so a region of 20\n"
        "actors can be compared with one of 300. Definitions: docs/metrics.md.");
    add_network_arguments(cmd, opt->paths);
    cmd->add_option("--by", opt->by, "What a row is: region, network or year")
        ->check(CLI::IsMember({"region", "network", "year"}));
    cmd->add_option("--years", opt->years,
                    "Snapshot years for --by year (default: every year a tie or project has); a\n"
                    "window A-B (A-, -B) instead selects the ties and projects of those years, as on\n"
                    "every command (--select-years)")
        ->type_name("Y1,Y2,...|A-B");
    cmd->add_flag("--cumulative", opt->cumulative,
                  "--by year: each row holds the ties and projects of its year or earlier (the default)");
    cmd->add_option("--window", opt->window,
                    "--by year: rows are non-overlapping periods of N years from the first year a tie\n"
                    "or project has; a period holds the ties and projects dated in it (and undated\n"
                    "ones) and the actors active in it (every actor with --keep-isolates)")
        ->type_name("N");
    cmd->add_option("--periods", opt->periods,
                    "--by year: rows are these periods, as --window's, e.g. 2002-2006,2007-2011 or\n"
                    "named: phase1=2002-2006,phase2=2007-2011")
        ->type_name("LIST");
    cmd->add_option("--region", opt->region,
                    "The region followed --by network or --by year (default: the whole network)")
        ->type_name("ID");
    cmd->add_option("--metrics", opt->metrics,
                    "Columns, comma-separated region metric keys: " + wrapped_keys(scalar_region_keys()) +
                        "\n(default: " + wrapped_keys(default_compare_keys()) + ")")
        ->type_name("LIST");
    cmd->add_option("--sort", opt->sort, "Order the rows by this metric, highest first (default: file order)")
        ->type_name("METRIC");
    add_output_options(cmd, opt->out, {.years = true, .quiet = "Do not print warnings about the input, nor the progress of long steps"});
    AnalysisFlags flags;
    flags.weighted = "Metrics use tie weights (as `ecosys metrics --weighted`)";
    flags.directed =
        "Metrics read tie direction (as `ecosys metrics --directed`); --metrics then takes\n"
        "reciprocity, in_degree_centralization and out_degree_centralization";
    flags.samples = "Random graphs per row for the z-scores (degree-preserving curveball trades); 0 = no z-scores";
    flags.seed = "Seed of the random graphs, Louvain and the E-I test (same seed, same output)";
    flags.threads = "Worker threads of the path metrics and the random graphs; 0 = one per hardware thread";
    add_analysis_options(cmd, opt->analysis, flags);
    add_community_options(cmd, opt->analysis.community, false);
    cmd->add_option("--cug", opt->cug,
                    "Also a conditional uniform graph test of every column that reads the ties alone: random graphs\n"
                    "on the region's actors holding its size (each pair tied with probability 1/2), its number of\n"
                    "edges, or its dyad census (directed); p = share at least / at most the observed (sna cug.test)")
        ->check(CLI::IsMember({"size", "edges", "dyads"}))
        ->type_name("size|edges|dyads");
    cmd->add_option("--cug-samples", opt->cug_samples, "Random graphs per row of the CUG test")
        ->check(whole_number_at_most(max_samples))
        ->capture_default_str();
    add_selection_options(cmd, opt->selection);
    cmd->add_flag("--no-whole", opt->no_whole, "--by region: leave out the whole-network row (and its whole-network work)");
    cmd->add_flag("--stats", opt->stats, "Print to stderr how often each kernel ran and its time");
    cmd->callback([opt] { run_compare(*opt); });
}

}  // namespace ecosys::cli
