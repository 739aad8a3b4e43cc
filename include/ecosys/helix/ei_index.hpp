#pragma once
// Krackhardt and Stern's E-I index: external minus internal ties over all ties,
// with sector as the group, and a permutation test against random sector labels.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/helix/sector_groups.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

struct EIOptions {
    /// Random relabellings in the permutation test; 0 leaves the test out (p-values nullopt).
    std::size_t permutations = 9999;
    /// Seed of the relabellings: the same seed gives the same p-values on every platform.
    std::uint64_t seed = 1;
};

/// E-I = (E - I) / (E + I) on collapsed, unweighted ties, in [-1, 1]: -1 when every
/// tie stays inside a sector, +1 when every tie crosses sectors.
///
/// - network_index(): E and I are the ties between and within sectors.
/// - sector_index(s): E = ties from members of s to other sectors, I = ties among
///   members of s counted from both ends (the sum of the members' own counts; as
///   UCINET computes it from the adjacency matrix), so that it is the E-I of the tie
///   ends held by the sector.
/// - actor_index(v): E and I are v's neighbours in other sectors and in its own.
/// nullopt where there are no ties to count.
///
/// expected_network_index(): the mean E-I under random relabelling, exactly
/// 1 - 2 q with q = sum_s n_s (n_s - 1) / (n (n - 1)), the chance that a tie joins
/// two actors of the same sector when the sector sizes are kept. A network with
/// many industry actors has an expected value well below 1.
///
/// The permutation test shuffles the sector labels among the actors (sizes kept,
/// ties fixed) `permutations` times (Fisher-Yates driven by std::mt19937_64, whose
/// output the C++ standard fixes) and counts how often the shuffled E-I is at least
/// (greater) or at most (less) the observed one. One-sided p = (count + 1) /
/// (permutations + 1) (never 0); the two-sided p_value = min(1, 2 min(greater, less)).
/// The same shuffles give each sector's p-values.
///
/// D. Krackhardt, R. N. Stern (1988), Informal networks and organizational crises:
/// an experimental simulation, Social Psychology Quarterly 51(2), 123-140.
/// run() takes O(n + m) plus O(permutations (n + m)) for the test.
class EIIndex final : public Algorithm {
public:
    EIIndex(const Graph& graph, const SectorGroups& groups, EIOptions options = {})
        : graph_(graph), groups_(groups), options_(options) {}

    void run() override;

    [[nodiscard]] std::optional<double> network_index() const;
    [[nodiscard]] std::optional<double> expected_network_index() const;
    [[nodiscard]] std::optional<double> network_p_value() const;
    [[nodiscard]] std::optional<double> network_p_greater() const;
    [[nodiscard]] std::optional<double> network_p_less() const;

    /// Per sector (index into groups.sectors).
    [[nodiscard]] std::optional<double> sector_index(std::size_t s) const;
    [[nodiscard]] std::optional<double> sector_p_value(std::size_t s) const;

    /// Per vertex.
    [[nodiscard]] const std::vector<std::optional<double>>& actor_index() const;

    [[nodiscard]] std::size_t external_ties() const;
    [[nodiscard]] std::size_t internal_ties() const;
    [[nodiscard]] const EIOptions& options() const noexcept { return options_; }

private:
    const Graph& graph_;
    const SectorGroups& groups_;
    EIOptions options_;
    std::size_t external_ = 0, internal_ = 0;
    std::optional<double> expected_;
    std::optional<double> p_greater_, p_less_;
    std::vector<std::size_t> sector_external_, sector_internal_;  // internal counted from both ends
    std::vector<std::optional<double>> sector_p_;
    std::vector<std::optional<double>> actor_;
};

}  // namespace ecosys
