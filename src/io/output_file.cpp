#include "ecosys/io/output_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ecosys/error.hpp"

namespace ecosys {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const fs::path& path, const std::string& why) {
    throw OutputError("cannot write " + path.generic_string() + ": " + why);
}

/// Writes `content` to a new temporary file beside `path` and syncs it; returns
/// its name. On failure removes it and throws OutputError naming `path`.
std::string write_temporary(const fs::path& path, std::string_view content) {
    std::error_code ec;
    fs::path parent = path.parent_path();
    if (!parent.empty()) {
        fs::create_directories(parent, ec);
        if (ec) fail(path, "cannot create folder " + parent.generic_string() + " (" + ec.message() + ")");
    }
    if (fs::is_directory(path, ec)) fail(path, "it is a folder");

    std::string tmp_template = (parent.empty() ? fs::path(".") : parent).string() + "/." + path.filename().string() + ".tmp-XXXXXX";
    std::vector<char> tmp(tmp_template.begin(), tmp_template.end());
    tmp.push_back('\0');
    int fd = mkstemp(tmp.data());
    if (fd < 0) fail(path, std::strerror(errno));
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(tmp.data());
            fail(path, why);
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    // Files are readable like any other output (mkstemp makes them 0600).
    ::fchmod(fd, 0644);
    if (::fsync(fd) != 0) {
        std::string why = std::strerror(errno);
        ::close(fd);
        ::unlink(tmp.data());
        fail(path, why);
    }
    if (::close(fd) != 0) {
        std::string why = std::strerror(errno);
        ::unlink(tmp.data());
        fail(path, why);
    }
    return tmp.data();
}

}  // namespace

void write_file_atomically(const fs::path& path, std::string_view content) {
    write_files_atomically({{path, content}});
}

void write_files_atomically(const std::vector<std::pair<fs::path, std::string_view>>& files) {
    std::vector<std::string> temporaries;
    try {
        for (const auto& [path, content] : files) temporaries.push_back(write_temporary(path, content));
    } catch (const OutputError&) {
        for (const std::string& t : temporaries) ::unlink(t.c_str());
        throw;
    }
    // Every file is complete on disk: only now replace the old ones.
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (std::rename(temporaries[i].c_str(), files[i].first.c_str()) != 0) {
            std::string why = std::strerror(errno);
            for (std::size_t j = i; j < files.size(); ++j) ::unlink(temporaries[j].c_str());
            fail(files[i].first, why);
        }
    }
}

}  // namespace ecosys
