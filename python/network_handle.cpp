#include "network_handle.hpp"

#include <filesystem>

#include "ecosys/error.hpp"

namespace ecosys::python {

bool same_analysis(const AnalysisOptions& a, const AnalysisOptions& b) {
    return a.weighted == b.weighted && a.directed == b.directed && a.graph.projects == b.graph.projects &&
           a.graph.project_weighting == b.graph.project_weighting && a.seed == b.seed &&
           a.ei_permutations == b.ei_permutations && a.threads == b.threads && a.approx_epsilon == b.approx_epsilon &&
           a.approx_delta == b.approx_delta;
}

NetworkHandle::NetworkHandle(Network network, std::vector<Diagnostic> warnings, std::string source)
    : network_(std::move(network)), warnings_(std::move(warnings)), source_(std::move(source)) {
    progress_.cancel = &cancel_;
    progress_.report = [this](std::string_view, std::size_t, std::size_t) {
        if (watch_) watch_->poll(cancel_);
    };
}

std::string NetworkHandle::label() const {
    if (source_.empty()) return network_.name;
    std::filesystem::path path(source_);
    if (!path.has_filename()) path = path.parent_path();  // "folder/" -> "folder"
    return path.filename().string();
}

void NetworkHandle::with_cache(const AnalysisOptions& options, const std::function<void(AnalysisCache&)>& work) {
    SignalWatch watch;
    watch.run([&] {
        std::lock_guard lock(mutex_);
        cancel_ = false;
        watch_ = &watch;
        struct Reset {
            NetworkHandle& h;
            ~Reset() { h.watch_ = nullptr; }
        } reset{*this};

        std::size_t index = caches_.size();
        for (std::size_t i = 0; i < caches_.size(); ++i)
            if (same_analysis(caches_[i].options, options)) index = i;
        if (index == caches_.size()) {
            if (caches_.size() == max_caches) caches_.erase(caches_.begin());
            AnalysisOptions own = options;
            own.progress = &progress_;
            caches_.push_back({own, std::make_unique<AnalysisCache>(network_, own)});
            index = caches_.size() - 1;
        }
        try {
            work(*caches_[index].cache);
        } catch (const UsageError&) {
            throw;  // a bad argument (an unknown region): nothing ran half-way
        } catch (...) {
            // A kernel stopped half-way leaves nothing behind by design; dropping the
            // cache makes sure of it whatever failed.
            caches_.erase(caches_.begin() + static_cast<std::ptrdiff_t>(index));
            throw;
        }
    });
}

void NetworkHandle::clear_caches() {
    py::gil_scoped_release release;
    std::lock_guard lock(mutex_);
    caches_.clear();
}

std::vector<std::pair<AnalysisOptions, std::vector<KernelStat>>> NetworkHandle::stats() {
    py::gil_scoped_release release;
    std::lock_guard lock(mutex_);
    std::vector<std::pair<AnalysisOptions, std::vector<KernelStat>>> out;
    for (const Entry& e : caches_) out.emplace_back(e.options, e.cache->stats());
    return out;
}

}  // namespace ecosys::python
