#pragma once
// The largest counts a run accepts, the same on the command line (cli/common.hpp checks
// every count option against them) and in Python (the arguments of the same names):
// beyond them a run would take days, not give better numbers. A count above its limit is
// a usage error that names the limit (docs/robustness.md, "counts on the command line").

#include <cstdint>

namespace ecosys {

inline constexpr std::uint64_t max_samples = 100'000;          ///< random graphs per scope (--samples, samples=)
inline constexpr std::uint64_t max_permutations = 10'000'000;  ///< permutations (--permutations, permutations=)
inline constexpr std::uint64_t max_count = 1'000'000'000;      ///< --top, --k, --k-core, --radius, --restarts, --max-actors
inline constexpr std::uint64_t max_threads = 4096;             ///< --threads, threads=

}  // namespace ecosys
