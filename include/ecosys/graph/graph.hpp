#pragma once
// The compact, read-only graph every metric runs on: undirected, simple (parallel
// ties collapsed into one edge whose weight is the sum of theirs, self-loops left
// out), in compressed sparse row form with sorted neighbour lists. Built once per
// network or region and shared by all metrics. By default the ties that projects
// stand for are added (model/projection.hpp); each edge also remembers in which
// directions the ties behind it run, for the measures that read direction
// (brokerage roles).
//
// Graph::directed() builds the directed view instead (--directed): one arc per
// direction a tie runs, directed ties one way and undirected ties (and projects'
// ties) both ways; its lists hold out-neighbours only, and reversed() turns it
// into in-neighbour lists.

#include <cstddef>
#include <cstdint>
#include <set>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "ecosys/model/network.hpp"
#include "ecosys/model/projection.hpp"

namespace ecosys {

class ActorIncidence;  // model/incidence.hpp

/// Which ties a Graph is built from, besides the network's own ties.
struct GraphOptions {
    /// Add the ties projects stand for: each pair of a project's participants is
    /// tied (undirected), weight per project_tie_weight(); they add to the pair's
    /// other ties like parallel ties do. false: the network's ties only.
    bool projects = true;
    ProjectWeighting project_weighting = ProjectWeighting::count;
};

/// The most ties projects may stand for in one graph (pairs of participants, counted
/// before parallel ties merge): building beyond it is refused with a UsageError that
/// names the largest project and suggests --no-projects.
inline constexpr std::size_t max_projected_pairs = 50'000'000;

class Graph {
public:
    using Vertex = std::uint32_t;

    /// Direction flags of an edge, seen from the vertex whose list holds it.
    static constexpr std::uint8_t arc_out = 1;  ///< a tie runs v -> w (directed from v, or undirected)
    static constexpr std::uint8_t arc_in = 2;   ///< a tie runs w -> v (directed to v, or undirected)

    /// The graph of all actors, their ties and (by default) their projects' ties.
    /// O(n + m log m), m counting projected pairs.
    static Graph from_network(const Network& network, const GraphOptions& options = {});

    /// The subgraph induced by `actors` (indices into network.actors, no
    /// duplicates): those actors and the ties among them, projected ties included
    /// (a project counts with the pairs of its participants inside `actors`; under
    /// newman weighting k is still the project's whole size). Vertex i is actors[i].
    static Graph induced(const Network& network, std::span<const std::size_t> actors, const GraphOptions& options = {});

    /// The same graph as induced(network, actors, options), at a cost in proportion to
    /// the part: only the ties and projects of `actors` (from `incidence`, built once for
    /// the network) are read, not all of the network's, and no array over all its actors
    /// is made. O(t log t + s log s + p) for the part's t ties, s actors and p projected
    /// pairs; for the many small scopes of one network (its regions).
    static Graph induced(const Network& network, std::span<const std::size_t> actors, const GraphOptions& options,
                         const ActorIncidence& incidence);

    /// The directed view of the subgraph induced by `actors` (vertex i is actors[i],
    /// as induced()): an arc v -> w for every tie directed from v to w and both arcs
    /// for an undirected tie or a project's pair; parallel arcs collapse into one
    /// whose weight is the sum of theirs. neighbours(v) are v's out-neighbours,
    /// arcs() all arc_out, is_directed() true, edge_count() the number of arcs.
    static Graph directed(const Network& network, std::span<const std::size_t> actors, const GraphOptions& options = {});
    /// directed() in proportion to the part, as the induced() above.
    static Graph directed(const Network& network, std::span<const std::size_t> actors, const GraphOptions& options,
                          const ActorIncidence& incidence);

    /// For a directed graph: the same arcs reversed (neighbours(v) are then v's
    /// in-neighbours, each with its arc's weight). For an undirected graph: a copy.
    [[nodiscard]] Graph reversed() const;

    /// An unweighted graph on vertices 0 .. n-1 (actor(v) = v) from undirected edges
    /// {u, v}, u != v, each pair at most once: weight 1, both directions. For graphs
    /// that are not a network's, such as the random graphs of compare/null_model.hpp.
    static Graph from_edges(std::size_t n, std::span<const std::pair<Vertex, Vertex>> edges);

    /// The same graph with its vertices renumbered: vertex i of the result is vertex
    /// order[i] of this one (actor(i) == actor(order[i])), with the same edges, weights
    /// and direction flags, neighbour lists sorted again. For orders that place
    /// neighbours close in memory (graph/ordering.hpp). Throws UsageError unless
    /// `order` is a permutation of 0 .. n-1. O(n + m log d), d the largest degree.
    [[nodiscard]] Graph relabeled(std::span<const Vertex> order) const;

    [[nodiscard]] std::size_t vertex_count() const noexcept { return actor_.size(); }
    /// Number of distinct undirected edges (after collapsing parallel ties); for a
    /// directed graph the number of distinct arcs.
    [[nodiscard]] std::size_t edge_count() const noexcept { return directed_ ? targets_.size() : targets_.size() / 2; }
    /// Whether the lists hold out-neighbours only (Graph::directed(), reversed()).
    [[nodiscard]] bool is_directed() const noexcept { return directed_; }

    /// Neighbours of v in ascending order.
    [[nodiscard]] std::span<const Vertex> neighbours(Vertex v) const noexcept {
        return {targets_.data() + offsets_[v], targets_.data() + offsets_[v + 1]};
    }
    /// Collapsed tie weights, parallel to neighbours(v).
    [[nodiscard]] std::span<const double> weights(Vertex v) const noexcept {
        return {weights_.data() + offsets_[v], weights_.data() + offsets_[v + 1]};
    }
    [[nodiscard]] std::size_t degree(Vertex v) const noexcept { return offsets_[v + 1] - offsets_[v]; }
    /// Direction flags (arc_out | arc_in), parallel to neighbours(v): both for an edge
    /// with an undirected tie behind it or directed ties both ways.
    [[nodiscard]] std::span<const std::uint8_t> arcs(Vertex v) const noexcept {
        return {arcs_.data() + offsets_[v], arcs_.data() + offsets_[v + 1]};
    }

    /// Index into Network::actors of vertex v.
    [[nodiscard]] std::size_t actor(Vertex v) const noexcept { return actor_[v]; }

    /// CSR arrays, for kernels that want them raw: neighbours of v are
    /// targets()[offsets()[v] .. offsets()[v+1]).
    [[nodiscard]] const std::vector<std::size_t>& offsets() const noexcept { return offsets_; }
    [[nodiscard]] const std::vector<Vertex>& targets() const noexcept { return targets_; }
    [[nodiscard]] const std::vector<double>& edge_weights() const noexcept { return weights_; }

private:
    /// `incidence` null: every tie and project is looked at, actors found through an
    /// array over all of the network's actors.
    static Graph build(const Network& network, std::span<const std::size_t> actors, const GraphOptions& options,
                       bool directed, const ActorIncidence* incidence);

    std::vector<std::size_t> actor_;
    std::vector<std::size_t> offsets_{0};
    std::vector<Vertex> targets_;
    std::vector<double> weights_;
    std::vector<std::uint8_t> arcs_;
    bool directed_ = false;
};

/// The ids of the actors each edge of `g` joins (a graph of `network`), the smaller id
/// first, once per pair of actors: what two graphs share or do not, by actor id.
std::set<std::pair<std::string, std::string>> tied_id_pairs(const Network& network, const Graph& g);

}  // namespace ecosys
