#include "ecosys/model/sector_style.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>

#include "util/text.hpp"

namespace ecosys {

namespace {

struct Shape {
    const char* shape;
    const char* glyph;
};

// The order in which sectors without a shape of their own take one.
constexpr std::array<Shape, 8> shapes = {{
    {"circle", "●"},
    {"box", "■"},
    {"triangle", "▲"},
    {"diamond", "◆"},
    {"invtriangle", "▼"},
    {"hexagon", "⬢"},
    {"pentagon", "⬟"},
    {"star", "★"},
}};

struct DefaultSector {
    const char* id;
    const char* color;
    Shape shape;
};

// 産学官金: the colours of default_sectors(), one shape each.
constexpr std::array<DefaultSector, 4> default_sector_styles = {{
    {"industry", "#E69F00", {"box", "■"}},
    {"academia", "#0072B2", {"circle", "●"}},
    {"government", "#009E73", {"triangle", "▲"}},
    {"finance", "#CC79A7", {"diamond", "◆"}},
}};

}  // namespace

bool is_sector_color(std::string_view color) noexcept {
    if (color.empty()) return true;
    if (color.size() != 7 || color[0] != '#') return false;
    for (std::size_t i = 1; i < 7; ++i)
        if (std::isxdigit(static_cast<unsigned char>(color[i])) == 0) return false;
    return true;
}

std::string sector_color_problem(std::string_view color) {
    return "is " + detail::quote(color) + "; expected #RRGGBB, e.g. '#0072B2'";
}

const std::vector<std::string>& okabe_ito() {
    static const std::vector<std::string> colors = {"#E69F00", "#56B4E9", "#009E73", "#F0E442",
                                                    "#0072B2", "#D55E00", "#CC79A7"};
    return colors;
}

const std::vector<std::string>& categorical_palette() {
    static const std::vector<std::string> colors = [] {
        std::vector<std::string> c = okabe_ito();
        // Paul Tol's "muted" qualitative scheme.
        for (const char* tol : {"#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99",
                                "#999933", "#AA4499"})
            c.emplace_back(tol);
        return c;
    }();
    return colors;
}

SectorStyles::SectorStyles(const Network& network) : unknown_{std::string(other_color), "octagon", "●"} {
    // Colours and shapes already taken by the sectors that have their own.
    std::unordered_set<std::string> used_colors, used_shapes;
    auto upper = [](std::string c) {
        std::transform(c.begin(), c.end(), c.begin(), [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
        return c;
    };
    for (const Sector& s : network.sectors) {
        if (!s.color.empty() && is_sector_color(s.color)) used_colors.insert(upper(s.color));
        for (const auto& d : default_sector_styles)
            if (s.id == d.id) {
                if (s.color.empty()) used_colors.insert(d.color);
                used_shapes.insert(d.shape.shape);
            }
    }
    std::size_t next_color = 0, next_shape = 0;
    for (const Sector& s : network.sectors) {
        SectorStyle style;
        const DefaultSector* known = nullptr;
        for (const auto& d : default_sector_styles)
            if (s.id == d.id) known = &d;
        if (!s.color.empty() && is_sector_color(s.color)) {
            style.color = upper(s.color);
        } else if (known) {
            style.color = known->color;
        } else {
            const auto& palette = categorical_palette();
            while (next_color < palette.size() && used_colors.count(palette[next_color])) ++next_color;
            style.color = next_color < palette.size() ? palette[next_color++] : std::string(other_color);
        }
        if (known) {
            style.shape = known->shape.shape;
            style.glyph = known->shape.glyph;
        } else {
            while (next_shape < shapes.size() && used_shapes.count(shapes[next_shape].shape)) ++next_shape;
            const Shape& shape = shapes[next_shape < shapes.size() ? next_shape++ : 0];
            style.shape = shape.shape;
            style.glyph = shape.glyph;
        }
        sectors_.emplace(s.id, std::move(style));
    }
}

const SectorStyle& SectorStyles::sector(std::string_view sector_id) const {
    auto it = sectors_.find(std::string(sector_id));
    return it == sectors_.end() ? unknown_ : it->second;
}

}  // namespace ecosys
