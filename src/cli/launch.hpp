#pragma once
// How this process was started: alone (the usual case), or as one of the K
// processes of an MPI job (`mpirun -np K ecosys metrics ...`, `srun ecosys ...`;
// docs/distributed.md). main() holds one Launch for the whole run.

#include <string>
#include <string_view>

#include "ecosys/distribution.hpp"

namespace ecosys::cli {

class Launch {
public:
    /// Under an MPI launcher (its variables in the environment) and with MPI built,
    /// initialises MPI. When the job has more than one process and `command` shares
    /// its work (metrics, compare, helix, keyplayers), every process runs it and all but process 0 print nothing
    /// and write no file; for another command, only process 0 runs it and
    /// should_run() is false elsewhere. Without MPI built, a launch by an MPI
    /// launcher is said on stderr, and every process works alone.
    Launch(int& argc, char**& argv, std::string_view command);
    ~Launch();
    Launch(const Launch&) = delete;
    Launch& operator=(const Launch&) = delete;

    /// False on processes other than 0 for a command that does not share its work.
    [[nodiscard]] bool should_run() const noexcept { return should_run_; }

    /// An error that may have struck this process only (not the input, which every
    /// process reads alike): with other processes waiting, ends the whole job with
    /// exit code `code`, saying which process failed; alone, returns.
    void fail(std::string_view message, int code) const;

private:
    bool should_run_ = true;
};

/// The processes sharing the current command's work; nullptr when this process
/// works alone (no launcher, one process, no MPI, or a command that does not share).
[[nodiscard]] Distribution* distribution() noexcept;

/// True for the process that prints and writes (process 0, or the only one).
[[nodiscard]] bool is_output_process() noexcept;

/// Collective (every process calls it when one does): false on every process when
/// `ok` is false on any; then `failed` is the first such process. Alone: ok.
[[nodiscard]] bool all_succeeded(bool ok, unsigned& failed);

/// Collective: each process's share of every shared step, summed over the scopes
/// (items, busy, wait and reduction seconds, bytes summed), as a table for --stats;
/// empty when alone.
[[nodiscard]] std::string shared_work_stats();

}  // namespace ecosys::cli
