// ecosys: analyse regional innovation ecosystems (産学官金 networks).
// main() only wires the command table and maps errors to exit codes:
// 0 success, 1 bad data (or a failure while working), 2 bad usage.

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/help_ja.hpp"
#include "cli/input_options.hpp"
#include "cli/launch.hpp"
#include "ecosys/error.hpp"
#include "util/text.hpp"

int main(int argc, char** argv) {
    CLI::App app{
        "ecosys: analyse regional innovation ecosystems (industry, academia, government,\n"
        "finance: 産学官金) as networks of actors and ties.\n\n"
        "A NETWORK is a JSON file or a folder of CSV files (docs/network-format.md), or a\n"
        "GraphML, GEXF, GML, Pajek, edge list or DOT file from another tool (docs/formats.md).\n"
        "Run 'ecosys COMMAND --help' for the options of a command.",
        "ecosys"};
    app.set_version_flag("--version", std::string("ecosys ") + ECOSYS_VERSION);
    app.require_subcommand(1);
    // `ecosys --lang ja COMMAND ...`: the language of every command that writes for people
    // (their own --lang overrides it), and of --help.
    app.add_option("--lang", "Language of headings, notes, labels, legends and --help: en or ja (日本語); default: ECOSYS_LANG, else en")
        ->check(CLI::IsMember({"en", "ja"}))
        ->type_name("en|ja")
        ->each([](const std::string& lang) { setenv("ECOSYS_LANG", lang.c_str(), 1); });
    ecosys::cli::setup_input_options(app);
    for (const auto& command : ecosys::cli::commands) command.setup(app);
    if (ecosys::cli::help_language(argc, argv) == ecosys::Language::ja) ecosys::cli::use_japanese_help(app);

    // An unknown command gets a suggestion rather than CLI11's generic message.
    if (argc > 1 && argv[1][0] != '-') {
        std::vector<std::string> names;
        for (const auto& command : ecosys::cli::commands) names.emplace_back(command.name);
        if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
            const std::string hint = ecosys::detail::did_you_mean(argv[1], names);
            std::cerr << "ecosys: error: unknown command " << ecosys::detail::quote(argv[1])
                      << hint << "; commands are "
                      << ecosys::detail::join_alternatives(names, " and ") << "\n";
            return 2;
        }
    }

    // Under mpirun or srun: one of several processes (docs/distributed.md).
    std::string_view command;
    for (int i = 1; i < argc && command.empty(); ++i)
        for (const auto& c : ecosys::cli::commands)
            if (std::string_view(argv[i]) == c.name) command = c.name;
    ecosys::cli::remember_invocation(argc, argv);  // before the launcher may change argv
    ecosys::cli::Launch launch(argc, argv, command);
    if (!launch.should_run()) return 0;

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    } catch (const ecosys::cli::Exit& e) {
        return e.code;
    } catch (const ecosys::InputError& e) {
        ecosys::cli::print_diagnostics(e.diagnostics());
        return 1;
    } catch (const ecosys::UsageError& e) {
        std::cerr << "ecosys: error: " << ecosys::detail::visible(e.what()) << '\n';
        return 2;
    } catch (const std::exception& e) {
        // Perhaps this process's failure alone, with the others waiting for it: end them all.
        launch.fail(e.what(), 1);
        std::cerr << "ecosys: error: " << ecosys::detail::visible(e.what()) << '\n';
        return 1;
    }
    return 0;
}
