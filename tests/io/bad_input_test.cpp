// The catalogue of broken inputs: every file or folder in tests/data/bad/ must be
// refused with exactly the messages in its .expected file.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ecosys/io/reader.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
    return s;
}

}  // namespace

TEST_CASE("every broken input in the catalogue is refused with its expected messages") {
    const fs::path data = ECOSYS_TEST_DATA_DIR;
    REQUIRE_MESSAGE(fs::is_directory(data / "bad"), "test data missing: " << (data / "bad").string());
    int checked = 0;
    for (const auto& entry : fs::directory_iterator(data / "bad")) {
        const fs::path& p = entry.path();
        if (p.extension() == ".expected") continue;
        fs::path expected_file = p.parent_path() / (p.stem().string() + ".expected");
        if (entry.is_directory()) expected_file = p.string() + ".expected";
        CAPTURE(p.filename().string());
        REQUIRE(fs::exists(expected_file));
        std::string expected = read_all(expected_file);
        while (!expected.empty() && expected.back() == '\n') expected.pop_back();

        std::string got;
        bool threw = false;
        try {
            ecosys::load_network(p);
        } catch (const ecosys::InputError& e) {
            threw = true;
            got = replace_all(e.what(), data.generic_string() + "/", "");
        }
        CHECK(threw);
        CHECK(got == expected);
        ++checked;
    }
    CHECK(checked >= 30);
}
