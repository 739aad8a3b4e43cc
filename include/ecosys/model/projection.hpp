#pragma once
// Projects as ties: the one-mode projection of "who took part in which project"
// (a two-mode actor x project network) onto actor-actor ties. Every graph the
// metrics and the helix measures read adds these ties by default
// (GraphOptions in graph/graph.hpp), so a file of only projects is analysable
// with every command. Definitions: docs/metrics.md, "Projects".

#include <cstddef>
#include <string_view>
#include <vector>

#include "ecosys/model/network.hpp"

namespace ecosys {

/// How much a projected tie weighs.
enum class ProjectWeighting {
    /// Each shared project adds 1: the collapsed weight of a pair is the number of
    /// projects they share (NetworkX bipartite.weighted_projected_graph).
    count,
    /// Each shared project of k participants adds 1/(k-1), so that every participant
    /// spreads a total weight of 1 over its co-participants in each project
    /// (M. E. J. Newman (2001), Scientific collaboration networks II, Phys. Rev. E 64,
    /// 016132; NetworkX bipartite.collaboration_weighted_projected_graph).
    newman,
};

/// The type of every projected tie. Not the project's own type: projected ties must
/// stay distinguishable from the ties a file states (a "council" tie and a council
/// project are different records, and a type filter on "council" should not pick up
/// both). The project's year becomes the tie's year.
inline constexpr std::string_view project_tie_type = "project";

[[nodiscard]] std::string_view to_string(ProjectWeighting weighting);

/// "count" or "newman". Throws UsageError otherwise:
/// "unknown project weighting 'neuman' (did you mean 'newman'?); expected count or newman".
[[nodiscard]] ProjectWeighting parse_project_weighting(std::string_view name);

/// The distinct participants of a project (a participant listed twice counts once),
/// in ascending actor index.
[[nodiscard]] std::vector<std::size_t> distinct_participants(const Project& project);

/// Weight of one projected tie from a project of `k` distinct participants (k >= 2):
/// 1, or 1/(k-1) for newman.
[[nodiscard]] double project_tie_weight(std::size_t k, ProjectWeighting weighting);

/// The ties the projects stand for: for each project (in file order) and each pair
/// of its distinct participants (ascending), one undirected tie of type "project",
/// weight project_tie_weight(k), the project's year. A project with fewer than two
/// distinct participants gives none. O(sum of k^2).
[[nodiscard]] std::vector<Tie> project_ties(const Network& network, ProjectWeighting weighting = ProjectWeighting::count);

}  // namespace ecosys
