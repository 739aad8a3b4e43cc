#include "util/random.hpp"

namespace ecosys::detail {

std::uint64_t uniform_below(std::mt19937_64& rng, std::uint64_t n) {
    unsigned __int128 product = static_cast<unsigned __int128>(rng()) * n;
    auto low = static_cast<std::uint64_t>(product);
    if (low < n) {
        const std::uint64_t threshold = (0 - n) % n;
        while (low < threshold) {
            product = static_cast<unsigned __int128>(rng()) * n;
            low = static_cast<std::uint64_t>(product);
        }
    }
    return static_cast<std::uint64_t>(product >> 64);
}

std::mt19937_64 seeded_rng(std::uint64_t seed, std::uint64_t stream) {
    std::seed_seq seq{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32),
                      static_cast<std::uint32_t>(stream), static_cast<std::uint32_t>(stream >> 32)};
    return std::mt19937_64(seq);
}

}  // namespace ecosys::detail
