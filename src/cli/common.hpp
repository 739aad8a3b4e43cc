#pragma once
// Helpers shared by the commands: loading a network with warnings printed,
// and sending a command's output to a file (atomically) or to stdout.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/io/reader.hpp"

namespace ecosys::cli {

/// Loads a network (and remembers it as an input: input_files.hpp); prints its
/// warnings to stderr unless `quiet`.
/// Throws InputError (every problem found) when the network is invalid.
LoadResult load(const std::string& path, bool quiet = false);

/// Writes `content` to `output` atomically, or to stdout when `output` is empty or "-".
/// Throws UsageError, writing nothing, when `output` is one of the command's inputs.
void emit(std::string_view content, const std::string& output);

/// Keys for a --help text, space-separated, wrapped at about 80 columns with two
/// spaces of indent on continuation lines.
std::string wrapped_keys(const std::vector<std::string>& keys);

}  // namespace ecosys::cli
