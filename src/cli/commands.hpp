#pragma once
// The command table of the `ecosys` program. Each command lives in its own
// command_<name>.cpp with a setup function that registers its options and its
// run callback on the app; main() only wires them.

#include <CLI/CLI.hpp>

namespace ecosys::cli {

void setup_compare(CLI::App& app);
void setup_convert(CLI::App& app);
void setup_diff(CLI::App& app);
void setup_evaluate(CLI::App& app);
void setup_explore(CLI::App& app);
void setup_extract(CLI::App& app);
void setup_import_projects(CLI::App& app);
void setup_helix(CLI::App& app);
void setup_info(CLI::App& app);
void setup_keyplayers(CLI::App& app);
void setup_links(CLI::App& app);
void setup_match(CLI::App& app);
void setup_metrics(CLI::App& app);
void setup_qap(CLI::App& app);
void setup_render(CLI::App& app);
void setup_report(CLI::App& app);
void setup_validate(CLI::App& app);
void setup_whatif(CLI::App& app);

struct CommandEntry {
    const char* name;
    void (*setup)(CLI::App&);
};

/// Every command, in the order `ecosys --help` lists them.
inline constexpr CommandEntry commands[] = {
    {"compare", setup_compare},
    {"convert", setup_convert},
    {"diff", setup_diff},
    {"evaluate", setup_evaluate},
    {"explore", setup_explore},
    {"extract", setup_extract},
    {"import-projects", setup_import_projects},
    {"helix", setup_helix},
    {"info", setup_info},
    {"keyplayers", setup_keyplayers},
    {"links", setup_links},
    {"match", setup_match},
    {"metrics", setup_metrics},
    {"qap", setup_qap},
    {"render", setup_render},
    {"report", setup_report},
    {"validate", setup_validate},
    {"whatif", setup_whatif},
};

/// Thrown by a command that has already printed what went wrong and only needs
/// main() to exit with `code` (e.g. validate finding errors).
struct Exit {
    int code;
};

}  // namespace ecosys::cli
