#include "ecosys/helix/sector_assortativity.hpp"

#include "util/rounding.hpp"

namespace ecosys {

std::optional<double> sector_assortativity(const SectorMixing& mixing) {
    const auto& counts = mixing.counts();
    const std::size_t k = counts.size();
    const double ends = 2.0 * static_cast<double>(mixing.ties());
    if (ends == 0) return std::nullopt;
    double trace = 0, sum_a2 = 0;
    for (std::size_t s = 0; s < k; ++s) {
        double a = 0;
        for (std::size_t t = 0; t < k; ++t) a += static_cast<double>(s == t ? 2 * counts[s][t] : counts[s][t]);
        a /= ends;
        trace += 2.0 * static_cast<double>(counts[s][s]) / ends;
        sum_a2 += a * a;
    }
    if (1.0 - sum_a2 <= 1e-15) return std::nullopt;  // all tie ends in one sector
    // Mixing exactly as expected by chance is r = 0, not the rounding of trace - sum_a2.
    return detail::zero_if_rounding(trace - sum_a2, trace + sum_a2) / (1.0 - sum_a2);
}

}  // namespace ecosys
