#pragma once
// How each sector of a network is drawn and exported: a colour, a shape and a legend
// glyph. It depends only on the network, so a sector looks the same in every diagram
// (render/) and every export that carries colours (io/: DOT, GEXF). The palettes live
// here too, since a sector without a colour of its own takes one from them.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ecosys/model/network.hpp"

namespace ecosys {

/// Okabe–Ito colours (M. Okabe, K. Ito 2008, "Color Universal Design"), black left
/// out: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple.
[[nodiscard]] const std::vector<std::string>& okabe_ito();

/// Colours for categories without a colour of their own (communities, regions, extra
/// sectors): Okabe–Ito, then Paul Tol's "muted" scheme; 16 colours. Categories past the
/// end share other_color.
[[nodiscard]] const std::vector<std::string>& categorical_palette();
inline constexpr std::string_view other_color = "#BBBBBB";

/// The one rule for a sector colour, whatever file or option it comes from: empty (no
/// colour of its own) or "#RRGGBB" with six hexadecimal digits of either case. Readers
/// refuse any other colour with its location; SectorStyles never passes one on, so a
/// colour built in code cannot reach Graphviz either.
[[nodiscard]] bool is_sector_color(std::string_view color) noexcept;

/// The complaint about a colour that breaks the rule: "is 'x'; expected #RRGGBB, e.g. '#0072B2'".
[[nodiscard]] std::string sector_color_problem(std::string_view color);

/// How one sector is drawn: a fill colour and a Graphviz shape, so a grayscale print
/// still separates sectors; `glyph` is the Unicode character of the same shape used in
/// legends ("■" for box, "●" for circle ...).
struct SectorStyle {
    std::string color;  ///< "#RRGGBB"
    std::string shape;  ///< Graphviz node shape
    std::string glyph;  ///< UTF-8 character
};

/// The sector styles of one network.
///
/// A colour the file declares wins; otherwise the 産学官金 defaults (industry orange
/// box, academia blue circle, government green triangle, finance purple diamond);
/// other sectors take the unused categorical colours and the unused shapes of
/// circle, box, triangle, diamond, invtriangle, hexagon, pentagon, star, in order.
class SectorStyles {
public:
    explicit SectorStyles(const Network& network);

    /// Style of the sector with this id (an unknown id gets a neutral grey octagon).
    [[nodiscard]] const SectorStyle& sector(std::string_view sector_id) const;

private:
    std::unordered_map<std::string, SectorStyle> sectors_;
    SectorStyle unknown_;
};

}  // namespace ecosys
