#pragma once
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace ecosys::detail {

/// The largest file read: 1 GiB (a 1 GB file is read). A file is held in memory whole while it is read,
/// beside the network being built (about 110 bytes per tie while reading and the
/// network itself, bench/RESULTS.md: 1.4 GiB for a 0.5 GB JSON file of 5·10^6 ties),
/// so a larger file is refused before it is read rather than exhausting the machine
/// (docs/robustness.md).
inline constexpr std::uintmax_t max_file_bytes = std::uintmax_t{1} << 30;

/// The whole content of a file; throws InputError naming `source` when the
/// file is missing, is a folder, is larger than max_file_bytes or cannot be read.
std::string read_text_file(const std::filesystem::path& path, const std::string& source);

/// The content of a file, read once into one buffer sized from the file's length.
/// Read, not mapped: a mapped file that another process truncates kills the reader
/// with SIGBUS, where a read sees the shorter file and the parser reports where it
/// ends; the peak memory is the same (mapped pages count as resident too). Throws
/// like read_text_file.
class FileText {
public:
    FileText(const std::filesystem::path& path, const std::string& source) : text_(read_text_file(path, source)) {}

    [[nodiscard]] std::string_view view() const noexcept { return text_; }

private:
    std::string text_;
};

}  // namespace ecosys::detail
