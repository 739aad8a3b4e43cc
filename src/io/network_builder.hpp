#pragma once
// Shared back end of the readers: the JSON and CSV readers hand over records
// with the location of each value; the builder checks what both formats share
// (unique ids, known sectors, ties and participants naming actors, weights,
// self-loops) and collects every problem before giving up.
//
// Cost: a location is kept as a Place (file index, line, column: 12 bytes) and
// becomes a Location only when a problem is reported; ids are interned once, so
// a tie costs its Tie, two 4-byte id numbers and three Places while reading, and
// no heap allocation of its own.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ecosys/io/reader.hpp"

namespace ecosys::detail {

/// A Location without its source's name: an index into the builder's sources.
struct Place {
    std::uint32_t file = 0;
    std::int32_t line = 0;
    std::int32_t column = 0;
};

/// Records of the readers for other tools' formats (io/foreign_import.hpp), which
/// carry full Locations; the builder turns them into its compact form.
struct RawActor {
    Actor actor;
    Location at, at_id, at_sector;
};

struct RawTie {
    Tie tie;  // source/target filled in by the builder
    std::string source, target;
    Location at, at_source, at_target, at_weight;
};

struct RawProject {
    Project project;  // participants filled in by the builder
    Location at, at_id;
    Location at_programme, at_end_year;  // where the file gives them (line 0: not given)
    std::vector<std::pair<std::string, Location>> participants;
    /// Parallel to participants (their role and funding), or empty.
    std::vector<Participation> participations;
};

/// "A-B" or "A" of a programme's "years" into from/to; false when it is neither or A > B.
bool parse_programme_years(std::string_view text, std::optional<int>& from, std::optional<int>& to);

/// Strings interned once, numbered in order of first use: an open-addressing
/// table over an append-only arena, so a lookup hashes a string_view and
/// allocates nothing.
class IdTable {
public:
    static constexpr std::uint32_t none = 0xFFFFFFFFu;

    /// The number of `id`, adding it when new. Amortised O(|id|).
    std::uint32_t intern(std::string_view id);
    /// The number of `id`, or none.
    [[nodiscard]] std::uint32_t find(std::string_view id) const;
    [[nodiscard]] std::string_view name(std::uint32_t number) const { return names_[number]; }
    [[nodiscard]] std::size_t size() const noexcept { return names_.size(); }

private:
    static std::uint64_t hash(std::string_view s);
    std::string_view store(std::string_view s);
    void grow();
    struct Slot {
        std::uint32_t hash = 0;    // low 32 bits of the name's hash
        std::uint32_t number = 0;  // name number + 1; 0 = empty
        std::uint64_t tail = 0;    // tail_of(name): a name of up to 7 bytes is compared here, without a cache miss
    };
    static std::uint64_t tail_of(std::string_view s);
    std::vector<std::string_view> names_;
    std::vector<Slot> slots_;  // size a power of two, at most half full
    std::vector<std::unique_ptr<char[]>> blocks_;
    std::size_t block_used_ = 0, block_size_ = 0;
};

class NetworkBuilder {
public:
    explicit NetworkBuilder(std::string default_name);

    /// The number of `source` among the files read (the last one is remembered).
    std::uint32_t file(const std::string& source);
    Place place(const Location& at) { return {file(at.source), at.line, at.column}; }
    [[nodiscard]] Location location(Place at) const { return {sources_[at.file], at.line, at.column}; }

    void error(const Location& at, std::string message);
    void warning(const Location& at, std::string message);
    void error(Place at, std::string message) { error(location(at), std::move(message)); }
    void warning(Place at, std::string message) { warning(location(at), std::move(message)); }
    [[nodiscard]] bool has_errors() const noexcept { return !errors_.empty(); }

    void set_name(std::string name) { network_.name = std::move(name); }
    /// The file declares its own sectors: forget the default four.
    void clear_sectors() { network_.sectors.clear(); }
    /// A sector; its colour must pass is_sector_color() (model/sector_style.hpp), else an
    /// error at `at_color` (the sector's `at_id` when the format does not locate it).
    void add_sector(Sector sector, const Location& at_id, const std::optional<Location>& at_color = std::nullopt);
    void add_region(Region region, const Location& at_id);

