#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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
    char block[1 << 16];
    while (in.read(block, sizeof block) || in.gcount() > 0) text.append(block, static_cast<std::size_t>(in.gcount()));
    if (in.bad()) fail_to_read(source, "error while reading the file");
    return text;
}

FileText::FileText(const std::filesystem::path& path, const std::string& source) {
    check_readable_file(path, source);
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail_to_read(source, "cannot open the file for reading");
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED) {
            ::madvise(p, static_cast<std::size_t>(st.st_size), MADV_SEQUENTIAL);
            map_ = static_cast<const char*>(p);
            size_ = static_cast<std::size_t>(st.st_size);
        }
    }
    ::close(fd);
    if (!map_) copy_ = read_text_file(path, source);  // empty, a pipe, or mmap refused
}

FileText::FileText(FileText&& other) noexcept
    : map_(std::exchange(other.map_, nullptr)), size_(std::exchange(other.size_, 0)), copy_(std::move(other.copy_)) {}

FileText::~FileText() {
    if (map_) ::munmap(const_cast<char*>(map_), size_);
}

}  // namespace detail

LoadResult load_network(const std::filesystem::path& path) { return load_network(path, ImportOptions{}); }

}  // namespace ecosys
