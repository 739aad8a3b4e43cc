#include "ecosys/metrics/leiden.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>

#include "ecosys/error.hpp"
#include "ecosys/metrics/modularity.hpp"
#include "metrics/community_ids.hpp"
#include "metrics/community_moves.hpp"
#include "util/parallel.hpp"
#include "util/random.hpp"

namespace ecosys {

namespace {

constexpr std::uint32_t no_id = std::numeric_limits<std::uint32_t>::max();

/// A safety net for Options::iterations == 0: every iteration that moves a vertex
/// raises the objective, so the loop ends long before.
constexpr std::size_t max_iterations = 1000;

using detail::CommunityWeights;
using detail::LevelGraph;

/// The objective in one form for both qualities: a community C is worth
/// [ties inside C] - penalty * (mass of C)^2 / 2, so vertex v joining C (v not in
/// it) gains w(v, C) - penalty * mass(v) * mass(C), in units of tie weight.
/// Modularity: mass = strength, penalty = gamma / 2m (this is m times the change of
/// Q). CPM: mass = number of actors, penalty = gamma (what is left over from
/// n_c (n_c - 1) / 2, gamma n_c / 2, sums to gamma n / 2 for every partition).
struct Objective {
    bool by_strength;
    double penalty;

    [[nodiscard]] const std::vector<double>& mass(const LevelGraph& g) const {
        return by_strength ? g.strength : g.actors;
    }
};

/// Fisher-Yates with uniform_below: the same order on every platform.
void shuffle(std::vector<std::uint32_t>& items, std::mt19937_64& rng) {
    for (std::size_t i = items.size(); i > 1; --i) {
        const auto j = static_cast<std::size_t>(detail::uniform_below(rng, i));
        std::swap(items[i - 1], items[j]);
    }
}

std::vector<std::uint32_t> shuffled_vertices(std::size_t n, std::mt19937_64& rng) {
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), std::uint32_t{0});
    shuffle(order, rng);
    return order;
}

