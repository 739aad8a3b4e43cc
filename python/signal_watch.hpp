#pragma once
// Long library calls from Python: the GIL is released while they run (other Python
// threads go on), and Ctrl-C stops them. The library reports progress through
// Progress::report from the thread that called it, about every 0.2 s while a
// source-by-source kernel works and at the start and end of each kernel; there the
// watch takes the GIL for a moment and runs PyErr_CheckSignals(). When a signal
// handler raises (KeyboardInterrupt for Ctrl-C, or whatever a handler of the user's
// raises), it sets the cancel flag: the kernel's workers stop after their current
// source, the library throws Cancelled, and run() raises the handler's exception.
//
// Only the main thread handles signals (Python's rule): a call made from another
// thread runs to its end. Every kernel reads the flag (the path kernels per source,
// Louvain every 1,024 moves, the E-I test per relabelling, compare's random graphs per
// graph); a Graphviz layout and the reading of a file cannot be stopped part-way, so
// they run through run_abandonable().

#include <atomic>
#include <chrono>
#include <functional>

#include <pybind11/pybind11.h>

#include "ecosys/progress.hpp"

namespace ecosys::python {

namespace py = pybind11;

class SignalWatch {
public:
    SignalWatch() = default;
    ~SignalWatch();
    SignalWatch(const SignalWatch&) = delete;
    SignalWatch& operator=(const SignalWatch&) = delete;

    /// Runs `call` with the GIL released; `call` must not touch Python objects. Raises
    /// the exception a signal handler raised meanwhile (even if `call` finished), or
    /// KeyboardInterrupt when the library was cancelled.
    void run(const std::function<void()>& call);

    /// For a step the library cannot stop part-way (reading a file): runs `call` on a
    /// thread of its own and waits for it with the GIL released, running the pending
    /// signal handlers every 50 ms. When one raises, its exception is raised at once and
    /// the thread finishes in the background, its result dropped: `call` must own
    /// everything it touches (capture by value or shared_ptr) and must not touch Python
    /// objects. Otherwise rethrows what `call` threw.
    static void run_abandonable(std::function<void()> call);

    /// For Progress::report, from the thread that called run(): at most every 50 ms,
    /// runs the pending signal handlers and sets `cancel` when one raised.
    void poll(std::atomic<bool>& cancel);

    /// A Progress that polls and whose cancel flag is `cancel` (which must outlive it).
    Progress progress(std::atomic<bool>& cancel);

private:
    using Clock = std::chrono::steady_clock;
    Clock::time_point next_poll_ = Clock::now();
    // The exception a signal handler raised (PyErr_Fetch), until run() raises it.
    PyObject* type_ = nullptr;
    PyObject* value_ = nullptr;
    PyObject* trace_ = nullptr;
};

}  // namespace ecosys::python
