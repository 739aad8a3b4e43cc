#include "signal_watch.hpp"

#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace ecosys::python {

namespace {
constexpr auto poll_every = std::chrono::milliseconds(50);
}

SignalWatch::~SignalWatch() {
    // run() raised or cleared it, unless the call failed otherwise: then the signal
    // handler's exception gives way to that failure. Destroyed with the GIL held.
    Py_XDECREF(type_);
    Py_XDECREF(value_);
    Py_XDECREF(trace_);
}

void SignalWatch::poll(std::atomic<bool>& cancel) {
    const Clock::time_point now = Clock::now();
    if (now < next_poll_) return;
    next_poll_ = now + poll_every;
    py::gil_scoped_acquire gil;
    if (PyErr_CheckSignals() == 0) return;
    if (!type_) PyErr_Fetch(&type_, &value_, &trace_);
    else PyErr_Clear();
    cancel = true;
}

Progress SignalWatch::progress(std::atomic<bool>& cancel) {
    Progress p;
    p.cancel = &cancel;
    p.report = [this, &cancel](std::string_view, std::size_t, std::size_t) { poll(cancel); };
    return p;
}

void SignalWatch::run(const std::function<void()>& call) {
    bool cancelled = false;
    {
        py::gil_scoped_release release;
        try {
            call();
        } catch (const Cancelled&) {
            cancelled = true;
        }
    }
    if (type_) {
        PyErr_Restore(type_, value_, trace_);
        type_ = value_ = trace_ = nullptr;
        throw py::error_already_set();
    }
    if (cancelled) {
        PyErr_SetNone(PyExc_KeyboardInterrupt);
        throw py::error_already_set();
    }
}

void SignalWatch::run_abandonable(std::function<void()> call) {
    // What the caller and the thread share; the thread keeps it alive when abandoned.
    struct Job {
        std::mutex mutex;
        std::condition_variable finished;
        bool done = false;
        std::exception_ptr error;
    };
    auto job = std::make_shared<Job>();
    std::thread([job, call = std::move(call)] {
        std::exception_ptr error;
        try {
            call();
        } catch (...) {
            error = std::current_exception();
        }
        std::lock_guard lock(job->mutex);
        job->error = error;
        job->done = true;
        job->finished.notify_all();
    }).detach();

    bool interrupted = false;
    {
        py::gil_scoped_release release;
        std::unique_lock lock(job->mutex);
        while (!job->done) {
            if (job->finished.wait_for(lock, poll_every, [&] { return job->done; })) break;
            lock.unlock();
            {
                py::gil_scoped_acquire gil;
                // The handler's exception stays set in this thread's state until raised below.
                interrupted = PyErr_CheckSignals() != 0;
            }
            lock.lock();
            if (interrupted) break;
        }
    }
    if (interrupted) throw py::error_already_set();
    std::exception_ptr error;
    {
        std::lock_guard lock(job->mutex);
        error = job->error;
    }
    if (error) std::rethrow_exception(error);
}

}  // namespace ecosys::python
