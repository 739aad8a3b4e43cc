#include "report/definitions.hpp"

#include <array>

namespace ecosys::detail {

namespace {

struct Definition {
    std::string_view key, label, text;
};

constexpr std::array<Definition, 25> definitions = {{
    {"actors", "Actors", "Actors in the region."},
    {"ties", "Ties", "Pairs of actors of the region tied to each other (parallel ties and projects' ties count once per pair)."},
    {"external_ties", "External ties", "Pairs tying an actor of the region to one outside it."},
    {"openness", "Openness", "External ties / (ties + external ties): the share of a region's ties that leave it."},
    {"density", "Density", "Ties / possible pairs, 2m / (n(n-1)). Falls with size alone: compare regions of similar size, or the z-scores."},
    {"mean_degree", "Mean degree", "Average number of partners inside the region, 2m / n."},
    {"components", "Components", "Groups of actors with no path between them (an isolated actor is one)."},
    {"largest_component_share", "Largest component", "Share of the region's actors in its largest connected group."},
    {"isolates", "Isolates", "Actors without a tie inside the region."},
    {"transitivity", "Transitivity", "3 x triangles / connected triples: how often two partners of an actor are partners themselves."},
    {"mean_clustering", "Mean clustering", "Mean over actors of the share of their partners' pairs that are tied (Watts-Strogatz)."},
    {"mean_path_length", "Mean path length", "Mean number of steps between two actors of the largest component."},
    {"diameter", "Diameter", "Longest shortest path in the largest component."},
    {"degree_centralization", "Degree centralization", "Freeman's centralization of degree: 1 for a star, 0 when every actor has as many partners."},
    {"betweenness_centralization", "Betweenness centralization", "Freeman's centralization of betweenness: 1 when one actor lies on every path (a star), 0 when brokerage is shared evenly."},
    {"communities", "Communities", "Groups found by Louvain modularity optimisation (seeded)."},
    {"modularity", "Modularity", "Newman-Girvan modularity of those communities: how much more tied they are inside than chance."},
    {"cross_sector_share", "Cross-sector ties", "Share of ties that join two different sectors (helices)."},
    {"ei_index", "E-I index", "Krackhardt-Stern (E - I) / (E + I) of the sectors: +1 every tie crosses sectors, -1 none does."},
    {"ei_p_value", "E-I p-value", "Two-sided permutation p-value of the E-I index (sector labels shuffled, seeded)."},
    {"sector_assortativity", "Sector assortativity", "Newman's assortativity of the sector: > 0 actors tie within their sector, < 0 across."},
    {"multi_sector_share", "Multi-sector actors", "Share of actors whose partners span three or more sectors."},
    {"synergy_t3", "Synergy T (3 helices)", "Leydesdorff's mutual information among academia, industry and government in projects, in bits; negative = synergy."},
    {"synergy_t4", "Synergy T (4 helices)", "The same with finance; its sign reads the other way (see docs/helix.md)."},
    {"top_brokers", "Top brokers", "Actors with the highest betweenness inside the region."},
}};

}  // namespace

std::string_view metric_label(std::string_view key) {
    for (const Definition& d : definitions)
        if (d.key == key) return d.label;
    return key;
}

std::string_view metric_definition(std::string_view key) {
    for (const Definition& d : definitions)
        if (d.key == key) return d.text;
    return {};
}

}  // namespace ecosys::detail
