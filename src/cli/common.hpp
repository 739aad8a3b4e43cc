#pragma once
// Helpers shared by the commands: loading a network with warnings printed,
// and sending a command's output to a file (atomically) or to stdout.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "ecosys/analysis/selection.hpp"
#include "ecosys/counts.hpp"
#include "ecosys/language.hpp"
#include "ecosys/io/reader.hpp"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace ecosys::cli {

/// The options several commands share, declared here once so that their names and
/// help texts are the same on every command.
/// The network positional argument ("NETWORK", required).
CLI::Option* add_network_argument(CLI::App* cmd, std::string& path);
/// Several networks ("NETWORK...", required), for validate and compare.
CLI::Option* add_network_arguments(CLI::App* cmd, std::vector<std::string>& paths);
/// -q/--quiet; `help` says what it silences (the default: warnings about the input).
CLI::Option* add_quiet_flag(CLI::App* cmd, bool& quiet, const std::string& help = "Do not print warnings about the input");
/// -o/--output FILE; the default help: written atomically, else standard output.
CLI::Option* add_output_option(CLI::App* cmd, std::string& output,
                               const std::string& help = "Write to FILE (atomically) instead of standard output");
/// --format, one of `formats` (table, csv, json, md, text), its default shown; the help
/// names them ("Output format: an aligned table, CSV, JSON or Markdown (md)") unless given.
CLI::Option* add_format_option(CLI::App* cmd, std::string& format, const std::vector<std::string>& formats,
                               const std::string& help = "");
/// --seed: a whole number up to 2^64-1, its default shown; `help` is the whole help text.
CLI::Option* add_seed_option(CLI::App* cmd, std::uint64_t& seed, const std::string& help);
/// --bom, on every command that writes CSV; pass the CSV through with_bom().
CLI::Option* add_bom_flag(CLI::App* cmd, bool& bom);
/// `csv`, starting with a UTF-8 byte order mark when `bom`.
std::string with_bom(std::string csv, bool bom);
/// --wide, on every command printing a table of ids or names: print them whole.
CLI::Option* add_wide_flag(CLI::App* cmd, bool& wide);
/// --lang en|ja, on every command that writes for people (report, explore, render): the
/// language of headings, notes, labels and legends. Its default, ECOSYS_LANG or else en,
/// is read by language_of("") when the option is not given.
CLI::Option* add_language_option(CLI::App* cmd, std::string& lang);
/// The language options of a command whose tables are read by people, registered once:
/// --lang (headings, titles and notes of tables and markdown), --header-lang ja (with
/// CSV: a first row of Japanese column headings above the English keys, which stay the
/// header programs read, one row down) and --era (with --lang ja: years by era).
struct LanguageOptions {
    std::string lang;
    std::string header_lang;
    bool era = false;
    /// `csv`: the command writes CSV (--header-lang); `years`: its tables show years (--era).
    void add(CLI::App* cmd, bool csv, bool years);
    /// The language asked for; UsageError for --header-lang without --format csv or --era
    /// without Japanese, before any work.
    [[nodiscard]] Language language(const std::string& format) const;
    /// `csv` with the Japanese heading row when --header-lang ja.
    [[nodiscard]] std::string csv(std::string csv) const;
};
/// A command's result in the formats it offers, each made only when asked for: JSON and
/// CSV for programs (English keys), Markdown and the table for people (each lambda holds
/// its language and --wide). A format the command does not offer stays empty.
struct ResultTexts {
    std::function<std::string()> json{}, csv{}, markdown{}, table{};
    /// Said on standard error with CSV (unless -q): CSV has no place for them.
    std::vector<std::string> csv_notes{};
};

/// The options of how a command writes its result, one value for every command:
/// --format, --bom, --wide, the language options, -o and -q (each registered by its
/// add_ function above, so a command offers only those it takes).
struct OutputGiven {
    std::string format = "table";
    bool bom = false;
    bool wide = false;
    LanguageOptions language;
    std::string output;
    bool quiet = false;

    /// The language of the tables and Markdown; usage errors before any work
    /// (LanguageOptions::language).
    [[nodiscard]] Language tables_language() const { return language.language(format); }
    /// Writes `result` in --format to -o or standard output (CSV with --header-lang's row
    /// and --bom; "table" and any format without a text of its own: the table).
    void write(const ResultTexts& result) const;
};

/// Which of OutputGiven's options a command offers, and their help where it differs.
struct OutputFlags {
    std::vector<std::string> formats{"table", "csv", "json", "md"};
    bool bom = true;    ///< --bom (the command writes CSV others open in spreadsheets)
    bool wide = true;   ///< --wide (its tables show ids or names)
    bool years = false; ///< --era (its tables show years)
    std::string quiet = "Do not print warnings about the input";
};
/// Registers OutputGiven's options in one order: --format, --bom, --wide, the language
/// options, -o, -q.
void add_output_options(CLI::App* cmd, OutputGiven& out, const OutputFlags& flags);

/// The Language of a --lang value; "" (not given): default_language(). A value given
/// becomes the process's language (ECOSYS_LANG), so that what is written outside the
/// command's own tables follows it too (a selected network's name, "[年 2001-2005]").
Language language_of(const std::string& lang);

/// Loads a network (and remembers it as an input: input_files.hpp); prints its
/// warnings to stderr unless `quiet`.
/// Throws InputError (every problem found) when the network is invalid.
LoadResult load(const std::string& path, bool quiet = false);

/// Prints diagnostics to stderr, one per line, at most `limit`, then "… and N more".
/// The first errors are usually the cause of the rest.
void print_diagnostics(const std::vector<Diagnostic>& diagnostics, std::size_t limit = 100);

/// Writes `content` to `output` atomically, or to stdout when `output` is empty or "-".
/// Throws UsageError, writing nothing, when `output` is one of the command's inputs.
void emit(std::string_view content, const std::string& output);

/// Keys for a --help text, space-separated, wrapped at about 80 columns with two
/// spaces of indent on continuation lines.
std::string wrapped_keys(const std::vector<std::string>& keys);

/// Remembers the command line as given (main() calls it before parsing), for the
/// report's Methods: `invocation()` is "ecosys ARG..." with every argument that needs it
/// in single quotes (a shell reads it back as the same arguments), so the command shown
/// is the one that ran, every option included but -o/--output (where it was written).
void remember_invocation(int argc, char** argv);
[[nodiscard]] const std::string& invocation();
/// invocation() and then each setting as " NAME VALUE" (quoted like the rest): the values
/// a command used without being told (defaults, the environment), for a command that
/// must give the same result when run again.
[[nodiscard]] std::string invocation_with(const std::vector<std::pair<std::string, std::string>>& settings);

// The largest sensible counts (max_samples, max_permutations, max_count, max_threads)
// are the library's, shared with the Python module: ecosys/counts.hpp.

/// The check of a count or seed option (--samples, --permutations, --seed): a whole
/// number without a sign, at most `max`; anything else is a usage error (exit 2) naming
/// the largest value. CLI11 alone reads "-1" into a 64-bit unsigned option as 2^64-1 and
/// cuts a seed above 2^64-1 silently.
CLI::Validator whole_number_at_most(std::uint64_t max);

}  // namespace ecosys::cli
