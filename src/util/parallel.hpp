#pragma once
// Private: the source-parallel loops of the path metrics, on plain std::threads
// started per call and joined at its end. Nothing spins: idle workers do not
// exist, and the calling thread sleeps on a condition variable between progress
// reports (OpenMP's default spin-wait made short regions 50-250x slower on the
// 2-vCPU machines we measured).

#include <chrono>
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "ecosys/progress.hpp"

namespace ecosys::detail {

/// Progress and cancellation for a loop that runs on the calling thread (Louvain's
/// moves, the E-I permutations): tick(done) reports (step, done, count) at most
/// every 0.2 s, and throws Cancelled when progress->cancel is set (one relaxed load
/// per call, so it may be called per item). Does nothing when progress is nullptr.
/// When it reported the step, its end reports (step, count, count) as it goes, so that
/// a progress line does not go on showing a step that is over.
class SerialProgress {
public:
    SerialProgress(const Progress* progress, std::string_view step, std::size_t count) noexcept
        : progress_(progress), step_(step), count_(count) {}
    ~SerialProgress();
    SerialProgress(const SerialProgress&) = delete;
    SerialProgress& operator=(const SerialProgress&) = delete;

    void tick(std::size_t done);

private:
    const Progress* progress_;
    std::string_view step_;
    std::size_t count_;
    bool reported_ = false;
    std::chrono::steady_clock::time_point next_ = std::chrono::steady_clock::now() + std::chrono::milliseconds(200);
};

/// `requested`, or the number of hardware threads when it is 0 (at least 1).
[[nodiscard]] unsigned resolve_threads(unsigned requested) noexcept;

/// Calls body(worker, item) for every item in [0, count), on up to `threads`
/// workers (0 = hardware threads) that take items one by one from a shared counter;
/// worker is in [0, workers) and identifies per-worker scratch state. For bodies
/// whose results do not depend on which worker ran an item (each item writes its
/// own slots). Reports (step, items done, count) to progress->report about every
/// 0.2 s and throws Cancelled when progress->cancel is set. An exception thrown by
/// a body stops the others and is rethrown here. Returns the number of workers used.
unsigned parallel_for(std::size_t count, unsigned threads, const Progress* progress, std::string_view step,
                      const std::function<void(unsigned worker, std::size_t item)>& body);

/// The number of workers parallel_for and parallel_sum use for `count` items.
[[nodiscard]] unsigned worker_count(std::size_t count, unsigned threads) noexcept;

/// Deterministic parallel accumulation: body(worker, item, sums) adds item's
/// contributions into `sums` (width values, zeroed per chunk). Items are cut into
/// chunks fixed by `count` alone; a chunk's items are added in item order, and the
/// chunk sums are added into `total` (width values) in chunk order. So `total` is
/// the same to the last bit for every thread count and every schedule. Progress,
/// cancellation and exceptions as parallel_for.
void parallel_sum(std::size_t count, std::size_t width, unsigned threads, const Progress* progress,
                  std::string_view step, const std::function<void(unsigned worker, std::size_t item, double* sums)>& body,
                  std::vector<double>& total);

}  // namespace ecosys::detail
