#pragma once
// Newman's assortativity coefficient of the sector attribute.

#include <optional>

#include "ecosys/helix/sector_mixing.hpp"

namespace ecosys {

/// r = (sum_s e_ss - sum_s a_s^2) / (1 - sum_s a_s^2), where e_st is the share of
/// tie ends joining sector s to sector t (each tie counted from both ends, so e is
/// symmetric and sums to 1) and a_s = sum_t e_st. r = 1: ties only inside sectors;
/// 0: mixing as if at random given each sector's share of tie ends; negative: ties
/// prefer other sectors (the helix spirit). The minimum, -sum a_s^2 / (1 - sum a_s^2),
/// is above -1 unless two sectors share the ends equally.
///
/// nullopt when undefined: no ties, or every tie end in one sector (0/0). Otherwise
/// equal to NetworkX attribute_assortativity_coefficient(G, "sector").
///
/// M. E. J. Newman (2003), Mixing patterns in networks, Phys. Rev. E 67, 026126.
/// O(k^2) from a SectorMixing that has run.
[[nodiscard]] std::optional<double> sector_assortativity(const SectorMixing& mixing);

}  // namespace ecosys
