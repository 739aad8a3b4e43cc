#include "metrics/shared_sources.hpp"

#include <limits>
#include <tuple>
#include <utility>

namespace ecosys::detail {

namespace {
using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }
}  // namespace

std::vector<double> component_costs(std::span<const std::size_t> offsets, std::span<const Graph::Vertex> targets) {
    const std::size_t n = offsets.empty() ? 0 : offsets.size() - 1;
    constexpr Graph::Vertex none = std::numeric_limits<Graph::Vertex>::max();
    std::vector<Graph::Vertex> component(n, none);
    std::vector<double> component_cost;
    std::vector<Graph::Vertex> queue(n);
    for (Graph::Vertex s = 0; s < n; ++s) {
        if (component[s] != none) continue;
        const auto c = static_cast<Graph::Vertex>(component_cost.size());
        std::size_t head = 0, tail = 0;
        double cost = 0.0;
        queue[tail++] = s;
        component[s] = c;
        while (head < tail) {
            const Graph::Vertex v = queue[head++];
            cost += 1.0 + static_cast<double>(offsets[v + 1] - offsets[v]);
            for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e)
                if (component[targets[e]] == none) {
                    component[targets[e]] = c;
                    queue[tail++] = targets[e];
                }
        }
        component_cost.push_back(cost);
    }
    std::vector<double> costs(n);
    for (std::size_t v = 0; v < n; ++v) costs[v] = component_cost[component[v]];
    return costs;
}

SharedSources::SharedSources(Distribution* distribution, std::string step, std::span<const double> cost)
    : distribution_(distribution && distribution->size() > 1 ? distribution : nullptr),
      step_(std::move(step)),
      total_(cost.size()),
      end_(cost.size()),
      start_(Clock::now()) {
    if (distribution_) std::tie(begin_, end_) = cost_share(cost, distribution_->rank(), distribution_->size());
}

SharedSources::SharedSources(Distribution* distribution, std::string step, std::size_t count)
    : distribution_(distribution && distribution->size() > 1 ? distribution : nullptr),
      step_(std::move(step)),
      total_(count),
      end_(count),
      start_(Clock::now()) {
    if (distribution_) {
        const std::size_t r = distribution_->rank(), k = distribution_->size();
        // count * r can overflow only beyond 2^64 / K items: far beyond any count here.
        begin_ = count / k * r + count % k * r / k;
        end_ = count / k * (r + 1) + count % k * (r + 1) / k;
    }
}

void SharedSources::sum(std::span<double> values) {
    if (!distribution_) return;
    const double busy = seconds_since(start_);
    const Clock::time_point wait_start = Clock::now();
    distribution_->wait_for_all();  // so that the reduction's own time can be told from the wait
    const double wait = seconds_since(wait_start);
    const Clock::time_point reduce_start = Clock::now();
    distribution_->sum(values);
    distribution_->record(
        {step_, size(), total_, busy, wait, seconds_since(reduce_start), values.size() * sizeof(double)});
}

}  // namespace ecosys::detail
