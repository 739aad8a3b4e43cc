#pragma once
// Writing output files safely: the content goes to a temporary file in the same
// folder, which is renamed over the target only when it is complete, so a failure
// leaves the previous file intact and never a half-written one.

#include <filesystem>
#include <string_view>
#include <utility>
#include <vector>

namespace ecosys {

/// Writes `content` to `path` atomically, creating missing parent folders. A symbolic
/// link is followed and its target replaced atomically (the link stays); a FIFO or a
/// character device (/dev/stdout) is written into as it is. A new file gets 0666 less
/// the umask, a replaced file keeps its mode.
/// Throws OutputError (with the path and the reason) on failure.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// Writes several files (e.g. the tables of a CSV folder) so that a failure leaves
/// every previous file intact: all contents go to temporary files first, and
/// the files are renamed into place only when all of them are complete. (The
/// renames themselves are one after the other: a crash between two renames can
/// mix old and new files, a window of microseconds, unlike the write itself.)
/// Several files into one folder are renamed under an exclusive lock on the folder
/// (flock), and `stale` files (e.g. a table the new folder no longer has) are removed
/// under the same lock, so two processes writing one folder at once never leave a mix:
/// the folder ends as one writer's. Throws OutputError naming the file that failed; no
/// temporary file is left.
void write_files_atomically(const std::vector<std::pair<std::filesystem::path, std::string_view>>& files,
                            const std::vector<std::filesystem::path>& stale = {});

}  // namespace ecosys
