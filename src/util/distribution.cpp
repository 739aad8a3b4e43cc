#include "ecosys/distribution.hpp"

#include <algorithm>

namespace ecosys {

std::pair<std::size_t, std::size_t> cost_share(std::span<const double> cost, unsigned rank, unsigned size) {
    const std::size_t n = cost.size();
    if (size <= 1) return {0, n};
    double total = 0.0;
    for (double c : cost) total += c;
    // Range r starts where the running total comes nearest r/size of the whole
    // (the first such place when two are as near); the last range ends at n.
    auto boundary = [&](unsigned r) -> std::size_t {
        if (r == 0) return 0;
        if (r >= size) return n;
        const double target = total * static_cast<double>(r) / static_cast<double>(size);
        double running = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            if (running + cost[i] > target) {
                // Cut before item i or after it, whichever lands nearer the target.
                return running + cost[i] - target < target - running ? i + 1 : i;
            }
            running += cost[i];
        }
        return n;
    };
    const std::size_t first = boundary(rank);
    return {first, std::max(first, boundary(rank + 1))};
}

}  // namespace ecosys
