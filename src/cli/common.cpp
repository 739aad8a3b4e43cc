#include "cli/common.hpp"

#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/input_files.hpp"
#include "cli/input_options.hpp"
#include "ecosys/io/output_file.hpp"

namespace ecosys::cli {

LoadResult load(const std::string& path, bool quiet) {
    remember_input(path);
    LoadResult result = load_network(path, input_options());
    if (!quiet)
        print_diagnostics(result.warnings);
    return result;
}

void emit(std::string_view content, const std::string& output) {
    if (output.empty() || output == "-") {
        std::cout << content;
        std::cout.flush();
        return;
    }
    refuse_input_as_output(output);
    write_file_atomically(output, content);
}

std::string wrapped_keys(const std::vector<std::string>& keys) {
    std::string out;
    std::size_t column = 16;  // after "Region metrics: "
    for (const std::string& key : keys) {
        if (!out.empty()) {
            if (column + 1 + key.size() > 80) {
                out += "\n  ";
                column = 2;
            } else {
                out += ' ';
                ++column;
            }
        }
        out += key;
        column += key.size();
    }
    return out;
}

namespace {
constexpr const char* network_help = "Network file (JSON, CSV folder, GraphML, GEXF, GML, Pajek, DOT, edge list)";
}

CLI::Option* add_network_argument(CLI::App* cmd, std::string& path) {
    return cmd->add_option("NETWORK", path, network_help)->required();
}

CLI::Option* add_network_arguments(CLI::App* cmd, std::vector<std::string>& paths) {
    return cmd->add_option("NETWORK", paths, std::string(network_help) + "; one or more")->required();
}

CLI::Option* add_bom_flag(CLI::App* cmd, bool& bom) {
    return cmd->add_flag("--bom", bom, "Start CSV output with a UTF-8 byte order mark (for Excel)");
}

std::string with_bom(std::string csv, bool bom) { return bom ? "\xEF\xBB\xBF" + csv : csv; }

CLI::Option* add_wide_flag(CLI::App* cmd, bool& wide) {
    return cmd->add_flag("--wide", wide, "Print long ids and names whole in tables (default: cut in the middle with …)");
}

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, std::size_t limit) {
    for (std::size_t i = 0; i < diagnostics.size() && i < limit; ++i) std::cerr << diagnostics[i].to_string() << '\n';
    if (diagnostics.size() > limit)
        std::cerr << "ecosys: … and " << diagnostics.size() - limit << " more; fix the ones above first, they often cause the rest\n";
}

}  // namespace ecosys::cli
