#include "ecosys/metrics/sampled_path_length.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <span>
#include <vector>

#include "ecosys/metrics/components.hpp"
#include "metrics/multi_source_bfs.hpp"
#include "util/parallel.hpp"
#include "util/random.hpp"

namespace ecosys {

void SampledPathLength::run() {
    mean_ = variance_ = 0.0;
    used_ = component_size_ = 0;
    Components components(graph_);
    components.run();
    std::vector<Graph::Vertex> members = components.largest_members();
    component_size_ = members.size();
    if (component_size_ < 2) {
        has_run_ = true;
        return;
    }

    // A uniform sample of the component without replacement.
    const std::size_t k = component_size_;
    used_ = std::min(std::max<std::size_t>(sources_, 2), k);  // two at least, for an error estimate
    if (used_ < k) detail::keep_sorted_sample(members, used_, seed_);

    std::vector<double> x(used_);
    constexpr std::size_t width = detail::MultiSourceBfs::width;
    const std::size_t batches = (used_ + width - 1) / width;
    std::vector<detail::MultiSourceBfs> searches;
    for (unsigned w = 0, workers = detail::worker_count(batches, threads_); w < workers; ++w) searches.emplace_back(graph_);
    detail::parallel_for(batches, threads_, progress_, "path lengths", [&](unsigned worker, std::size_t b) {
        const std::size_t begin = b * width, end = std::min(used_, begin + width);
        std::vector<detail::DistanceSums> sums(end - begin);
        searches[worker].run(std::span(members).subspan(begin, end - begin), sums);
        for (std::size_t i = begin; i < end; ++i)
            x[i] = static_cast<double>(sums[i - begin].total) / static_cast<double>(k - 1);
    });

    // Mean and variance in source order (Welford): the same bits for every thread count.
    double mean = 0.0, m2 = 0.0;
    for (std::size_t i = 0; i < used_; ++i) {
        const double delta = x[i] - mean;
        mean += delta / static_cast<double>(i + 1);
        m2 += delta * (x[i] - mean);
    }
    mean_ = mean;
    if (used_ < k) {
        const double K = static_cast<double>(used_);
        variance_ = (1.0 - K / static_cast<double>(k)) * (m2 / (K - 1.0)) / K;
    }
    has_run_ = true;
}

double SampledPathLength::mean_path_length() const {
    assure_finished();
    return mean_;
}

double SampledPathLength::standard_error() const {
    assure_finished();
    return std::sqrt(variance_);
}

double SampledPathLength::variance() const {
    assure_finished();
    return variance_;
}

std::size_t SampledPathLength::component_size() const {
    assure_finished();
    return component_size_;
}

bool SampledPathLength::exact() const {
    assure_finished();
    return used_ == component_size_;
}

}  // namespace ecosys
