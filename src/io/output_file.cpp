#include "ecosys/io/output_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

#include "ecosys/error.hpp"

namespace ecosys {

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    namespace fs = std::filesystem;
    auto fail = [&](const std::string& why) { throw OutputError("cannot write " + path.generic_string() + ": " + why); };
    std::error_code ec;
    fs::path parent = path.parent_path();
    if (!parent.empty()) {
        fs::create_directories(parent, ec);
        if (ec) fail("cannot create folder " + parent.generic_string() + " (" + ec.message() + ")");
    }
    if (fs::is_directory(path, ec)) fail("it is a folder");

    std::string tmp_template = (parent.empty() ? fs::path(".") : parent).string() + "/." + path.filename().string() + ".tmp-XXXXXX";
    std::vector<char> tmp(tmp_template.begin(), tmp_template.end());
    tmp.push_back('\0');
    int fd = mkstemp(tmp.data());
    if (fd < 0) fail(std::strerror(errno));
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(tmp.data());
            fail(why);
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    // Files are readable like any other output (mkstemp makes them 0600).
    ::fchmod(fd, 0644);
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        std::string why = std::strerror(errno);
        ::unlink(tmp.data());
        fail(why);
    }
    if (std::rename(tmp.data(), path.c_str()) != 0) {
        std::string why = std::strerror(errno);
        ::unlink(tmp.data());
        fail(why);
    }
}

}  // namespace ecosys
