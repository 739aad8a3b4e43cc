#include "ecosys/render/style.hpp"

#include "ecosys/model/projection.hpp"

#include <array>
#include <unordered_set>

namespace ecosys::render {

namespace {

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

Style::Style(const Network& network)
    : sectors_(network),
      unknown_tie_{tie_style(tie_slots[0])},
      other_(other_color) {
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

const SectorStyle& Style::sector(std::string_view sector_id) const { return sectors_.sector(sector_id); }

const TieStyle& Style::tie(std::string_view tie_type) const {
    auto it = ties_.find(std::string(tie_type));
    return it == ties_.end() ? unknown_tie_ : it->second;
}

const std::string& Style::region_color(std::string_view region_id) const {
    auto it = regions_.find(std::string(region_id));
    return it == regions_.end() ? other_ : it->second;
}

}  // namespace ecosys::render