    /// An actor as read; `at_id` and `at_sector` locate its id and sector.
    void add_actor(Actor actor, Place at_id, Place at_sector);
    /// An actor of another tool's format; refused (an error at `raw.at`) when a text
    /// of it holds the NUL character.
    void add_actor(RawActor raw);

    /// A tie between the actors named `source` and `target` (resolved in finish());
    /// a bad weight is reported at once, at `at_weight`. `at` locates the whole
    /// tie (self-loop warning).
    void add_tie(Tie tie, std::string_view source, std::string_view target, Place at, Place at_source, Place at_target,
                 Place at_weight);
    /// A tie of another tool's format; refused like add_actor(RawActor) for NUL.
    void add_tie(RawTie raw);

    void add_project(RawProject project) { projects_.push_back(std::move(project)); }
    /// A participation row of a CSV folder (participants.csv), with its role and funding.
    void add_participation(std::string project, const Location& at_project, std::string actor,
                           const Location& at_actor, Participation participation = {});
    /// A programme declaration; duplicate ids are reported in finish().
    void add_programme(Programme programme, const Location& at_id);
    void set_currency(std::string currency) { network_.currency = std::move(currency); }

    /// A hint of how many ties are coming, to size the storage once.
    void expect_ties(std::size_t count) {
        network_.ties.reserve(count);
        tie_at_.reserve(count);
    }

    /// Resolves references and returns the network with its warnings, or throws
    /// ValidationError with every error found (including those reported earlier).
    LoadResult finish();

private:
    // The steps of finish(), in the order it takes them.
    struct Resolution;
    void check_nul_texts();
    /// The sector ids, each once; duplicates are errors.
    std::vector<std::string> check_sector_ids();
    void check_blank_names();
    /// Unique ids, declared parents, no cycle of parents.
    void check_regions();
    void check_region_cycles(const std::unordered_map<std::string, std::size_t>& region_of_id);
    /// Unique actor ids and known sectors; fills r.actor_of_id.
    void check_actors(Resolution& r, const std::vector<std::string>& sector_ids);
    /// Ties' ends from id numbers to actors; weight sums; repeated ties.
    void resolve_ties(Resolution& r);
    void warn_repeated_ties(const std::vector<std::pair<std::size_t, std::size_t>>& repeats);
    void check_programmes();
    /// Projects (unique ids, years, programmes) and their participants, then the rows of participants.csv.
    void resolve_projects(Resolution& r);
    void resolve_participants(Resolution& r, RawProject& raw);
    void resolve_participation_rows(Resolution& r, const std::unordered_map<std::string, std::size_t>& project_at,
                                    const std::vector<std::string>& project_ids);
    /// The network and its warnings, or ValidationError with every problem, in file order.
    LoadResult result();

    struct TiePlaces {
        Place at, at_source, at_target;
    };
    struct ActorPlaces {
        Place at_id, at_sector;
        std::uint32_t id = 0;  // in ids_
    };
    Network network_;
    std::vector<std::string> sources_;
    std::uint32_t last_file_ = 0;
    IdTable ids_;  // actor ids and every id a tie names
    std::vector<Location> sector_at_, region_at_;
    std::vector<ActorPlaces> actor_at_;  // parallel to network_.actors
    std::vector<TiePlaces> tie_at_;      // parallel to network_.ties, whose ends hold ids_ numbers until finish()
    std::vector<RawProject> projects_;
    struct ParticipationRow {
        std::string project, actor;
        Location at_project, at_actor;
        Participation participation;
    };
    std::vector<ParticipationRow> participations_;
    std::vector<Location> programme_at_;  // parallel to network_.programmes
    std::vector<Diagnostic> errors_, warnings_;
};

/// The largest sum of weights (an actor's strength, all ties' total) a network may
/// have: squares of such sums (eigenvector, clustering) stay finite.
inline constexpr double max_weight_sum = 1e150;

/// The largest amount of money (a funding or budget) a file may give: sums over any
/// number of participations stay finite (1e18 is above any programme's budget in yen).
inline constexpr double max_amount = 1e18;

/// Checks a weight read from a file; returns an error message or "".
std::string check_weight(double weight);

}  // namespace ecosys::detail
