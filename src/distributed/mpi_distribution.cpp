#include "distributed/mpi_distribution.hpp"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <vector>

#include <mpi.h>

namespace ecosys::distributed {

namespace {

/// Messages stay below MPI's int count limit.
constexpr std::size_t block = std::size_t{1} << 26;
constexpr int sum_tag = 20;

class MpiWorld final : public Distribution {
public:
    MpiWorld() {
        int rank = 0, size = 1;
        MPI_Comm_rank(MPI_COMM_WORLD, &rank);
        MPI_Comm_size(MPI_COMM_WORLD, &size);
        rank_ = static_cast<unsigned>(rank);
        size_ = static_cast<unsigned>(size);
    }

    [[nodiscard]] unsigned rank() const noexcept override { return rank_; }
    [[nodiscard]] unsigned size() const noexcept override { return size_; }

    // A binomial tree in a fixed order: at distance d = 1, 2, 4, ... a process whose
    // rank is a multiple of 2d adds the partial sum of rank + d (that process's subtree)
    // onto its own, and rank + d is done. Process 0 ends with the total, which it
    // broadcasts. The order of the additions depends on size() only.
    void sum(std::span<double> values) override {
        const int rank = static_cast<int>(rank_), size = static_cast<int>(size_);
        std::vector<double> incoming(std::min(values.size(), block));
        for (std::size_t first = 0; first < values.size(); first += block) {
            const std::size_t count = std::min(block, values.size() - first);
            double* part = values.data() + first;
            for (int d = 1; d < size; d *= 2) {
                if (rank % (2 * d) == d) {
                    MPI_Send(part, static_cast<int>(count), MPI_DOUBLE, rank - d, sum_tag, MPI_COMM_WORLD);
                    break;
                }
                if (rank % (2 * d) == 0 && rank + d < size) {
                    MPI_Recv(incoming.data(), static_cast<int>(count), MPI_DOUBLE, rank + d, sum_tag, MPI_COMM_WORLD,
                             MPI_STATUS_IGNORE);
                    for (std::size_t i = 0; i < count; ++i) part[i] += incoming[i];
                }
            }
            MPI_Bcast(part, static_cast<int>(count), MPI_DOUBLE, 0, MPI_COMM_WORLD);
        }
    }

    void wait_for_all() override { MPI_Barrier(MPI_COMM_WORLD); }

    [[nodiscard]] std::vector<double> gather(std::span<const double> values) override {
        std::vector<double> all(values.size() * size_);
        MPI_Allgather(values.data(), static_cast<int>(values.size()), MPI_DOUBLE, all.data(),
                      static_cast<int>(values.size()), MPI_DOUBLE, MPI_COMM_WORLD);
        return all;
    }

private:
    unsigned rank_ = 0;
    unsigned size_ = 1;
};

}  // namespace

MpiSession::MpiSession(int& argc, char**& argv) {
    int provided = 0;
    if (MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided) != MPI_SUCCESS)
        throw std::runtime_error("MPI could not be initialised");
    world_ = std::make_unique<MpiWorld>();
}

MpiSession::~MpiSession() {
    world_.reset();
    MPI_Finalize();
}

void MpiSession::abort(int code) {
    MPI_Abort(MPI_COMM_WORLD, code);
    std::exit(code);
}

}  // namespace ecosys::distributed
