#include "ecosys/metrics/betweenness.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <span>
#include <utility>

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
/// The in-lists of a directed graph given by its out-lists (CSR): the sources of each
/// vertex's arcs, in increasing order (the vertices are visited in order).
struct InLists {
    std::vector<std::size_t> offsets;
    std::vector<Vertex> sources;
};

InLists in_lists_of(const std::vector<std::size_t>& offsets, const std::vector<Vertex>& targets) {
    const std::size_t n = offsets.size() - 1;
    InLists in;
    in.offsets.assign(n + 1, 0);
    for (Vertex w : targets) ++in.offsets[w + 1];
    for (std::size_t v = 0; v < n; ++v) in.offsets[v + 1] += in.offsets[v];
    in.sources.resize(targets.size());
    std::vector<std::size_t> fill(in.offsets.begin(), in.offsets.end() - 1);
    for (Vertex v = 0; v < n; ++v)
        for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) in.sources[fill[targets[e]]++] = v;
    return in;
}

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

/// The core with its twins merged: vertices with the same neighbours (false twins, never
/// adjacent: equal open neighbourhoods; directed, equal out- and in-lists) or the same
/// neighbours and each other (true twins, adjacent: equal closed neighbourhoods) become one
/// vertex standing for the class. Between classes ties run all to all or not at all, so
/// a shortest path through one member is one of `multiplicity` paths through the class,
/// and every member of a class has the same dependencies on the rest of the graph. What
/// the members see of each other: true twins are adjacent, so nobody lies between them;
/// a pair of false twins a, b runs along the shortest paths from a back to its own class
/// (through its in-neighbours), which the search from the class takes as one more target,
/// the echo, of weight echo_weight. See docs/metrics.md, "Twins".
struct TwinGraph {
    std::vector<std::size_t> offsets{0};
    std::vector<Vertex> targets;
    std::vector<double> weight;        ///< members' weights (folded actors) added up
    std::vector<double> multiplicity;  ///< members
    std::vector<double> echo_weight;   ///< pairs of members, per unit of source weight
    std::vector<std::size_t> member_offsets{0};
    std::vector<Vertex> members;       ///< graph vertices, per class
    std::vector<double> tree_scores;   ///< FoldedGraph::tree_scores
    std::size_t max_degree = 0;
    bool merged = false;               ///< some class has two members or more
    /// After relabel_breadth_first: each vertex's connected component (directed: weakly
    /// connected), a contiguous range of ids [component_begin[c], component_begin[c + 1])
    /// with component_arcs[c] arcs.
    std::vector<Vertex> component;
    std::vector<Vertex> component_begin{0};
    std::vector<std::size_t> component_arcs;
    /// After relabel_breadth_first, directed: the in-lists (undirected: empty; the
    /// out-lists serve both ways).
    InLists in;

    [[nodiscard]] std::size_t size() const noexcept { return weight.size(); }
};

