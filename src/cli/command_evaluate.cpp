// ecosys evaluate NETWORK --programme P: did the programme change the ecosystems of
// the regions it funded beyond the controls' change, and do the ties it funded last?
// (docs/evaluation.md)

#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/progress_line.hpp"
#include "ecosys/analysis/evaluation.hpp"
#include "ecosys/output/evaluation_writer.hpp"
#include "ecosys/error.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

namespace {

struct EvaluateCommandOptions {
    std::string path;
    std::string programme;
    std::string pre, post;
    std::string treated, control;
    std::string metrics;
    std::string weight_by = "none";
    std::uint64_t permutations = 9999;
    bool event_study = false;
    bool fiscal_years = false;
    AnalysisGiven analysis;
    OutputGiven out;
};

void run_evaluate(const EvaluateCommandOptions& opt) {
    const Language language = opt.out.tables_language();  // usage errors before any work
    ProgrammeRequest request;
    request.programme = opt.programme;
    if (!opt.pre.empty()) request.pre = parse_year_window(opt.pre, "--pre");
    if (!opt.post.empty()) request.post = parse_year_window(opt.post, "--post");
    request.treated = detail::split_list(opt.treated);
    request.control = detail::split_list(opt.control);
    if (!opt.treated.empty() && request.treated.empty()) throw UsageError("--treated names no region");
    if (!opt.control.empty() && request.control.empty()) throw UsageError("--control names no region");
    request.metrics = detail::split_list(opt.metrics);
    request.weight = opt.weight_by == "actors" ? RegionWeight::actors : RegionWeight::none;
    if (opt.permutations == 0) throw UsageError("--permutations must be at least 1");
    request.permutations = opt.permutations;
    request.event_study = opt.event_study;
    request.analysis = opt.analysis.analysis();

    CommandProgress progress(opt.out.quiet);
    request.analysis.progress = progress.progress();
    ProgrammeEvaluation report;
    progress.run([&] {
        LoadResult loaded = load(opt.path, opt.out.quiet);
        if (opt.fiscal_years) {
            const std::vector<std::string> notes = to_fiscal_years(loaded.network);
            if (!opt.out.quiet)
                for (const std::string& note : notes) std::cerr << "ecosys: note: " << detail::visible(note) << '\n';
        }
        report = evaluate_programme(loaded.network, request);
    });
    report.fiscal_years = opt.fiscal_years;
    report.era = opt.out.language.era;
    opt.out.write({.json = [&] { return format_programme_evaluation_json(report); },
                   .csv = [&] { return format_programme_evaluation_csv(report); },
                   .markdown = [&] { return format_programme_evaluation_markdown(report, language); },
                   .table = [&] { return format_programme_evaluation_table(report, opt.out.wide, language); },
                   .csv_notes = report.notes});
}

}  // namespace

void setup_evaluate(CLI::App& app) {
    auto opt = std::make_shared<EvaluateCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "evaluate",
        "Did a programme change the ecosystems of the regions it funded, beyond what happened\n"
        "in the other regions, and do the collaborations it funded last? For each region metric:\n"
        "the difference in differences (treated regions' mean change from --pre to --post minus\n"
        "the controls'), with a randomization p-value (treatment reassigned among the regions:\n"
        "exact up to 100,000 assignments, else --permutations draws). Then the durability of the\n"
        "ties first formed in the programme's projects against ties first formed the same years\n"
        "by other projects (Kaplan-Meier, log-rank). A window's values are those of\n"
        "'ecosys metrics NETWORK --years A-B'. Definitions and limits: docs/evaluation.md.");
    add_network_argument(cmd, opt->path);
    cmd->add_option("--programme", opt->programme, "The programme: an id of \"programmes\", or one that projects name")
        ->required()
        ->type_name("P");
    cmd->add_option("--pre", opt->pre, "The window before, e.g. 2010-2013 (default: as many years as --post, just before it)")
        ->type_name("A-B");
    cmd->add_option("--post", opt->post, "The window after (default: the programme's years)")->type_name("C-D");
    cmd->add_option("--treated", opt->treated,
                    "Treated regions, comma-separated (default: the programme's declared regions, else the\n"
                    "regions of its projects' participants)")
        ->type_name("R1,R2");
    cmd->add_option("--control", opt->control,
                    "Control regions, comma-separated (default: every other region with actors in both windows)")
        ->type_name("R1,R2");
    cmd->add_option("--metrics", opt->metrics,
                    "Scalar region metrics, comma-separated (default: " + detail::join_alternatives(default_evaluation_keys(), ", ") +
                        ")")
        ->type_name("LIST");
    cmd->add_option("--weight-by", opt->weight_by,
                    "Weigh regions in the means: none (each counts once) or actors (its actors in the pre window)")
        ->check(CLI::IsMember({"none", "actors"}))
        ->capture_default_str();
    cmd->add_option("--permutations", opt->permutations,
                    "Random assignments when there are more than 100,000 (p = (b+1)/(N+1))")
        ->check(whole_number_at_most(max_permutations))
        ->capture_default_str();
    cmd->add_flag("--event-study", opt->event_study, "Also one estimate per year of both windows against the last pre year");
    add_analysis_options(cmd, opt->analysis, "the random assignments, Louvain and the E-I test");
    add_output_options(cmd, opt->out, {.years = true, .quiet = "Do not print warnings about the input, nor progress"});
    cmd->add_flag("--fiscal-years", opt->fiscal_years,
                  "Count Japanese fiscal years (年度, April to March): ties and projects dated by day\n"
                  "(\"date\": \"YYYY-MM-DD\") move to their fiscal year before --pre, --post, the event\n"
                  "study and the durability years; a bare year is taken as a fiscal year");
    cmd->callback([opt] { run_evaluate(*opt); });
}

}  // namespace ecosys::cli
