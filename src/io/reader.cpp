#include <fstream>
#include <iterator>

#include "ecosys/io/import_options.hpp"
#include "ecosys/io/reader.hpp"
#include "io/text_file.hpp"

namespace ecosys {

namespace detail {

std::string read_text_file(const std::filesystem::path& path, const std::string& source) {
    auto fail = [&](const std::string& message) {
        throw InputError({{Diagnostic::Severity::error, {source, 0, 0}, message}});
    };
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status)) fail("no such file or folder");
    if (std::filesystem::is_directory(status)) fail("is a folder, expected a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) fail("cannot open the file for reading");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) fail("error while reading the file");
    return text;
}

}  // namespace detail

LoadResult load_network(const std::filesystem::path& path) { return load_network(path, ImportOptions{}); }

}  // namespace ecosys
