#include <fstream>
#include <iterator>
#include <vector>

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
    // Refused before reading when the size is known.
    if (std::uintmax_t size = std::filesystem::file_size(path, ec); !ec && size > max_file_bytes)
        fail("the file is " + std::to_string(size >> 20) + " MiB, more than the " + std::to_string(max_file_bytes >> 20) +
             " MiB ecosys reads (a file is held in memory whole while read); split the network, e.g. by region");
    // Read in chunks, so that a pipe or device with no size stops at the limit too.
    std::string text;
    std::vector<char> chunk(1 << 20);
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
        if (text.size() > max_file_bytes)
            fail("the input is more than the " + std::to_string(max_file_bytes >> 20) +
                 " MiB ecosys reads (a file is held in memory whole while read); split the network, e.g. by region");
    }
    if (in.bad()) fail("error while reading the file");
    return text;
}

}  // namespace detail

LoadResult load_network(const std::filesystem::path& path) { return load_network(path, ImportOptions{}); }

}  // namespace ecosys
