// ecosys convert IN OUT: a network from any readable format into any writable one.

#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/network_output.hpp"

namespace ecosys::cli {

namespace {

struct ConvertOptions {
    std::string input, output;
    NetworkOutput out;
    bool quiet = false;
};

void run_convert(const ConvertOptions& opt) {
    NetworkOutput out = opt.out;
    out.path = opt.output;
    out.check();  // bad usage before any reading
    LoadResult loaded = load(opt.input, opt.quiet);
    out.write(loaded.network, opt.quiet);
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
    cmd->add_flag("-q,--quiet", opt->quiet, "Do not print warnings or the summary line");
    cmd->footer("Reading other tools' files: --input-format, --sector-attr, --sector-map, --default-sector ... (see ecosys --help, docs/formats.md)");
    cmd->callback([opt] { run_convert(*opt); });
}

}  // namespace ecosys::cli
