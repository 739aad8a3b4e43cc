#pragma once
// Private: the best pairs of preferential attachment (preferential_attachment.cpp).

#include <cstddef>
#include <vector>

#include "ecosys/links/link_prediction.hpp"

namespace ecosys::detail {

/// The `top` untied pairs with the highest deg(u) · deg(v) that pass `filter`.
std::vector<ScoredPair> top_preferential_attachment(const Graph& graph, std::size_t top, const PairFilter& filter);

}  // namespace ecosys::detail
