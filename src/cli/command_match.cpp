// ecosys match NETWORK: which actors' seeds fit which actors' needs, how close they are
// in the network and who can introduce them (docs/matching.md).

#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/input_files.hpp"
#include "cli/graph_options.hpp"
#include "ecosys/analysis/matching.hpp"
#include "ecosys/error.hpp"
#include "ecosys/io/pair_list.hpp"
#include "ecosys/output/match_writer.hpp"

namespace ecosys::cli {

namespace {

struct MatchCommandOptions {
    std::string path;
    std::size_t top = 20;
    std::string region = "*";
    bool cross_region_only = false;
    std::string synonyms;
    bool topics = false;
    bool explain = false;
    OutputGiven out;
    AnalysisGiven analysis;
};

void run_match(const MatchCommandOptions& opt) {
    const Language language = opt.out.tables_language();  // usage errors before any work
    if (opt.analysis.graph.project_weighting != "count")
        throw UsageError("match reads no tie weights, so --project-weighting changes nothing; --no-projects leaves "
                         "projects out");
    MatchRequest request;
    request.top = opt.top;
    request.region = opt.region;
    request.cross_region_only = opt.cross_region_only;
    request.source = opt.topics ? KeywordSource::topics : KeywordSource::needs_seeds;
    request.analysis = opt.analysis.analysis();
    request.input_name = opt.path;
    if (!opt.synonyms.empty()) remember_input(opt.synonyms);  // -o must not replace it
    LoadResult loaded = load(opt.path, opt.out.quiet);
    if (!opt.synonyms.empty()) request.synonyms = read_synonyms(opt.synonyms);
    const MatchReport report = compute_matches(loaded.network, request);
    opt.out.write({.json = [&] { return format_match_json(report); },
                   .csv = [&] { return format_match_csv(report); },
                   .markdown = [&] { return format_match_markdown(report, opt.explain, language); },
                   .table = [&] { return format_match_table(report, opt.explain, language); }});
}

}  // namespace

void setup_match(CLI::App& app) {
    auto opt = std::make_shared<MatchCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "match",
        "Needs x seeds: pairs of an actor with needs (technology keywords a company looks for) and\n"
        "an actor with seeds (what a university or institute offers) that are not tied yet, ranked\n"
        "by keyword similarity (TF-IDF cosine of normalised keywords) and closeness in the network;\n"
        "with the intermediaries on a shortest path who can introduce them, and per region the\n"
        "needs no actor of the region can supply. Definitions: docs/matching.md.");
    cmd->add_option("NETWORK", opt->path, "Network: a JSON file or a folder of CSV files")->required();
    cmd->add_option("--top", opt->top, "List the N best pairs")
        ->type_name("N")
        ->check(whole_number_at_most(max_count))
        ->capture_default_str();
    cmd->add_option("--region", opt->region, "Only the needs of actors in this region (seeds come from anywhere)")
        ->type_name("ID")
        ->capture_default_str();
    cmd->add_flag("--cross-region-only", opt->cross_region_only, "Only pairs whose two actors are in different regions");
    cmd->add_option("--synonyms", opt->synonyms, "CSV with columns term,canonical: read each term as its canonical keyword")
        ->type_name("FILE");
    cmd->add_flag("--topics", opt->topics,
                  "Use the actors' project topics (import-projects --topic-col) as both needs and seeds");
    cmd->add_flag("--explain", opt->explain, "Show each pair's shared keywords and introduction path (table and md)");
    add_output_options(cmd, opt->out, {.bom = false, .wide = false});
    add_analysis_options(cmd, opt->analysis, AnalysisFlags::graph_only());
    cmd->callback([opt] { run_match(*opt); });
}

}  // namespace ecosys::cli