/// A uniform double in [0, 1) from the top 53 bits of one draw.
double uniform_unit(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

/// Fast local moving (the paper's MoveNodesFast) from the partition in `community`
/// (ids < n): a queue of all vertices in shuffled order; each moves to the
/// neighbouring or an empty community with the largest gain if that beats staying,
/// and a vertex that moved queues its neighbours outside its new community. Returns
/// whether any vertex moved.
bool move_vertices(const LevelGraph& g, const Objective& objective, std::vector<std::uint32_t>& community,
                   std::mt19937_64& rng, detail::SerialProgress& ticker) {
    const std::size_t n = g.size();
    const std::vector<double>& mass = objective.mass(g);
    std::vector<double> community_mass(n, 0.0);
    std::vector<std::uint32_t> members(n, 0);
    for (std::size_t v = 0; v < n; ++v) {
        community_mass[community[v]] += mass[v];
        ++members[community[v]];
    }
    std::vector<std::uint32_t> empty;  // unused ids, the smallest on top
    for (std::size_t c = n; c-- > 0;)
        if (members[c] == 0) empty.push_back(static_cast<std::uint32_t>(c));

    detail::MoveQueue queue(shuffled_vertices(n, rng));
    CommunityWeights weights(n);
    bool moved_any = false;
    for (std::size_t visits = 0; !queue.empty(); ++visits) {
        if ((visits & 1023) == 0) ticker.tick(0);  // Ctrl-C and progress, within a few ms
        const std::uint32_t v = queue.pop();

        const std::uint32_t old_community = community[v];
        community_mass[old_community] -= mass[v];
        if (--members[old_community] == 0) community_mass[old_community] = 0.0;  // no rounding left behind
        weights.add_ties_of(g, v, community);

        const double scale = objective.penalty * mass[v];
        const double epsilon = detail::move_tolerance(g.strength[v]);
        auto [best, best_gain] = detail::best_community(
            weights, old_community, epsilon, [&](std::uint32_t c) { return weights.weight(c) - scale * community_mass[c]; });
        weights.reset();
        // Alone (gain 0) beats staying when v's ties into its community are worth less than their cost.
        if (members[old_community] > 0 && 0.0 > best_gain + epsilon) {
            best = empty.back();
            empty.pop_back();
        }
        community_mass[best] += mass[v];
        ++members[best];
        community[v] = best;
        if (best == old_community) continue;
        if (members[old_community] == 0) empty.push_back(old_community);
        moved_any = true;
        queue.queue_neighbours_outside(g, v, community, best);
    }
    return moved_any;
}

/// The refinement (the paper's RefinePartition and MergeNodesSubset): inside each
/// community S of `community`, from singletons, each vertex v still alone, in
/// shuffled order, that is well connected to S (w(v, S - v) >= penalty * mass(v) *
/// (mass(S) - mass(v))) joins a sub-community C of S it has ties to and that is well
/// connected itself (w(C, S - C) >= penalty * mass(C) * (mass(S) - mass(C))), or
/// stays alone: at random among the choices whose gain is >= 0 (staying gains 0),
/// with probability proportional to exp(gain / randomness); randomness 0 takes the
/// best, the first met on ties. Returns the sub-community of every vertex (ids < n,
/// not renumbered). Each sub-community grows by ties, so it is connected.
std::vector<std::uint32_t> refine(const LevelGraph& g, const Objective& objective,
                                  const std::vector<std::uint32_t>& community, double randomness, std::mt19937_64& rng,
                                  detail::SerialProgress& ticker) {
    const std::size_t n = g.size();
    const std::vector<double>& mass = objective.mass(g);
    std::vector<double> community_mass(n, 0.0);
    std::vector<double> inside(n, 0.0);  // w(v, S - v)
    for (std::size_t v = 0; v < n; ++v) {
        community_mass[community[v]] += mass[v];
        for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e)
            if (community[g.targets[e]] == community[v]) inside[v] += g.weights[e];
    }

    std::vector<std::uint32_t> sub(n);
    std::iota(sub.begin(), sub.end(), std::uint32_t{0});
    std::vector<double> sub_mass(mass.begin(), mass.end());
    std::vector<double> sub_outside(inside);  // w(C, S - C)
    std::vector<std::uint32_t> sub_members(n, 1);

    CommunityWeights weights(n);
    std::vector<std::pair<std::uint32_t, double>> choices;  // (sub-community, gain)
    const std::vector<std::uint32_t> order = shuffled_vertices(n, rng);
    for (std::size_t i = 0; i < n; ++i) {
        if ((i & 1023) == 0) ticker.tick(0);
        const std::uint32_t v = order[i];
        if (sub_members[v] != 1) continue;  // others joined it, or it left (then 0): no longer alone
        const std::uint32_t s = community[v];
        const double s_mass = community_mass[s];
        const double scale = objective.penalty * mass[v];
        if (inside[v] < scale * (s_mass - mass[v])) continue;

        for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
            const std::uint32_t u = g.targets[e];
            if (community[u] == s) weights.add(sub[u], g.weights[e]);
        }
        choices.clear();
        choices.emplace_back(v, 0.0);
        double best_gain = 0.0;
        for (std::uint32_t c : weights.touched()) {
            if (sub_outside[c] < objective.penalty * sub_mass[c] * (s_mass - sub_mass[c])) continue;
            const double gain = weights.weight(c) - scale * sub_mass[c];
            if (gain < 0.0) continue;
            choices.emplace_back(c, gain);
            best_gain = std::max(best_gain, gain);
        }

        std::uint32_t chosen = v;
        if (choices.size() > 1) {
            if (randomness == 0.0) {
                for (const auto& [c, gain] : choices)
                    if (gain == best_gain) {
                        chosen = c;
                        break;
                    }
            } else {
                // Relative to the best choice, so that exp() never overflows.
                double total = 0.0;
                for (auto& choice : choices) {
                    choice.second = std::exp((choice.second - best_gain) / randomness);
                    total += choice.second;
                }
                const double draw = uniform_unit(rng) * total;
                double cumulative = 0.0;
                chosen = choices.back().first;
                for (const auto& [c, chance] : choices) {
                    cumulative += chance;
                    if (draw < cumulative) {
                        chosen = c;
                        break;
                    }
                }
            }
        }
        if (chosen != v) {
            const double to_chosen = weights.weight(chosen);
            sub[v] = chosen;
            sub_mass[chosen] += mass[v];
            sub_outside[chosen] += inside[v] - 2.0 * to_chosen;
            ++sub_members[chosen];
            sub_members[v] = 0;
        }
        weights.reset();
    }
    return sub;
}

/// The connected parts of each community (ids < n, not renumbered): the sub-communities
/// when a refinement joined no two vertices, so that the next level is smaller.
std::vector<std::uint32_t> connected_parts(const LevelGraph& g, const std::vector<std::uint32_t>& community) {
    const std::size_t n = g.size();
    std::vector<std::uint32_t> part(n, no_id);
    std::vector<std::uint32_t> stack;
    for (std::uint32_t start = 0; start < n; ++start) {
        if (part[start] != no_id) continue;
        part[start] = start;
        stack.push_back(start);
        while (!stack.empty()) {
            const std::uint32_t v = stack.back();
            stack.pop_back();
            for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
                const std::uint32_t u = g.targets[e];
                if (part[u] != no_id || community[u] != community[v]) continue;
                part[u] = start;
                stack.push_back(u);
            }
        }
    }
    return part;
}

