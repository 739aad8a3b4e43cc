#pragma once
// The ecosystem network model: sectors (the helices), regions, actors, ties and
// projects. Plain value types; actor ids are the file's strings, and every
// reference between records is also kept as an index for fast access.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ecosys/model/attributes.hpp"

namespace ecosys {

/// A helix: industry, academia, government, finance by default; a file may
/// declare its own list (e.g. civil_society for a quadruple helix).
struct Sector {
    std::string id;
    std::string label;  ///< human-readable name; empty means "use the id"
    std::string color;  ///< "#RRGGBB"; empty means "use the default palette"
};

/// A region: the unit of comparison between ecosystems.
struct Region {
    std::string id;
    std::string name;    ///< defaults to the id
    std::string parent;  ///< id of the enclosing region, or empty
    bool declared = true;  ///< false when only named by actors, not declared by the file
};

/// A company, university, government body, bank, coordinator ...
struct Actor {
    std::string id;
    std::string name;    ///< defaults to the id
    std::string sector;  ///< one of Network::sectors
    std::string region;  ///< empty when the actor has no region
    std::string kind;    ///< e.g. university, sme, regional_bank (free text)
    std::string role;    ///< e.g. matching_planner, regional_coordinator (free text)
    std::vector<std::string> needs;  ///< company needs (technology keywords)
    std::vector<std::string> seeds;  ///< university seeds (technology keywords)
    Attributes attributes;  ///< extra values, kept as read; equal values shared (model/attributes.hpp)
};

/// A tie between two actors (indices into Network::actors).
struct Tie {
    std::size_t source = 0;
    std::size_t target = 0;
    std::string type = "tie";
    double weight = 1.0;  ///< finite, >= 0
    std::optional<int> year;
    bool directed = false;
};

/// A consortium, council or funded hub joining several actors at once.
struct Project {
    std::string id;
    std::string name;
    std::string type;
    std::optional<int> year;
    std::string region;
    std::vector<std::size_t> participants;  ///< indices into Network::actors
};

/// The default helices of 産学官金.
std::vector<Sector> default_sectors();

/// A whole network. Build it with the readers (io/reader.hpp) or by hand,
/// then call index() so that the lookups below work.
class Network {
public:
    std::string name;
    std::vector<Sector> sectors = default_sectors();
    std::vector<Region> regions;
    std::vector<Actor> actors;
    std::vector<Tie> ties;
    std::vector<Project> projects;

    /// Rebuilds the id lookups and adds implicit regions (named by actors but not
    /// declared). Call after changing actors, regions or sectors by hand.
    void index();

    /// Index of the actor with this id, or nullopt. O(1).
    [[nodiscard]] std::optional<std::size_t> find_actor(std::string_view id) const;
    [[nodiscard]] const Sector* find_sector(std::string_view id) const;
    [[nodiscard]] const Region* find_region(std::string_view id) const;

    /// Indices of the actors of region `region_id`: those whose region is it or any
    /// region below it (by Region::parent), in file order. The one definition of a
    /// region's members that metrics, helix measures and diagrams share.
    [[nodiscard]] std::vector<std::size_t> actors_in_region(std::string_view region_id) const;

    /// Ids of the regions that have at least one actor, in declaration order
    /// (implicit regions after declared ones, in order of first use).
    [[nodiscard]] std::vector<std::string> populated_regions() const;

private:
    std::unordered_map<std::string, std::size_t> actor_index_;
    std::unordered_map<std::string, std::size_t> sector_index_;
    std::unordered_map<std::string, std::size_t> region_index_;
};

}  // namespace ecosys
