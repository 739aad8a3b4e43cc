#include "cli/progress_line.hpp"

#include "cli/commands.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>

namespace ecosys::cli {

namespace {

constexpr double show_after_seconds = 2.0;
/// Not on a terminal: a percentage line at most this often.
constexpr double log_every_seconds = 5.0;

std::atomic<bool> interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the SIGINT handler needs a lock-free flag");

extern "C" void on_interrupt(int) { interrupted.store(true); }

/// 1234567 -> "1,234,567".
std::string grouped(std::size_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string clock_time(double seconds) {
    const auto s = static_cast<long long>(std::llround(seconds));
    char buffer[32];
    if (s >= 3600) std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
    else std::snprintf(buffer, sizeof buffer, "%lld:%02lld", s / 60, s % 60);
    return buffer;
}

}  // namespace

ProgressLine::ProgressLine(bool quiet) : enabled_(!quiet), terminal_(::isatty(STDERR_FILENO) != 0) {}

ProgressLine::~ProgressLine() { clear(); }

std::string ProgressLine::format(std::string_view step, std::size_t done, std::size_t total, double elapsed) {
    std::string line(step);
    const double share = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 1.0;
    line += ": " + std::to_string(static_cast<int>(share * 100.0)) + "% (" + grouped(done) + "/" + grouped(total);
    if (elapsed > 0.0 && done > 0) {
        const double rate = static_cast<double>(done) / elapsed;
        line += ", " + grouped(static_cast<std::size_t>(rate)) + "/s, " +
                clock_time(static_cast<double>(total - done) / rate) + " left";
    }
    return line + ")";
}

void ProgressLine::update(std::string_view step, std::size_t done, std::size_t total) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (step != step_) {
        clear();
        step_ = std::string(step);
        start_ = now;
        last_line_ = now;
    }
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    if (done >= total) {
        clear();
        // Not a terminal (a log, a pipe): one line for each stage that took a while.
        if (!terminal_ && elapsed >= show_after_seconds)
            std::cerr << "ecosys: " << step_ << ": done in " << clock_time(elapsed) << '\n' << std::flush;
        step_.clear();
        return;
    }
    if (elapsed < show_after_seconds) return;
    if (terminal_) {
        std::cerr << '\r' << format(step, done, total, elapsed) << "\x1b[K" << std::flush;
        shown_ = true;
    } else if (done > 0 && std::chrono::duration<double>(now - last_line_).count() >= log_every_seconds) {
        std::cerr << "ecosys: " << format(step, done, total, elapsed) << '\n' << std::flush;
        last_line_ = now;
    }
}

void ProgressLine::clear() {
    if (!shown_) return;
    std::cerr << "\r\x1b[K" << std::flush;
    shown_ = false;
}

InterruptGuard::InterruptGuard() {
    interrupted.store(false);
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;  // the second Ctrl-C gets the default: end now
    ::sigaction(SIGINT, &action, &previous_);
}

InterruptGuard::~InterruptGuard() { ::sigaction(SIGINT, &previous_, nullptr); }

const std::atomic<bool>& InterruptGuard::flag() noexcept { return interrupted; }

CommandProgress::CommandProgress(bool quiet) : line_(quiet) {
    progress_.report = [this](std::string_view step, std::size_t done, std::size_t total) { line_.update(step, done, total); };
    progress_.cancel = &InterruptGuard::flag();
}

void CommandProgress::run(const std::function<void()>& f) {
    try {
        f();
    } catch (const Cancelled&) {
        line_.clear();
        std::cerr << "ecosys: interrupted; nothing was written\n";
        throw Exit{130};
    }
    line_.clear();
}

}  // namespace ecosys::cli
