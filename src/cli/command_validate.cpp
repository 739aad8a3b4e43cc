// ecosys validate NETWORK...: report every problem in each network file.

#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/input_options.hpp"
#include "ecosys/io/reader.hpp"

namespace ecosys::cli {

namespace {

struct ValidateOptions {
    std::vector<std::string> paths;
    bool quiet = false;
};

void run_validate(const ValidateOptions& opt) {
    bool all_valid = true;
    for (const std::string& path : opt.paths) {
        try {
            LoadResult r = load_network(path, input_options());
            print_diagnostics(r.warnings);
            if (!opt.quiet)
                std::cout << path << ": valid (" << r.network.actors.size() << " actors, " << r.network.ties.size() << " ties, "
                          << r.network.projects.size() << " projects, " << r.warnings.size() << " warnings)\n";
        } catch (const InputError& e) {
            all_valid = false;
            print_diagnostics(e.diagnostics());
            std::size_t errors = 0;
            for (const Diagnostic& d : e.diagnostics()) errors += d.severity == Diagnostic::Severity::error;
            if (!opt.quiet) std::cout << path << ": invalid (" << errors << (errors == 1 ? " error)\n" : " errors)\n");
        }
    }
    if (!all_valid) throw Exit{1};
}

}  // namespace

void setup_validate(CLI::App& app) {
    auto opt = std::make_shared<ValidateOptions>();
    CLI::App* cmd = app.add_subcommand(
        "validate",
        "Check network files and report every problem as FILE:LINE:COL: error: MESSAGE.\n"
        "Exit 0 when all are valid (warnings allowed), 1 when any is invalid.");
    add_network_arguments(cmd, opt->paths);
    add_quiet_flag(cmd, opt->quiet, "Print only the problems, not a line per valid file");
    cmd->callback([opt] { run_validate(*opt); });
}

}  // namespace ecosys::cli
