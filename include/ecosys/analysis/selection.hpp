#pragma once
// A sub-network: a region, some sectors, a window of years, the giant component,
// a k-core, an actor's neighbourhood. What `ecosys extract` writes and what every
// analysis command's selection options (--select-region, --sector, --years,
// --giant, --k-core, --ego, --drop-isolates ...) analyse in place; docs/selection.md.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/language.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys {

/// An inclusive window of years; an absent end is open.
struct YearWindow {
    std::optional<int> from, to;

    [[nodiscard]] bool contains(int year) const noexcept {
        return (!from || year >= *from) && (!to || year <= *to);
    }
    /// "2005-2010", "2005-", "-2010" (as parse_year_window reads it back).
    [[nodiscard]] std::string to_string() const;
    /// The window for people: to_string() in English calendar years; counted in fiscal
    /// years "FY2014-FY2018" or "2014年度–2018年度", by era "平成26年度–平成30年度"
    /// (model/year_text.hpp's year_text for each end).
    [[nodiscard]] std::string text(Language language, bool fiscal, bool era) const;
    bool operator==(const YearWindow&) const = default;
};

/// "A-B", "A-" or "-B" (also "A" = "A-A"); throws UsageError otherwise, or when A > B.
/// `option` names the option in the message ("--years").
[[nodiscard]] YearWindow parse_year_window(std::string_view text, std::string_view option = "--years");

/// What to keep. Every part given narrows the selection (the parts intersect). The
/// parts that read actors' own data apply first (years, region, sectors); the
/// structural ones then apply, in this order, to the network that is left: ego,
/// k_core, giant, drop_isolates.
struct Selection {
    /// Actors of this region and of every region below it (Network::actors_in_region).
    std::string region;
    /// With region: only the actors whose own region is it, not those of sub-regions.
    bool exact_region = false;
    /// Actors of these sectors (any of them).
    std::vector<std::string> sectors;
    /// Ties and projects dated in the window (undated ones stay: they hold at every
    /// time). An actor that has ties or projects, but none left in the window, goes
    /// too, unless keep_isolates; actors without any tie or project stay.
    std::optional<YearWindow> years;
    bool keep_isolates = false;
    /// Actors within ego_radius steps of this actor (the actor itself included).
    std::string ego;
    std::size_t ego_radius = 1;
    /// Actors of core number >= k_core (their k-core).
    std::optional<std::size_t> k_core;
    /// Only the largest connected component (the first in file order among equals).
    bool giant = false;
    /// Leave out actors without any tie (after the other parts).
    bool drop_isolates = false;
    /// How projects make ties for the structural parts (the analysis's GraphOptions).
    GraphOptions graph;
    /// Years are Japanese fiscal years (年度, April to March), before every other part:
    /// to_fiscal_years(). So --years, windows, compare --by year, diff --years and
    /// evaluate all count fiscal years.
    bool fiscal_years = false;

    /// True when nothing is selected: the network stays as it is.
    [[nodiscard]] bool empty() const;
    /// "region tohoku, years 2005-2010, giant component": for notes and metadata; in
    /// Japanese "地域 tohoku、年 2005-2010、最大連結成分".
    [[nodiscard]] std::string describe(Language language = Language::en) const;
};

/// Throws UsageError, with "did you mean", for a region, sector or ego actor that
/// `network` does not have, or k_core / ego_radius out of range.
void check_selection(const Network& network, const Selection& selection);

struct SelectionResult {
    /// The selected network: the kept actors with their names and attributes, the
    /// ties among them, the projects with a kept participant (restricted to them);
    /// every sector and region declaration kept. Indexed.
    Network network;
    /// What a reader should know: a window without ties, an ego actor left out.
    std::vector<std::string> notes;
};

/// The selection of `network` (indexed). Calls check_selection() first. O(actors +
/// ties + participations) per part, plus the graph built for each structural part.
[[nodiscard]] SelectionResult apply_selection(const Network& network, const Selection& selection);

/// Moves every tie and project dated by day (Tie::date, Project::date and end_date) to
/// its Japanese fiscal year (2020-03-31 is in 2019, 2020-04-01 in 2020); those with a
/// year but no day keep it, taken as their fiscal year. Returns what a reader should
/// know: how many moved, how many kept a bare year.
[[nodiscard]] std::vector<std::string> to_fiscal_years(Network& network);

}  // namespace ecosys
