// ecosys render NETWORK: ecosystem diagrams through Graphviz (docs/diagrams.md).

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/selection_options.hpp"
#include "cli/graph_options.hpp"
#include "cli/input_files.hpp"
#include "ecosys/analysis/registry.hpp"
#include "ecosys/error.hpp"
#include "ecosys/io/output_file.hpp"
#include "ecosys/render/diagram.hpp"
#include "ecosys/render/names.hpp"
#include "ecosys/render/renderer.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

namespace {

namespace fs = std::filesystem;

struct RenderOptions {
    std::string path;
    std::string region;
    bool all_regions = false;
    bool overview = false;
    std::string output;
    std::string format;
    std::string layout = "auto";
    std::string size_by = "betweenness";
    std::string color_by = "sector";
    std::string group_by = "none";
    std::string labels = "auto";
    double min_weight = 0.0;
    std::optional<int> year;
    AnalysisGiven analysis;
    SelectionGiven selection;
    bool quiet = false;
    std::string lang;
};

/// One file to write: what to draw and the name it gets in a folder.
struct Target {
    std::string stem;
    std::string region;  ///< empty for the whole network and the overview
    bool overview = false;
};

void run_render(const RenderOptions& opt, const CLI::App& cmd) {
    render::DiagramOptions options;
    options.engine = render::parse_engine(opt.layout);
    options.language = language_of(opt.lang);
    options.size_by = render::parse_size_by(opt.size_by);
    options.color_by = render::parse_color_by(opt.color_by);
    options.group_by = render::parse_group_by(opt.group_by);
    options.labels = render::parse_labels(opt.labels);
    options.min_weight = opt.min_weight;
    options.year = opt.year;
    options.analysis = opt.analysis.analysis();
    if (const MetricInfo* m = find_metric(options.size_by)) require_direction(*m, options.analysis.directed);
    if (!(opt.min_weight >= 0)) {
        std::ostringstream got;
        got << opt.min_weight;
        throw UsageError("--min-weight must be a number >= 0, got " + got.str());
    }

    // Where the files go: stdout ("-"), one file, or a folder (the default, output/).
    const bool to_stdout = opt.output == "-";
    const std::optional<render::Format> named = render::format_of_extension(opt.output);  // by -o's extension
    const bool to_folder = !to_stdout && (opt.output.empty() || opt.output.back() == '/' || fs::is_directory(opt.output) ||
                                          (opt.all_regions && !named));
    if (opt.all_regions && !to_folder)
        throw UsageError("--all-regions writes one file per region, so -o must be a folder; got " + detail::quote(opt.output));
    render::Format format = render::Format::svg;
    if (!opt.format.empty()) {
        format = render::parse_format(opt.format);
        if (!to_folder && !to_stdout && named && *named != format)
            throw UsageError("-o " + detail::quote(opt.output) + " does not end in " +
                             std::string(render::extension(format)) + " but --format is " + opt.format);
    } else if (!to_folder && !to_stdout && named) {
        format = *named;
    }
    const fs::path folder = opt.output.empty() ? fs::path(ECOSYS_OUTPUT_DIR) : fs::path(opt.output);

    LoadResult loaded = load_selected(opt.path, opt.quiet, opt.selection.selection(options.analysis.graph));
    const Network& net = loaded.network;

    std::string network_stem = fs::path(opt.path).filename().string();
    if (fs::path(network_stem).extension() == ".json") network_stem = fs::path(network_stem).stem().string();
    network_stem = render::file_stem(network_stem);

    std::vector<Target> targets;
    if (opt.all_regions) {
        for (const std::string& region : net.populated_regions()) targets.push_back({render::file_stem(region), region, false});
        if (targets.empty()) {
            // One diagram per region of a network without regions: the whole network.
            if (!opt.quiet) std::cerr << "ecosys: note: no actor has a region: drawing the whole network\n";
            targets.push_back({network_stem, "", false});
        }
    } else if (!opt.region.empty()) {
        targets.push_back({render::file_stem(opt.region), opt.region, false});
    } else if (opt.overview) {
        targets.push_back({"overview", "", true});
        if (!opt.quiet)
            for (const char* name : {"--size-by", "--color-by", "--group-by"})
                if (cmd.count(name) > 0) std::cerr << "ecosys: note: " << name << " does not apply to --overview\n";
    } else {
        targets.push_back({network_stem, "", false});
    }

    // Draw everything first, then write: an error in any diagram leaves no file behind.
    struct Output {
        std::string file;
        std::string data;
        std::string summary;
    };
    std::vector<Output> outputs;
    // One analysis for every diagram of this run: a region's metrics are computed once.
    AnalysisCache cache(net, options.analysis);
    options.cache = &cache;
    for (const Target& target : targets) {
        render::Diagram diagram = target.overview           ? render::overview_diagram(net, options)
                                  : target.region.empty()   ? render::network_diagram(net, options)
                                                            : render::region_diagram(net, target.region, options);
        render::Rendered rendered = render::render(diagram, format);
        if (!opt.quiet) {
            for (const std::string& note : diagram.notes) std::cerr << "ecosys: note: " << detail::visible(note) << '\n';
            for (const std::string& w : rendered.warnings) std::cerr << "ecosys: warning: Graphviz: " << w << '\n';
        }
        std::ostringstream summary;
        summary << diagram.nodes.size() << (target.overview ? " regions, " : " actors, ") << diagram.edges.size()
                << " lines, " << render::to_string(diagram.engine);
        std::string file = to_stdout ? "-" : to_folder ? (folder / (target.stem + std::string(render::extension(format)))).string()
                                                       : opt.output;
        outputs.push_back({std::move(file), std::move(rendered.data), summary.str()});
    }
    if (!opt.quiet)  // what the size metric's kernels did other than asked (e.g. did not converge)
        for (const std::string& note : cache.notes()) std::cerr << "ecosys: note: " << detail::visible(note) << '\n';
    // Stems are injective, in any case, but for a 64-bit hash collision of two cut ids:
    // never overwrite, not even on a file system that ignores case.
    auto folded = [](std::string s) {
        for (char& c : s)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return s;
    };
    for (std::size_t i = 0; i < outputs.size(); ++i)
        for (std::size_t j = 0; j < i && !to_stdout; ++j)
            if (folded(outputs[i].file) == folded(outputs[j].file))
                throw UsageError("regions " + detail::quote(targets[j].region) + " and " + detail::quote(targets[i].region) +
                                 " would both be written to " + outputs[i].file + "; rename one of them");
    if (to_stdout) {
        for (const Output& out : outputs) emit(out.data, out.file);
        return;
    }
    for (const Output& out : outputs) refuse_input_as_output(out.file);
    // All or nothing, like the CSV folder writer: every file is complete before any is replaced.
    std::vector<std::pair<fs::path, std::string_view>> files;
    for (const Output& out : outputs) files.emplace_back(out.file, out.data);
    write_files_atomically(files);
    if (!opt.quiet)
        for (const Output& out : outputs) std::cerr << "wrote " << detail::visible(out.file) << " (" << detail::visible(out.summary) << ")\n";
}

}  // namespace

