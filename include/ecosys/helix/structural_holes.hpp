#pragma once
// Burt's structural holes: effective size, efficiency, constraint and hierarchy
// of every actor's ego network.

#include <optional>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

/// With N(i) the contacts of i and p_ij = w_ij / sum_{k in N(i)} w_ik the share of
/// i's ties invested in j (unweighted: every w = 1, so p_ij = 1/|N(i)|):
///
/// - effective_size(i) = sum_{j in N(i)} (1 - sum_{q in N(i)} p_iq m_jq), with
///   m_jq = w_jq / max_{k in N(j)} w_jk: contacts minus their redundancy.
///   Unweighted this is |N(i)| - 2 t / |N(i)|, t the ties among i's contacts
///   (Borgatti 1997). NetworkX effective_size(G) (weighted: weight="weight").
/// - efficiency(i) = effective_size(i) / |N(i)| (Burt 1992, p. 52).
/// - constraint(i) = sum_{j in N(i)} c_ij, c_ij = (p_ij + sum_{q in N(i)} p_iq p_qj)^2:
///   how much i's contacts are tied to each other (a closed network constrains).
///   NetworkX constraint(G) (weighted: weight="weight").
/// - hierarchy(i) = sum_j r_j ln r_j / (|N(i)| ln |N(i)|), r_j = c_ij / (C_i / |N(i)|):
///   Coleman-Theil disorder of the constraint over the contacts; 0 when all contacts
///   constrain equally, 1 when one contact holds all of it (Burt 1992, p. 71).
///   0 for an actor with one contact or with constraint 0.
///
/// Every value is nullopt for an actor without contacts (NetworkX gives NaN).
/// A weight-0 tie is a contact with p = 0. Weights are tie strengths, summed over
/// parallel ties (and projected ties).
///
/// R. S. Burt (1992), Structural Holes: The Social Structure of Competition, Harvard UP;
/// S. P. Borgatti (1997), Structural holes: unpacking Burt's redundancy measures,
/// Connections 20(1).
/// run() takes O(sum over i of sum over j in N(i) of deg(j)) time, O(n) extra memory.
class StructuralHoles final : public Algorithm {
public:
    explicit StructuralHoles(const Graph& graph, bool weighted = false) : graph_(graph), weighted_(weighted) {}

    void run() override;

    [[nodiscard]] const std::vector<std::optional<double>>& effective_size() const;
    [[nodiscard]] const std::vector<std::optional<double>>& efficiency() const;
    [[nodiscard]] const std::vector<std::optional<double>>& constraint() const;
    [[nodiscard]] const std::vector<std::optional<double>>& hierarchy() const;

private:
    const Graph& graph_;
    bool weighted_;
    std::vector<std::optional<double>> effective_size_, efficiency_, constraint_, hierarchy_;
};

}  // namespace ecosys
