#pragma once
// `--help` in Japanese (--lang ja on the command line, or ECOSYS_LANG=ja): the program's
// and every command's summary, and the metric keys with their Japanese labels. Options'
// own help lines stay English (they name options and keys, which are English).

#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "ecosys/language.hpp"

namespace ecosys::cli {

/// The language of --help for this command line: "--lang ja" or "--lang=ja" anywhere in
/// it, else default_language(). A bad value is left for the parser to refuse.
[[nodiscard]] Language help_language(int argc, char** argv);

/// The Japanese summary of `command` ("" for a name without one: a test checks none lacks it).
[[nodiscard]] std::string_view command_summary_ja(std::string_view command);

/// Replaces the program's and each command's description by its Japanese summary.
void use_japanese_help(CLI::App& app);

}  // namespace ecosys::cli
