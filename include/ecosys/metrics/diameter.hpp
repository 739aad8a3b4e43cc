#pragma once
// The exact diameter of the largest component from a few breadth-first searches.

#include <cstddef>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

/// The largest distance between two actors of the largest connected component (the
/// first one, in order of its first vertex, among components of equal size: the
/// component of PathLengths), unweighted; 0 when it has fewer than two actors. The
/// same number as PathLengths::diameter() unweighted, without a search from every
/// actor.
///
/// Bounding eccentricities (Takes & Kosters 2011, "BoundingDiameters"): every
/// breadth-first search from v gives its eccentricity e(v), a lower bound of the
/// diameter, and for every w bounds max(d(v,w), e(v) - d(v,w)) <= e(w) <= e(v) +
/// d(v,w); the diameter is at most 2 e(v). Searches alternate between the candidate
/// with the largest upper bound (likely peripheral: raises the lower bound; ties to
/// the larger lower bound, then the higher degree) and the one with the smallest
/// lower bound (likely central: lowers the upper bounds; ties to the higher degree).
/// An actor stops being a candidate once its upper bound is at most the diameter's
/// lower bound; when none is left, or the lower bound reaches the smallest 2 e(v),
/// that lower bound is the diameter.
///
/// Once a single search removes fewer candidates than 64 (after the first four), the
/// remaining candidates' eccentricities are found 64 at a time by one multi-source
/// search each (metrics/multi_source_bfs.hpp), the largest lower bounds first,
/// dropping those whose upper bound the rising lower bound reaches. Random graphs
/// need this: most of their actors have eccentricity D or D - 1, so the bounds prune
/// little, and one search per candidate took 100-400 searches on the random graphs of
/// a 27k-actor network where this takes 3-9. On small-world networks the total is a
/// handful of searches, each O(n + m); the worst case (e.g. a long cycle) is four
/// searches and one multi-source search per 64 actors of the component.
///
/// F. W. Takes, W. A. Kosters (2011), Determining the diameter of small world
/// networks, CIKM '11, 1191-1196.
class Diameter final : public Algorithm {
public:
    explicit Diameter(const Graph& graph) : graph_(graph) {}

    void run() override;

    [[nodiscard]] double diameter() const;
    /// Number of actors in the component the diameter is about.
    [[nodiscard]] std::size_t component_size() const;
    /// Searches it took, a multi-source search of up to 64 counting once (0 for a
    /// component of fewer than two actors).
    [[nodiscard]] std::size_t searches() const;

private:
    const Graph& graph_;
    std::size_t diameter_ = 0;
    std::size_t component_size_ = 0;
    std::size_t searches_ = 0;
};

}  // namespace ecosys
