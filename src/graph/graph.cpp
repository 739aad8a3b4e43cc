#include "ecosys/graph/graph.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <string>

#include "ecosys/error.hpp"
#include "ecosys/model/incidence.hpp"

namespace ecosys {

namespace {
constexpr std::size_t not_in_graph = std::numeric_limits<std::size_t>::max();
}

Graph Graph::from_network(const Network& network, const GraphOptions& options) {
    std::vector<std::size_t> all(network.actors.size());
    std::iota(all.begin(), all.end(), std::size_t{0});
    return induced(network, all, options);
}

Graph Graph::induced(const Network& network, std::span<const std::size_t> actors, const GraphOptions& options) {
    return build(network, actors, options, false, nullptr);
}

Graph Graph::induced(const Network& network, std::span<const std::size_t> actors, const GraphOptions& options,
                     const ActorIncidence& incidence) {
    return build(network, actors, options, false, &incidence);
}

Graph Graph::directed(const Network& network, std::span<const std::size_t> actors, const GraphOptions& options) {
    return build(network, actors, options, true, nullptr);
}

Graph Graph::directed(const Network& network, std::span<const std::size_t> actors, const GraphOptions& options,
                      const ActorIncidence& incidence) {
    return build(network, actors, options, true, &incidence);
}

Graph Graph::reversed() const {
    if (!directed_) return *this;
    const std::size_t n = vertex_count();
    Graph g;
    g.directed_ = true;
    g.actor_ = actor_;
    g.offsets_.assign(n + 1, 0);
    for (Vertex t : targets_) ++g.offsets_[t + 1];
    for (std::size_t v = 0; v < n; ++v) g.offsets_[v + 1] += g.offsets_[v];
    g.targets_.resize(targets_.size());
    g.weights_.resize(weights_.size());
    g.arcs_.assign(arcs_.size(), arc_out);
    std::vector<std::size_t> next(g.offsets_.begin(), g.offsets_.end() - 1);
    // Sources in ascending order, so each reversed list comes out sorted.
    for (Vertex v = 0; v < n; ++v)
        for (std::size_t e = offsets_[v]; e < offsets_[v + 1]; ++e) {
            const std::size_t k = next[targets_[e]]++;
            g.targets_[k] = v;
            g.weights_[k] = weights_[e];
        }
    return g;
}

Graph Graph::build(const Network& network, std::span<const std::size_t> actors, const GraphOptions& options,
                   bool directed, const ActorIncidence* incidence) {
    Graph g;
    g.directed_ = directed;
    g.actor_.assign(actors.begin(), actors.end());
    // Where each actor is in the graph: an array over all of the network's actors, or,
    // for a part found through the incidence, its own actors sorted and searched, so
    // that a one-actor region costs next to nothing in a network of millions.
    std::vector<std::size_t> vertex_of;
    std::vector<std::pair<std::size_t, std::size_t>> sorted;  // (actor, vertex)
    if (!incidence) {
        vertex_of.assign(network.actors.size(), not_in_graph);
        for (std::size_t i = 0; i < actors.size(); ++i) vertex_of[actors[i]] = i;
    } else {
        sorted.reserve(actors.size());
        for (std::size_t i = 0; i < actors.size(); ++i) sorted.emplace_back(actors[i], i);
        std::sort(sorted.begin(), sorted.end());
    }
    const auto vertex = [&](std::size_t actor) -> std::size_t {
        if (!incidence) return vertex_of[actor];
        const auto it = std::lower_bound(sorted.begin(), sorted.end(), std::pair<std::size_t, std::size_t>(actor, 0));
        return it != sorted.end() && it->first == actor ? it->second : not_in_graph;
    };
    // The ties and projects to look at, in file order (so that parallel ties add up in
    // the same order either way): all of them, or those of the part's actors.
    std::vector<std::size_t> tie_list, project_list;
    if (incidence) {
        for (std::size_t a : actors) {
            for (std::size_t t : incidence->ties_of(a))
                if (network.ties[t].source == a) tie_list.push_back(t);  // each tie once, from its source
            if (options.projects)
                for (std::size_t p : incidence->projects_of(a)) project_list.push_back(p);
        }
        std::sort(tie_list.begin(), tie_list.end());
        std::sort(project_list.begin(), project_list.end());
        project_list.erase(std::unique(project_list.begin(), project_list.end()), project_list.end());
    }
    const auto for_each_tie = [&](const auto& f) {
        if (!incidence)
            for (const Tie& t : network.ties) f(t);
        else
            for (std::size_t t : tie_list) f(network.ties[t]);
    };
    const auto for_each_project = [&](const auto& f) {
        if (!incidence)
            for (const Project& p : network.projects) f(p);
        else
            for (std::size_t p : project_list) f(network.projects[p]);
    };

    // Both directions of every tie inside the subgraph, then sort and merge parallels.
    struct Half {
        Vertex from, to;
        double weight;
        std::uint8_t arcs;
    };
    constexpr std::uint8_t both = arc_out | arc_in;
    std::vector<Half> halves;
    halves.reserve((incidence ? tie_list.size() : network.ties.size()) * 2);
    for_each_tie([&](const Tie& t) {
        if (t.source == t.target) return;  // self-loops stay in the data, not in metrics
        std::size_t a = vertex(t.source), b = vertex(t.target);
        if (a == not_in_graph || b == not_in_graph) return;
        if (directed) {  // one arc per direction the tie runs
            halves.push_back({static_cast<Vertex>(a), static_cast<Vertex>(b), t.weight, arc_out});
            if (!t.directed) halves.push_back({static_cast<Vertex>(b), static_cast<Vertex>(a), t.weight, arc_out});
            return;
        }
        halves.push_back({static_cast<Vertex>(a), static_cast<Vertex>(b), t.weight, t.directed ? arc_out : both});
        halves.push_back({static_cast<Vertex>(b), static_cast<Vertex>(a), t.weight, t.directed ? arc_in : both});
    });
    if (options.projects) {
        // Bound the work a small file can ask for: a project of k participants stands for
        // k(k-1)/2 ties, so ten projects of 5,000 make 125 million (3 GB as half-edges).
        std::size_t pairs = 0, largest_pairs = 0;
        const Project* largest = nullptr;
        for_each_project([&](const Project& project) {
            std::size_t k = 0;
            for (std::size_t i : distinct_participants(project)) k += vertex(i) != not_in_graph;
            const std::size_t p = k < 2 ? 0 : k * (k - 1) / 2;
            pairs += p;
            if (p > largest_pairs) largest_pairs = p, largest = &project;
        });
        if (pairs > max_projected_pairs)
            throw UsageError("the projects stand for " + std::to_string(pairs) + " ties between their participants (project " +
                             detail::quote(largest->id) + " alone " + std::to_string(largest_pairs) +
                             "), more than the " + std::to_string(max_projected_pairs) +
                             " a graph is built from (about 24 bytes each); analyse the ties alone with --no-projects, "
                             "or leave the largest projects out (ecosys extract, or an edited file)");
        halves.reserve(halves.size() + 2 * pairs);
        std::vector<Vertex> inside;
        for_each_project([&](const Project& project) {
            const std::vector<std::size_t> members = distinct_participants(project);
            const double w = project_tie_weight(members.size(), options.project_weighting);
            inside.clear();
            for (std::size_t i : members)
                if (const std::size_t v = vertex(i); v != not_in_graph) inside.push_back(static_cast<Vertex>(v));
            for (std::size_t i = 0; i < inside.size(); ++i) {
                for (std::size_t j = i + 1; j < inside.size(); ++j) {
                    halves.push_back({inside[i], inside[j], w, directed ? arc_out : both});
                    halves.push_back({inside[j], inside[i], w, directed ? arc_out : both});
                }
            }
        });
    }
    std::sort(halves.begin(), halves.end(), [](const Half& x, const Half& y) {
        return x.from != y.from ? x.from < y.from : x.to < y.to;
    });

    const std::size_t n = actors.size();
    g.offsets_.assign(n + 1, 0);
    g.targets_.reserve(halves.size());
    g.weights_.reserve(halves.size());
    g.arcs_.reserve(halves.size());
    for (std::size_t i = 0; i < halves.size();) {
        std::size_t j = i;
        double w = 0;
        std::uint8_t arcs = 0;
        while (j < halves.size() && halves[j].from == halves[i].from && halves[j].to == halves[i].to) {
            w += halves[j].weight;
            arcs |= halves[j].arcs;
            ++j;
        }
        g.targets_.push_back(halves[i].to);
        g.weights_.push_back(w);
        g.arcs_.push_back(arcs);
        ++g.offsets_[halves[i].from + 1];
        i = j;
    }
    for (std::size_t v = 0; v < n; ++v) g.offsets_[v + 1] += g.offsets_[v];
    return g;
}

Graph Graph::from_edges(std::size_t n, std::span<const std::pair<Vertex, Vertex>> edges) {
    Graph g;
    g.actor_.resize(n);
    std::iota(g.actor_.begin(), g.actor_.end(), std::size_t{0});
    g.offsets_.assign(n + 1, 0);
    for (const auto& [u, v] : edges) {
        ++g.offsets_[u + 1];
        ++g.offsets_[v + 1];
    }
    for (std::size_t v = 0; v < n; ++v) g.offsets_[v + 1] += g.offsets_[v];
    g.targets_.resize(2 * edges.size());
    std::vector<std::size_t> next(g.offsets_.begin(), g.offsets_.end() - 1);
    for (const auto& [u, v] : edges) {
        g.targets_[next[u]++] = v;
        g.targets_[next[v]++] = u;
    }
    for (std::size_t v = 0; v < n; ++v)
        std::sort(g.targets_.begin() + static_cast<std::ptrdiff_t>(g.offsets_[v]),
                  g.targets_.begin() + static_cast<std::ptrdiff_t>(g.offsets_[v + 1]));
    g.weights_.assign(g.targets_.size(), 1.0);
    g.arcs_.assign(g.targets_.size(), arc_out | arc_in);
    return g;
}

Graph Graph::relabeled(std::span<const Vertex> order) const {
    const std::size_t n = vertex_count();
    if (order.size() != n)
        throw UsageError("a vertex order must list all " + std::to_string(n) + " vertices; it lists " +
                         std::to_string(order.size()));
    constexpr Vertex unplaced = std::numeric_limits<Vertex>::max();
    std::vector<Vertex> position(n, unplaced);
    for (std::size_t i = 0; i < n; ++i) {
        if (order[i] >= n || position[order[i]] != unplaced)
            throw UsageError("a vertex order must be a permutation of 0 .. n-1; entry " + std::to_string(i) + " is " +
                             std::to_string(order[i]) +
                             (order[i] >= n ? ", not a vertex" : ", listed before"));
        position[order[i]] = static_cast<Vertex>(i);
    }

    Graph g;
    g.actor_.resize(n);
    g.offsets_.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        g.actor_[i] = actor_[order[i]];
        g.offsets_[i + 1] = g.offsets_[i] + degree(order[i]);
    }
    g.targets_.resize(targets_.size());
    g.weights_.resize(weights_.size());
    g.arcs_.resize(arcs_.size());
    g.directed_ = directed_;
    std::vector<std::pair<Vertex, std::size_t>> list;  // (new target, old offset)
    for (std::size_t i = 0; i < n; ++i) {
        const Vertex old = order[i];
        list.clear();
        for (std::size_t k = offsets_[old]; k < offsets_[old + 1]; ++k) list.emplace_back(position[targets_[k]], k);
        std::sort(list.begin(), list.end());
        std::size_t out = g.offsets_[i];
        for (const auto& [target, k] : list) {
            g.targets_[out] = target;
            g.weights_[out] = weights_[k];
            g.arcs_[out] = arcs_[k];
            ++out;
        }
    }
    return g;
}

std::set<std::pair<std::string, std::string>> tied_id_pairs(const Network& network, const Graph& g) {
    std::set<std::pair<std::string, std::string>> out;
    for (Graph::Vertex v = 0; v < g.vertex_count(); ++v)
        for (Graph::Vertex w : g.neighbours(v)) {
            if (w < v) continue;
            const std::string& a = network.actors[g.actor(v)].id;
            const std::string& b = network.actors[g.actor(w)].id;
            out.emplace(std::min(a, b), std::max(a, b));
        }
    return out;
}

}  // namespace ecosys
