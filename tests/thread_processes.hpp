#pragma once
// Several processes of a Distribution (ecosys/distribution.hpp) played by threads of
// one test: what an MPI job of K ranks does, without MPI. sum() adds the K vectors in
// rank order; gather() concatenates them rank after rank.

#include <barrier>
#include <span>
#include <vector>

#include "ecosys/distribution.hpp"

namespace ecosys::test {

struct ThreadGroup {
    explicit ThreadGroup(unsigned processes) : size(processes), sync(processes), parts(processes) {}
    unsigned size;
    std::barrier<> sync;
    std::vector<std::vector<double>> parts;
};

class ThreadProcess final : public Distribution {
public:
    ThreadProcess(ThreadGroup& group, unsigned rank) : group_(group), rank_(rank) {}
    [[nodiscard]] unsigned rank() const noexcept override { return rank_; }
    [[nodiscard]] unsigned size() const noexcept override { return group_.size; }
    void sum(std::span<double> values) override {
        group_.parts[rank_].assign(values.begin(), values.end());
        group_.sync.arrive_and_wait();
        for (std::size_t i = 0; i < values.size(); ++i) {
            double total = 0.0;
            for (const auto& part : group_.parts) total += part[i];
            values[i] = total;
        }
        group_.sync.arrive_and_wait();
    }
    void wait_for_all() override { group_.sync.arrive_and_wait(); }
    [[nodiscard]] std::vector<double> gather(std::span<const double> values) override {
        group_.parts[rank_].assign(values.begin(), values.end());
        group_.sync.arrive_and_wait();
        std::vector<double> all;
        for (const auto& part : group_.parts) all.insert(all.end(), part.begin(), part.end());
        group_.sync.arrive_and_wait();
        return all;
    }

private:
    ThreadGroup& group_;
    unsigned rank_;
};

}  // namespace ecosys::test
