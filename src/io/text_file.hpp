#pragma once
#include <cstdint>
#include <filesystem>
#include <string>

namespace ecosys::detail {

/// The largest file read: 256 MiB. Readers hold a file whole in memory, and the
/// JSON reader's located tree takes about 27 times the file's size (a 94 MB file
/// of 10^6 actors and 10^6 ties: 2.5 GB), so a file of several GiB is refused
/// before it is read rather than exhausting the machine (docs/robustness.md).
inline constexpr std::uintmax_t max_file_bytes = std::uintmax_t{256} << 20;

/// The whole content of a file; throws InputError naming `source` when the
/// file is missing, is a folder, is larger than max_file_bytes or cannot be read.
std::string read_text_file(const std::filesystem::path& path, const std::string& source);

}  // namespace ecosys::detail
