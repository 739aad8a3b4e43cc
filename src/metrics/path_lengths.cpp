#include "ecosys/metrics/path_lengths.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "metrics/multi_source_bfs.hpp"
#include "metrics/shortest_paths.hpp"
#include "util/parallel.hpp"

namespace ecosys {

void PathLengths::run() {
    const std::size_t n = graph_.vertex_count();
    mean_ = diameter_ = 0.0;
    component_size_ = 0;
    detail::ShortestPathSearch search(graph_, weighted_, /*count_paths=*/false);

    // Components as the search sees them (with ties of weight 0 left out when
    // weighted): one search from the first actor of each.
    constexpr auto none = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> component(n, none);
    std::uint32_t largest = none, count = 0;
    for (Graph::Vertex s = 0; s < n; ++s) {
        if (component[s] != none) continue;
        search.run(s);
        for (Graph::Vertex v : search.order()) component[v] = count;
        if (search.order().size() > component_size_) {
            component_size_ = search.order().size();
            largest = count;
        }
        ++count;
    }
    if (component_size_ < 2) {
        has_run_ = true;
        return;
    }

    std::vector<Graph::Vertex> sources;
    for (Graph::Vertex s = 0; s < n; ++s)
        if (component[s] == largest) sources.push_back(s);
    std::vector<double> totals(sources.size()), farthest(sources.size());
    if (!weighted_) {
        constexpr std::size_t width = detail::MultiSourceBfs::width;
        const std::size_t batches = (sources.size() + width - 1) / width;
        std::vector<detail::MultiSourceBfs> searches;
        for (unsigned w = 0, workers = detail::worker_count(batches, threads_); w < workers; ++w) searches.emplace_back(graph_);
        detail::parallel_for(batches, threads_, progress_, "path lengths", [&](unsigned worker, std::size_t b) {
            const std::size_t begin = b * width, end = std::min(sources.size(), begin + width);
            std::vector<detail::DistanceSums> sums(end - begin);
            searches[worker].run(std::span(sources).subspan(begin, end - begin), sums);
            for (std::size_t i = begin; i < end; ++i) {
                totals[i] = static_cast<double>(sums[i - begin].total);
                farthest[i] = sums[i - begin].farthest;
            }
        });
    } else {
        std::vector<detail::ShortestPathSearch> searches;
        for (unsigned w = 0, workers = detail::worker_count(sources.size(), threads_); w < workers; ++w)
            searches.emplace_back(graph_, weighted_, /*count_paths=*/false);
        detail::parallel_for(sources.size(), threads_, progress_, "path lengths", [&](unsigned worker, std::size_t i) {
            detail::ShortestPathSearch& search = searches[worker];
            search.run(sources[i]);
            double total = 0.0, far = 0.0;
            for (Graph::Vertex v : search.order()) {
                total += search.distance(v);
                far = std::max(far, search.distance(v));
            }
            totals[i] = total;
            farthest[i] = far;
        });
    }
    double total = 0.0;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        total += totals[i];
        diameter_ = std::max(diameter_, farthest[i]);
    }
    const double k = static_cast<double>(component_size_);
    mean_ = total / (k * (k - 1.0));
    has_run_ = true;
}

double PathLengths::mean_path_length() const {
    assure_finished();
    return mean_;
}

double PathLengths::diameter() const {
    assure_finished();
    return diameter_;
}

std::size_t PathLengths::component_size() const {
    assure_finished();
    return component_size_;
}

}  // namespace ecosys
