#pragma once
// The progress line of long commands and their Ctrl-C handling.

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "ecosys/progress.hpp"

namespace ecosys::cli {

/// Progress of the steps that run longer than about two seconds, unless `quiet`.
/// On a terminal: one line on stderr, redrawn in place ("betweenness of region kanto:
/// 42% (4,200/10,000, 350/s, 0:17 left)") and erased when the step ends. Elsewhere (a
/// log file, a pipe, CI): a line "ecosys: STEP: 42% (...)" at most every 5 s and
/// "ecosys: STEP: done in 0:17" when it ends.
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

    /// The line's text (no terminal codes); `elapsed` seconds since the step began.
    [[nodiscard]] static std::string format(std::string_view step, std::size_t done, std::size_t total, double elapsed);

private:
    bool enabled_;
    bool terminal_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point last_line_;
    std::string step_;
    std::chrono::steady_clock::time_point start_;
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
    void run(const std::function<void()>& f);

private:
    InterruptGuard guard_;
    ProgressLine line_;
    Progress progress_;
};

}  // namespace ecosys::cli
