#pragma once
// The fixed visual vocabulary of every diagram: sector colours and shapes, tie-type
// line styles, the categorical palette for communities and regions, and the fonts.
// Everything here depends only on the network (never on one diagram), so a sector,
// a tie type or a region looks the same in every figure made from one network.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ecosys/model/network.hpp"
#include "ecosys/model/sector_style.hpp"

namespace ecosys::render {

/// Font list for every label; Graphviz writes it as the SVG font-family, and its
/// text layout (pango) measures label widths with the first font that has the glyphs,
/// so Japanese labels fit. Noto Sans CJK JP also carries Latin glyphs.
inline constexpr std::string_view font_family = "Noto Sans CJK JP,Noto Sans,DejaVu Sans,sans-serif";

// Sector colours, shapes and the palettes are the model's (model/sector_style.hpp),
// so that exports (io/) draw sectors as diagrams do without including render/.
using ecosys::categorical_palette;
using ecosys::okabe_ito;
using ecosys::other_color;
using ecosys::SectorStyle;

/// How ties of one type are drawn.
struct TieStyle {
    std::string line;   ///< Graphviz edge style: solid, dashed or dotted
    std::string color;  ///< "#RRGGBB", a grey
    std::string glyph;  ///< legend sample of the line, e.g. "━━━"
};

/// The styles of one network.
///
/// Sectors: those of SectorStyles (model/sector_style.hpp).
///
/// Tie types: the domain's types have fixed styles (joint_research, matching, council
/// dark solid/dashed/dotted; supply, training, equipment_sharing light; funding, loan,
/// investment mid grey); other types take the unused styles in order of first
/// appearance in the network's ties, and share them once all nine are taken. Ties that
/// projects stand for (type "project") are dotted blue-grey, unlike any other type.
class Style {
public:
    explicit Style(const Network& network);

    /// Style of the sector with this id (an unknown id gets a neutral grey octagon).
    [[nodiscard]] const SectorStyle& sector(std::string_view sector_id) const;
    [[nodiscard]] const TieStyle& tie(std::string_view tie_type) const;
    /// Tie types of the network: the domain's types present, in the order above, then the
    /// others in order of first appearance, then "project" when the network has projects.
    [[nodiscard]] const std::vector<std::string>& tie_types() const noexcept { return tie_types_; }
    /// Colour of a region, by its position among the network's populated regions,
    /// so a region keeps its colour in every diagram (other_color past the palette).
    [[nodiscard]] const std::string& region_color(std::string_view region_id) const;

private:
    SectorStyles sectors_;
    std::unordered_map<std::string, TieStyle> ties_;
    std::unordered_map<std::string, std::string> regions_;
    std::vector<std::string> tie_types_;
    TieStyle unknown_tie_;
    std::string other_;
};

}  // namespace ecosys::render
