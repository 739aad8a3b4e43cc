#pragma once
// The progress line of long commands and their Ctrl-C handling.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "ecosys/progress.hpp"

namespace ecosys::cli {

/// Progress of the steps that run longer than about two seconds, unless `quiet`.
/// On a terminal: one line on stderr, redrawn in place ("betweenness of region kanto:
/// 42% (4,200/10,000, 350/s, 0:17 left)") and erased when the step ends. Elsewhere (a
/// log file, a pipe, CI): a line "ecosys: STEP: 42% (...)" when the step has run 2 s,
/// then at most every 5 s, and "ecosys: STEP: done in 0:17" when it ends.
///
/// A step that cannot count its work (total 0 or 1: a Graphviz layout, Louvain) shows
/// how long it has run ("report: overview diagram (0:12)"; in a log once). A thread of
/// the line's own redraws it every half second, so that a long single call (a layout)
/// never looks hung. Steps may nest (a region's betweenness inside the
/// report's "region diagrams"): each keeps its own start, and when the inner one ends
/// the line shows the outer one again.
class ProgressLine {
public:
    explicit ProgressLine(bool quiet);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    /// Progress::report: call with done == total when a step ends.
    void update(std::string_view step, std::size_t done, std::size_t total);
    /// Erases the line if one is shown.
    void clear();
    /// Forgets every step not ended (an exception left them) and erases the line.
    void finish();

    /// The line's text (no terminal codes); `elapsed` seconds since the step began.
    [[nodiscard]] static std::string format(std::string_view step, std::size_t done, std::size_t total, double elapsed);

private:
    using Clock = std::chrono::steady_clock;
    struct Step {
        std::string name;
        std::size_t done = 0, total = 0;
        Clock::time_point start, last_line;
        bool logged = false;  ///< not a terminal: its first line is out
    };
    /// Shows the innermost step not ended, if it has run for long enough; mutex_ held.
    void draw(Clock::time_point now);
    void clear_locked();
    void tick();

    bool enabled_;
    bool terminal_;
    bool shown_ = false;
    std::vector<Step> steps_;  ///< not ended, outermost first
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stop_ = false;
    std::thread ticker_;
};

/// While alive, SIGINT (Ctrl-C) only sets flag(), so the running step stops
/// cleanly (Progress::cancel) and nothing half-done is written; a second Ctrl-C
/// ends the program at once, as usual. Restores the previous handler when destroyed.
class InterruptGuard {
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    [[nodiscard]] static const std::atomic<bool>& flag() noexcept;

private:
    struct sigaction previous_ {};
};

/// What a long command sets up once: its progress line, Ctrl-C handling and the
/// Progress the library reports to. run(f) calls f; if Ctrl-C stopped it, prints
/// "ecosys: interrupted; nothing was written" and ends the command with status 130.
class CommandProgress {
public:
    explicit CommandProgress(bool quiet);
    [[nodiscard]] const Progress* progress() const noexcept { return &progress_; }
    /// A step of the command itself (reading, writing): progress()->report.
    void stage(std::string_view step, std::size_t done, std::size_t total) { line_.update(step, done, total); }
    void run(const std::function<void()>& f);

private:
    InterruptGuard guard_;
    ProgressLine line_;
    Progress progress_;
};

}  // namespace ecosys::cli
