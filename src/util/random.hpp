#pragma once
// Private: random numbers that are the same on every platform (the standard
// distributions are not), for the seeded samplers.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace ecosys::detail {

/// A uniform integer in [0, n), n > 0: Lemire's multiply-shift with rejection, so
/// exactly uniform. D. Lemire (2019), Fast random integer generation in an interval,
/// ACM TOMACS 29(1).
[[nodiscard]] std::uint64_t uniform_below(std::mt19937_64& rng, std::uint64_t n);

/// A generator seeded from two numbers (e.g. a seed and a sample number) through
/// std::seed_seq, so neighbouring pairs give unrelated streams.
[[nodiscard]] std::mt19937_64 seeded_rng(std::uint64_t seed, std::uint64_t stream);

/// Keeps k of `items` (k < items.size()), a uniform sample without replacement, in
/// ascending order: the first k of a partial Fisher-Yates shuffle drawn from
/// seeded_rng(seed, 0), then sorted (neighbouring sources share more of their searches'
/// memory). The sampled path length and sampled betweenness draw their sources so.
template <class T>
void keep_sorted_sample(std::vector<T>& items, std::size_t k, std::uint64_t seed) {
    std::mt19937_64 rng = seeded_rng(seed, 0);
    for (std::size_t i = 0; i < k; ++i) std::swap(items[i], items[i + uniform_below(rng, items.size() - i)]);
    items.resize(k);
    std::sort(items.begin(), items.end());
}

}  // namespace ecosys::detail
