#pragma once
// Shortest-path betweenness of ties (Brandes 2008, edge variant).

#include "ecosys/metrics/all_sources_metric.hpp"

namespace ecosys {

/// Edge betweenness of every tie: the sum over pairs of actors s != t of the share
/// of shortest s-t paths that run along it, as NetworkX
/// edge_betweenness_centrality(G, normalized=True): divided by n(n-1). Undirected,
/// every ordered pair (s, t) counts, so a tie on the only path between two actors
/// gets 2/(n(n-1)) from them; directed (Graph::directed()), each arc counts the
/// ordered pairs whose paths run along it. Lengths and weights as Betweenness: 1 per
/// tie, or 1/weight when weighted (a tie of weight 0 is no path).
///
/// Brandes' dependency accumulation from every source, the sources shared among
/// `threads` workers (0 = one per hardware thread), sums added in a fixed order:
/// O(nm) unweighted, O(nm + n^2 log n) weighted.
///
/// scores() holds the normalised value per CSR position, parallel to Graph::targets():
/// undirected, both halves of an edge hold the edge's value; directed, each arc its own.
///
/// U. Brandes (2008), On variants of shortest-path betweenness centrality and their
/// generic computation, Social Networks 30(2).
class EdgeBetweenness final : public AllSourcesMetric {
public:
    using AllSourcesMetric::AllSourcesMetric;

    void run() override;
};

}  // namespace ecosys
