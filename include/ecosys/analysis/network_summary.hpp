#pragma once
// What a network holds, as `ecosys info` and the Python module's Network.info() show
// it: counts of actors, ties, tied pairs, projects; years; actors per sector and
// region, ties and projects per type. One pass over the network plus one graph build.

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "ecosys/model/network.hpp"

namespace ecosys {

struct NetworkSummary {
    /// (key, count) in first-seen order: sectors and regions in declaration order
    /// (declared ones first, with 0 when empty), then as actors name them.
    using Counts = std::vector<std::pair<std::string, std::size_t>>;

    std::size_t actors = 0, ties = 0;
    /// Pairs of actors joined by a tie or a shared project: what every metric reads.
    std::size_t tied_pairs = 0;
    std::size_t directed_ties = 0, self_loops = 0, cross_region_ties = 0;
    std::size_t projects = 0, participations = 0;
    std::optional<int> first_year, last_year;  ///< over ties and projects
    Counts sectors, regions, tie_types, project_types;  ///< regions: "(none)" for actors without one
    /// Per programme (declared ones first, then those only projects name): its projects,
    /// distinct participants, participations with an amount, the sum of those amounts, and
    /// the regions of its participants (in the order regions are declared).
    struct ProgrammeSummary {
        std::string id, name;
        bool declared = false;
        std::size_t projects = 0, participants = 0, funded_participations = 0;
        double funding = 0;
        std::vector<std::string> regions;
    };
    std::vector<ProgrammeSummary> programmes;
};

[[nodiscard]] NetworkSummary summarize(const Network& network);

/// Dated ties and projects (by their start year) of one year.
struct YearCount {
    int year = 0;
    std::size_t ties = 0, projects = 0;
};

/// Every year some tie or project is dated in, ascending. O(ties + projects + years log years).
[[nodiscard]] std::vector<YearCount> counts_per_year(const Network& network);

/// The years of `years` more than `gap` years from every other dated year (a 1980 or 2097
/// among 2005-2015): typing errors more often than history, and a cause of empty periods.
[[nodiscard]] std::vector<YearCount> outlying_years(const std::vector<YearCount>& years, int gap);

/// The document of `ecosys info --format json`: {"network", "source", "actors", "ties",
/// "tied_pairs", "directed_ties", "self_loops", "cross_region_ties", "projects",
/// "participations", "years", "per_year": [{"year", "ties", "projects"}], "outlying_years":
/// [years more than 5 years from every other dated year], "sectors", "regions", "tie_types", "project_types", "currency"?,
/// "programmes"? [{"id", "name", "declared", "projects", "participants", "funded_participations",
/// "funding", "regions"}], "warnings"}; the last two only when the network has programmes.
[[nodiscard]] nlohmann::ordered_json summary_json(const Network& network, const NetworkSummary& summary,
                                                  nlohmann::ordered_json source, std::size_t warnings);

}  // namespace ecosys
