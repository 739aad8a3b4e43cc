// ecosys diff A B (or A --years P --vs Q): what changed between two networks or two
// periods of one: actors, ties, region metrics, cross-sector links, brokers, components.

#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/input_files.hpp"
#include "cli/graph_options.hpp"
#include "cli/progress_line.hpp"
#include "cli/selection_options.hpp"
#include "ecosys/compare/comparison.hpp"
#include "ecosys/compare/diff.hpp"
#include "ecosys/output/diff_writer.hpp"
#include "ecosys/error.hpp"
#include "ecosys/render/diff_diagram.hpp"
#include "ecosys/render/renderer.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

namespace {

struct DiffCommandOptions {
    std::vector<std::string> paths;
    std::string vs;
    std::string metrics;
    std::size_t top = 10;
    OutputGiven out;
    std::string diagram;
    std::string labels = "auto";
    AnalysisGiven analysis;
    SelectionGiven selection;
};

void run_diff(const DiffCommandOptions& opt) {
    const Language language = opt.out.tables_language();  // usage errors before any work
    DiffOptions options;
    if (!opt.metrics.empty()) options.metrics = parse_compare_metrics(opt.metrics);  // usage errors before loading
    options.top = opt.top;
    options.metrics_options.analysis = opt.analysis.analysis();
    const Selection selection = opt.selection.selection(options.metrics_options.analysis.graph);
    render::Format diagram_format = render::Format::svg;
    render::DiagramOptions diagram_options;
    refuse_same_output("-o", opt.out.output, "--diagram", opt.diagram);
    if (!opt.diagram.empty()) {
        // '-': SVG to standard output, which the diff itself then must not share.
        std::string ext = opt.diagram == "-" ? "svg" : std::filesystem::path(opt.diagram).extension().string();
        if (opt.diagram == "-" && (opt.out.output.empty() || opt.out.output == "-"))
            throw UsageError("--diagram - writes the diagram to standard output; write the diff elsewhere with -o FILE");
        if (ext.empty())
            throw UsageError("--diagram " + detail::quote(opt.diagram) +
                             " has no extension to tell the format; end it in .svg, .png, .pdf or .dot, or give '-' for SVG on standard output");
        if (ext[0] == '.') ext.erase(0, 1);
        for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        diagram_format = render::parse_format(ext);
        diagram_options.labels = render::parse_labels(opt.labels);
        diagram_options.analysis = options.metrics_options.analysis;
        diagram_options.analysis.weighted = false;  // the change diagram's sizes and tooltips count ties
        diagram_options.language = language;
    }

    if (opt.paths.size() > 2) throw UsageError("diff compares two networks; got " + std::to_string(opt.paths.size()) + " files");
    if (opt.paths.size() == 2 && !opt.vs.empty())
        throw UsageError("--vs gives the second period of one file; with two files, leave it out");
    if (opt.paths.size() == 1 && opt.vs.empty())
        throw UsageError("diff needs two files, or one file with two periods: --years A-B --vs C-D");
    if (opt.paths.size() == 1 && !selection.years)
        throw UsageError("--vs " + opt.vs + " needs --years for the first period (e.g. --years 2014-2018 --vs 2019-2022)");

    CommandProgress progress(opt.out.quiet);
    options.metrics_options.analysis.progress = progress.progress();
    NetworkDiff diff;
    std::string drawn;
    progress.run([&] {
        Network before, after;
        std::string before_label, after_label;
        if (opt.paths.size() == 2) {
            before = load_selected(opt.paths[0], opt.out.quiet, selection).network;
            after = load_selected(opt.paths[1], opt.out.quiet, selection).network;
            before_label = std::filesystem::path(opt.paths[0]).filename().string();
            after_label = std::filesystem::path(opt.paths[1]).filename().string();
            if (before_label == after_label) {
                before_label = opt.paths[0];
                after_label = opt.paths[1];
            }
        } else {
            Selection second = selection;
            second.years = parse_year_window(opt.vs, "--vs");
            const LoadResult loaded = load(opt.paths[0], opt.out.quiet);
            const auto part = [&](const Selection& s) {
                SelectionResult r = apply_selection(loaded.network, s);
                if (!opt.out.quiet)
                    for (const std::string& note : r.notes) std::cerr << "ecosys: note: " << detail::visible(note) << '\n';
                return std::move(r.network);
            };
            before = part(selection);
            after = part(second);
            // JSON and CSV keep the labels English; tables and markdown follow --lang.
            const Language labels = opt.out.format == "json" || opt.out.format == "csv" ? Language::en : language;
            before_label = selection.years->text(labels, selection.fiscal_years, opt.out.language.era);
            after_label = second.years->text(labels, selection.fiscal_years, opt.out.language.era);
        }
        diff = diff_networks(before, after, before_label, after_label, options);
        if (!opt.diagram.empty()) {
            const render::Diagram d = render::diff_diagram(before, after, before_label, after_label, diagram_options);
            render::Rendered r = render::render(d, diagram_format);
            if (!opt.out.quiet)
                for (const std::string& w : r.warnings) std::cerr << "ecosys: warning: Graphviz: " << w << '\n';
            drawn = std::move(r.data);
        }
    });
    if (!opt.out.quiet)
        for (const std::string& note : diff.notes) std::cerr << "ecosys: note: " << detail::visible(note) << '\n';
    if (!opt.diagram.empty()) {
        emit(drawn, opt.diagram);
        if (!opt.out.quiet && opt.diagram != "-") std::cerr << "wrote " << detail::visible(opt.diagram) << '\n';
    }
    opt.out.write({.json = [&] { return format_diff_json(diff); },
                   .csv = [&] { return format_diff_csv(diff); },
                   .markdown = [&] { return format_diff_markdown(diff, language); },
                   .table = [&] { return format_diff_table(diff, opt.out.wide, language); }});
}

}  // namespace

