#pragma once
// One value of a metric, as the registry computes it and the writers print it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace ecosys {

/// Actors of one sector in a region.
struct SectorCount {
    std::string sector;
    std::size_t actors = 0;
};

/// One metric value: absent (monostate: undefined, e.g. the E-I index of a region
/// without ties, or an actor without a region under region scope), a count, a real
/// number, a list of actor ids (top_brokers) or sector counts.
using MetricValue =
    std::variant<std::monostate, std::int64_t, double, std::vector<std::string>, std::vector<SectorCount>>;

}  // namespace ecosys
