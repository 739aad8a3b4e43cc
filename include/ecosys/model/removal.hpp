#pragma once
// A network with some actors, ties or projects taken out: what `ecosys whatif`
// analyses (docs/whatif.md).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "ecosys/model/network.hpp"

namespace ecosys {

/// What to take out; the parts combine (an actor goes when any part names it).
struct Removal {
    std::vector<std::string> actors;    ///< actor ids
    std::string role;                   ///< every actor of this role
    std::string kind;                   ///< every actor of this kind
    std::string sector;                 ///< every actor of this sector
    std::string tie_type;               ///< every tie of this type
    std::vector<std::string> projects;  ///< project ids
    std::string project_type;           ///< every project of this type
    /// Every tie and project dated after this year (undated ones stay): the network
    /// as it stood when a program ended in that year.
    std::optional<int> after_year;

    [[nodiscard]] bool empty() const;
};

/// Index of the actor with this id; UsageError "unknown actor 'x' (did you mean
/// 'y'?); this network has N actors" otherwise (the ids are too many to list).
[[nodiscard]] std::size_t require_actor(const Network& network, const std::string& id);

/// Throws UsageError, with "did you mean", for a name of `removal` that `network`
/// does not have: an actor id, role, kind, sector, tie type, project id or type.
void check_removal(const Network& network, const Removal& removal);

struct RemovalResult {
    /// The network without them: actors, ties and projects in their file order,
    /// indices renumbered, regions and sectors kept (a region may be left empty);
    /// projects lose removed participants. Indexed.
    Network network;
    std::vector<std::string> removed_actors;    ///< ids, file order
    std::size_t removed_ties = 0;               ///< ties dropped (those of removed actors too)
    std::vector<std::string> removed_projects;  ///< ids, file order
};

/// The network without what `removal` names (check_removal() first). O(actors + ties +
/// participations).
[[nodiscard]] RemovalResult apply_removal(const Network& network, const Removal& removal);

}  // namespace ecosys
