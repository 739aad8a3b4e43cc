// ecosys convert IN OUT: a network from any readable format into any writable one.

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/network_output.hpp"
#include "ecosys/io/format.hpp"
#include "ecosys/model/projection.hpp"

namespace ecosys::cli {

namespace {

struct ConvertOptions {
    std::string input, output;
    NetworkOutput out;
    bool as_undirected = false;
    bool as_directed = false;
    bool project_ties = false;
    bool quiet = false;
};

void run_convert(const ConvertOptions& opt) {
    NetworkOutput out = opt.out;
    out.path = opt.output;
    out.check();  // bad usage before any reading
    LoadResult loaded = load(opt.input, opt.quiet);
    Network& net = loaded.network;
    if (opt.project_ties) {
        // The projects become what every metric reads of them: a tie per pair of participants.
        // One tie per pair, its weight the projects the pair shares (other tools would read a
        // pair's parallel ties as a multigraph).
        const std::size_t projects = net.projects.size();
        std::map<std::pair<std::size_t, std::size_t>, std::size_t> tie_of_pair;
        std::vector<Tie> ties;
        for (Tie& t : project_ties(net)) {
            auto [it, fresh] = tie_of_pair.try_emplace({std::min(t.source, t.target), std::max(t.source, t.target)}, ties.size());
            if (fresh) ties.push_back(std::move(t));
            else ties[it->second].weight += t.weight;
        }
        net.ties.insert(net.ties.end(), ties.begin(), ties.end());
        net.projects.clear();
        if (!opt.quiet)
            std::cerr << "ecosys: note: " << projects << " projects written as " << ties.size()
                      << " ties of type 'project' (weight = shared projects)\n";
    }
    if (opt.as_undirected) {
        for (Tie& t : net.ties) t.directed = false;
    } else if (opt.as_directed) {
        // An undirected tie runs both ways: two arcs, as NetworkX's to_directed() makes.
        const std::size_t n = net.ties.size();
        for (std::size_t i = 0; i < n; ++i) {
            if (net.ties[i].directed) continue;
            net.ties[i].directed = true;
            Tie back = net.ties[i];
            std::swap(back.source, back.target);
            if (back.source != back.target) net.ties.push_back(std::move(back));
        }
    }
    const Format format = out.resolve();
    const bool edges_format = format != Format::json && format != Format::csv_folder;
    if (!opt.quiet && edges_format && net.ties.empty() && !net.projects.empty())
        std::cerr << "ecosys: warning: the network has " << net.projects.size()
                  << " projects and no ties, so NetworkX, igraph and Gephi will read no edges from " << opt.output
                  << "; write each project's pairs of participants as ties with --project-ties (or read the participation "
                     "table with ecosys import-projects --ties)\n";
    out.write(net, opt.quiet);
}

}  // namespace

void setup_convert(CLI::App& app) {
    auto opt = std::make_shared<ConvertOptions>();
    CLI::App* cmd = app.add_subcommand(
        "convert",
        "Convert a network between formats: JSON, CSV folder, GraphML, GEXF, GML, Pajek, DOT (and edge lists on input).\n"
        "The output format follows OUT's extension (none: a CSV folder) or --format; '-' writes to standard output.");
    cmd->add_option("IN", opt->input, "Network to read (any format; see --input-format)")->required();
    cmd->add_option("OUT", opt->output, "File or folder to write")->required();
    add_network_output_options(cmd, opt->out);
    auto* undirected = cmd->add_flag("--as-undirected", opt->as_undirected,
                                     "Write every tie as undirected (for NetworkX/igraph, which read a graph as one kind)");
    cmd->add_flag("--as-directed", opt->as_directed,
                  "Write every tie as directed; an undirected tie becomes two arcs, one each way")
        ->excludes(undirected);
    cmd->add_flag("--project-ties", opt->project_ties,
                  "Write the projects as ties: each pair of participants tied, weight = projects shared (they replace the projects)");
    add_quiet_flag(cmd, opt->quiet, "Do not print warnings or the summary line");
    cmd->footer("Reading other tools' files: --input-format, --sector-attr, --sector-map, --default-sector ... (see ecosys --help, docs/formats.md)");
    cmd->callback([opt] { run_convert(*opt); });
}

}  // namespace ecosys::cli
