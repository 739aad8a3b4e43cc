#include "ecosys/metrics/betweenness.hpp"

#include <cstdint>
#include <limits>

#include "metrics/shared_sources.hpp"
#include "metrics/shortest_paths.hpp"
#include "util/parallel.hpp"

namespace ecosys {

namespace {

using Vertex = Graph::Vertex;
constexpr std::uint32_t unreached = std::numeric_limits<std::uint32_t>::max();

/// The graph left when actors of degree 1 are folded away, again and again (so
/// whole trees hanging off the rest go), with what the folding already decided.
///
/// A folded actor is a cut vertex or a leaf: every path between two of the
/// branches it separates passes through it, so its betweenness, and the part of a
/// remaining actor's betweenness from pairs that its folded trees separate, are
/// products of branch sizes (tree_scores). The remaining pairs run between the
/// trees of two remaining actors x and y, along the shortest x-y paths of the core
/// (a shortest path never enters a hanging tree), and each such path stands for
/// weight(x) * weight(y) pairs: Brandes on the core with those weights does the rest.
/// M. Baglioni, F. Geraci, M. Pellegrini, E. Lastres (2012), Fast exact computation
/// of betweenness centrality in social networks, ASONAM.
struct FoldedGraph {
    std::vector<std::size_t> offsets{0};
    std::vector<Vertex> targets;
    std::vector<Vertex> original;   ///< core vertex -> graph vertex
    std::vector<double> weight;     ///< actors in the core vertex's trees, itself included
    std::vector<double> tree_scores;  ///< per graph vertex: betweenness from pairs its trees separate

    [[nodiscard]] std::size_t size() const noexcept { return original.size(); }
};

FoldedGraph fold_degree_one(const Graph& g) {
    const std::size_t n = g.vertex_count();
    const auto& offsets = g.offsets();
    const auto& targets = g.targets();

    // Component sizes (the pairs a cut vertex separates stay inside its component).
    std::vector<std::uint32_t> component(n, unreached);
    std::vector<double> component_size;
    std::vector<Vertex> queue(n);
    for (Vertex s = 0; s < n; ++s) {
        if (component[s] != unreached) continue;
        const auto c = static_cast<std::uint32_t>(component_size.size());
        std::size_t head = 0, tail = 0;
        queue[tail++] = s;
        component[s] = c;
        while (head < tail) {
            const Vertex v = queue[head++];
            for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e)
                if (component[targets[e]] == unreached) {
                    component[targets[e]] = c;
                    queue[tail++] = targets[e];
                }
        }
        component_size.push_back(static_cast<double>(tail));
    }

    // Peel leaves; a vertex whose last other neighbour goes becomes a leaf in turn.
    std::vector<std::size_t> degree(n);
    std::vector<double> size(n, 1.0), children_squares(n, 0.0);
    std::vector<unsigned char> folded(n, 0);
    std::size_t tail = 0;
    for (Vertex v = 0; v < n; ++v) {
        degree[v] = offsets[v + 1] - offsets[v];
        if (degree[v] == 1) queue[tail++] = v;
    }
    for (std::size_t head = 0; head < tail; ++head) {
        const Vertex u = queue[head];
        if (degree[u] != 1) continue;  // its partner was folded into it: u stays, alone
        Vertex parent = u;
        for (std::size_t e = offsets[u]; e < offsets[u + 1]; ++e)
            if (!folded[targets[e]]) {
                parent = targets[e];
                break;
            }
        folded[u] = 1;
        degree[u] = 0;
        size[parent] += size[u];
        children_squares[parent] += size[u] * size[u];
        if (--degree[parent] == 1) queue[tail++] = parent;
    }

    FoldedGraph f;
    f.tree_scores.resize(n);
    std::vector<Vertex> core_id(n, unreached);
    for (Vertex v = 0; v < n; ++v) {
        // Branches at v: its folded subtrees, and the rest of its component.
        const double others = component_size[component[v]] - 1.0;
        const double rest = component_size[component[v]] - size[v];
        f.tree_scores[v] = (others * others - children_squares[v] - rest * rest) / 2.0;
        if (!folded[v]) {
            core_id[v] = static_cast<Vertex>(f.original.size());
            f.original.push_back(v);
            f.weight.push_back(size[v]);
        }
    }
    for (Vertex v : f.original) {
        for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e)
            if (!folded[targets[e]]) f.targets.push_back(core_id[targets[e]]);
        f.offsets.push_back(f.targets.size());
    }
    return f;
}

