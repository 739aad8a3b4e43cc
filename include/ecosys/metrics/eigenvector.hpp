#pragma once
// Eigenvector centrality.

#include <cstddef>
#include <vector>

#include "ecosys/metrics/power_iteration.hpp"

namespace ecosys {

/// Eigenvector centrality: the principal eigenvector of the adjacency matrix A
/// (weighted: A holds the tie weights), non-negative, Euclidean norm 1. This is the
/// vector NetworkX eigenvector_centrality converges to: power iteration on A + I
/// from the uniform vector.
///
/// Disconnected graphs: the limit of that iteration is the uniform vector projected
/// onto the eigenspace of the largest eigenvalue. So the components whose largest
/// eigenvalue equals the graph's (within a relative 1e-9) get their own principal
/// eigenvector, scaled by its sum (its overlap with the uniform start); every other
/// actor gets 0 (as igraph does too). NetworkX stops at a tolerance of 1e-6 per actor, so
/// it returns small values (about 1e-5 or less) there instead of 0. A graph without ties
/// gives every actor 1/sqrt(n); the empty graph gives nothing.
///
/// Computed per component by power iteration on A + I until the L1 change is below
/// 1e-13 per actor (at most 10000 iterations): O(m) per iteration.
///
/// converged() says whether the power iteration met its tolerance, before
/// max_iterations, on every component whose vector is used (those of the largest
/// eigenvalue; the others get 0). It may not where the two largest eigenvalues of a
/// component are very close (a long chain of a few thousand actors): the scores are then
/// the last iterate, approximate, and the analysis says so. last_change() is then the L1
/// change of the last iterate of the slowest component, per actor.
///
/// P. Bonacich (1972), Factoring and weighting approaches to status scores and clique
/// identification, J. Math. Sociol. 2(1).
class Eigenvector final : public PowerIteration {
public:
    explicit Eigenvector(const Graph& graph, bool weighted = false) : PowerIteration(graph, weighted) {}

    void run() override;

    [[nodiscard]] const std::vector<double>& scores() const;
    /// Largest eigenvalue of A (0 for a graph without ties or with no vertices).
    [[nodiscard]] double eigenvalue() const;
    /// Actors outside the dominant component(s), who get 0 whatever their place in
    /// their own component; 0 for a connected graph.
    [[nodiscard]] std::size_t actors_set_to_zero() const;
    /// How many components those actors form.
    [[nodiscard]] std::size_t components_set_to_zero() const;

private:
    std::vector<double> scores_;
    double eigenvalue_ = 0.0;
    std::size_t zero_actors_ = 0, zero_components_ = 0;
};

}  // namespace ecosys
