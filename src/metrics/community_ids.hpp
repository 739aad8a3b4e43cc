#pragma once
// Private: community ids made consecutive, shared by Louvain and Leiden.

#include <cstdint>
#include <limits>
#include <vector>

namespace ecosys::detail {

/// Renumbers `community` to 0, 1, ... in order of first vertex; returns the count.
/// Every id must be < community.size().
inline std::uint32_t renumber_in_order(std::vector<std::uint32_t>& community) {
    constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> new_id(community.size(), none);
    std::uint32_t count = 0;
    for (std::uint32_t& c : community) {
        if (new_id[c] == none) new_id[c] = count++;
        c = new_id[c];
    }
    return count;
}

}  // namespace ecosys::detail
