#pragma once
// Private: random numbers that are the same on every platform (the standard
// distributions are not), for the seeded samplers.

#include <cstdint>
#include <random>

namespace ecosys::detail {

/// A uniform integer in [0, n), n > 0: Lemire's multiply-shift with rejection, so
/// exactly uniform. D. Lemire (2019), Fast random integer generation in an interval,
/// ACM TOMACS 29(1).
[[nodiscard]] std::uint64_t uniform_below(std::mt19937_64& rng, std::uint64_t n);

/// A generator seeded from two numbers (e.g. a seed and a sample number) through
/// std::seed_seq, so neighbouring pairs give unrelated streams.
[[nodiscard]] std::mt19937_64 seeded_rng(std::uint64_t seed, std::uint64_t stream);

}  // namespace ecosys::detail
