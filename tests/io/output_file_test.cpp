#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
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

TEST_CASE("several files: when one cannot be written, none is replaced and no temporary is left") {
    fs::path dir = fs::temp_directory_path() / ("ecosys-out-many-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    write_files_atomically({{dir / "actors.csv", "old actors"}, {dir / "ties.csv", "old ties"}});
    std::ofstream(dir / "blocker") << "x";
    // The third file cannot be made (a file stands where its folder should be).
    CHECK_THROWS_WITH_AS(write_files_atomically({{dir / "actors.csv", "new actors"},
                                                 {dir / "ties.csv", "new ties"},
                                                 {dir / "blocker" / "c.csv", "new c"}}),
                         ("cannot write " + (dir / "blocker" / "c.csv").generic_string() + ": cannot create folder " +
                          (dir / "blocker").generic_string() + " (Not a directory)")
                             .c_str(),
                         OutputError);
    auto read = [](const fs::path& p) {
        std::stringstream ss;
        ss << std::ifstream(p).rdbuf();
        return ss.str();
    };
    CHECK(read(dir / "actors.csv") == "old actors");
    CHECK(read(dir / "ties.csv") == "old ties");
    int files = 0;
    for ([[maybe_unused]] auto& e : fs::directory_iterator(dir)) ++files;
    CHECK(files == 3);  // actors.csv, ties.csv, blocker
    fs::remove_all(dir);
}

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("a symbolic link is written through, atomically, at its target; the link stays") {
    fs::path dir = fs::temp_directory_path() / ("ecosys-link-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "real");
    std::ofstream(dir / "real" / "out.csv") << "old";
    fs::create_symlink("real/out.csv", dir / "link.csv");
    write_file_atomically(dir / "link.csv", "new");
    CHECK(fs::is_symlink(fs::symlink_status(dir / "link.csv")));
    CHECK(slurp(dir / "real" / "out.csv") == "new");
    // A dangling link: its target is created.
    fs::create_symlink("real/fresh.csv", dir / "dangling.csv");
    write_file_atomically(dir / "dangling.csv", "fresh");
    CHECK(fs::is_symlink(fs::symlink_status(dir / "dangling.csv")));
    CHECK(slurp(dir / "real" / "fresh.csv") == "fresh");
    fs::remove_all(dir);
}

TEST_CASE("a replaced file keeps its mode; a new one gets the umask's") {
    fs::path dir = fs::temp_directory_path() / ("ecosys-mode-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "private.csv") << "old";
    fs::permissions(dir / "private.csv", fs::perms::owner_read | fs::perms::owner_write);
    write_file_atomically(dir / "private.csv", "new");
    CHECK(fs::status(dir / "private.csv").permissions() == (fs::perms::owner_read | fs::perms::owner_write));
    const mode_t before = ::umask(077);
    write_file_atomically(dir / "new.csv", "x");
    ::umask(before);
    CHECK(fs::status(dir / "new.csv").permissions() == (fs::perms::owner_read | fs::perms::owner_write));
    fs::remove_all(dir);
}

TEST_CASE("a character device or a FIFO is written into, not replaced") {
    write_file_atomically("/dev/null", "nothing");
    CHECK(fs::is_character_file("/dev/null"));
}
