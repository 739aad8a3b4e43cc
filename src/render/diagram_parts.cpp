#include "render/diagram_parts.hpp"

#include <algorithm>
#include <cmath>

#include "render/label_text.hpp"

namespace ecosys::render::detail {

bool keep_tie(const Tie& tie, const DiagramOptions& options) {
    if (tie.weight < options.min_weight) return false;
    if (options.year && tie.year && *tie.year > *options.year) return false;
    return true;
}

std::string filters_text(const DiagramOptions& options) {
    std::string out;
    const bool ja = options.language == Language::ja;
    if (options.year)
        out += ja ? std::to_string(*options.year) + " 年までの紐帯（年のない紐帯を含む）"
                  : "ties up to " + std::to_string(*options.year) + " (undated ties kept)";
    if (options.min_weight > 0) {
        if (!out.empty()) out += " · ";
        out += (ja ? "重み ≥ " + format_number(options.min_weight, 6) + " の紐帯" : "ties of weight ≥ " + format_number(options.min_weight, 6));
    }
    return out;
}

SizeRange size_range(std::size_t nodes) {
    if (nodes <= 60) return {0.25, 0.9};
    if (nodes <= neato_limit) return {0.16, 0.7};
    return {0.08, 0.45};
}

double scaled_size(double value, double max_value, SizeRange range) {
    if (!(max_value > 0) || !(value > 0)) return range.min;
    double share = std::clamp(value / max_value, 0.0, 1.0);
    return range.min + (range.max - range.min) * std::sqrt(share);
}

double edge_width(double weight, double max_weight) {
    if (!(max_weight > 0) || !(weight > 0)) return 0.6;
    double share = std::clamp(weight / max_weight, 0.0, 1.0);
    return 0.6 + 3.9 * std::sqrt(share);
}

std::size_t label_count(const LabelRule& rule, std::size_t nodes) {
    switch (rule.kind) {
        case LabelRule::Kind::all: return nodes;
        case LabelRule::Kind::none: return 0;
        case LabelRule::Kind::top: return std::min(rule.top, nodes);
        case LabelRule::Kind::automatic: break;
    }
    if (nodes <= 40) return nodes;
    return std::min(nodes, nodes <= neato_limit ? std::size_t{20} : std::size_t{30});
}

LabelShape label_shape(std::size_t nodes) {
    if (nodes <= neato_limit) return {22, 2};
    return {26, 1};
}

std::string sector_label(const Network& network, std::string_view sector_id) {
    const Sector* s = network.find_sector(sector_id);
    if (!s || s->label.empty()) return std::string(sector_id);
    return s->label;
}

std::string region_name(const Network& network, std::string_view region_id) {
    if (region_id.empty()) return "(no region)";
    const Region* r = network.find_region(region_id);
    if (!r || r->name.empty()) return std::string(region_id);
    return r->name;
}

std::string join_names(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
        out += names[i];
    }
    return out;
}

}  // namespace ecosys::render::detail
