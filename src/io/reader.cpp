#include <fstream>
#include <iterator>
#include <utility>
#include <vector>

#include "ecosys/io/import_options.hpp"
#include "ecosys/io/reader.hpp"
#include "io/text_file.hpp"

namespace ecosys {

namespace detail {

namespace {

[[noreturn]] void fail_to_read(const std::string& source, const std::string& message) {
    throw InputError({source, 0, 0}, message);
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
    // Refused before reading when the size is known.
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (!ec && size > max_file_bytes)
        fail_to_read(source, "the file is " + std::to_string(size >> 20) + " MiB, more than the " +
                                 std::to_string(max_file_bytes >> 20) +
                                 " MiB ecosys reads (a file is held in memory whole while read); split the network, "
                                 "e.g. by region");
    std::string text;
    if (!ec) text.reserve(static_cast<std::size_t>(size));  // one allocation for a regular file
    // Read in chunks, so that a pipe or device with no size stops at the limit too.
    std::vector<char> chunk(1 << 20);
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        if (text.size() + static_cast<std::size_t>(in.gcount()) > max_file_bytes)
            fail_to_read(source, "the input is more than the " + std::to_string(max_file_bytes >> 20) +
                                     " MiB ecosys reads (a file is held in memory whole while read); split the "
                                     "network, e.g. by region");
        text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) fail_to_read(source, "error while reading the file");
    return text;
}

}  // namespace detail

LoadResult load_network(const std::filesystem::path& path) { return load_network(path, ImportOptions{}); }

}  // namespace ecosys