void setup_render(CLI::App& app) {
    auto opt = std::make_shared<RenderOptions>();
    CLI::App* cmd = app.add_subcommand(
        "render", "Draw ecosystem diagrams with Graphviz: the whole network, one region, every region or the overview");
    add_network_argument(cmd, opt->path);
    auto* region = cmd->add_option("--region", opt->region, "Draw the actors of this region (and of the regions inside it)");
    auto* all = cmd->add_flag("--all-regions", opt->all_regions, "One diagram per region that has actors, named after the region id");
    auto* overview = cmd->add_flag("--overview", opt->overview, "One node per region, lines for the ties between regions");
    region->excludes(all)->excludes(overview);
    all->excludes(overview);
    add_output_option(cmd, opt->output,
                      "Output file, '-' for stdout, or folder (ends in '/' or exists; default " ECOSYS_OUTPUT_DIR "/)");
    cmd->add_option("--format", opt->format, "svg, png, pdf or dot (default: from the -o extension, else svg)");
    cmd->add_option("--layout", opt->layout, "auto, dot, neato, fdp, sfdp, circo or twopi")->capture_default_str();
    add_language_option(cmd, opt->lang);
    cmd->add_option("--size-by", opt->size_by,
                    "Node size: an actor metric (" + wrapped_keys(render::size_by_keys()) + ")")
        ->capture_default_str();
    cmd->add_option("--color-by", opt->color_by, "Node colour: sector, community or region (the shape always shows the sector)")
        ->capture_default_str();
    cmd->add_option("--group-by", opt->group_by, "Draw together: region, sector, community or none (clusters with dot and fdp)")
        ->capture_default_str();
    cmd->add_option("--labels", opt->labels, "Which actors get a label: auto, all, none or top:N (largest by the size metric)")
        ->capture_default_str();
    cmd->add_option("--min-weight", opt->min_weight, "Leave out ties lighter than W")->capture_default_str();
    cmd->add_option("--year", opt->year, "Only ties of year Y or earlier (ties without a year are kept)");
    AnalysisFlags flags;
    flags.weighted = "Metrics use tie weights (distance = 1/weight for path metrics)";
    flags.directed =
        "Metrics read tie direction (as `ecosys metrics --directed`): betweenness and PageRank\n"
        "follow arcs (directed ties one way, undirected both ways); --size-by takes in_degree, hub, ...";
    flags.threads.clear();
    flags.seed = "Seed of the layout and of the communities";
    add_analysis_options(cmd, opt->analysis, flags);
    add_selection_options(cmd, opt->selection);
    add_quiet_flag(cmd, opt->quiet, "Print nothing but errors");
    cmd->callback([opt, cmd] { run_render(*opt, *cmd); });
}

}  // namespace ecosys::cli
