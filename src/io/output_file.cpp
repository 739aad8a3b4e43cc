#include "ecosys/io/output_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ecosys/error.hpp"

namespace ecosys {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const fs::path& path, const std::string& why) {
    throw OutputError("cannot write " + path.generic_string() + ": " + why);
}

/// Where a write to `path` lands: the final target of a chain of symbolic links
/// (a dangling link's target is created), or `path` itself.
fs::path resolve_links(const fs::path& path) {
    fs::path at = path;
    std::error_code ec;
    for (int hops = 0; fs::is_symlink(fs::symlink_status(at, ec)); ++hops) {
        if (hops == 40) fail(path, "too many levels of symbolic links");
        fs::path target = fs::read_symlink(at, ec);
        if (ec) fail(path, ec.message());
        at = target.is_absolute() ? target : at.parent_path() / target;
    }
    return at;
}

/// The mode of the file written to `path`: that of the file it replaces, else what
/// the umask leaves of 0666 (as any program creating a file).
mode_t mode_for(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) return st.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

/// FIFOs and character devices (-o /dev/stdout, a named pipe) are written to as they
/// are: they cannot be replaced by a rename, and replacing /dev/null would be harmful.
/// So is anything that exists under /dev or /proc (/dev/stdout redirected to a file
/// with >> must be appended to, not replaced).
bool is_stream(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return false;
    const std::string absolute = fs::absolute(path).lexically_normal().generic_string();
    const bool system = absolute.rfind("/dev/", 0) == 0 || absolute.rfind("/proc/", 0) == 0;
    return S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode) || (system && S_ISREG(st.st_mode));
}

/// Writes all of `content` to `fd`; 0, or the errno of the failure.
int write_all(int fd, std::string_view content) {
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    return 0;
}

void write_stream(const fs::path& path, std::string_view content) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) fail(path, std::strerror(errno));
    if (int error = write_all(fd, content)) {
        ::close(fd);
        fail(path, std::strerror(error));
    }
    if (::close(fd) != 0) fail(path, std::strerror(errno));
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
    if (int error = write_all(fd, content)) {
        ::close(fd);
        ::unlink(tmp.data());
        fail(path, std::strerror(error));
    }
    // mkstemp makes the file 0600: give it the mode of the file it replaces, or the
    // umask's (network data about people must not become more readable than asked).
    ::fchmod(fd, mode_for(path));
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

void write_files_atomically(const std::vector<std::pair<fs::path, std::string_view>>& files, const std::vector<fs::path>& stale) {
    // Through symbolic links to their targets; FIFOs and devices are streamed into.
    std::vector<fs::path> targets;
    std::vector<bool> streams;
    for (const auto& [path, content] : files) {
        // stat() follows every link, /proc's magic ones too (/dev/stdout -> pipe:[...]).
        streams.push_back(is_stream(path));
        targets.push_back(streams.back() ? path : resolve_links(path));
    }
    std::vector<std::string> temporaries(files.size());
    try {
        for (std::size_t i = 0; i < files.size(); ++i)
            if (!streams[i]) temporaries[i] = write_temporary(targets[i], files[i].second);
    } catch (const OutputError&) {
        for (const std::string& t : temporaries)
            if (!t.empty()) ::unlink(t.c_str());
        throw;
    }
    // Every file is complete on disk: only now replace the old ones. Several files into
    // one folder (a CSV folder's tables) are renamed under an exclusive lock on the
    // folder, so that two processes writing the same folder at once never leave tables
    // of both: the last to take the lock replaces every table.
    std::vector<int> locks;
    if (files.size() > 1 || !stale.empty()) {
        std::vector<fs::path> folders;
        for (std::size_t i = 0; i < files.size(); ++i) {
            if (streams[i]) continue;
            fs::path folder = targets[i].parent_path();
            if (folder.empty()) folder = ".";
            if (std::find(folders.begin(), folders.end(), folder) == folders.end()) folders.push_back(folder);
        }
        std::sort(folders.begin(), folders.end());  // one order for every process: no deadlock
        for (const fs::path& folder : folders) {
            const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (fd < 0) continue;  // renaming still works; only the lock is lost
            while (::flock(fd, LOCK_EX) != 0 && errno == EINTR) {
            }
            locks.push_back(fd);
        }
    }
    struct Unlock {
        std::vector<int>& fds;
        ~Unlock() {
            for (int fd : fds) ::close(fd);  // closing releases the lock
        }
    } unlock{locks};
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (streams[i]) {
            write_stream(targets[i], files[i].second);
            continue;
        }
        if (std::rename(temporaries[i].c_str(), targets[i].c_str()) != 0) {
            std::string why = std::strerror(errno);
            for (std::size_t j = i; j < files.size(); ++j)
                if (!temporaries[j].empty()) ::unlink(temporaries[j].c_str());
            fail(files[i].first, why);
        }
    }
    for (const fs::path& path : stale) ::unlink(path.c_str());  // gone already: nothing to do
}

}  // namespace ecosys
