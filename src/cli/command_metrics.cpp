// ecosys metrics NETWORK: actor and region metrics as a table, CSV or JSON.

#include <charconv>
#include <iostream>
#include <memory>
#include <tuple>
#include <utility>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/selection_options.hpp"
#include "cli/graph_options.hpp"
#include "cli/launch.hpp"
#include "cli/progress_line.hpp"
#include "util/text.hpp"
#include "ecosys/error.hpp"
#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/output/metrics_writer.hpp"
#include "ecosys/output/tie_writer.hpp"
#include "ecosys/analysis/tie_set.hpp"

namespace ecosys::cli {

namespace {

struct MetricsCommandOptions {
    std::string path;
    std::vector<std::string> regions;
    std::string scope;
    AnalysisGiven analysis;
    bool ties = false;
    std::string only;
    OutputGiven out;
    SelectionGiven selection;
    std::string approx;
    bool no_whole = false;
    bool stats = false;
};

/// "EPS[,DELTA]" of --approx; throws UsageError when it is not that.
std::pair<double, double> parse_approx(const std::string& text) {
    auto number = [&](std::string_view part, double& out) {
        const char* end = part.data() + part.size();
        const auto [ptr, ec] = std::from_chars(part.data(), end, out);
        return ec == std::errc() && ptr == end && out > 0.0 && out < 1.0;
    };
    double epsilon = 0.0, delta = 0.1;
    const std::size_t comma = text.find(',');
    const std::string_view all(text);
    if (!number(all.substr(0, comma), epsilon) || (comma != std::string::npos && !number(all.substr(comma + 1), delta)))
        throw UsageError("--approx expects EPS[,DELTA], numbers between 0 and 1 such as 0.01 or 0.01,0.1; got '" + text +
                         "'");
    return {epsilon, delta};
}

void run_metrics(const MetricsCommandOptions& opt) {
    (void)opt.out.tables_language();  // a bad --lang is a usage error before any work
    MetricsOptions options;
    // Without --scope: the whole network, or with --region each actor's own region, so
    // that a command restricted to a region costs in proportion to it.
    const std::string scope = opt.scope.empty() ? (opt.regions.empty() ? "network" : "region") : opt.scope;
    options.scope = scope == "region" ? MetricScope::region : MetricScope::network;
    options.analysis = opt.analysis.analysis();
    options.only = parse_metric_list(opt.only);  // bad names are usage errors, before any loading
    for (const std::string& key : options.only) require_direction(*find_metric(key), options.analysis.directed);
    options.regions = opt.regions;
    // The whole network's record costs whole-network work: left out under --region
    // (scoped work stays scoped) and with --no-whole.
    options.include_whole = !opt.no_whole && opt.regions.empty();
    if (!opt.approx.empty()) std::tie(options.analysis.approx_epsilon, options.analysis.approx_delta) = parse_approx(opt.approx);

    if (opt.ties && (!opt.only.empty() || !opt.regions.empty() || !opt.scope.empty() || !opt.approx.empty()))
        throw UsageError("--ties writes the tie rows of the whole network; drop --only, --region, --scope and --approx");

    // Ctrl-C stops the computation between two sources; output is written only after
    // it, atomically, so an interrupted run leaves no file behind.
    CommandProgress progress(opt.out.quiet);
    options.analysis.progress = progress.progress();
    MetricsReport report;
    TiesReport ties;
    std::string stats;
    progress.run([&] {
        LoadResult loaded = load_selected(opt.path, opt.out.quiet, opt.selection.selection(options.analysis.graph));
        if (InterruptGuard::flag()) throw Cancelled();
        AnalysisCache cache(loaded.network, options.analysis);
        if (opt.ties) ties = compute_ties(cache);
        else report = compute_metrics(cache, options);
        stats = cache.stats_text();
        if (!opt.out.quiet && opt.ties)  // the metrics report carries them itself
            for (const std::string& note : cache.notes()) std::cerr << "ecosys: note: " << detail::visible(note) << "\n";
    });
    if (opt.stats) std::cerr << stats << shared_work_stats();
    if (opt.ties) {
        opt.out.write({.json = [&] { return format_ties_json(ties); },
                       .csv = [&] { return format_ties_csv(ties); },
                       .table = [&] { return format_ties_table(ties, opt.out.wide, opt.out.tables_language()); }});
        return;
    }
    opt.out.write({.json = [&] { return format_metrics_json(report); },
                   .csv = [&] { return format_metrics_csv(report); },
                   .table = [&] { return format_metrics_table(report, opt.out.wide, opt.out.tables_language()); },
                   .csv_notes = report.notes});
}

}  // namespace

void setup_metrics(CLI::App& app) {
    auto opt = std::make_shared<MetricsCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "metrics",
        "Centrality and cluster metrics of every actor, and summary metrics of every region\n"
        "(plus '*' for the whole network). Ties are read as undirected (see --directed); parallel ties are\n"
        "one tie whose weight is their sum; self-loops are left out. Each pair of a project's\n"
        "participants is tied too (weight = shared projects; see --no-projects).\n\n"
        "Weights: a tie's weight is its STRENGTH (more = closer), never a cost. Without\n"
        "--weighted every metric but 'strength' ignores weights. With --weighted,\n"
        "pagerank, eigenvector, clustering and community use weights as strengths, and\n"
        "the path metrics (betweenness, closeness, harmonic, mean_path_length, diameter)\n"
        "use distance = 1/weight; a tie of weight 0 is then no path.\n\n"
        "Actor metrics: " + wrapped_keys(actor_metric_keys()) + "\n" +
        "Region metrics: " + wrapped_keys(region_metric_keys()) + " (helix figures: docs/helix.md)\n" +
        "Definitions, normalisations and references: docs/metrics.md.");
    add_network_argument(cmd, opt->path);
    cmd->add_option("--region", opt->regions,
                    "Report only this region (its actors, those of the regions inside it, and its\n"
                    "record; repeat for more). The work stays in proportion to the region: the\n"
                    "whole-network record '*' is then left out")
        ->type_name("ID");
    cmd->add_option("--scope", opt->scope,
                    "Where actor metrics are computed: 'network' (the whole network) or 'region'\n"
                    "(inside each actor's own region). Default: network, or region with --region.\n"
                    "Region metrics are always per region")
        ->check(CLI::IsMember({"network", "region"}));
    AnalysisFlags flags;
    flags.directed =
        "Read tie direction: directed ties one way, undirected ties both ways. betweenness\n"
        "and pagerank follow arcs, and the direction keys are added (in_degree, out_degree,\n"
        "in_strength, out_strength, in_closeness, out_closeness, in_harmonic, out_harmonic,\n"
        "hub, authority; reciprocity, in_degree_centralization, out_degree_centralization)";
    flags.seed =
        "Seed of the Louvain community detection and of the E-I permutation test (same\n"
        "seed, same results)";
    flags.threads =
        "Worker threads of the path metrics (betweenness, closeness, harmonic, path\n"
        "lengths); 0 = one per hardware thread. Results are the same for any count";
    add_analysis_options(cmd, opt->analysis, flags);
    cmd->add_flag("--ties", opt->ties,
                  "Write one row per tied pair of actors instead (per arc with --directed): source,\n"
                  "target, edge_betweenness, bridge (docs/metrics.md, 'Tie metrics')");
    cmd->add_option("--only", opt->only,
                    "Compute only these metrics, comma-separated (actor or region keys), e.g.\n"
                    "--only betweenness,pagerank")
        ->type_name("LIST");
    add_output_options(cmd, opt->out, {.formats = {"table", "csv", "json"}, .quiet = "Do not print warnings about the input, nor the progress of long steps"});
    add_community_options(cmd, opt->analysis.community);
    add_selection_options(cmd, opt->selection);
    cmd->add_option("--approx", opt->approx,
                    "Estimate betweenness instead of computing it exactly: within EPS of the exact\n"
                    "normalised value for every actor, with probability at least 1 - DELTA\n"
                    "(default 0.1); e.g. --approx 0.01. Unweighted only. Seeded by --seed\n"
                    "(docs/metrics.md, 'Approximate betweenness')")
        ->type_name("EPS[,DELTA]");
    cmd->add_flag("--no-whole", opt->no_whole, "Leave out the whole-network record '*' (and its whole-network work)");
    cmd->add_flag("--stats", opt->stats,
                  "Print to stderr how often each kernel ran and its time (under mpirun, also each\n"
                  "process's share of the sources, busy and reduction time: docs/distributed.md)");
    cmd->callback([opt] { run_metrics(*opt); });
}

}  // namespace ecosys::cli
