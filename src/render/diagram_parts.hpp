#pragma once
// Pieces shared by the actor diagrams and the overview: tie filters, size scales,
// label counts, names. Private to render/.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/model/network.hpp"
#include "ecosys/render/diagram.hpp"

namespace ecosys::render::detail {

/// Whether a tie passes --min-weight and --year (self-loops are the caller's business).
[[nodiscard]] bool keep_tie(const Tie& tie, const DiagramOptions& options);

/// "ties up to 2015 (undated ties kept) · ties of weight ≥ 2", or "" without filters.
[[nodiscard]] std::string filters_text(const DiagramOptions& options);

/// Smallest and largest node size in inches for a diagram of `nodes` nodes: smaller
/// nodes in larger diagrams so that they still fit.
struct SizeRange {
    double min = 0.25;
    double max = 0.9;
};
[[nodiscard]] SizeRange size_range(std::size_t nodes);

/// Node size with area proportional to value / max_value (min size for 0 or when
/// max_value <= 0).
[[nodiscard]] double scaled_size(double value, double max_value, SizeRange range);

/// Line width in points for a summed weight: 0.6 to 4.5, area-like (square root) scale.
[[nodiscard]] double edge_width(double weight, double max_weight);

/// How many nodes get a label: all, none, top N, or for `automatic` all up to 40
/// nodes and the top 20 (30 above neato_limit) otherwise.
[[nodiscard]] std::size_t label_count(const LabelRule& rule, std::size_t nodes);

/// Columns and lines of a node label, smaller for large diagrams.
struct LabelShape {
    std::size_t columns = 22;
    std::size_t lines = 2;
};
[[nodiscard]] LabelShape label_shape(std::size_t nodes);

/// Display names: the sector's label (its id when it has none), the region's name.
[[nodiscard]] std::string sector_label(const Network& network, std::string_view sector_id);
[[nodiscard]] std::string region_name(const Network& network, std::string_view region_id);

/// "a, b and c": for legends.
[[nodiscard]] std::string join_names(const std::vector<std::string>& names);

}  // namespace ecosys::render::detail
