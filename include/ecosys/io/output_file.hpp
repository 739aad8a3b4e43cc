#pragma once
// Writing output files safely: the content goes to a temporary file in the same
// folder, which is renamed over the target only when it is complete, so a failure
// leaves the previous file intact and never a half-written one.

#include <filesystem>
#include <string_view>

namespace ecosys {

/// Writes `content` to `path` atomically, creating missing parent folders.
/// Throws OutputError (with the path and the reason) on failure.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace ecosys
