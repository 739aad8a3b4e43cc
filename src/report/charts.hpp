#pragma once
// The report's own small charts, drawn as inline SVG and HTML (no charting library,
// nothing fetched): bar charts of one metric across regions (the small multiples),
// a sector-to-sector heat map and a sector mix bar.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/language.hpp"

namespace ecosys::detail {

struct Bar {
    std::string label;             ///< region name, shortened to fit
    std::optional<double> value;   ///< absent: "–", no bar
    std::string target;            ///< id of the element a click on the bar jumps to; may be empty
};

/// A horizontal bar chart of `bars`, bars growing from 0 (left or right), value at the
/// bar's end, and `reference` (the whole network) as a dashed line labelled "all".
/// `title` above it. Fixed width 320 px, 18 px per bar.
[[nodiscard]] std::string bar_chart_svg(std::string_view title, const std::vector<Bar>& bars,
                                        std::optional<double> reference, Language language = Language::en);

struct SectorLabel {
    std::string id, label, color, glyph;
};

/// The sector mixing matrix as an HTML table: ties per sector pair in each cell, the
/// cell shaded by the pair's density (ties / possible pairs: white 0, dark 1, by the
/// square root so that sparse pairs still show), "–" where no pair is possible, and
/// missing links (possible pairs with no tie) marked.
[[nodiscard]] std::string heat_map_html(const std::vector<SectorLabel>& sectors,
                                        const std::vector<std::vector<std::size_t>>& ties,
                                        const std::vector<std::vector<std::optional<double>>>& density,
                                        Language language = Language::en);

/// Actors per sector as one stacked bar with a legend of counts and shares.
[[nodiscard]] std::string sector_mix_html(const std::vector<SectorLabel>& sectors, const std::vector<std::size_t>& actors,
                                          Language language = Language::en);

/// A number for a reader: 4 significant digits, "–" when absent; from 1,000 on a whole
/// number with thousands separators ("121,300", not "1.213e+05"), below 0.001 with its
/// exponent ("5.05e-18"), never a cut one.
[[nodiscard]] std::string readable_number(std::optional<double> x);

/// The same with 6 significant digits ("12,345.6", "0.123457"): for the estimates and
/// scores the report gives in full.
[[nodiscard]] std::string precise_number(double x);

}  // namespace ecosys::detail
