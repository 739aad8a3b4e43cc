// ecosys links NETWORK --method M: the untied actor pairs most likely to tie next by a
// link-prediction score (docs/matching.md), or --evaluate: how well each score predicted
// the ties formed after a year.

#include <algorithm>
#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/input_files.hpp"
#include "cli/graph_options.hpp"
#include "ecosys/analysis/link_evaluation.hpp"
#include "ecosys/analysis/links_report.hpp"
#include "ecosys/error.hpp"
#include "ecosys/io/pair_list.hpp"
#include "ecosys/output/link_evaluation_writer.hpp"
#include "ecosys/output/links_writer.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

namespace {

struct LinksCommandOptions {
    std::string path;
    std::string method;
    std::size_t top = 100;
    std::string pairs;
    std::string region = "*";
    bool within_sector = false;
    std::string across;
    bool evaluate = false;
    int train_until = 0;
    bool train_until_given = false;
    std::string methods;
    OutputGiven out;
    AnalysisGiven analysis;
};

std::vector<std::string> method_names() {
    std::vector<std::string> names;
    for (LinkMethod m : link_methods()) names.push_back(to_string(m));
    return names;
}

LinkMethod method_named(const std::string& name) {
    if (auto m = parse_link_method(name)) return *m;
    throw UsageError(detail::unknown_name_message("method", name, method_names(), "methods"));
}

void run_evaluate(const LinksCommandOptions& opt, const Network& network) {
    const Language language = opt.out.tables_language();
    if (!opt.train_until_given) throw UsageError("--evaluate needs --train-until YEAR (the last year of the training period)");
    EvaluationRequest request;
    request.train_until = opt.train_until;
    request.input_name = opt.path;
    request.analysis = opt.analysis.analysis();
    if (!opt.methods.empty()) {
        std::vector<std::string> known = method_names();
        known.push_back("match");
        known.push_back("random");
        for (const std::string& name : detail::split_list(opt.methods)) {
            if (std::find(known.begin(), known.end(), name) == known.end())
                throw UsageError(detail::unknown_name_message("method", name, known, "methods"));
            request.methods.push_back(name);
        }
    }
    const EvaluationReport report = evaluate_link_prediction(network, request);
    opt.out.write({.json = [&] { return format_evaluation_json(report); },
                   .csv = [&] { return format_evaluation_csv(report); },
                   .markdown = [&] { return format_evaluation_markdown(report, language); },
                   .table = [&] { return format_evaluation_table(report, language); }});
}

void run_links(const LinksCommandOptions& opt) {
    const Language language = opt.out.tables_language();  // usage errors before any work
    if (opt.analysis.graph.project_weighting != "count")
        throw UsageError("links reads no tie weights, so --project-weighting changes nothing; --no-projects leaves "
                         "projects out");
    if (opt.evaluate) {
        if (!opt.method.empty() || !opt.pairs.empty() || opt.within_sector || !opt.across.empty() || opt.region != "*")
            throw UsageError("--evaluate scores every method on the whole network: use --methods, not --method, --pairs, "
                             "--region, --within-sector or --across-sectors");
        LoadResult loaded = load(opt.path, opt.out.quiet);
        run_evaluate(opt, loaded.network);
        return;
    }
    if (opt.train_until_given || !opt.methods.empty()) throw UsageError("--train-until and --methods go with --evaluate");
    if (opt.method.empty()) throw UsageError("links needs --method (" + detail::join_alternatives(method_names()) + ") or --evaluate");
    LinksRequest request;
    request.method = method_named(opt.method);
    request.top = opt.top;
    request.region = opt.region;
    request.within_sector = opt.within_sector;
    if (!opt.across.empty()) request.across_sectors = detail::split_list(opt.across);
    if (!opt.pairs.empty()) remember_input(opt.pairs);  // -o must not replace it
    LoadResult loaded = load(opt.path, opt.out.quiet);
    if (!opt.pairs.empty()) {
        request.given_pairs = true;
        request.pairs = read_pair_list(opt.pairs, loaded.network);
    }
    AnalysisCache cache(loaded.network, opt.analysis.analysis());
    const LinksReport report = compute_links(cache, request);
    opt.out.write({.json = [&] { return format_links_json(report); },
                   .csv = [&] { return format_links_csv(report); },
                   .markdown = [&] { return format_links_markdown(report, language); },
                   .table = [&] { return format_links_table(report, language); }});
}

}  // namespace

void setup_links(CLI::App& app) {
    auto opt = std::make_shared<LinksCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "links",
        "Link prediction: the actor pairs not tied yet that a neighbourhood score ranks highest\n"
        "(NetworkX's definitions on the simple undirected graph: common_neighbors, jaccard,\n"
        "adamic_adar, resource_allocation, preferential_attachment), or with --evaluate\n"
        "--train-until YEAR how well each score, the keyword match and a random ranking\n"
        "predicted the ties formed after YEAR (AUC, average precision, precision@k).\n"
        "Definitions and protocol: docs/matching.md.");
    cmd->add_option("NETWORK", opt->path, "Network: a JSON file or a folder of CSV files")->required();
    cmd->add_option("--method", opt->method, "Score: " + detail::join_alternatives(method_names()))->type_name("M");
    auto* top = cmd->add_option("--top", opt->top, "List the N best untied pairs (pairs scoring 0 are not listed)")
                    ->type_name("N")
                    ->check(whole_number_at_most(max_count))
                    ->capture_default_str();
    cmd->add_option("--pairs", opt->pairs, "Score the pairs of FILE (CSV with columns source,target) instead")
        ->type_name("FILE")
        ->excludes(top);
    cmd->add_option("--region", opt->region, "Use the graph of this region (its actors and the regions below it)")
        ->type_name("ID")
        ->capture_default_str();
    cmd->add_flag("--within-sector", opt->within_sector, "Only pairs of two actors of the same sector");
    cmd->add_option("--across-sectors", opt->across, "Only pairs of an S1 and an S2 actor, e.g. industry,academia")
        ->type_name("S1,S2");
    cmd->add_flag("--evaluate", opt->evaluate, "Measure how well the scores predict the ties after --train-until");
    cmd->add_option("--train-until", opt->train_until, "--evaluate: last year of the training period")
        ->type_name("YEAR")
        ->each([opt](const std::string&) { opt->train_until_given = true; });
    cmd->add_option("--methods", opt->methods,
                    "--evaluate: methods to measure, comma-separated, among the five scores, match and random (default all)")
        ->type_name("LIST");
    add_output_options(cmd, opt->out, {.bom = false, .wide = false});
    add_analysis_options(cmd, opt->analysis, AnalysisFlags::graph_only());
    cmd->callback([opt] { run_links(*opt); });
}

}  // namespace ecosys::cli
