#include <fstream>
#include <iterator>
#include <utility>

#include "ecosys/io/import_options.hpp"
#include "ecosys/io/reader.hpp"
#include "io/text_file.hpp"

namespace ecosys {

namespace detail {

namespace {

[[noreturn]] void fail_to_read(const std::string& source, const std::string& message) {
    throw InputError({{Diagnostic::Severity::error, {source, 0, 0}, message}});
}

void check_readable_file(const std::filesystem::path& path, const std::string& source) {
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status)) fail_to_read(source, "no such file or folder");
    if (std::filesystem::is_directory(status)) fail_to_read(source, "is a folder, expected a file");
}

}  // namespace

std::string read_text_file(const std::filesystem::path& path, const std::string& source) {
    check_readable_file(path, source);
    std::ifstream in(path, std::ios::binary);
    if (!in) fail_to_read(source, "cannot open the file for reading");
    std::string text;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec) text.reserve(static_cast<std::size_t>(size));  // one allocation for a regular file
    char block[1 << 16];
    while (in.read(block, sizeof block) || in.gcount() > 0) text.append(block, static_cast<std::size_t>(in.gcount()));
    if (in.bad()) fail_to_read(source, "error while reading the file");
    return text;
}

}  // namespace detail

LoadResult load_network(const std::filesystem::path& path) { return load_network(path, ImportOptions{}); }

}  // namespace ecosys