/// A directed graph as a FoldedGraph that folds nothing: Baglioni's folding reads
/// degree-1 actors, which a directed graph's paths do not pass the same way.
FoldedGraph unfolded(const Graph& g) {
    FoldedGraph f;
    const std::size_t n = g.vertex_count();
    f.offsets = g.offsets();
    f.targets = g.targets();
    f.original.resize(n);
    for (std::size_t v = 0; v < n; ++v) f.original[v] = static_cast<Vertex>(v);
    f.weight.assign(n, 1.0);
    f.tree_scores.assign(n, 0.0);
    return f;
}

/// Per-worker buffers of the unweighted kernel; allocated once, reset per source
/// only where the search reached.
struct BfsScratch {
    std::vector<std::uint32_t> dist;
    std::vector<double> sigma, coefficient;
    std::vector<Vertex> order;
    std::vector<Vertex> successors;         ///< the shortest-path DAG's edges, grouped by tail
    std::vector<std::size_t> first_successor;  ///< per position in order, into successors

    BfsScratch(std::size_t n, std::size_t edges)
        : dist(n, unreached), sigma(n), coefficient(n), order(n), successors(edges), first_successor(n + 1) {}
};

/// Adds weight(s) * delta_s(v) to sums[v] for every core vertex v != s, where
/// delta_s(v) = sum over w of weight(w) * sigma_sv/sigma_sw for the w that v precedes.
void unweighted_dependencies(const FoldedGraph& g, Vertex s, BfsScratch& k, double* sums) {
    const std::size_t* offsets = g.offsets.data();
    const Vertex* targets = g.targets.data();
    std::uint32_t* dist = k.dist.data();
    double* sigma = k.sigma.data();
    double* coefficient = k.coefficient.data();
    Vertex* order = k.order.data();
    Vertex* successors = k.successors.data();
    std::size_t* first = k.first_successor.data();

    // Breadth-first, recording each vertex's successors on shortest paths as it is
    // scanned, so that the way back reads only those instead of every neighbour.
    dist[s] = 0;
    sigma[s] = 1.0;
    order[0] = s;
    std::size_t reached = 1, found = 0;
    for (std::size_t head = 0; head < reached; ++head) {
        const Vertex v = order[head];
        const std::uint32_t next = dist[v] + 1;
        const double paths = sigma[v];
        first[head] = found;
        for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
            const Vertex w = targets[e];
            std::uint32_t d = dist[w];
            if (d == unreached) {
                dist[w] = d = next;
                sigma[w] = 0.0;
                order[reached++] = w;
            }
            if (d == next) {
                sigma[w] += paths;
                successors[found++] = w;
            }
        }
    }
    first[reached] = found;
    // In order of decreasing distance, each vertex pulls from the vertices it precedes:
    // coefficient(w) = (weight(w) + delta(w)) / sigma(w), delta(v) = sigma(v) * sum coefficient(w).
    const double source_weight = g.weight[s];
    for (std::size_t i = reached; i-- > 0;) {
        const Vertex v = order[i];
        double pulled = 0.0;
        for (std::size_t j = first[i]; j < first[i + 1]; ++j) pulled += coefficient[successors[j]];
        const double delta = sigma[v] * pulled;
        coefficient[v] = (g.weight[v] + delta) / sigma[v];
        if (i > 0) sums[v] += source_weight * delta;
    }
    for (std::size_t i = 0; i < reached; ++i) dist[order[i]] = unreached;
}

}  // namespace