std::uint64_t twin_mix(std::uint64_t x) noexcept {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/// Whether sorted lists a and b are equal once a_skip is left out of a and b_skip out
/// of b (unreached: nothing left out).
bool same_list_without(std::span<const Vertex> a, Vertex a_skip, std::span<const Vertex> b, Vertex b_skip) {
    std::size_t i = 0, j = 0;
    while (true) {
        if (i < a.size() && a[i] == a_skip) ++i;
        if (j < b.size() && b[j] == b_skip) ++j;
        if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
        if (a[i] != b[j]) return false;
        ++i;
        ++j;
    }
}

TwinGraph merge_twins(FoldedGraph core, bool directed) {
    const std::size_t n = core.size();
    const InLists in_lists = directed ? in_lists_of(core.offsets, core.targets) : InLists{};
    const auto out = [&](Vertex v) {
        return std::span<const Vertex>(core.targets.data() + core.offsets[v], core.offsets[v + 1] - core.offsets[v]);
    };
    const auto in = [&](Vertex v) {
        return directed ? std::span<const Vertex>(in_lists.sources.data() + in_lists.offsets[v],
                                                  in_lists.offsets[v + 1] - in_lists.offsets[v])
                        : out(v);
    };
    // Open: equal lists; closed: equal once each leaves the other out, and adjacent.
    const auto twins = [&](Vertex a, Vertex b, bool closed) {
        if (!closed) return same_list_without(out(a), unreached, out(b), unreached) &&
                            (!directed || same_list_without(in(a), unreached, in(b), unreached));
        const auto oa = out(a), ob = out(b);
        if (!std::binary_search(oa.begin(), oa.end(), b) || !std::binary_search(ob.begin(), ob.end(), a)) return false;
        return same_list_without(oa, b, ob, a) && (!directed || same_list_without(in(a), b, in(b), a));
    };

    // An order-free hash of each list (a sum of mixed ids), so that the closed list's is
    // the open one's plus the vertex's own term.
    std::vector<std::uint64_t> open_hash(n);
    for (Vertex v = 0; v < n; ++v) {
        std::uint64_t h = 0;
        for (Vertex w : out(v)) h += twin_mix(w);
        if (directed)
            for (Vertex w : in(v)) h += twin_mix(w + 0x100000000ULL);
        open_hash[v] = h;
    }
    // representative[v]: the smallest member of v's class.
    std::vector<Vertex> representative(n);
    for (Vertex v = 0; v < n; ++v) representative[v] = v;
    std::vector<std::uint64_t> hash(n);
    std::vector<Vertex> sorted;
    std::vector<Vertex> run_representatives;
    // A vertex with a false twin has no true twin (a true twin of it would be adjacent
    // to the false twin too, hence the false twin to it), so the closed kind is looked
    // for among the rest only.
    std::vector<unsigned char> false_class(n, 0);
    const auto group = [&](bool closed) {
        sorted.clear();
        for (Vertex v = 0; v < n; ++v) {
            if (closed && (false_class[v] || core.offsets[v + 1] == core.offsets[v])) continue;
            hash[v] = closed ? open_hash[v] + twin_mix(v) + (directed ? twin_mix(v + 0x100000000ULL) : 0) : open_hash[v];
            sorted.push_back(v);
        }
        std::sort(sorted.begin(), sorted.end(),
                  [&](Vertex a, Vertex b) { return hash[a] != hash[b] ? hash[a] < hash[b] : a < b; });
        for (std::size_t i = 0; i < sorted.size();) {
            std::size_t end = i + 1;
            while (end < sorted.size() && hash[sorted[end]] == hash[sorted[i]]) ++end;
            // Within a run of equal hashes (in increasing vertex order), each vertex
            // joins the first class whose representative it is a twin of.
            run_representatives.clear();
            for (std::size_t j = i; j < end; ++j) {
                const Vertex v = sorted[j];
                bool joined = false;
                for (Vertex r : run_representatives)
                    if (twins(r, v, closed)) {
                        representative[v] = r;
                        joined = true;
                        break;
                    }
                if (!joined) run_representatives.push_back(v);
            }
            i = end;
        }
    };
    group(false);
    for (Vertex v = 0; v < n; ++v)
        if (representative[v] != v) false_class[v] = false_class[representative[v]] = 1;
    group(true);

    TwinGraph t;
    t.tree_scores = std::move(core.tree_scores);
    std::vector<Vertex> class_of(n, unreached);
    std::vector<std::size_t> class_size;
    for (Vertex v = 0; v < n; ++v)
        if (representative[v] == v) {
            class_of[v] = static_cast<Vertex>(class_size.size());
            class_size.push_back(0);
        }
    const std::size_t classes = class_size.size();
    t.merged = classes < n;
    std::vector<double> squares(classes, 0.0);
    t.weight.assign(classes, 0.0);
    for (Vertex v = 0; v < n; ++v) {
        const Vertex c = class_of[v] = class_of[representative[v]];
        ++class_size[c];
        t.weight[c] += core.weight[v];
        squares[c] += core.weight[v] * core.weight[v];
    }
    t.multiplicity.resize(classes);
    t.echo_weight.assign(classes, 0.0);
    for (std::size_t c = 0; c < classes; ++c) t.multiplicity[c] = static_cast<double>(class_size[c]);
    // Members, in increasing order per class.
    t.member_offsets.assign(classes + 1, 0);
    for (std::size_t c = 0; c < classes; ++c) t.member_offsets[c + 1] = t.member_offsets[c] + class_size[c];
    t.members.resize(n);
    {
        std::vector<std::size_t> fill(t.member_offsets.begin(), t.member_offsets.end() - 1);
        for (Vertex v = 0; v < n; ++v) t.members[fill[class_of[v]]++] = core.original[v];
    }
    // Lists: the representative's, in classes, each once, without its own class.
    std::vector<Vertex> stamp(classes, unreached);
    for (Vertex v = 0; v < n; ++v) {
        if (representative[v] != v) continue;
        const Vertex c = class_of[v];
        stamp[c] = c;
        for (Vertex w : out(v)) {
            const Vertex d = class_of[w];
            if (stamp[d] == c) continue;
            stamp[d] = c;
            t.targets.push_back(d);
        }
        t.offsets.push_back(t.targets.size());
        t.max_degree = std::max(t.max_degree, t.offsets[c + 1] - t.offsets[c]);
        // A class of false twins (members not adjacent): each ordered pair of members,
        // sum over a != b of weight(a) weight(b), per unit of the class's source weight.
        if (false_class[v])
            t.echo_weight[c] = (t.weight[c] * t.weight[c] - squares[c]) / t.weight[c];
    }
    return t;
}

/// The merged core renumbered in breadth-first order, one connected component after
/// another (directed: weakly connected, following arcs both ways), so that the vertices a
/// search meets together lie together in memory and every component is one range of ids,
/// which the bottom-up steps of the search walk. Lists sorted again; directed, the
/// in-lists made too. Only the order of the vertices changes: classes keep their members,
/// weights and echoes.
TwinGraph relabel_breadth_first(TwinGraph t, bool directed) {
    const std::size_t n = t.size();
    const InLists in = directed ? in_lists_of(t.offsets, t.targets) : InLists{};
    std::vector<Vertex> order;  // new id -> old id
    order.reserve(n);
    std::vector<Vertex> new_id(n, unreached);
    std::vector<std::size_t> component_starts;
    const auto visit = [&](Vertex w) {
        if (new_id[w] != unreached) return;
        new_id[w] = static_cast<Vertex>(order.size());
        order.push_back(w);
    };
    for (Vertex root = 0; root < n; ++root) {
        if (new_id[root] != unreached) continue;
        component_starts.push_back(order.size());
        visit(root);
        for (std::size_t head = component_starts.back(); head < order.size(); ++head) {
            const Vertex v = order[head];
            for (std::size_t e = t.offsets[v]; e < t.offsets[v + 1]; ++e) visit(t.targets[e]);
            if (directed)
                for (std::size_t e = in.offsets[v]; e < in.offsets[v + 1]; ++e) visit(in.sources[e]);
        }
    }
    TwinGraph r;
    r.max_degree = t.max_degree;
    r.merged = t.merged;
    r.tree_scores = std::move(t.tree_scores);
    r.weight.resize(n);
    r.multiplicity.resize(n);
    r.echo_weight.resize(n);
    r.targets.reserve(t.targets.size());
    r.offsets.reserve(n + 1);
    r.members.reserve(t.members.size());
    r.member_offsets.reserve(n + 1);
    for (std::size_t i = 0; i < n; ++i) {
        const Vertex v = order[i];
        r.weight[i] = t.weight[v];
        r.multiplicity[i] = t.multiplicity[v];
        r.echo_weight[i] = t.echo_weight[v];
        const std::size_t first = r.targets.size();
        for (std::size_t e = t.offsets[v]; e < t.offsets[v + 1]; ++e) r.targets.push_back(new_id[t.targets[e]]);
        std::sort(r.targets.begin() + static_cast<std::ptrdiff_t>(first), r.targets.end());
        r.offsets.push_back(r.targets.size());
        for (std::size_t m = t.member_offsets[v]; m < t.member_offsets[v + 1]; ++m) r.members.push_back(t.members[m]);
        r.member_offsets.push_back(r.members.size());
    }
    if (directed) r.in = in_lists_of(r.offsets, r.targets);
    // Breadth-first over arcs both ways reaches a whole component: the runs above.
    r.component.resize(n);
    component_starts.push_back(n);
    r.component_begin.clear();
    for (std::size_t c = 0; c + 1 < component_starts.size(); ++c) {
        r.component_begin.push_back(static_cast<Vertex>(component_starts[c]));
        r.component_arcs.push_back(r.offsets[component_starts[c + 1]] - r.offsets[component_starts[c]]);
        for (std::size_t v = component_starts[c]; v < component_starts[c + 1]; ++v)
            r.component[v] = static_cast<Vertex>(c);
    }
    r.component_begin.push_back(static_cast<Vertex>(n));
    return r;
}

/// Per-worker buffers of the unweighted kernel; allocated once, reset per source
/// only where the search reached (level unreached, sigma and coefficient 0).
struct BfsScratch {
    std::vector<std::uint32_t> level;
    std::vector<double> sigma, coefficient;
    std::vector<double> spread;                 ///< during a bottom-up step, the paths a frontier vertex passes on; else 0
    std::vector<Vertex> order;                  ///< by level; room for the echo and for one store past the end
    std::vector<Vertex> dag;                    ///< the shortest-path DAG's edges, one end each
    std::vector<std::size_t> first_successor;   ///< per position in order, into dag (top-down steps)
    std::vector<std::size_t> first_predecessor; ///< per position in order, into dag (bottom-up steps)
    std::vector<Vertex> unvisited;              ///< what the bottom-up steps have still to reach
    std::vector<std::size_t> level_start;       ///< per level, its first position in order
    std::vector<unsigned char> bottom_up;       ///< per level, whether its step ran bottom-up

    BfsScratch(std::size_t n, std::size_t edges)
        : level(n, unreached), sigma(n, 0.0), coefficient(n, 0.0), spread(n, 0.0), order(n + 2), dag(edges + 1),
          first_successor(n + 2), first_predecessor(n + 2), unvisited(n) {}
};

/// Adds weight(s) * delta_s(v) to sums[v] for every core vertex v != s, where
/// delta_s(v) = sum over w of weight(w) * sigma_sv/sigma_sw for the w that v precedes.
/// With Twins: s is one member of its class, sigma_sv counts the paths to one member of
/// v's class, and a class's members are passed through multiplicity(v) ways; the
/// source's class is reached once more, as the echo (the other members).
///
/// Breadth-first, level by level, each step from level L to L + 1 in one of two ways
/// (Beamer, Asanovic & Patterson's direction-optimizing search, here counting paths):
/// top-down scans the arcs of level L, and a neighbour first seen or already at L + 1
/// gets the paths and the DAG edge; bottom-up scans the arcs into every vertex of the
/// source's component not yet reached (undirected, all its arcs; directed, its in-list),
/// which joins L + 1 with the sum of the paths of its neighbours at L. Each step takes the
/// way with fewer arcs to scan. Top-down steps record each
/// vertex's successors, bottom-up steps each new vertex's predecessors, so that the way
/// back reads only DAG edges: a vertex pulls from its successors, or is pushed to by the
/// vertices it precedes.
template <bool Twins>
void unweighted_dependencies(const TwinGraph& g, bool directed, Vertex s, BfsScratch& k, double* sums) {
    const std::size_t* offsets = g.offsets.data();
    const Vertex* targets = g.targets.data();
    // The arcs into each vertex (undirected, the same lists).
    const std::size_t* in_offsets = directed ? g.in.offsets.data() : offsets;
    const Vertex* in_sources = directed ? g.in.sources.data() : targets;
    const double* multiplicity = g.multiplicity.data();
    std::uint32_t* level = k.level.data();
    double* sigma = k.sigma.data();
    double* coefficient = k.coefficient.data();
    Vertex* order = k.order.data();
    Vertex* dag = k.dag.data();
    std::size_t* first_successor = k.first_successor.data();
    std::size_t* first_predecessor = k.first_predecessor.data();
    k.level_start.clear();
    k.bottom_up.clear();

    level[s] = 0;
    sigma[s] = 1.0;
    order[0] = s;
    const bool echo = Twins && g.echo_weight[s] > 0.0;
    std::size_t reached = 1, found = 0;
    // Arcs into the vertices of s's component not reached yet (what a bottom-up step
    // scans), and out of and into the frontier (a top-down step scans the first).
    std::size_t unvisited_arcs = g.component_arcs[g.component[s]];
    std::size_t frontier_arcs = offsets[s + 1] - offsets[s];
    std::size_t frontier_in_arcs = in_offsets[s + 1] - in_offsets[s];
    std::size_t unvisited_count = 0;
    bool listed = false;
    std::size_t begin = 0;
    for (std::uint32_t current = 0; begin < reached; ++current) {
        const std::size_t end = reached;
        k.level_start.push_back(begin);
        unvisited_arcs -= frontier_in_arcs;
        const bool up = current > 0 && frontier_arcs > unvisited_arcs;
        k.bottom_up.push_back(up ? 1 : 0);
        const std::uint32_t next = current + 1;
        std::size_t next_arcs = 0, next_in_arcs = 0;
        if (!up) {
            for (std::size_t head = begin; head < end; ++head) {
                const Vertex v = order[head];
                const double paths = Twins && head > 0 ? sigma[v] * multiplicity[v] : sigma[v];
                first_successor[head] = found;
                for (std::size_t e = offsets[v]; e < offsets[v + 1]; ++e) {
                    const Vertex w = targets[e];
                    // Levels reached so far are at most next, unreached above all.
                    const std::uint32_t d = level[w];
                    if (d >= next) {
                        // (No branch on whether w is new: it is stored at the end of order
                        // either way, and kept there only when new.)
                        level[w] = next;
                        order[reached] = w;
                        reached += d == unreached ? 1 : 0;
                        sigma[w] += paths;
                        dag[found++] = w;
                    }
                }
                // The source's class is found again, as the echo, by the first arcs back
                // into it (the echo's own arcs lead nowhere new: its out-neighbours are
                // the source's, all at level 1).
                if (echo && head == 0) {
                    level[s] = unreached;
                    sigma[s] = 0.0;
                    unvisited_arcs += frontier_in_arcs;
                }
            }
            first_successor[end] = found;
            for (std::size_t i = end; i < reached; ++i) {
                const Vertex w = order[i];
                next_arcs += offsets[w + 1] - offsets[w];
                next_in_arcs += in_offsets[w + 1] - in_offsets[w];
            }
        } else {
            Vertex* unvisited = k.unvisited.data();
            if (!listed) {
                const Vertex c = g.component[s];
                for (Vertex w = g.component_begin[c]; w < g.component_begin[c + 1]; ++w)
                    if (level[w] == unreached) unvisited[unvisited_count++] = w;
                listed = true;
            }
            // Only the frontier has paths to spread (at least 1 each), so the scan needs no
            // level test and no branch: a neighbour off the frontier adds 0.
            double* spread = k.spread.data();
            for (std::size_t i = begin; i < end; ++i) {
                const Vertex u = order[i];
                spread[u] = Twins ? sigma[u] * multiplicity[u] : sigma[u];
            }
            std::size_t kept = 0;
            for (std::size_t i = 0; i < unvisited_count; ++i) {
                const Vertex w = unvisited[i];
                if (level[w] != unreached) continue;  // reached by a top-down step since
                const std::size_t start = found;
                double paths = 0.0;
                for (std::size_t e = in_offsets[w]; e < in_offsets[w + 1]; ++e) {
                    const Vertex u = in_sources[e];
                    const double p = spread[u];
                    paths += p;
                    dag[found] = u;
                    found += p > 0.0 ? 1 : 0;
                }
                if (found > start) {
                    level[w] = next;
                    sigma[w] = paths;
                    first_predecessor[reached] = start;
                    order[reached++] = w;
                    next_arcs += offsets[w + 1] - offsets[w];
                    next_in_arcs += in_offsets[w + 1] - in_offsets[w];
                } else {
                    unvisited[kept++] = w;
                }
            }
            unvisited_count = kept;
            first_predecessor[reached] = found;
            for (std::size_t i = begin; i < end; ++i) spread[order[i]] = 0.0;
        }
        begin = end;
        frontier_arcs = next_arcs;
        frontier_in_arcs = next_in_arcs;
    }
    k.level_start.push_back(reached);
    // Level by level, deepest first: coefficient(w) = (weight(w) + multiplicity(w) delta(w)) / sigma(w),
    // delta(v) = sigma(v) * sum of coefficient(w) over the w that v precedes. A level whose
    // step ran bottom-up has had that sum pushed into its coefficient slots already.
    const double source_weight = g.weight[s];
    for (std::size_t l = k.bottom_up.size(); l-- > 0;) {
        const std::size_t begin = k.level_start[l], end = k.level_start[l + 1];
        const bool pull = k.bottom_up[l] == 0;
        for (std::size_t i = end; i-- > begin;) {
            const Vertex v = order[i];
            double pulled = 0.0;
            if (pull) {
                for (std::size_t j = first_successor[i]; j < first_successor[i + 1]; ++j) pulled += coefficient[dag[j]];
            } else {
                pulled = coefficient[v];
            }
            const double delta = sigma[v] * pulled;
            if constexpr (Twins)
                coefficient[v] = ((v == s ? g.echo_weight[v] : g.weight[v]) + multiplicity[v] * delta) / sigma[v];
            else
                coefficient[v] = (g.weight[v] + delta) / sigma[v];
            if (i > 0) sums[v] += source_weight * delta;
        }
        // This level, reached bottom-up, pushes to its predecessors (all at level l - 1).
        if (l > 0 && k.bottom_up[l - 1] != 0)
            for (std::size_t i = begin; i < end; ++i) {
                const double c = coefficient[order[i]];
                for (std::size_t j = first_predecessor[i]; j < first_predecessor[i + 1]; ++j) coefficient[dag[j]] += c;
            }
    }
    for (std::size_t i = 0; i < reached; ++i) {
        const Vertex v = order[i];
        level[v] = unreached;
        sigma[v] = 0.0;
        coefficient[v] = 0.0;
    }
}

}  // namespace

