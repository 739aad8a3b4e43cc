#pragma once
// One diagram of what changed between two networks (compare/diff.hpp): every actor
// of either, the earlier network's actors where its own layout puts them and the
// new ones placed around them, ties added in one colour, ties removed dashed, actors
// added and removed marked, and a legend that says which is which. docs/diff.md.

#include <string>

#include "ecosys/render/diagram.hpp"

namespace ecosys::render {

/// Colours of the change diagram (Okabe–Ito vermillion for what is new).
inline constexpr const char* added_color = "#D55E00";
inline constexpr const char* removed_color = "#6F6F6F";
inline constexpr const char* kept_color = "#B5B5B5";

/// The change from `before` to `after` (both indexed), matched by actor id. Ties are
/// the collapsed pairs of each side's graph (options.graph: projects included by
/// default), classified as in both, added or removed. Node positions of `before` come
/// from graphviz_positions() and are pinned; neato places the rest. Nodes are sized
/// alike (options.size_by is not used), coloured and shaped by sector; labels follow
/// options.labels. Throws UsageError when the two together have more than
/// neato_limit actors (select a region first) or none.
[[nodiscard]] Diagram diff_diagram(const Network& before, const Network& after, const std::string& before_label,
                                   const std::string& after_label, const DiagramOptions& options = {});

}  // namespace ecosys::render
