#pragma once
// Sharing the sources of the exact path metrics among several processes (the
// ranks of an MPI job, docs/distributed.md). The library only sees this
// interface: without one (nullptr) a kernel does all its sources itself. The MPI
// implementation lives with the program (src/distributed/), so the library builds
// and works without MPI.

#include <cstddef>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace ecosys {

/// The processes that share one computation. Every process runs the same
/// commands on the same network, so they call the collective operations below in
/// the same order; each takes its share of the sources (share()), and the partial
/// results are added with sum().
class Distribution {
public:
    virtual ~Distribution() = default;

    /// This process, in [0, size()); process 0 writes the output.
    [[nodiscard]] virtual unsigned rank() const noexcept = 0;
    [[nodiscard]] virtual unsigned size() const noexcept = 0;

    /// Collective: every process passes its partial sums (the same count on each);
    /// afterwards every process holds their element-wise sum. The order of the
    /// additions is fixed by size() alone (a binomial tree over the ranks), so the
    /// result is the same to the last bit from run to run with the same size.
    virtual void sum(std::span<double> values) = 0;

    /// Collective: returns when every process has called it.
    virtual void wait_for_all() = 0;

    /// Collective: every process's `values` (the same count on each), rank after
    /// rank, on every process.
    [[nodiscard]] virtual std::vector<double> gather(std::span<const double> values) = 0;

    /// One shared step as this process saw it (for --stats).
    struct Step {
        std::string name;
        std::size_t items = 0;        ///< sources (or batches of sources) this process did
        std::size_t total_items = 0;  ///< of all processes
        double busy_seconds = 0.0;    ///< computing its share
        double wait_seconds = 0.0;    ///< waiting for the others to finish theirs
        double reduce_seconds = 0.0;  ///< in sum(), once all had finished
        std::size_t bytes = 0;        ///< the size of the summed vector
    };
    void record(Step step) { steps_.push_back(std::move(step)); }
    [[nodiscard]] const std::vector<Step>& steps() const noexcept { return steps_; }

private:
    std::vector<Step> steps_;
};

/// The contiguous range [first, second) of items that process `rank` of `size`
/// takes when item i costs cost[i]: range r starts at the item boundary where the
/// running total of the cost comes nearest r/size of the whole, so the ranges
/// cost nearly the same. Every item is in exactly one range; O(items).
[[nodiscard]] std::pair<std::size_t, std::size_t> cost_share(std::span<const double> cost, unsigned rank, unsigned size);

}  // namespace ecosys
