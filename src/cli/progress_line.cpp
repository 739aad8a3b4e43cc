#include "cli/progress_line.hpp"

#include "cli/commands.hpp"

#include <unistd.h>

#include <algorithm>
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

ProgressLine::ProgressLine(bool quiet) : enabled_(!quiet), terminal_(::isatty(STDERR_FILENO) != 0) {
    if (enabled_) ticker_ = std::thread([this] { tick(); });
}

ProgressLine::~ProgressLine() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    if (ticker_.joinable()) ticker_.join();
    clear();
}

std::string ProgressLine::format(std::string_view step, std::size_t done, std::size_t total, double elapsed) {
    std::string line(step);
    // Nothing to count (one call: a layout, a search): how long it has run.
    if (total <= 1 && done < total) return line + " (" + clock_time(elapsed) + ")";
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
    std::lock_guard lock(mutex_);
    const auto now = Clock::now();
    auto at = std::find_if(steps_.begin(), steps_.end(), [&](const Step& s) { return s.name == step; });
    if (at != steps_.end() && at + 1 != steps_.end()) {
        // Steps nest on one thread: when an outer step reports again, the steps begun
        // inside it are over, whether they said so or not.
        clear_locked();
        steps_.erase(at + 1, steps_.end());
        at = steps_.end() - 1;
    }
    if (at == steps_.end()) {
        clear_locked();
        steps_.push_back({std::string(step), done, total, now, now, false});
        at = steps_.end() - 1;
    }
    at->done = done;
    at->total = total;
    if (done >= total) {
        const double elapsed = std::chrono::duration<double>(now - at->start).count();
        clear_locked();
        // Not a terminal (a log, a pipe): one line for each stage that took a while.
        if (!terminal_ && elapsed >= show_after_seconds)
            std::cerr << "ecosys: " << at->name << ": done in " << clock_time(elapsed) << '\n' << std::flush;
        steps_.erase(at);
        return;
    }
    draw(now);
}

void ProgressLine::draw(Clock::time_point now) {
    if (steps_.empty()) return;
    Step& step = steps_.back();
    const double elapsed = std::chrono::duration<double>(now - step.start).count();
    if (elapsed < show_after_seconds) return;
    if (terminal_) {
        std::cerr << '\r' << format(step.name, step.done, step.total, elapsed) << "\x1b[K" << std::flush;
        shown_ = true;
    } else if (!step.logged || (step.total > 1 && step.done > 0 &&
                                std::chrono::duration<double>(now - step.last_line).count() >= log_every_seconds)) {
        // Not a terminal: a line when a step has run 2 s, then one at most every 5 s
        // while its count moves (a step that cannot count: the first line only).
        std::cerr << "ecosys: " << format(step.name, step.done, step.total, elapsed) << '\n' << std::flush;
        step.logged = true;
        step.last_line = now;
    }
}

void ProgressLine::tick() {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, std::chrono::milliseconds(500), [this] { return stop_; })) draw(Clock::now());
}

void ProgressLine::clear() {
    std::lock_guard lock(mutex_);
    clear_locked();
}

void ProgressLine::clear_locked() {
    if (!shown_) return;
    std::cerr << "\r\x1b[K" << std::flush;
    shown_ = false;
}

void ProgressLine::finish() {
    std::lock_guard lock(mutex_);
    steps_.clear();
    clear_locked();
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
        line_.finish();
        std::cerr << "ecosys: interrupted; nothing was written\n";
        throw Exit{130};
    } catch (...) {
        line_.finish();
        throw;
    }
    line_.finish();
}

}  // namespace ecosys::cli
