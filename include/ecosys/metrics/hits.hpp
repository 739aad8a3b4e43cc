#pragma once
// Hubs and authorities (HITS) of a directed graph.

#include <cstddef>
#include <vector>

#include "ecosys/metrics/power_iteration.hpp"

namespace ecosys {

/// Kleinberg's hubs and authorities on a directed graph (Graph::directed(); an
/// undirected graph is read as arcs both ways): an actor's authority is the sum of
/// the hub scores of the actors with an arc to it, its hub score the sum of the
/// authorities it has arcs to (times the arc's weight when weighted). Power
/// iteration from uniform hub scores, each iterate scaled to a largest value of 1,
/// until the L1 change of the hub scores is below 1e-13 (at most max_iterations),
/// then both vectors scaled to sum to 1, as NetworkX hits() reports them. With no
/// arc at all every score is 0.
///
/// Where the largest singular value of the adjacency matrix is repeated (several
/// components as strong as each other) the limit depends on the start; NetworkX's
/// sparse SVD may then pick another vector of the same space.
///
/// J. M. Kleinberg (1999), Authoritative sources in a hyperlinked environment, J. ACM 46(5).
class Hits final : public PowerIteration {
public:
    explicit Hits(const Graph& graph, bool weighted = false) : PowerIteration(graph, weighted) {}

    void run() override;

    [[nodiscard]] const std::vector<double>& hubs() const;
    [[nodiscard]] const std::vector<double>& authorities() const;
    [[nodiscard]] std::size_t iterations() const;

private:
    std::vector<double> hubs_, authorities_;
    std::size_t iterations_ = 0;
};

}  // namespace ecosys
