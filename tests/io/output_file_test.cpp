#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "ecosys/error.hpp"
#include "ecosys/io/output_file.hpp"

using namespace ecosys;
namespace fs = std::filesystem;

TEST_CASE("files are written whole, into created folders, with no temporary left behind") {
    fs::path dir = fs::temp_directory_path() / ("ecosys-out-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::path target = dir / "sub" / "a.txt";
    write_file_atomically(target, "first");
    write_file_atomically(target, "second");
    std::stringstream ss;
    ss << std::ifstream(target).rdbuf();
    CHECK(ss.str() == "second");
    int files = 0;
    for ([[maybe_unused]] auto& e : fs::directory_iterator(dir / "sub")) ++files;
    CHECK(files == 1);

    // A failure (the folder cannot be made: a file stands in its way) leaves the old file alone.
    std::ofstream(dir / "blocker") << "x";
    CHECK_THROWS_AS(write_file_atomically(dir / "blocker" / "b.txt", "y"), OutputError);
    std::stringstream again;
    again << std::ifstream(target).rdbuf();
    CHECK(again.str() == "second");
    fs::remove_all(dir);
}
