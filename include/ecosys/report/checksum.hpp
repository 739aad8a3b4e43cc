#pragma once
// What the methods section of a report records about its input: each file read, its
// size and its SHA-256 checksum (FIPS 180-4), so a reader can check that a report
// belongs to the data at hand (`sha256sum FILE` gives the same hex digest).

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ecosys {

/// SHA-256 of `data` as 64 lower-case hex digits.
[[nodiscard]] std::string sha256_hex(std::string_view data);

struct InputFile {
    std::string name;    ///< the path as given; for a folder, "folder/file"
    std::uintmax_t bytes = 0;
    std::string sha256;
};

/// The files behind a network path: the file itself, or every regular file directly
/// in a folder (a CSV folder), in name order. Throws InputError when a file cannot be read.
[[nodiscard]] std::vector<InputFile> describe_input(const std::filesystem::path& path);

}  // namespace ecosys
