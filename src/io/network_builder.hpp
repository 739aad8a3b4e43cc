#pragma once
// Shared back end of the readers: the JSON and CSV readers hand over records
// with the location of each value; the builder checks what both formats share
// (unique ids, known sectors, ties and participants naming actors, weights,
// self-loops) and collects every problem before giving up.

#include <optional>
#include <string>
#include <vector>

#include "ecosys/io/reader.hpp"

namespace ecosys::detail {

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
    std::vector<std::pair<std::string, Location>> participants;
};

class NetworkBuilder {
public:
    explicit NetworkBuilder(std::string default_name);

    void error(const Location& at, std::string message);
    void warning(const Location& at, std::string message);
    [[nodiscard]] bool has_errors() const noexcept { return !errors_.empty(); }

    void set_name(std::string name) { network_.name = std::move(name); }
    /// The file declares its own sectors: forget the default four.
    void clear_sectors() { network_.sectors.clear(); }
    void add_sector(Sector sector, const Location& at_id);
    void add_region(Region region, const Location& at_id);
    void add_actor(RawActor actor) { actors_.push_back(std::move(actor)); }
    void add_tie(RawTie tie) { ties_.push_back(std::move(tie)); }
    void add_project(RawProject project) { projects_.push_back(std::move(project)); }
    /// A participation row of a CSV folder (participants.csv).
    void add_participation(std::string project, const Location& at_project, std::string actor,
                           const Location& at_actor);

    /// Resolves references and returns the network with its warnings, or throws
    /// ValidationError with every error found (including those reported earlier).
    LoadResult finish();

private:
    Network network_;
    std::vector<Location> sector_at_, region_at_;
    std::vector<RawActor> actors_;
    std::vector<RawTie> ties_;
    std::vector<RawProject> projects_;
    struct Participation {
        std::string project, actor;
        Location at_project, at_actor;
    };
    std::vector<Participation> participations_;
    std::vector<Diagnostic> errors_, warnings_;
};

/// Checks a weight read from a file; returns an error message or "".
std::string check_weight(double weight);

}  // namespace ecosys::detail
