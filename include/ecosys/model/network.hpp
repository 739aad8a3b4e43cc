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
#include "ecosys/model/fiscal_year.hpp"

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
    /// The day it began, when the file gives one ("date": "YYYY-MM-DD"); `year` is then
    /// its calendar year, or its fiscal year after --fiscal-years (to_fiscal_years()).
    std::optional<Date> date;
    bool directed = false;
};

/// How one actor took part in a project, when the file says: its role (e.g.
/// coordinator, participant, partner) and the funding it received.
struct Participation {
    std::string role;               ///< empty when not given
    std::optional<double> funding;  ///< finite, >= 0, in the network's currency
    bool operator==(const Participation&) const = default;
};

/// A consortium, council or funded hub joining several actors at once.
struct Project {
    std::string id;
    std::string name;
    std::string type;
    std::optional<int> year;      ///< the year it started (windows of --years read this one)
    std::optional<int> end_year;  ///< the year it ended, >= year; absent: it ended in `year`
    /// The days it started and ended, when the file gives them ("date", "end_date");
    /// year and end_year are then their years (fiscal years after --fiscal-years).
    std::optional<Date> date, end_date;
    std::string region;
    std::string programme;        ///< id of the programme that funded it (Network::programmes), or empty
    std::optional<double> funding;  ///< the project's funding, finite and >= 0
    std::vector<std::size_t> participants;  ///< indices into Network::actors
    /// Parallel to participants when any participant has a role or funding; else empty.
    std::vector<Participation> participations;

    /// The role and funding of participants[i]; an empty record when none were given.
    [[nodiscard]] const Participation& participation(std::size_t i) const;
    /// The year the project's activity last holds: end_year, else year.
    [[nodiscard]] std::optional<int> last_year() const { return end_year ? end_year : year; }
};

/// A programme that funded projects in some regions over some years (the treated
/// regions and period of an evaluation: docs/evaluation.md).
struct Programme {
    std::string id;
    std::string name;                  ///< defaults to the id
    std::vector<std::string> regions;  ///< the regions it was declared for (may be empty)
    std::optional<int> from, to;       ///< its years, inclusive ("years": "A-B")
    std::optional<double> budget;      ///< finite, >= 0, in the network's currency
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
    /// Programmes declared by the file ("programmes"); projects name them by id.
    std::vector<Programme> programmes;
    /// The currency of every funding and budget (e.g. "EUR", "JPY"); empty when not said.
    std::string currency;

    /// Rebuilds the id lookups and adds implicit regions (named by actors but not
    /// declared). Call after changing actors, regions or sectors by hand.
    void index();

    /// Index of the actor with this id, or nullopt. O(1).
    [[nodiscard]] std::optional<std::size_t> find_actor(std::string_view id) const;
    [[nodiscard]] const Sector* find_sector(std::string_view id) const;
    [[nodiscard]] const Region* find_region(std::string_view id) const;
    /// The programme of this id, or nullptr. O(programmes).
    [[nodiscard]] const Programme* find_programme(std::string_view id) const;

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
