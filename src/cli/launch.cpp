#include "cli/launch.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>

#ifdef ECOSYS_WITH_MPI
#include "distributed/mpi_distribution.hpp"
#endif

namespace ecosys::cli {

namespace {

Distribution* shared = nullptr;
bool output_process = true;
#ifdef ECOSYS_WITH_MPI
int real_stderr = -1;  ///< stderr of a silenced process, for a failure of its own
std::unique_ptr<distributed::MpiSession> session;

/// The commands whose work is shared among processes.
bool shares_work(std::string_view command) { return command == "metrics" || command == "compare" || command == "helix" ||
                                                command == "keyplayers" || command == "qap"; }
#endif

/// The number of processes an MPI launcher started, read from its environment
/// (mpirun: OMPI_COMM_WORLD_SIZE; PMI-2 as under srun --mpi=pmi2: PMI_SIZE); 1 when
/// none; 0 when launched (PMIX_RANK, srun --mpi=pmix) without a stated size.
unsigned launcher_size() {
    for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE"})
        if (const char* v = std::getenv(name)) return static_cast<unsigned>(std::strtoul(v, nullptr, 10));
    if (std::getenv("PMIX_RANK")) return 0;
    return 1;
}

#ifdef ECOSYS_WITH_MPI
/// Standard output and error of a process other than 0 go nowhere.
void silence() {
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    real_stderr = dup(STDERR_FILENO);
    const int null = open("/dev/null", O_WRONLY);
    if (null >= 0) {
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        close(null);
    }
}
#endif

}  // namespace

Launch::Launch([[maybe_unused]] int& argc, [[maybe_unused]] char**& argv, [[maybe_unused]] std::string_view command) {
    const unsigned launched = launcher_size();
    if (launched == 1) return;
#ifdef ECOSYS_WITH_MPI
    session = std::make_unique<distributed::MpiSession>(argc, argv);
    Distribution& world = session->world();
    if (world.size() <= 1) return;
    output_process = world.rank() == 0;
    if (shares_work(command)) {
        shared = &world;
    } else {
        if (output_process && !command.empty())
            std::cerr << "ecosys: note: '" << command << "' does not share its work among processes; process 0 of "
                      << world.size() << " runs it alone (metrics and compare do; docs/distributed.md)\n";
        should_run_ = output_process;
    }
    if (!output_process) silence();
#else
    const char* rank = std::getenv("OMPI_COMM_WORLD_RANK");
    if (!rank) rank = std::getenv("PMI_RANK");
    if (!rank) rank = std::getenv("PMIX_RANK");
    if (!rank || std::string_view(rank) == "0")
        std::cerr << "ecosys: warning: started by an MPI launcher"
                  << (launched > 1 ? " as " + std::to_string(launched) + " processes" : std::string())
                  << ", but this ecosys was built without MPI: every process computes everything alone. Install "
                     "Open MPI (scripts/setup.sh) and rebuild to share the work (docs/distributed.md)\n";
#endif
}

Launch::~Launch() {
    shared = nullptr;
#ifdef ECOSYS_WITH_MPI
    session.reset();
#endif
}

void Launch::fail([[maybe_unused]] std::string_view message, [[maybe_unused]] int code) const {
#ifdef ECOSYS_WITH_MPI
    if (!session || session->world().size() <= 1) return;
    const std::string line = "ecosys: error: process " + std::to_string(session->world().rank()) + " of " +
                             std::to_string(session->world().size()) + ": " + std::string(message) + "\n";
    const int fd = real_stderr >= 0 ? real_stderr : STDERR_FILENO;
    std::cerr.flush();
    [[maybe_unused]] const auto written = write(fd, line.data(), line.size());
    distributed::MpiSession::abort(code);
#endif
}

Distribution* distribution() noexcept { return shared; }

bool is_output_process() noexcept { return output_process; }

bool all_succeeded(bool ok, unsigned& failed) {
    if (!shared) return ok;
    const double mine = ok ? 0.0 : 1.0;
    const std::vector<double> all = shared->gather({&mine, 1});
    for (unsigned r = 0; r < all.size(); ++r)
        if (all[r] != 0.0) {
            failed = r;
            return false;
        }
    return true;
}

std::string shared_work_stats() {
    if (!shared) return {};
    // Every process did the same steps in the same order (one per kernel and scope);
    // summed here per step name, in order of first appearance.
    std::vector<Distribution::Step> steps;
    for (const auto& s : shared->steps()) {
        auto it = std::find_if(steps.begin(), steps.end(), [&](const auto& t) { return t.name == s.name; });
        if (it == steps.end()) {
            steps.push_back(s);
            continue;
        }
        it->items += s.items;
        it->total_items += s.total_items;
        it->busy_seconds += s.busy_seconds;
        it->wait_seconds += s.wait_seconds;
        it->reduce_seconds += s.reduce_seconds;
        it->bytes += s.bytes;
    }
    std::vector<double> mine;
    for (const auto& s : steps) {
        mine.push_back(static_cast<double>(s.items));
        mine.push_back(s.busy_seconds);
        mine.push_back(s.wait_seconds);
        mine.push_back(s.reduce_seconds);
    }
    const std::vector<double> all = shared->gather(mine);
    std::string out = "shared step    process    items       of   busy s   wait s  reduce s  summed MB\n";
    char line[160];
    for (std::size_t i = 0; i < steps.size(); ++i)
        for (unsigned r = 0; r < shared->size(); ++r) {
            const double* f = all.data() + r * mine.size() + 4 * i;
            std::snprintf(line, sizeof line, "%-14s %7u %8.0f %8zu %8.3f %8.3f %9.4f %10.3f\n", steps[i].name.c_str(), r,
                          f[0], steps[i].total_items, f[1], f[2], f[3], static_cast<double>(steps[i].bytes) / 1e6);
            out += line;
        }
    return out;
}

}  // namespace ecosys::cli
