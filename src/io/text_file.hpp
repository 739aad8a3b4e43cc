#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace ecosys::detail {

/// The whole content of a file; throws InputError naming `source` when the
/// file is missing, is a folder or cannot be read.
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