void setup_diff(CLI::App& app) {
    auto opt = std::make_shared<DiffCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "diff",
        "What changed between two networks (two files) or two periods of one network\n"
        "(--years A-B --vs C-D): actors and ties added and removed (ties matched by their\n"
        "pair and type; the ties projects stand for have type 'project'), every region\n"
        "metric before and after, cross-sector links gained and lost per sector pair, top\n"
        "brokers (betweenness and each Gould-Fernandez role) gained and lost, and the\n"
        "actors whose component changed. docs/diff.md.");
    cmd->add_option("NETWORK", opt->paths, "The earlier and the later network, or one network with --years and --vs")
        ->required()
        ->expected(1, 2);
    cmd->add_option("--vs", opt->vs, "With one network: the later period, compared with the one --years gives")->type_name("C-D");
    cmd->add_option("--metrics", opt->metrics,
                    "Region metrics, comma-separated (default: every region metric with one number:\n" +
                        wrapped_keys(scalar_region_keys()) + ")")
        ->type_name("LIST");
    cmd->add_option("--top", opt->top, "Top brokers per measure, before and after")
        ->check(whole_number_at_most(max_count))
        ->capture_default_str();
    add_output_options(cmd, opt->out, {.bom = false, .years = true, .quiet = "Do not print warnings and notes, nor the progress of long steps"});
    cmd->add_option("--diagram", opt->diagram,
                    "Also draw the change as one diagram (SVG, PNG, PDF or DOT by extension): the earlier\n"
                    "network's layout kept, new actors placed around it, ties added in colour, removed\n"
                    "ties dashed. Up to 600 actors: select a region first (--select-region). '-': SVG to\n"
                    "standard output (then -o FILE for the diff)")
        ->type_name("FILE");
    cmd->add_option("--labels", opt->labels, "--diagram: which actors get a label: auto, all, none or top:N")->capture_default_str();
    AnalysisFlags flags;
    flags.weighted = "Metrics use tie weights (as `ecosys metrics --weighted`)";
    flags.directed.clear();
    flags.seed = "Seed of Louvain and of the E-I test (same seed, same output)";
    flags.threads = "Worker threads of the path metrics; 0 = one per hardware thread";
    add_analysis_options(cmd, opt->analysis, flags);
    add_selection_options(cmd, opt->selection);
    cmd->callback([opt] { run_diff(*opt); });
}

}  // namespace ecosys::cli
