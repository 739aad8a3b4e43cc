#pragma once
// The Distribution of an MPI job (ecosys/distribution.hpp) over MPI_COMM_WORLD.
// Built only when Open MPI is found (CMake option ECOSYS_MPI); nothing else in
// the program includes <mpi.h>.

#include <memory>

#include "ecosys/distribution.hpp"

namespace ecosys::distributed {

/// Initialises MPI (MPI_THREAD_FUNNELED: only the thread that called run() talks
/// to the other processes; the worker threads never do) and finalises it when
/// destroyed.
class MpiSession {
public:
    MpiSession(int& argc, char**& argv);
    ~MpiSession();
    MpiSession(const MpiSession&) = delete;
    MpiSession& operator=(const MpiSession&) = delete;

    [[nodiscard]] Distribution& world() noexcept { return *world_; }

    /// Ends every process of the job with `code` (MPI_Abort): for a failure that
    /// may have struck this process only, while the others wait for it.
    [[noreturn]] static void abort(int code);

private:
    std::unique_ptr<Distribution> world_;
};

}  // namespace ecosys::distributed
