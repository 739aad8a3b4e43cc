#pragma once
// Ties that repeat an earlier one: the same two actors (either order unless the tie is
// directed), the same direction, type and year. The readers keep them, as parallel ties
// are kept, but say so, since their weights are summed (NetworkBuilder::finish).

#include <cstddef>
#include <utility>
#include <vector>

#include "ecosys/model/network.hpp"

namespace ecosys::detail {

/// Among net.ties[i] for i in `kept` (ascending; their source and target already actor
/// indices), every tie that repeats an earlier kept one, as (tie, the first tie it
/// repeats), in increasing order of the tie.
///
/// Cost: one counting sort of the kept ties by their first end and a sort of each
/// actor's (short) list, O(ties + actors) memory of 24 bytes a tie; no hash table,
/// which on 10^6 ties spent most of the load in cache misses.
[[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> repeated_ties(const Network& net,
                                                                             const std::vector<std::size_t>& kept);

}  // namespace ecosys::detail
