#pragma once
// Shortest-path betweenness centrality (Brandes 2001).

#include <vector>

#include "ecosys/metrics/all_sources_metric.hpp"

namespace ecosys {

/// Betweenness of every actor: the sum over pairs s != t (both != v, each unordered
/// pair once) of the share of shortest s-t paths that pass through v.
///
/// scores() are the raw values: each unordered pair of endpoints counted once (each
/// ordered pair when directed).
///
/// Unweighted: shortest paths count edges. Weighted: an edge's length is 1/weight
/// (weight is tie strength) and a tie of weight 0 is no path. Equal-length paths are
/// those whose summed lengths compare equal in floating point, as in NetworkX.
///
/// normalized_scores() divide by (n-1)(n-2)/2, the number of pairs not involving v,
/// as NetworkX betweenness_centrality(G, normalized=True) for undirected graphs;
/// all 0 when n <= 2.
///
/// Brandes' algorithm from every source, the sources shared among `threads` worker
/// threads (0 = one per hardware thread): run() takes O(nm) time unweighted,
/// O(nm + n^2 log n) weighted, and O(n + m) memory per thread, allocated once.
/// Unweighted, actors of degree 1 are first folded away (repeatedly, so hanging
/// trees go whole) and their share is counted exactly (Baglioni et al. 2012); then
/// twins (actors with the same neighbours, tied to each other or not; directed: the
/// same out- and in-neighbours) are merged into one vertex per class, whose members
/// count as paths and as sources in multiples and whose pairs among themselves are
/// counted exactly (docs/metrics.md, "Twins"); the search then runs only from one
/// actor of each class left. Sums are added in a fixed order
/// whatever the thread count, so results are the same for 1 or 16 threads.
/// With set_distribution, each process searches from a contiguous share of the
/// sources of nearly equal cost and the partial sums are added over the processes
/// in a fixed order: the same from run to run for the same number of processes,
/// and equal to one process's result up to rounding (about 1e-15 relative).
///
/// On a directed graph (Graph::directed()) paths follow the arcs, every ordered
/// pair (s, t) counts, nothing is folded (twins are merged), and normalized_scores() divide by
/// (n-1)(n-2), as NetworkX does for a DiGraph.
///
/// U. Brandes (2001), A faster algorithm for betweenness centrality, J. Math. Sociol. 25(2).
class Betweenness final : public AllSourcesMetric {
public:
    using AllSourcesMetric::AllSourcesMetric;

    void run() override;

    /// scores() * 2 / ((n-1)(n-2)) (directed: scores() / ((n-1)(n-2))); in [0, 1].
    [[nodiscard]] const std::vector<double>& normalized_scores() const;

private:
    std::vector<double> normalized_;
};

}  // namespace ecosys
