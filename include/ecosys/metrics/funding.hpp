#pragma once
// Funding and roles of the actors of a scope, from the projects they take part in
// (docs/metrics.md#funding): what a programme paid and who led its projects.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "ecosys/model/network.hpp"

namespace ecosys {

/// Per member of a scope (in the order of `members`), over every project of the
/// network that the member takes part in.
struct FundingTotals {
    /// Sum of the funding of its participations (a participation without funding adds 0).
    std::vector<double> funding;
    /// Projects in which its role is "coordinator".
    std::vector<std::int64_t> coordinations;
    /// Projects it takes part in.
    std::vector<std::int64_t> participations;
};

/// The totals of `members` (indices into network.actors). O(actors + participations).
[[nodiscard]] FundingTotals funding_totals(const Network& network, std::span<const std::size_t> members);

/// The role that counts as leading a project: "coordinator" (CORDIS's word; compared
/// without regard to ASCII case).
[[nodiscard]] bool is_coordinator_role(std::string_view role);

}  // namespace ecosys
