#include "util/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

namespace ecosys::detail {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto report_every = std::chrono::milliseconds(200);

bool cancelled(const Progress* progress) {
    return progress && progress->cancel && progress->cancel->load(std::memory_order_relaxed);
}

/// What the workers of one loop share with the thread that started them.
struct Crew {
    std::atomic<std::size_t> done{0};  ///< items finished, for progress
    std::atomic<bool> stop{false};     ///< set on cancel or on a worker's exception
    std::mutex mutex;
    std::condition_variable finished;  ///< the calling thread sleeps on it
    unsigned running = 0;
    std::exception_ptr error;

    void fail(std::exception_ptr e) {
        std::lock_guard lock(mutex);
        if (!error) error = e;
        stop = true;
    }
};

/// Runs work(worker) on `workers` threads (inline when 1) while the calling thread
/// reports progress and watches for cancellation; rethrows a worker's exception.
void supervise(unsigned workers, std::size_t count, const Progress* progress, std::string_view step, Crew& crew,
               const std::function<void(unsigned)>& work) {
    const bool reporting = progress && progress->report;
    if (workers == 1) {
        work(0);
    } else {
        crew.running = workers;
        std::vector<std::thread> threads;
        threads.reserve(workers);
        for (unsigned w = 0; w < workers; ++w) {
            threads.emplace_back([&crew, &work, w] {
                try {
                    work(w);
                } catch (...) {
                    crew.fail(std::current_exception());
                }
                std::lock_guard lock(crew.mutex);
                if (--crew.running == 0) crew.finished.notify_all();
            });
        }
        {
            std::unique_lock lock(crew.mutex);
            while (crew.running > 0) {
                crew.finished.wait_for(lock, report_every);
                if (cancelled(progress)) crew.stop = true;
                if (reporting && crew.running > 0) {
                    lock.unlock();
                    progress->report(step, crew.done.load(std::memory_order_relaxed), count);
                    lock.lock();
                }
            }
        }
        for (std::thread& t : threads) t.join();
    }
    if (crew.error) std::rethrow_exception(crew.error);
    if (cancelled(progress)) throw Cancelled();
    if (reporting) progress->report(step, count, count);
}

/// In the single-worker case the worker itself reports, at most every report_every
/// (cancellation is the loop's own check).
struct InlineReporter {
    const Progress* progress;
    std::string_view step;
    std::size_t count;
    Clock::time_point next = Clock::now() + report_every;

    void tick(unsigned workers, std::size_t done) {
        if (workers != 1 || !progress || !progress->report) return;
        const auto now = Clock::now();
        if (now < next) return;
        next = now + report_every;
        progress->report(step, done, count);
    }
};

}  // namespace

SerialProgress::~SerialProgress() {
    if (!reported_) return;
    try {
        progress_->report(step_, std::max<std::size_t>(count_, 1), std::max<std::size_t>(count_, 1));
    } catch (...) {  // a destructor must not throw; the step is over either way
    }
}

void SerialProgress::tick(std::size_t done) {
    if (!progress_) return;
    if (cancelled(progress_)) throw Cancelled();
    if (!progress_->report) return;
    const auto now = Clock::now();
    if (now < next_) return;
    next_ = now + report_every;
    reported_ = true;
    progress_->report(step_, done, count_);
    if (cancelled(progress_)) throw Cancelled();  // the report may have set it (Python's Ctrl-C)
}

unsigned resolve_threads(unsigned requested) noexcept {
    if (requested > 0) return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

unsigned worker_count(std::size_t count, unsigned threads) noexcept {
    const std::size_t t = std::min<std::size_t>(resolve_threads(threads), std::max<std::size_t>(count, 1));
    return static_cast<unsigned>(t);
}

unsigned parallel_for(std::size_t count, unsigned threads, const Progress* progress, std::string_view step,
                      const std::function<void(unsigned worker, std::size_t item)>& body) {
    const unsigned workers = worker_count(count, threads);
    Crew crew;
    std::atomic<std::size_t> next{0};
    InlineReporter reporter{progress, step, count};
    supervise(workers, count, progress, step, crew, [&](unsigned worker) {
        for (;;) {
            if (crew.stop.load(std::memory_order_relaxed) || cancelled(progress)) return;
            const std::size_t item = next.fetch_add(1, std::memory_order_relaxed);
            if (item >= count) return;
            body(worker, item);
            const std::size_t done = crew.done.fetch_add(1, std::memory_order_relaxed) + 1;
            reporter.tick(workers, done);
        }
    });
    return workers;
}

void parallel_sum(std::size_t count, std::size_t width, unsigned threads, const Progress* progress,
                  std::string_view step, const std::function<void(unsigned worker, std::size_t item, double* sums)>& body,
                  std::vector<double>& total) {
    total.assign(width, 0.0);
    if (count == 0) return;
    // About 64 chunks whatever the thread count: small enough to balance two to a
    // few dozen workers, large enough that adding a chunk's sums costs little.
    constexpr std::size_t target_chunks = 64;
    const std::size_t chunk = (count + target_chunks - 1) / target_chunks;
    const std::size_t chunks = (count + chunk - 1) / chunk;
    const unsigned workers = worker_count(chunks, threads);

    Crew crew;
    std::atomic<std::size_t> next_chunk{0};
    std::map<std::size_t, std::vector<double>> pending;  // finished chunks not yet added, by index
    std::vector<std::vector<double>> spare;
    std::size_t next_to_add = 0;
    std::condition_variable room;  // a worker waits here while too many chunks are pending
    InlineReporter reporter{progress, step, count};

    supervise(workers, count, progress, step, crew, [&](unsigned worker) {
        std::vector<double> sums;
        for (;;) {
            if (crew.stop.load(std::memory_order_relaxed) || cancelled(progress)) return;
            const std::size_t c = next_chunk.fetch_add(1, std::memory_order_relaxed);
            if (c >= chunks) return;
            if (sums.empty()) {
                std::lock_guard lock(crew.mutex);
                if (!spare.empty()) {
                    sums = std::move(spare.back());
                    spare.pop_back();
                }
            }
            sums.assign(width, 0.0);
            const std::size_t end = std::min(count, (c + 1) * chunk);
            for (std::size_t item = c * chunk; item < end; ++item) {
                if (crew.stop.load(std::memory_order_relaxed) || cancelled(progress)) return;
                body(worker, item, sums.data());
                const std::size_t done = crew.done.fetch_add(1, std::memory_order_relaxed) + 1;
                reporter.tick(workers, done);
            }
            std::unique_lock lock(crew.mutex);
            pending.emplace(c, std::move(sums));
            sums = {};
            for (auto it = pending.find(next_to_add); it != pending.end(); it = pending.find(next_to_add)) {
                for (std::size_t i = 0; i < width; ++i) total[i] += it->second[i];
                spare.push_back(std::move(it->second));
                pending.erase(it);
                ++next_to_add;
            }
            room.notify_all();
            // Bound the memory held by chunks finished ahead of a slow one.
            // Timed, so that a stop (a cancel, another worker's exception) is seen too.
            while (pending.size() > 2 * workers && !crew.stop.load() && !cancelled(progress))
                room.wait_for(lock, std::chrono::milliseconds(50));
        }
    });
}

}  // namespace ecosys::detail
