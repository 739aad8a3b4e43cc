#pragma once
// Gould and Fernandez's brokerage roles, with sector as the group.

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/helix/sector_groups.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

/// The five roles, in Gould and Fernandez's order. For a brokered path a -> b -> c
/// with groups A, B, C of a, b (the broker) and c:
enum class BrokerageRole {
    coordinator,     ///< A = B = C: brokers inside its own sector (w_I)
    itinerant,       ///< A = C != B: an outsider brokers within another sector ("consultant", w_O)
    representative,  ///< A = B != C: passes its own sector's flow out to another (b_IO)
    gatekeeper,      ///< A != B = C: lets another sector's flow into its own (b_OI)
    liaison,         ///< A, B, C all different (b_O)
};
inline constexpr std::size_t brokerage_role_count = 5;

/// "coordinator", "itinerant", "representative", "gatekeeper", "liaison".
[[nodiscard]] std::string_view to_string(BrokerageRole role);

/// The role of a brokered path from the groups of its three actors.
[[nodiscard]] BrokerageRole brokerage_role(std::uint32_t a, std::uint32_t b, std::uint32_t c) noexcept;

using BrokerageCounts = std::array<std::size_t, brokerage_role_count>;

/// For every broker b, the ordered pairs (a, c) of distinct other actors with ties
/// a -> b and b -> c but none a -> c, counted by role. Direction comes from the
/// ties behind each collapsed edge (Graph::arcs): a directed tie runs one way, an
/// undirected tie (every projected tie among them) runs both ways. So in an
/// undirected network every open triad a - b - c is counted twice, once each way,
/// and each broker's representative and gatekeeper counts are equal: the
/// undirected variant (as sna's brokerage() on a symmetric graph). A path a -> b -> c
/// is brokered when a -> c is missing even if c -> a exists.
///
/// pairs(b): for each (sector of a, sector of c), how many paths b brokers from a
/// to c, all roles together: who brokers academia -> finance.
///
/// R. V. Gould, R. M. Fernandez (1989), Structures of mediation: a formal approach to
/// brokerage in transaction networks, Sociological Methodology 19, 89-126.
/// run() takes O(sum over b of in(b) (out(b) + max degree)) time, O(n k^2) memory
/// for k sectors.
class Brokerage final : public Algorithm {
public:
    Brokerage(const Graph& graph, const SectorGroups& groups) : graph_(graph), groups_(groups) {}

    void run() override;

    /// Role counts of each vertex, indexed by BrokerageRole.
    [[nodiscard]] const std::vector<BrokerageCounts>& counts() const;
    /// Sum of counts() over every vertex of the graph.
    [[nodiscard]] const BrokerageCounts& totals() const;
    /// Paths b brokers from sector s to sector t: pairs(b)[s * k + t], k = groups.count().
    [[nodiscard]] const std::vector<std::size_t>& pairs(Graph::Vertex b) const;
    /// pairs() summed over every broker, [s * k + t].
    [[nodiscard]] const std::vector<std::size_t>& pair_totals() const;

private:
    const Graph& graph_;
    const SectorGroups& groups_;
    std::vector<BrokerageCounts> counts_;
    BrokerageCounts totals_{};
    std::vector<std::vector<std::size_t>> pairs_;
    std::vector<std::size_t> pair_totals_;
};

}  // namespace ecosys
