#pragma once
// The files a command reads, remembered so that no output replaces one of them:
// `ecosys convert net.json net.json`, `metrics net/ -o net/actors.csv` or a
// sector map given as -o are refused before anything is written.

#include <filesystem>
#include <string>
#include <string_view>

namespace ecosys::cli {

/// Remembers `path` (a file, or a CSV folder: then the CSV files a network folder
/// is read from) as an input of this command. Paths that do not exist are ignored.
void remember_input(const std::filesystem::path& path);

/// Forgets every remembered input, for a process that runs one command after another
/// (the command-line fuzz target, tests/fuzz/fuzz_cli_options.cpp).
void forget_inputs();

/// Throws UsageError when writing `target` would replace a remembered input: the
/// same file (also through a link or another spelling of the path), or one of
/// the CSV files of an input folder. Cost: one stat per remembered input.
void refuse_input_as_output(const std::filesystem::path& target);

/// Throws UsageError when two outputs of one run name the same file (`diff -o s.svg
/// --diagram s.svg`), before anything is computed. Empty and "-" (standard output) pass.
void refuse_same_output(std::string_view first_option, const std::string& first, std::string_view second_option,
                        const std::string& second);

}  // namespace ecosys::cli
