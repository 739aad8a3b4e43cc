#pragma once
// Two-mode data: a participation table as funding agencies publish it, one row
// per actor per project (project id, organisation id, name, type, country,
// year, role ...), read into actors and projects directly.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/io/import_options.hpp"
#include "ecosys/io/reader.hpp"

namespace ecosys {

/// Which column holds what (header names, matched without regard to case).
/// Only `project` and `actor` are required.
struct ParticipationColumns {
    std::string project;       ///< project id
    std::string actor;         ///< actor (organisation) id
    std::string actor_name;    ///< actor name
    std::string sector;        ///< actor type, a sector or a raw value for the sector map
    std::string region;        ///< actor region (e.g. country)
    std::string year;          ///< project year (e.g. start year)
    std::string role;          ///< the actor's role in the project (coordinator, participant ...)
    std::string project_name;
    std::string project_type;
    /// A project topic (e.g. a programme part); a cell may hold several separated by ';'.
    /// Each actor gets the attribute "topics": {topic: earliest year of its rows naming
    /// it, or null}, which `match --topics` and `links --evaluate` read.
    std::string topic;
    std::vector<std::string> actor_attributes;  ///< other per-actor columns kept as attributes
    std::string end_year;   ///< the year the project ended (Project::end_year)
    std::string funding;    ///< the funding of this actor in this project (a participation's amount)
    /// The project's programme, in this table or, with ParticipationOptions::programme_tables,
    /// in those (e.g. CORDIS's programme_part of programme_parts.csv).
    std::string programme;
};

struct ParticipationOptions {
    ParticipationColumns columns;
    SectorMap sector_map;        ///< raw sector values -> sectors (e.g. PRC -> industry)
    std::string default_sector;  ///< for actors without a sector value
    /// Also add one undirected tie of type "co_participation" per pair of actors
    /// sharing projects, weighted by the number of projects they share.
    bool co_participation_ties = false;
    std::string name;            ///< network name; empty: the file name
    /// Cell values read as missing, besides empty cells (compared after trimming blanks,
    /// case-sensitive). A token dropped in a column whose values mostly have its shape
    /// (NA among country codes) is warned about with a count.
    std::vector<std::string> na_values = default_na_values();
    /// Tables of one row per project and programme (columns named by columns.project and
    /// columns.programme), read for the projects' programmes; a project's first row wins.
    std::vector<std::filesystem::path> programme_tables;
    /// The currency of the funding column (Network::currency), e.g. "EUR".
    std::string currency;

    /// NA, N/A, n/a, null, NULL.
    static std::vector<std::string> default_na_values() { return {"NA", "N/A", "n/a", "null", "NULL"}; }
};

/// Reads a participation table (CSV with a header row). An actor's own values
/// (name, sector, region, attributes) come from its first row; a later row
/// that disagrees is a warning. A project's year, name and type likewise.
/// Per-participation roles become actor attributes "projects_as_<role>"
/// (counts), since a project keeps only its set of participants. Empty cells
/// and options.na_values are missing values.
LoadResult read_participation_table(std::string_view text, const std::string& source, const ParticipationOptions& options);

/// One participation table's text and the name messages give it.
struct ParticipationText {
    std::string_view text;
    std::string source;
};

/// Several tables of the same kind (e.g. two periods of CORDIS) read as one: each has
/// its own header with the columns named by the options; an actor or project in several
/// is one actor or project.
LoadResult read_participation_tables(const std::vector<ParticipationText>& files, const ParticipationOptions& options);

/// Opens and reads several participation tables as one (read_participation_tables).
LoadResult load_participation_tables(const std::vector<std::filesystem::path>& paths, const ParticipationOptions& options);

/// Opens and reads a participation table.
LoadResult load_participation_table(const std::filesystem::path& path, const ParticipationOptions& options);

}  // namespace ecosys
