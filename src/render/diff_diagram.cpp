// The change diagram: the earlier layout pinned, ties added, removed and kept.

#include "ecosys/render/diff_diagram.hpp"

#include <map>
#include <set>
#include <unordered_map>

#include "ecosys/error.hpp"
#include "ecosys/render/names.hpp"
#include "ecosys/render/positions.hpp"

namespace ecosys::render {

namespace {

using IdPair = std::pair<std::string, std::string>;

/// Actor-id pairs (first < second) tied in the network's graph.
std::set<IdPair> tied_pairs(const Network& network, const GraphOptions& options) {
    return tied_id_pairs(network, Graph::from_network(network, options));
}

}  // namespace

Diagram diff_diagram(const Network& before, const Network& after, const std::string& before_label,
                     const std::string& after_label, const DiagramOptions& options) {
    // Every actor of either side: after's, then those only before had.
    Network both = after;
    both.ties.clear();
    both.projects.clear();
    std::size_t removed_actors = 0;
    for (const Actor& a : before.actors)
        if (!after.find_actor(a.id)) {
            both.actors.push_back(a);
            ++removed_actors;
        }
    both.index();
    if (both.actors.empty()) throw UsageError("nothing to draw: neither network has an actor");
    if (both.actors.size() > neato_limit)
        throw UsageError("a change diagram of " + std::to_string(both.actors.size()) + " actors would take minutes to lay out (at most " +
                         std::to_string(neato_limit) + "); draw one region with --select-region, or the giant component with --giant");

    DiagramOptions node_options = options;
    node_options.size_by = "none";
    node_options.engine = Engine::neato;
    node_options.cache = nullptr;
    Diagram d = network_diagram(both, node_options);
    d.engine = Engine::neato;
    d.grouping = Grouping::none;
    d.groups.clear();
    d.edges.clear();
    for (DiagramNode& n : d.nodes) n.group = no_group;

    std::unordered_map<std::string, std::size_t> node_of;
    for (std::size_t i = 0; i < d.nodes.size(); ++i) node_of.emplace(d.nodes[i].element_id, i);
    const auto index = [&](const std::string& id) { return node_of.at(element_id("actor", id)); };

    // Pin the earlier network's actors where its own diagram places them.
    const std::map<std::string, Position> placed = graphviz_positions(before);
    for (const auto& [id, p] : placed) d.nodes[index(id)].pin = std::pair{p.x, p.y};

    std::size_t added_actors = 0;
    for (const Actor& a : after.actors) {
        if (before.find_actor(a.id)) continue;
        DiagramNode& n = d.nodes[index(a.id)];
        n.marks.push_back({"added", "✚", added_color, " new"});
        n.tooltip += "\nnew in " + after_label;
        ++added_actors;
    }
    for (const Actor& a : before.actors) {
        if (after.find_actor(a.id)) continue;
        DiagramNode& n = d.nodes[index(a.id)];
        n.fill = "#FFFFFF";
        n.marks.push_back({"removed", "✖", removed_color, " gone"});
        n.tooltip += "\nonly in " + before_label;
    }

    const std::set<IdPair> pairs_before = tied_pairs(before, options.analysis.graph), pairs_after = tied_pairs(after, options.analysis.graph);
    std::size_t added = 0, removed = 0, kept = 0;
    const auto edge = [&](const IdPair& p, const char* color, const char* line, double width, const std::string& what) {
        DiagramEdge e;
        e.tail = index(p.first);
        e.head = index(p.second);
        e.element_id = "tie-" + std::to_string(d.edges.size() + 1);
        e.width = width;
        e.line = line;
        e.color = color;
        e.type = what;
        e.tooltip = p.first + " – " + p.second + ": " + what;
        d.edges.push_back(std::move(e));
    };
    for (const IdPair& p : pairs_before)
        if (pairs_after.count(p)) {
            edge(p, kept_color, "solid", 1.0, "tied in both");
            ++kept;
        }
    for (const IdPair& p : pairs_before)
        if (!pairs_after.count(p)) {
            edge(p, removed_color, "dashed", 1.4, "tie removed: only in " + before_label);
            ++removed;
        }
    for (const IdPair& p : pairs_after)
        if (!pairs_before.count(p)) {
            edge(p, added_color, "solid", 2.0, "tie added: new in " + after_label);
            ++added;
        }

    d.title = "What changed: " + before_label + " → " + after_label;
    d.subtitle = std::to_string(both.actors.size()) + " actors (" + std::to_string(added_actors) + " new, " +
                 std::to_string(removed_actors) + " gone), " + std::to_string(kept + added + removed) + " tied pairs (" +
                 std::to_string(added) + " new, " + std::to_string(removed) + " gone, " + std::to_string(kept) + " in both)";
    // Keep the sector row of the legend; the tie rows are replaced by the change.
    std::vector<LegendRow> legend;
    for (LegendRow& row : d.legend)
        if (row.heading.starts_with("Sectors") || row.heading.starts_with("Colour")) legend.push_back(std::move(row));
    legend.push_back({"Change",
                      {{"added", "━━", added_color, "tie added (new in " + after_label + ")"},
                       {"removed", "╍╍", removed_color, "tie removed (dashed: only in " + before_label + ")"},
                       {"kept", "━━", kept_color, "tie in both"}},
                      ""});
    legend.push_back({"Actors",
                      {{"added", "✚", added_color, "new in " + after_label},
                       {"removed", "✖", removed_color, "only in " + before_label + " (hollow)"}},
                      "positions of " + before_label + " kept, new actors placed around them"});
    d.legend = std::move(legend);
    d.notes.clear();
    return d;
}

}  // namespace ecosys::render
