// Names of the diagram options and their parsers.

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

#include "ecosys/analysis/registry.hpp"
#include "ecosys/error.hpp"
#include "ecosys/render/diagram.hpp"
#include "util/text.hpp"

namespace ecosys::render {

namespace {

template <typename E, std::size_t N>
using NameTable = std::array<std::pair<E, std::string_view>, N>;

constexpr NameTable<Engine, 7> engine_names = {{{Engine::automatic, "auto"},
                                                {Engine::dot, "dot"},
                                                {Engine::neato, "neato"},
                                                {Engine::fdp, "fdp"},
                                                {Engine::sfdp, "sfdp"},
                                                {Engine::circo, "circo"},
                                                {Engine::twopi, "twopi"}}};



constexpr NameTable<ColorBy, 3> color_names = {
    {{ColorBy::sector, "sector"}, {ColorBy::community, "community"}, {ColorBy::region, "region"}}};

constexpr NameTable<GroupBy, 4> group_names = {{{GroupBy::region, "region"},
                                                {GroupBy::sector, "sector"},
                                                {GroupBy::community, "community"},
                                                {GroupBy::none, "none"}}};

template <typename E, std::size_t N>
std::string_view name_of(const NameTable<E, N>& table, E value) {
    for (const auto& [v, name] : table)
        if (v == value) return name;
    return "?";
}

template <typename E, std::size_t N>
E parse(const NameTable<E, N>& table, std::string_view text, std::string_view what) {
    std::vector<std::string> names;
    for (const auto& [v, name] : table) {
        if (name == text) return v;
        names.emplace_back(name);
    }
    const std::string hint = ecosys::detail::did_you_mean(text, names);
    throw UsageError("unknown " + std::string(what) + " " + ecosys::detail::quote(text) +
                     hint + "; expected " +
                     ecosys::detail::join_alternatives(names));
}

}  // namespace

std::string_view to_string(Engine engine) { return name_of(engine_names, engine); }
std::string_view to_string(ColorBy color_by) { return name_of(color_names, color_by); }
std::string_view to_string(GroupBy group_by) { return name_of(group_names, group_by); }

Engine parse_engine(std::string_view text) { return parse(engine_names, text, "layout"); }
const std::vector<std::string>& size_by_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> k;
        for (const MetricInfo& m : metric_registry())
            if (m.level == MetricLevel::actor && m.scalar) k.emplace_back(m.key);
        k.emplace_back("none");
        return k;
    }();
    return keys;
}

std::string parse_size_by(std::string_view text) {
    const auto& keys = size_by_keys();
    if (std::find(keys.begin(), keys.end(), text) != keys.end()) return std::string(text);
    const std::string hint = ecosys::detail::did_you_mean(text, keys);
    throw UsageError("unknown size metric " + ecosys::detail::quote(text) + hint +
                     "; expected " + ecosys::detail::join_alternatives(keys));
}
ColorBy parse_color_by(std::string_view text) { return parse(color_names, text, "colour scheme"); }
GroupBy parse_group_by(std::string_view text) { return parse(group_names, text, "grouping"); }

LabelRule parse_labels(std::string_view text) {
    if (text == "auto") return {LabelRule::Kind::automatic, 0};
    if (text == "all") return {LabelRule::Kind::all, 0};
    if (text == "none") return {LabelRule::Kind::none, 0};
    if (text.substr(0, 4) == "top:") {
        std::string_view digits = text.substr(4);
        std::size_t n = 0;
        auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
        if (!digits.empty() && ec == std::errc() && end == digits.data() + digits.size())
            return {LabelRule::Kind::top, n};
    }
    const std::string hint = ecosys::detail::did_you_mean(text, {"auto", "all", "none"});
    throw UsageError("unknown label rule " + ecosys::detail::quote(text) + hint +
                     "; expected auto, all, none or top:N (N a whole number, e.g. top:20)");
}

Engine resolve_engine(Engine requested, std::size_t nodes) {
    if (requested == Engine::circo && nodes > circo_limit)
        throw UsageError("circo takes minutes on more than " + std::to_string(circo_limit) + " nodes and this diagram has " +
                         std::to_string(nodes) + "; use --layout neato or sfdp, or draw one region");
    if (requested != Engine::automatic) return requested;
    return nodes > neato_limit ? Engine::sfdp : Engine::neato;
}

Grouping grouping_of(Engine engine) {
    switch (engine) {
        case Engine::dot:
        case Engine::fdp: return Grouping::native;
        case Engine::neato:
        case Engine::sfdp:
        case Engine::automatic: return Grouping::packed;
        case Engine::circo:
        case Engine::twopi: return Grouping::none;
    }
    return Grouping::none;
}

}  // namespace ecosys::render