/// One iteration of Leiden from `partition` (one id < n per vertex of the graph),
/// which it replaces by the result. Returns whether any vertex moved at any level.
bool iterate(const LevelGraph& base, const Objective& objective, double randomness,
             std::vector<std::uint32_t>& partition, std::mt19937_64& rng, detail::SerialProgress& ticker) {
    const std::size_t n = base.size();
    std::vector<std::uint32_t> vertex_of(n);  // each actor's vertex on the current level
    std::iota(vertex_of.begin(), vertex_of.end(), std::uint32_t{0});
    std::vector<std::uint32_t> community = partition;  // of the current level's vertices
    const LevelGraph* level = &base;
    LevelGraph aggregated;
    bool moved_any = false;
    for (;;) {
        moved_any = move_vertices(*level, objective, community, rng, ticker) || moved_any;
        const std::uint32_t count = detail::renumber_in_order(community);
        if (count == level->size()) break;  // every community is one vertex: a connected sub-community

        std::vector<std::uint32_t> sub = refine(*level, objective, community, randomness, rng, ticker);
        std::uint32_t sub_count = detail::renumber_in_order(sub);
        if (sub_count == level->size()) {
            sub = connected_parts(*level, community);
            sub_count = detail::renumber_in_order(sub);
        }
        std::vector<std::uint32_t> next_community(sub_count);
        for (std::size_t v = 0; v < level->size(); ++v) next_community[sub[v]] = community[v];
        for (std::uint32_t& v : vertex_of) v = sub[v];
        LevelGraph next = detail::aggregate(*level, sub, sub_count);
        aggregated = std::move(next);
        level = &aggregated;
        community = std::move(next_community);
    }
    for (std::size_t x = 0; x < n; ++x) partition[x] = community[vertex_of[x]];
    return moved_any;
}

void check_option(const char* name, double value) {
    if (std::isfinite(value) && value >= 0.0) return;
    std::ostringstream message;
    message << "leiden: " << name << ' ' << value << " is not allowed; expected a finite number >= 0";
    throw UsageError(message.str());
}

}  // namespace

Leiden::Leiden(const Graph& graph) : Leiden(graph, Options{}) {}

Leiden::Leiden(const Graph& graph, Options options) : graph_(graph), options_(options) {
    if (graph_.is_directed())
        throw UsageError("leiden: the graph is directed; expected the undirected graph (Graph::from_network)");
    check_option("resolution", options_.resolution);
    check_option("randomness", options_.randomness);
}

void Leiden::run() {
    const std::size_t n = graph_.vertex_count();
    std::mt19937_64 rng = detail::seeded_rng(options_.seed, 0);
    const LevelGraph base = detail::first_level(graph_, options_.weighted);
    double total = 0.0;  // 2m
    for (double k : base.strength) total += k;
    Objective objective{};
    if (options_.quality == LeidenQuality::modularity) {
        objective.by_strength = true;
        objective.penalty = total > 0.0 ? options_.resolution / total : 0.0;
    } else {
        objective.by_strength = false;
        objective.penalty = options_.resolution;
    }

    std::vector<std::uint32_t> partition(n);
    std::iota(partition.begin(), partition.end(), std::uint32_t{0});
    detail::SerialProgress ticker(progress_, "leiden", 1);  // no count known ahead: reports 0 of 1
    const std::size_t limit = options_.iterations == 0 ? max_iterations : options_.iterations;
    iterations_run_ = 0;
    while (iterations_run_ < limit) {
        const bool moved = iterate(base, objective, options_.randomness, partition, rng, ticker);
        ++iterations_run_;
        if (options_.iterations == 0 && !moved) break;
    }

    community_ = std::move(partition);
    count_ = detail::renumber_in_order(community_);
    const bool cpm = options_.quality == LeidenQuality::cpm;
    modularity_ = ecosys::modularity(graph_, community_, options_.weighted, cpm ? 1.0 : options_.resolution);
    quality_ = cpm ? cpm_quality(graph_, community_, options_.weighted, options_.resolution) : modularity_;
    has_run_ = true;
}

const std::vector<std::uint32_t>& Leiden::communities() const {
    assure_finished();
    return community_;
}

std::size_t Leiden::count() const {
    assure_finished();
    return count_;
}

double Leiden::quality() const {
    assure_finished();
    return quality_;
}

double Leiden::modularity() const {
    assure_finished();
    return modularity_;
}

std::size_t Leiden::iterations_run() const {
    assure_finished();
    return iterations_run_;
}

double cpm_quality(const Graph& graph, std::span<const std::uint32_t> community, bool weighted, double resolution) {
    const std::size_t n = graph.vertex_count();
    if (community.size() != n)
        throw std::invalid_argument("cpm_quality: the partition has " + std::to_string(community.size()) +
                                    " entries for a graph of " + std::to_string(n) + " vertices");
    std::uint32_t k = 0;
    for (std::uint32_t c : community) k = std::max(k, c + 1);
    std::vector<double> inside_twice(k, 0.0), actors(k, 0.0);
    for (Graph::Vertex v = 0; v < n; ++v) {
        actors[community[v]] += 1.0;
        const auto nbrs = graph.neighbours(v);
        const auto wts = graph.weights(v);
        for (std::size_t i = 0; i < nbrs.size(); ++i)
            if (community[nbrs[i]] == community[v]) inside_twice[community[v]] += weighted ? wts[i] : 1.0;
    }
    double h = 0.0;
    for (std::uint32_t c = 0; c < k; ++c) h += inside_twice[c] / 2.0 - resolution * actors[c] * (actors[c] - 1.0) / 2.0;
    return h;
}

}  // namespace ecosys
