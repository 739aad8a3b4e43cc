#pragma once
#include <filesystem>
#include <string>

namespace ecosys::detail {

/// The whole content of a file; throws InputError naming `source` when the
/// file is missing, is a folder or cannot be read.
std::string read_text_file(const std::filesystem::path& path, const std::string& source);

}  // namespace ecosys::detail
