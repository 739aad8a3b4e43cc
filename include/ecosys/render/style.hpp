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

namespace ecosys::render {

/// Font list for every label; Graphviz writes it as the SVG font-family, and its
/// text layout (pango) measures label widths with the first font that has the glyphs,
/// so Japanese labels fit. Noto Sans CJK JP also carries Latin glyphs.
inline constexpr std::string_view font_family = "Noto Sans CJK JP,Noto Sans,DejaVu Sans,sans-serif";

/// Okabe–Ito colours (M. Okabe, K. Ito 2008, "Color Universal Design"), black left
/// out: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple.
[[nodiscard]] const std::vector<std::string>& okabe_ito();

/// Colours for categories without a colour of their own (communities, regions, extra
/// sectors): Okabe–Ito, then Paul Tol's "muted" scheme; 16 colours. Categories past the
/// end share other_color.
[[nodiscard]] const std::vector<std::string>& categorical_palette();
inline constexpr std::string_view other_color = "#BBBBBB";

/// How one sector is drawn: a fill colour and a Graphviz shape, so a grayscale print
/// still separates sectors; `glyph` is the Unicode character of the same shape used in
/// legends ("■" for box, "●" for circle ...).
struct SectorStyle {
    std::string color;  ///< "#RRGGBB"
    std::string shape;  ///< Graphviz node shape
    std::string glyph;  ///< UTF-8 character
};

/// How ties of one type are drawn.
struct TieStyle {
    std::string line;   ///< Graphviz edge style: solid, dashed or dotted
    std::string color;  ///< "#RRGGBB", a grey
    std::string glyph;  ///< legend sample of the line, e.g. "━━━"
};

/// The styles of one network.
///
/// Sectors: a colour the file declares wins; otherwise the 産学官金 defaults (industry
/// orange box, academia blue circle, government green triangle, finance purple diamond);
/// other sectors take the unused categorical colours and the unused shapes of
/// circle, box, triangle, diamond, invtriangle, hexagon, pentagon, star, in order.
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
    std::unordered_map<std::string, SectorStyle> sectors_;
    std::unordered_map<std::string, TieStyle> ties_;
    std::unordered_map<std::string, std::string> regions_;
    std::vector<std::string> tie_types_;
    SectorStyle unknown_sector_;
    TieStyle unknown_tie_;
    std::string other_;
};

}  // namespace ecosys::render
