#pragma once
// Approximate betweenness centrality with a guaranteed error (Riondato-Kornaropoulos).

#include <cstddef>
#include <cstdint>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

/// Betweenness estimated from r random shortest paths, with the guarantee:
///
///   with probability at least 1 - delta, |estimate(v) - exact(v)| <= epsilon for
///   every actor v at once, on normalized_scores() (Betweenness::normalized_scores()).
///
/// Each sample draws an ordered pair (s, t), s != t, uniformly, then one shortest
/// s-t path uniformly among all of them (none when t is out of reach), and credits
/// the actors inside it. r = ceil(c / e^2 * (floor(log2(VD - 2)) + 1 + ln(1/delta)))
/// with c = 0.5 and e = epsilon * (n-2)/n (the samples estimate betweenness over
/// ordered pairs, n(n-1), which is (n-2)/n times ours). VD is an upper bound of the
/// vertex diameter (the most actors on a shortest path): 2 * eccentricity + 1 of
/// one vertex per component, the highest-degree one. The bound holds whatever the
/// graph; r does not grow with n, so on large networks this is far faster than
/// Betweenness (O(r (n + m)) at worst, much less in practice: each pair is searched
/// by a balanced bidirectional breadth-first search).
///
/// When r reaches n, sampling would cost more than Brandes' exact algorithm (n
/// searches), so run() computes the exact betweenness instead and exact() says so; an
/// epsilon so small that r is beyond any count (1e-300) is the same case, not an overflow.
///
/// Unweighted: tie weights are ignored. Seeded: sample i draws
/// from a generator seeded with (seed, i), so the same seed gives the same
/// estimate for every thread count.
///
/// M. Riondato, E. M. Kornaropoulos (2016), Fast approximation of betweenness
/// centrality through sampling, Data Min. Knowl. Disc. 30(2), Theorem 2 and Lemma 2.
class ApproxBetweenness final : public Algorithm {
public:
    /// epsilon in (0, 1), delta in (0, 1); throws UsageError otherwise.
    ApproxBetweenness(const Graph& graph, double epsilon, double delta = 0.1, std::uint64_t seed = 1,
                      unsigned threads = 0);

    void run() override;

    /// Estimated raw betweenness (each unordered pair once, as Betweenness::scores()).
    [[nodiscard]] const std::vector<double>& scores() const;
    /// Estimated normalised betweenness: within epsilon of the exact one (w.p. 1 - delta).
    [[nodiscard]] const std::vector<double>& normalized_scores() const;
    /// The number of sampled paths, r (0 when exact()).
    [[nodiscard]] std::size_t samples() const;
    /// True when r reached n and the scores are the exact ones.
    [[nodiscard]] bool exact() const;
    /// The vertex-diameter bound VD used for r.
    [[nodiscard]] std::size_t vertex_diameter_bound() const;

    /// r for this epsilon, delta, VD and n (n > 2), as above; SIZE_MAX when r is larger.
    [[nodiscard]] static std::size_t sample_size(double epsilon, double delta, std::size_t vertex_diameter,
                                                 std::size_t n);

private:
    const Graph& graph_;
    double epsilon_;
    double delta_;
    std::uint64_t seed_;
    unsigned threads_;
    std::size_t samples_ = 0;
    bool exact_ = false;
    std::size_t vertex_diameter_ = 0;
    std::vector<double> scores_;
    std::vector<double> normalized_;
};

}  // namespace ecosys
