#include "ecosys/render/style.hpp"

#include "ecosys/model/projection.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>

namespace ecosys::render {

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

constexpr const char* dark = "#3A3A3A";
constexpr const char* mid = "#7A7A7A";
constexpr const char* light = "#ABABAB";

struct TieSlot {
    const char* line;
    const char* color;
};

// Nine distinguishable line styles: three dash patterns in three greys.
constexpr std::array<TieSlot, 9> tie_slots = {{
    {"solid", dark},
    {"dashed", dark},
    {"dotted", dark},
    {"solid", light},
    {"dashed", light},
    {"dotted", light},
    {"solid", mid},
    {"dashed", mid},
    {"dotted", mid},
}};

// The tie types of the domain notes, each with a slot of its own.
constexpr std::array<std::pair<const char*, std::size_t>, 9> known_tie_types = {{
    {"joint_research", 0},
    {"matching", 1},
    {"council", 2},
    {"supply", 3},
    {"training", 4},
    {"equipment_sharing", 5},
    {"funding", 6},
    {"loan", 7},
    {"investment", 8},
}};

std::string line_glyph(std::string_view line) {
    if (line == "dashed") return "╍╍╍";
    if (line == "dotted") return "┉┉┉";
    return "━━━";
}

TieStyle tie_style(const TieSlot& slot) { return {slot.line, slot.color, line_glyph(slot.line)}; }

}  // namespace

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

Style::Style(const Network& network)
    : unknown_sector_{std::string(other_color), "octagon", "●"},
      unknown_tie_{tie_style(tie_slots[0])},
      other_(other_color) {
    // Sectors: colours and shapes already taken by the sectors that have their own.
    std::unordered_set<std::string> used_colors, used_shapes;
    auto upper = [](std::string c) {
        std::transform(c.begin(), c.end(), c.begin(), [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
        return c;
    };
    for (const Sector& s : network.sectors) {
        if (!s.color.empty()) used_colors.insert(upper(s.color));
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
        if (!s.color.empty()) {
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

    // Tie types: the known ones keep their slot, the others fill the free slots.
    // Known types first, in the domain's order, then the others in order of first appearance.
    std::unordered_set<std::string> seen;
    for (const Tie& t : network.ties) seen.insert(t.type);
    std::unordered_set<std::string> listed;
    for (const auto& [name, slot] : known_tie_types)
        if (seen.count(name)) tie_types_.emplace_back(name), listed.insert(name);
    for (const Tie& t : network.ties)
        if (listed.insert(t.type).second) tie_types_.push_back(t.type);
    std::array<bool, tie_slots.size()> taken{};
    for (const std::string& type : tie_types_)
        for (const auto& [name, slot] : known_tie_types)
            if (type == name) {
                ties_.emplace(type, tie_style(tie_slots[slot]));
                taken[slot] = true;
            }
    std::size_t cycle = 0;
    for (const std::string& type : tie_types_) {
        if (ties_.count(type)) continue;
        std::size_t slot = tie_slots.size();
        for (std::size_t i = 0; i < tie_slots.size(); ++i)
            if (!taken[i]) {
                slot = i;
                break;
            }
        if (slot == tie_slots.size()) slot = cycle++ % tie_slots.size();
        else taken[slot] = true;
        ties_.emplace(type, tie_style(tie_slots[slot]));
    }

    // Ties that projects stand for (model/projection.hpp) look like none of the above.
    const std::string project(project_tie_type);
    if (!ties_.count(project)) ties_.emplace(project, TieStyle{"dotted", "#5F86B0", line_glyph("dotted")});
    if (!listed.count(project))
        for (const Project& p : network.projects)
            if (distinct_participants(p).size() > 1) {
                tie_types_.push_back(project);
                break;
            }

    const auto& palette = categorical_palette();
    std::vector<std::string> regions = network.populated_regions();
    for (std::size_t i = 0; i < regions.size(); ++i)
        regions_.emplace(regions[i], i < palette.size() ? palette[i] : std::string(other_color));
}

const SectorStyle& Style::sector(std::string_view sector_id) const {
    auto it = sectors_.find(std::string(sector_id));
    return it == sectors_.end() ? unknown_sector_ : it->second;
}

const TieStyle& Style::tie(std::string_view tie_type) const {
    auto it = ties_.find(std::string(tie_type));
    return it == ties_.end() ? unknown_tie_ : it->second;
}

const std::string& Style::region_color(std::string_view region_id) const {
    auto it = regions_.find(std::string(region_id));
    return it == regions_.end() ? other_ : it->second;
}

}  // namespace ecosys::render
