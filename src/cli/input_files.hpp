#pragma once
// The files a command reads, remembered so that no output replaces one of them:
// `ecosys convert net.json net.json`, `metrics net/ -o net/actors.csv` or a
// sector map given as -o are refused before anything is written.

#include <filesystem>

namespace ecosys::cli {

/// Remembers `path` (a file, or a CSV folder: then the CSV files a network folder
/// is read from) as an input of this command. Paths that do not exist are ignored.
void remember_input(const std::filesystem::path& path);

/// Throws UsageError when writing `target` would replace a remembered input: the
/// same file (also through a link or another spelling of the path), or one of
/// the CSV files of an input folder. Cost: one stat per remembered input.
void refuse_input_as_output(const std::filesystem::path& target);

}  // namespace ecosys::cli
