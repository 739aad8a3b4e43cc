#pragma once
// What a Python ecosys.Network holds: the network (never changed after loading),
// the warnings found while reading it, where it came from, and its analysis caches
// (analysis/analysis_cache.hpp), one per set of analysis options, so that
// net.metrics(), net.helix(), net.compare(), net.render() and net.report() on the
// same options run each kernel once per scope, as the commands of one process do.

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/model/network.hpp"
#include "signal_watch.hpp"

namespace ecosys::python {

class NetworkHandle {
public:
    /// `network` must be indexed.
    NetworkHandle(Network network, std::vector<Diagnostic> warnings, std::string source);
    NetworkHandle(const NetworkHandle&) = delete;
    NetworkHandle& operator=(const NetworkHandle&) = delete;

    [[nodiscard]] const Network& network() const noexcept { return network_; }
    [[nodiscard]] const std::vector<Diagnostic>& warnings() const noexcept { return warnings_; }
    /// The path it was loaded from; empty for a network made from a NetworkX graph.
    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    /// Its row id in compare(by="network"): the file name, as the command line uses.
    [[nodiscard]] std::string label() const;

    /// Runs `work` on this network's caches with the GIL released, one call at a time
    /// (a second Python thread waits for the first without holding the GIL), and
    /// Ctrl-C watched (signal_watch.hpp). `work` gets the cache for `options` (made on
    /// first use; its progress and cancellation are the watch's). A cache whose call
    /// failed or was interrupted is dropped: the next call starts it afresh.
    void with_cache(const AnalysisOptions& options, const std::function<void(AnalysisCache&)>& work);

    /// Forgets every cached analysis (their memory is freed).
    void clear_caches();

    /// The kernel statistics of every cache, in order of creation.
    [[nodiscard]] std::vector<std::pair<AnalysisOptions, std::vector<KernelStat>>> stats();

private:
    Network network_;
    std::vector<Diagnostic> warnings_;
    std::string source_;

    std::mutex mutex_;  // held while a call uses the caches
    std::atomic<bool> cancel_{false};
    SignalWatch* watch_ = nullptr;  // the running call's, under mutex_
    Progress progress_;             // every cache's: forwards to watch_
    struct Entry {
        AnalysisOptions options;
        std::unique_ptr<AnalysisCache> cache;
    };
    std::vector<Entry> caches_;  // oldest first; at most max_caches
    static constexpr std::size_t max_caches = 8;
};

/// Whether two option sets give the same numbers (progress aside).
[[nodiscard]] bool same_analysis(const AnalysisOptions& a, const AnalysisOptions& b);

}  // namespace ecosys::python