void Betweenness::run() {
    const std::size_t n = graph_.vertex_count();
    scores_.assign(n, 0.0);
    normalized_.assign(n, 0.0);

    const bool directed = graph_.is_directed();
    if (!weighted_) {
        // Folding (undirected), then twins merged in what is left.
        const TwinGraph core = relabel_breadth_first(
            merge_twins(directed ? unfolded(graph_) : fold_degree_one(graph_), directed), directed);
        // With other processes: this one's contiguous share of the core's sources, of
        // nearly equal search cost; the partial sums are then added over the processes.
        detail::SharedSources share(
            distribution_, "betweenness",
            distribution_ ? detail::component_costs(core.offsets, core.targets) : std::vector<double>(core.size()));
        const unsigned workers = detail::worker_count(share.size(), threads_);
        std::vector<BfsScratch> scratch;
        scratch.reserve(workers);
        // The shortest-path DAG has at most one edge per arc (per undirected edge when
        // undirected, and the echo's arcs, at most the largest degree, besides).
        const std::size_t dag_edges = directed ? core.targets.size() : core.targets.size() / 2 + core.max_degree;
        for (unsigned w = 0; w < workers; ++w) scratch.emplace_back(core.size(), dag_edges);
        std::vector<double> sums;
        detail::parallel_sum(
            share.size(), core.size(), threads_, progress_, "betweenness",
            [&](unsigned worker, std::size_t s, double* out) {
                const auto source = static_cast<Vertex>(share.begin() + s);
                if (core.merged)
                    unweighted_dependencies<true>(core, directed, source, scratch[worker], out);
                else
                    unweighted_dependencies<false>(core, directed, source, scratch[worker], out);
            },
            sums);
        share.sum(sums);
        // Undirected, every unordered pair of trees was seen from both ends; directed,
        // each ordered pair once. Every member of a class has its class's sum.
        scores_ = core.tree_scores;
        for (std::size_t c = 0; c < core.size(); ++c) {
            const double sum = directed ? sums[c] : sums[c] / 2.0;
            for (std::size_t i = core.member_offsets[c]; i < core.member_offsets[c + 1]; ++i)
                scores_[core.members[i]] += sum;
        }
    } else if (directed) {
        const unsigned workers = detail::worker_count(n, threads_);
        std::vector<detail::DependencyWorker> accumulators = detail::dependency_workers(graph_, true, workers);
        const auto& offsets = graph_.offsets();
        const auto& targets = graph_.targets();
        detail::parallel_sum(
            n, n, threads_, progress_, "betweenness",
            [&](unsigned worker, std::size_t source, double* out) {
                auto& [search, delta] = accumulators[worker];
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
        std::vector<detail::DependencyWorker> accumulators = detail::dependency_workers(graph_, true, workers);
        const auto& offsets = graph_.offsets();
        const auto& targets = graph_.targets();
        detail::parallel_sum(
            share.size(), n, threads_, progress_, "betweenness",
            [&](unsigned worker, std::size_t item, double* out) {
                auto& [search, delta] = accumulators[worker];
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

const std::vector<double>& Betweenness::normalized_scores() const {
    assure_finished();
    return normalized_;
}

}  // namespace ecosys
