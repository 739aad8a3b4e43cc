// ecosys qap NETWORK --x same_region,...: does sharing a region, a sector or earlier
// ties predict collaboration, holding the rest fixed? QAP regression (OLS or logit)
// with Dekker's double semi-partialling or y permutations, or QAP correlation
// (docs/qap.md).

#include <memory>
#include <optional>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/input_files.hpp"
#include "cli/launch.hpp"
#include "cli/progress_line.hpp"
#include "cli/selection_options.hpp"
#include "ecosys/analysis/qap_analysis.hpp"
#include "ecosys/output/qap_writer.hpp"
#include "ecosys/error.hpp"
#include "ecosys/io/pair_list.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

namespace {

struct QapCommandOptions {
    std::string path;
    std::string y = "ties";
    std::string x;
    std::string model = "ols";
    std::string null = "dsp";
    QapRequest settings;  ///< --permutations, --correlate, --region and --max-actors, as the request holds them
    AnalysisGiven analysis;
    SelectionGiven selection;
    OutputGiven out;
};

void run_qap_command(const QapCommandOptions& opt) {
    const Language language = opt.out.tables_language();  // usage errors before any work
    QapRequest request = opt.settings;
    request.y = parse_dyadic_spec(opt.y, true, "--y");
    for (const std::string& x : detail::split_list(opt.x)) request.x.push_back(parse_dyadic_spec(x, false, "--x"));
    request.model = opt.model == "logit" ? QapModel::logit : QapModel::ols;
    request.null = opt.null == "y" ? QapNull::y : QapNull::dsp;

    AnalysisOptions analysis = opt.analysis.analysis();
    CommandProgress progress(opt.out.quiet);
    analysis.progress = progress.progress();
    QapReport report;
    progress.run([&] {
        LoadResult loaded = load(opt.path, opt.out.quiet);
        const Selection selection = opt.selection.selection(analysis.graph);
        std::optional<Network> selected;
        if (!selection.empty()) selected = selected_network(loaded.network, opt.out.quiet, selection);
        const Network& network = selected ? *selected : loaded.network;
        // Files name actors of the network as loaded (a selection may leave some out).
        const auto read = [&](const DyadicSpec& spec) {
            if (spec.kind != DyadicSpec::Kind::file || request.files.count(spec.path)) return;
            remember_input(spec.path);
            request.files.emplace(spec.path, read_dyadic_file(spec.path, loaded.network, analysis.directed));
        };
        read(request.y);
        for (const DyadicSpec& spec : request.x) read(spec);
        request.history = &loaded.network;
        AnalysisCache cache(network, analysis);
        report = run_qap(cache, request);
    });
    opt.out.write({.json = [&] { return format_qap_json(report); },
                   .csv = [&] { return format_qap_csv(report); },
                   .markdown = [&] { return format_qap_markdown(report, language); },
                   .table = [&] { return format_qap_table(report, opt.out.wide, language); },
                   .csv_notes = report.notes});
}

}  // namespace

void setup_qap(CLI::App& app) {
    auto opt = std::make_shared<QapCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "qap",
        "Does sharing a region, a sector or earlier ties predict collaboration, holding the rest\n"
        "fixed? Regresses a dyadic variable (--y: ties by default) on dyadic predictors (--x) over\n"
        "every pair of actors, by OLS or logit, with p-values from QAP permutations (Dekker's\n"
        "double semi-partialling by default; R's sna netlm/netlogit give the same estimates).\n"
        "--correlate gives the QAP correlation of --y and one --x instead. Definitions: docs/qap.md.");
    add_network_argument(cmd, opt->path);
    cmd->add_option("--y", opt->y,
                    "The dependent variable: ties (1 where the pair is tied), weight (the tie weight) or a CSV\n"
                    "file (a pair list source,target[,value] or a matrix with actor ids as header and first column)")
        ->capture_default_str()
        ->type_name("ties|weight|FILE");
    cmd->add_option("--x", opt->x,
                    "Predictors, comma-separated, named so in the output: " +
                        detail::join_alternatives(dyadic_spec_names(), ", ") +
                        "\n(prior_ties: tied by a tie or project dated in the years, read from the network before any "
                        "--years selection)")
        ->required()
        ->type_name("LIST");
    cmd->add_option("--model", opt->model, "ols (linear, as sna's netlm) or logit (y must be 0/1, as netlogit)")
        ->check(CLI::IsMember({"ols", "logit"}))
        ->capture_default_str();
    cmd->add_option("--null", opt->null,
                    "The permutation null: dsp (Dekker's double semi-partialling: each predictor's residual\n"
                    "on the others permuted) or y (the dependent variable's rows and columns permuted)")
        ->check(CLI::IsMember({"dsp", "y"}))
        ->capture_default_str();
    cmd->add_option("--permutations", opt->settings.permutations,
                    "Joint row-and-column permutations for the p-values (0: estimates only). Results are the\n"
                    "same for any --threads and any number of MPI processes")
        ->check(whole_number_at_most(max_permutations))
        ->capture_default_str();
    cmd->add_flag("--correlate", opt->settings.correlate, "QAP correlation of --y and the one --x (permuting --x) instead of a regression");
    cmd->add_option("--region", opt->settings.scope, "Within one region (its actors and those of regions below it); * = the whole network")
        ->capture_default_str()
        ->type_name("R");
    cmd->add_option("--max-actors", opt->settings.max_actors,
                    "Refuse scopes of more actors (every variable is an n x n matrix); raise it knowingly")
        ->check(whole_number_at_most(max_count))
        ->capture_default_str();
    add_analysis_options(cmd, opt->analysis, "the permutations (and of the communities of same_community)");
    add_community_options(cmd, opt->analysis.community, false);
    add_selection_options(cmd, opt->selection);
    add_output_options(cmd, opt->out, {.quiet = "Do not print warnings about the input, nor progress"});
    cmd->callback([opt] { run_qap_command(*opt); });
}

}  // namespace ecosys::cli
