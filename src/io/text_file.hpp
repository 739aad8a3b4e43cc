#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace ecosys::detail {

/// The whole content of a file; throws InputError naming `source` when the
/// file is missing, is a folder or cannot be read.
std::string read_text_file(const std::filesystem::path& path, const std::string& source);

/// The content of a file without a copy on the heap: a regular file is mapped
/// into memory (its pages stay the page cache's, read ahead sequentially); any
/// other file is read. Throws like read_text_file. Move-only.
class FileText {
public:
    FileText(const std::filesystem::path& path, const std::string& source);
    FileText(FileText&& other) noexcept;
    FileText& operator=(FileText&&) = delete;
    FileText(const FileText&) = delete;
    ~FileText();

    [[nodiscard]] std::string_view view() const noexcept { return map_ ? std::string_view(map_, size_) : std::string_view(copy_); }

private:
    const char* map_ = nullptr;
    std::size_t size_ = 0;
    std::string copy_;
};

}  // namespace ecosys::detail
