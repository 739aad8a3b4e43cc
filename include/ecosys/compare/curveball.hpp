#pragma once
// Global curveball trades: random simple graphs with a given degree sequence, for the
// null model of compare/null_model.hpp.

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <utility>
#include <vector>

#include "ecosys/graph/graph.hpp"

namespace ecosys {

/// Rewires a simple undirected graph by global curveball trades (Carstens, Berger &
/// Strona 2016; Carstens et al. 2018). A *trade* between actors u and v pools the
/// neighbours that only one of them has (neither u nor v themselves), shuffles the
/// pool and gives u as many of it as u had, v the rest; shared neighbours and a tie
/// u-v stay. Degrees are kept, and no self-loop or parallel tie can arise. A *global
/// trade* draws a uniform random pairing of all actors (one left out when n is odd)
/// and carries out its n/2 trades one after the other. The chain of global trades is
/// irreducible, aperiodic and symmetric on the simple graphs with the degree sequence,
/// so it converges to the uniform distribution over them.
///
/// Each global trade costs O(n + m): every tie is stored once, at the end whose
/// trade comes first, and handed to the other end after that trade (the scheme of
/// Carstens et al. 2018), so no trade ever edits a third actor's list and no edge is
/// looked up in a hash set.
///
/// Randomness comes only from the generator passed to run(): the same generator
/// state gives the same graph.
///
/// C. J. Carstens, A. Berger, G. Strona (2016), A unifying framework for fast
/// randomization of ecological networks with fixed (node) degrees, arXiv:1609.05137;
/// C. J. Carstens, M. Hamann, U. Meyer, M. Penschuck, H. Tran, D. Wagner (2018),
/// Parallel and I/O-efficient randomisation of massive networks using global
/// curveball trades, ESA 2018, LIPIcs 112.
class GlobalCurveball {
public:
    using Vertex = Graph::Vertex;
    using Edge = std::pair<Vertex, Vertex>;

    /// The graph to rewire: n actors, edges {u, v} with u != v, each pair at most once.
    GlobalCurveball(std::size_t n, std::span<const Edge> edges);

    /// Carries out `global_trades` global trades from the starting graph (each call
    /// starts again from it: the constructor's graph, or the one set_start gave).
    void run(std::size_t global_trades, std::mt19937_64& rng);

    /// Makes `edges` the starting graph; it must have the degrees of the constructor's
    /// graph (e.g. a rewired copy of it), else std::invalid_argument. O(n + m).
    void set_start(std::span<const Edge> edges);

    /// The rewired edges, each once, with first < second (in no particular order).
    [[nodiscard]] const std::vector<Edge>& edges() const noexcept { return edges_; }
    /// Ties the last run() gave from one end to another (each counted once: a trade
    /// that gives u's tie to w to v also gives one of v's to u, and counts both).
    [[nodiscard]] std::size_t moved() const noexcept { return moved_; }
    /// The rewired graph (unweighted, as Graph::from_edges).
    [[nodiscard]] Graph graph() const { return Graph::from_edges(n_, edges_); }

private:
    void global_trade(std::mt19937_64& rng);

    /// What a trade reads and writes of a vertex, together in one cache line.
    struct Actor {
        std::uint32_t slot;   ///< its slot: slots_[slot .. slot + degree)
        std::uint32_t fill;   ///< entries its slot holds
        std::uint32_t trade;  ///< index of its trade in the current global trade
        std::uint32_t mark;   ///< stamp, to find shared neighbours
    };

    std::size_t n_;
    std::vector<Edge> original_, edges_, next_edges_;
    std::vector<Actor> actors_;
    std::vector<Vertex> slots_;
    std::vector<Vertex> order_;  ///< the pairing: trade k is order_[2k] with order_[2k+1]
    std::uint32_t stamp_ = 0;
    std::size_t moved_ = 0;
    std::vector<Vertex> common_, pool_;
};

}  // namespace ecosys