void Betweenness::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, 0.0);
    normalized_.assign(n, 0.0);

    const bool directed = graph_.is_directed();
    if (!weighted_) {
        const FoldedGraph core = directed ? unfolded(graph_) : fold_degree_one(graph_);
        // With other processes: this one's contiguous share of the core's sources, of
        // nearly equal search cost; the partial sums are then added over the processes.
        detail::SharedSources share(
            distribution_, "betweenness",
            distribution_ ? detail::component_costs(core.offsets, core.targets) : std::vector<double>(core.size()));
        const unsigned workers = detail::worker_count(share.size(), threads_);
        std::vector<BfsScratch> scratch;
        scratch.reserve(workers);
        // The shortest-path DAG has at most one edge per arc (per undirected edge when undirected).
        for (unsigned w = 0; w < workers; ++w)
            scratch.emplace_back(core.size(), directed ? core.targets.size() : core.targets.size() / 2);
        std::vector<double> sums;
        detail::parallel_sum(
            share.size(), core.size(), threads_, progress_, "betweenness",
            [&](unsigned worker, std::size_t s, double* out) {
                unweighted_dependencies(core, static_cast<Vertex>(share.begin() + s), scratch[worker], out);
            },
            sums);
        share.sum(sums);
        // Undirected, every unordered pair of trees was seen from both ends; directed,
        // each ordered pair once.
        scores_ = core.tree_scores;
        for (std::size_t c = 0; c < core.size(); ++c) scores_[core.original[c]] += directed ? sums[c] : sums[c] / 2.0;
    } else if (directed) {
        const unsigned workers = detail::worker_count(n, threads_);
        std::vector<detail::ShortestPathSearch> searches;
        std::vector<std::vector<double>> deltas;
        for (unsigned w = 0; w < workers; ++w) {
            searches.emplace_back(graph_, true, /*count_paths=*/true);
            deltas.emplace_back(n, 0.0);
        }
        const auto& offsets = graph_.offsets();
        const auto& targets = graph_.targets();
        detail::parallel_sum(
            n, n, threads_, progress_, "betweenness",
            [&](unsigned worker, std::size_t source, double* out) {
                detail::ShortestPathSearch& search = searches[worker];
                std::vector<double>& delta = deltas[worker];
                search.run(static_cast<Vertex>(source));
                const auto order = search.order();
                // The lists hold out-arcs only, so each vertex pulls from the vertices it
                // precedes (all of them farther, so done already) instead of pushing to its
                // predecessors.
                for (std::size_t i = order.size(); i-- > 0;) {
                    const Vertex v = order[i];
                    double pulled = 0.0;
                    for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
                        const Vertex w = targets[e];
                        // (An unreached w behind a weight-0 arc has distance and length infinite.)
                        if (search.path_count(w) > 0.0 && search.is_predecessor(v, w, e))
                            pulled += (1.0 + delta[w]) / search.path_count(w);
                    }
                    delta[v] = search.path_count(v) * pulled;
                    if (i > 0) out[v] += delta[v];
                }
                for (Vertex v : order) delta[v] = 0.0;
            },
            scores_);
    } else {
        detail::SharedSources share(distribution_, "betweenness",
                                    distribution_ ? detail::component_costs(graph_.offsets(), graph_.targets())
                                                  : std::vector<double>(n));
        const unsigned workers = detail::worker_count(share.size(), threads_);
        std::vector<detail::ShortestPathSearch> searches;
        std::vector<std::vector<double>> deltas;
        for (unsigned w = 0; w < workers; ++w) {
            searches.emplace_back(graph_, true, /*count_paths=*/true);
            deltas.emplace_back(n, 0.0);
        }
        const auto& offsets = graph_.offsets();
        const auto& targets = graph_.targets();
        detail::parallel_sum(
            share.size(), n, threads_, progress_, "betweenness",
            [&](unsigned worker, std::size_t item, double* out) {
                detail::ShortestPathSearch& search = searches[worker];
                std::vector<double>& delta = deltas[worker];
                search.run(static_cast<Vertex>(share.begin() + item));
                const auto order = search.order();
                // Dependency accumulation in order of decreasing distance. Predecessors are
                // found by scanning neighbours rather than stored, so nothing is allocated per source.
                for (std::size_t i = order.size(); i-- > 1;) {
                    const Vertex w = order[i];
                    const double coefficient = (1.0 + delta[w]) / search.path_count(w);
                    for (std::size_t e = offsets[w]; e < offsets[w + 1]; ++e) {
                        const Vertex v = targets[e];
                        if (search.is_predecessor(v, w, e)) delta[v] += search.path_count(v) * coefficient;
                    }
                    out[w] += delta[w];
                }
                for (Vertex v : order) delta[v] = 0.0;
            },
            scores_);
        share.sum(scores_);
        for (double& b : scores_) b /= 2.0;  // every unordered pair was seen from both ends
    }

    if (n > 2) {
        const double scale = (directed ? 1.0 : 2.0) / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
        for (std::size_t v = 0; v < n; ++v) normalized_[v] = scores_[v] * scale;
    }
    has_run_ = true;
}

const std::vector<double>& Betweenness::scores() const {
    assure_finished();
    return scores_;
}

const std::vector<double>& Betweenness::normalized_scores() const {
    assure_finished();
    return normalized_;
}

}  // namespace ecosys
