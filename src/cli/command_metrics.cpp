// ecosys metrics NETWORK: actor and region metrics as a table, CSV or JSON.

#include <memory>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "ecosys/metrics/metric_set.hpp"
#include "ecosys/metrics/metrics_writer.hpp"

namespace ecosys::cli {

namespace {

struct MetricsCommandOptions {
    std::string path;
    std::vector<std::string> regions;
    std::string scope = "network";
    bool weighted = false;
    std::string only;
    std::string format = "table";
    std::string output;
    std::uint64_t seed = 1;
    bool quiet = false;
};

void run_metrics(const MetricsCommandOptions& opt) {
    MetricsOptions options;
    options.scope = opt.scope == "region" ? MetricScope::region : MetricScope::network;
    options.weighted = opt.weighted;
    options.only = parse_metric_list(opt.only);  // bad names are usage errors, before any loading
    options.regions = opt.regions;
    options.seed = opt.seed;

    LoadResult loaded = load(opt.path, opt.quiet);
    const MetricsReport report = compute_metrics(loaded.network, options);
    if (opt.format == "json") emit(format_metrics_json(report), opt.output);
    else if (opt.format == "csv") emit(format_metrics_csv(report), opt.output);
    else emit(format_metrics_table(report), opt.output);
}

}  // namespace

void setup_metrics(CLI::App& app) {
    auto opt = std::make_shared<MetricsCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "metrics",
        "Centrality and cluster metrics of every actor, and summary metrics of every region\n"
        "(plus '*' for the whole network). Ties are read as undirected; parallel ties are\n"
        "one tie whose weight is their sum; self-loops are left out.\n\n"
        "Weights: a tie's weight is its STRENGTH (more = closer), never a cost. Without\n"
        "--weighted every metric but 'strength' ignores weights. With --weighted,\n"
        "pagerank, eigenvector, clustering and community use weights as strengths, and\n"
        "the path metrics (betweenness, closeness, harmonic, mean_path_length, diameter)\n"
        "use distance = 1/weight; a tie of weight 0 is then no path.\n\n"
        "Actor metrics: degree strength betweenness closeness harmonic eigenvector\n"
        "  pagerank clustering core component community\n"
        "Region metrics: actors ties external_ties openness density mean_degree components\n"
        "  largest_component_share isolates transitivity mean_clustering mean_path_length\n"
        "  diameter degree_centralization betweenness_centralization communities modularity\n"
        "  sector_counts top_brokers\n"
        "Definitions, normalisations and references: docs/metrics.md.");
    cmd->add_option("NETWORK", opt->path, "Network: a JSON file or a folder of CSV files")->required();
    cmd->add_option("--region", opt->regions,
                    "Report only this region (its actors and its record; repeat for more). The\n"
                    "whole-network record '*' is always reported")
        ->type_name("ID");
    cmd->add_option("--scope", opt->scope,
                    "Where actor metrics are computed: 'network' (the whole network) or 'region'\n"
                    "(inside each actor's own region). Region metrics are always per region")
        ->check(CLI::IsMember({"network", "region"}))
        ->capture_default_str();
    cmd->add_flag("--weighted", opt->weighted, "Use tie weights as strengths (distance = 1/weight for path metrics)");
    cmd->add_option("--only", opt->only,
                    "Compute only these metrics, comma-separated (actor or region keys), e.g.\n"
                    "--only betweenness,pagerank")
        ->type_name("LIST");
    cmd->add_option("--format", opt->format, "Output format: an aligned table, CSV or JSON")
        ->check(CLI::IsMember({"table", "csv", "json"}))
        ->capture_default_str();
    cmd->add_option("-o,--output", opt->output, "Write to FILE (atomically) instead of standard output")
        ->type_name("FILE");
    cmd->add_option("--seed", opt->seed, "Seed of the Louvain community detection (same seed, same communities)")
        ->capture_default_str();
    cmd->add_flag("-q,--quiet", opt->quiet, "Do not print warnings about the input");
    cmd->callback([opt] { run_metrics(*opt); });
}

}  // namespace ecosys::cli
