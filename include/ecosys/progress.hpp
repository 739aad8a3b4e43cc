#pragma once
// Progress reports and cancellation for long metric computations.

#include <atomic>
#include <cstddef>
#include <functional>
#include <string_view>

#include "ecosys/error.hpp"

namespace ecosys {

/// What a long computation tells its caller while it works, and how the caller stops it.
struct Progress {
    /// Called from the thread that called run(), about every 0.2 s while a
    /// source-by-source step works: the step's name ("betweenness"), the units done
    /// (sources, samples) and their total. Never called from a worker thread.
    std::function<void(std::string_view step, std::size_t done, std::size_t total)> report;
    /// When this becomes true (a SIGINT handler may set it), the workers stop after
    /// their current source and run() throws Cancelled; results are left unset.
    const std::atomic<bool>* cancel = nullptr;
};

/// A computation was stopped through Progress::cancel.
class Cancelled : public Error {
public:
    Cancelled() : Error("interrupted") {}
};

}  // namespace ecosys
