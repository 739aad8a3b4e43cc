// What a diagram holds, before Graphviz draws it: nodes, sizes, labels, lines, groups,
// title and legend, on small networks drawn in the comments.

#include <doctest/doctest.h>

#include "ecosys/error.hpp"
#include "ecosys/render/diagram.hpp"
#include "ecosys/render/names.hpp"
#include "model/drawn_tie.hpp"

using namespace ecosys;
using namespace ecosys::render;
using ecosys::test::tie;

namespace {

Actor actor(std::string id, std::string sector, std::string region) {
    Actor a;
    a.id = id;
    a.name = "Name of " + id;
    a.sector = std::move(sector);
    a.region = std::move(region);
    return a;
}

//   north:  a(industry) --joint 2 + funding 3 (a->b)-- b(academia) --matching 1 (2015)-- c(government)
//   south:  d(finance) --council 0.5-- e(industry)          c --supply 1 (2019)-- d  (crosses regions)
Network small() {
    Network n;
    n.name = "Small";
    n.regions = {{"north", "North 北", "", true}, {"south", "South 南", "", true}};
    n.actors = {actor("a", "industry", "north"), actor("b", "academia", "north"), actor("c", "government", "north"),
                actor("d", "finance", "south"), actor("e", "industry", "south")};
    n.ties = {tie(0, 1, "joint_research", 2, 2010), tie(0, 1, "funding", 3, 2012, true), tie(1, 2, "matching", 1, 2015),
              tie(3, 4, "council", 0.5), tie(2, 3, "supply", 1, 2019)};
    n.index();
    return n;
}

const DiagramNode& node(const Diagram& d, const std::string& actor_id) {
    for (const DiagramNode& n : d.nodes)
        if (n.element_id == element_id("actor", actor_id)) return n;
    FAIL("no node for " << actor_id);
    throw;
}

const LegendRow& row(const Diagram& d, const std::string& heading) {
    for (const LegendRow& r : d.legend)
        if (r.heading == heading) return r;
    FAIL("no legend row " << heading);
    throw;
}

}  // namespace

TEST_CASE("a region diagram: its actors, one line per pair, sizes by betweenness, title and key figures") {
    Network n = small();
    Diagram d = region_diagram(n, "north");
    REQUIRE(d.nodes.size() == 3);
    CHECK(d.title == "North 北");
    // 3 ties among north's actors (a-b twice, b-c), 2 pairs of 3 possible; c-d leaves the region.
    CHECK(d.subtitle == "3 actors · 3 ties between 2 pairs · density 0.667 · 1 tie to other regions\nSmall");
    CHECK(d.engine == Engine::neato);

    // a - b - c: b is on the only a-c path, so normalised betweenness 1 (one pair of one).
    CHECK(node(d, "b").value == doctest::Approx(1.0));
    CHECK(node(d, "a").value == 0.0);
    CHECK(node(d, "b").size == doctest::Approx(0.9));  // largest
    CHECK(node(d, "a").size == doctest::Approx(0.25));  // smallest: betweenness 0
    CHECK(node(d, "a").fill == "#E69F00");
    CHECK(node(d, "a").shape == "box");
    CHECK(node(d, "b").shape == "circle");
    CHECK(node(d, "c").shape == "triangle");
    CHECK(node(d, "b").label == std::vector<std::string>{"Name of b"});  // 3 actors: all labelled
    CHECK(node(d, "b").tooltip == "Name of b\nid b · Academia 学 · North 北\ndegree 2 · betweenness 1 · PageRank 0.486");

    // The a-b pair: joint research 2 and funding 3; funding is heavier, so the line is
    // drawn as funding, with an arrow from a to b, width for the summed weight 5.
    REQUIRE(d.edges.size() == 2);
    const DiagramEdge& ab = d.edges[0];
    CHECK(ab.element_id == "tie-1");
    CHECK(ab.weight == 5.0);
    CHECK(ab.type == "funding");
    CHECK(ab.line == "solid");
    CHECK(ab.arrow_forward);
    CHECK_FALSE(ab.arrow_back);
    CHECK(ab.width == doctest::Approx(4.5));  // the heaviest pair
    CHECK(ab.tooltip == "Name of a – Name of b\n2 ties, weight 5\njoint research 2010 (weight 2)\nfunding a → b 2012 (weight 3)");
    const DiagramEdge& bc = d.edges[1];
    CHECK(bc.type == "matching");
    CHECK(bc.line == "dashed");
    CHECK_FALSE(bc.arrow_forward);

    // Legend: every sector of the network with its count here; the tie types drawn.
    const LegendRow& sectors = row(d, "Sectors");
    REQUIRE(sectors.items.size() == 4);
    CHECK(sectors.items[0].text == "Industry 産 1");
    CHECK(sectors.items[0].marker == "■");
    CHECK(sectors.items[3].text == "Finance 金 0");
    const LegendRow& ties = row(d, "Ties");
    REQUIRE(ties.items.size() == 2);
    CHECK(ties.items[0].text == "matching 1");
    CHECK(ties.items[1].text == "funding 1");
    CHECK(ties.items[1].marker == "━━━▶");
    CHECK(row(d, "Size").note == "area shows betweenness (normalised); largest 1: Name of b");
}

TEST_CASE("tie filters: --year keeps undated ties and earlier ones, --min-weight drops light ties") {
    Network n = small();
    DiagramOptions by_2012;
    by_2012.year = 2012;
    Diagram d = network_diagram(n, by_2012);
    // Kept: joint 2010, funding 2012, council (no year). Dropped: matching 2015, supply 2019.
    CHECK(d.edges.size() == 2);
    CHECK(d.subtitle == "5 actors · 3 ties between 2 pairs · density 0.2\nties up to 2012 (undated ties kept)");

    DiagramOptions heavy;
    heavy.min_weight = 1;
    d = network_diagram(n, heavy);
    CHECK(d.edges.size() == 3);  // a-b, b-c, c-d; the council tie of 0.5 is gone
    CHECK(d.subtitle == "5 actors · 4 ties between 3 pairs · density 0.3\nties of weight ≥ 1");
}

TEST_CASE("projects add ties between their participants, drawn and counted, unless left out") {
    //   a - b (joint research) in the file; project P joins a, b and e (2013).
    Network n = small();
    Project p;
    p.id = "P";
    p.year = 2013;
    p.participants = {0, 1, 4};
    n.projects = {p};
    n.index();
    Diagram d = network_diagram(n);
    // Pairs: a-b (ties and project), b-c, c-d, d-e, a-e (project), b-e (project).
    CHECK(d.edges.size() == 6);
    CHECK(d.subtitle == "5 actors · 8 ties between 6 pairs · density 0.6");
    const DiagramEdge& ae = d.edges[4];
    CHECK(ae.type == "project");
    CHECK(ae.line == "dotted");
    CHECK(ae.color == "#5F86B0");
    CHECK(ae.tooltip == "Name of a – Name of e\n1 tie, weight 1\nproject 2013 (weight 1)");
    const LegendRow& ties = row(d, "Ties");
    CHECK(ties.items.back().text == "project 3");  // a-b, a-e, b-e; a-b is drawn as funding

    DiagramOptions no_projects;
    no_projects.analysis.graph.projects = false;
    CHECK(network_diagram(n, no_projects).edges.size() == 4);
    DiagramOptions before;
    before.year = 2012;  // the project (2013) and its ties are later
    CHECK(network_diagram(n, before).edges.size() == 2);
}

TEST_CASE("labels: top N by the size metric, none, all") {
    Network n = small();
    DiagramOptions top1;
    top1.labels = {LabelRule::Kind::top, 1};
    Diagram d = network_diagram(n, top1);
    std::size_t labelled = 0;
    for (const DiagramNode& v : d.nodes) labelled += !v.label.empty();
    CHECK(labelled == 1);
    // Betweenness on the whole path a-b-c-d-e: c is in the middle.
    CHECK(!node(d, "c").label.empty());

    DiagramOptions none;
    none.labels = {LabelRule::Kind::none, 0};
    d = network_diagram(n, none);
    for (const DiagramNode& v : d.nodes) CHECK(v.label.empty());
}

TEST_CASE("colour by community or region, shape still by sector; legends follow") {
    Network n = small();
    DiagramOptions by_region;
    by_region.color_by = ColorBy::region;
    Diagram d = network_diagram(n, by_region);
    CHECK(node(d, "a").fill == "#E69F00");  // first region: first categorical colour
    CHECK(node(d, "d").fill == "#56B4E9");
    CHECK(node(d, "d").shape == "diamond");
    CHECK(row(d, "Sectors (shape)").items[0].color == "#444444");
    const LegendRow& regions = row(d, "Colour: region");
    REQUIRE(regions.items.size() == 2);
    CHECK(regions.items[1].text == "South 南 2");

    DiagramOptions by_community;
    by_community.color_by = ColorBy::community;
    d = network_diagram(n, by_community);
    const LegendRow& communities = row(d, "Colour: community");
    REQUIRE(!communities.items.empty());
    CHECK(communities.items[0].text.rfind("1 (", 0) == 0);
    CHECK(node(d, "a").tooltip.find("\ncommunity ") != std::string::npos);
}

TEST_CASE("grouping: packed clusters with neato and sfdp, native with dot and fdp, a note for circo and twopi") {
    Network n = small();
    DiagramOptions grouped;
    grouped.group_by = GroupBy::region;
    Diagram d = network_diagram(n, grouped);
    CHECK(d.engine == Engine::neato);
    CHECK(d.grouping == Grouping::packed);
    REQUIRE(d.groups.size() == 2);
    CHECK(d.groups[0].label == "North 北");
    CHECK(d.groups[0].color == "#E69F00");
    CHECK(node(d, "e").group == 1);
    CHECK(d.notes.empty());

    grouped.engine = Engine::dot;
    CHECK(network_diagram(n, grouped).grouping == Grouping::native);

    grouped.engine = Engine::fdp;
    d = network_diagram(n, grouped);
    CHECK(d.grouping == Grouping::native);
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].rfind("fdp with groups is not reproducible", 0) == 0);

    grouped.engine = Engine::circo;
    d = network_diagram(n, grouped);
    CHECK(d.grouping == Grouping::none);
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0] == "circo cannot draw groups: --group-by region has no effect (neato, sfdp, dot and fdp draw them)");

    // Without --group-by there are no groups at all.
    d = network_diagram(n);
    CHECK(d.groups.empty());
    CHECK(d.grouping == Grouping::none);
}

TEST_CASE("the overview: one node per region, lines summing the ties between regions") {
    Network n = small();
    Diagram d = overview_diagram(n);
    REQUIRE(d.nodes.size() == 2);
    CHECK(d.nodes[0].element_id == "region-north");
    CHECK(d.nodes[0].value == 3);
    // North: one actor each of industry, academia, government: the first declared wins.
    CHECK(d.nodes[0].fill == "#E69F00");
    CHECK(d.nodes[1].fill == "#E69F00");  // south: finance 1, industry 1: industry is declared first
    CHECK(d.nodes[0].label == std::vector<std::string>{"North 北", "3 actors"});
    REQUIRE(d.edges.size() == 1);
    CHECK(d.edges[0].label == "1");
    CHECK(d.edges[0].tooltip == "North 北 – South 南\n1 tie, weight 1\nsupply 1");
    CHECK(d.subtitle == "Regions and the ties between them: 2 regions · 5 actors · 1 tie across regions");
}

TEST_CASE("bad regions say what is wrong and what exists") {
    Network n = small();
    CHECK_THROWS_WITH_AS((void)region_diagram(n, "nort"),
                         "unknown region 'nort' (did you mean 'north'?); regions with actors are north and south", UsageError);
    n.regions.push_back({"empty", "Empty", "", true});
    n.index();
    CHECK_THROWS_WITH_AS((void)region_diagram(n, "empty"), "region 'empty' has no actors (nor have the regions inside it)", UsageError);
    Network no_actors;
    no_actors.index();
    CHECK_THROWS_WITH_AS((void)overview_diagram(no_actors), "the network has no actors to draw", UsageError);
}

TEST_CASE("actors without a region get a node of their own in the overview, not dropped") {
    Network n = small();
    n.actors.push_back(actor("x", "finance", ""));
    n.ties.push_back(tie(5, 0, "loan", 2, 2014, true));
    n.index();
    Diagram d = overview_diagram(n);
    REQUIRE(d.nodes.size() == 3);
    CHECK(d.nodes[2].element_id == "no-region");
    CHECK(d.nodes[2].name == "(no region)");
    CHECK(d.nodes[2].shape == "diamond");
    REQUIRE(d.edges.size() == 2);
    CHECK(d.edges[1].tooltip == "North 北 – (no region)\n1 tie, weight 2\nloan 1");
    CHECK(d.subtitle == "Regions and the ties between them: 2 regions · 6 actors · 2 ties across regions\n"
                        "1 actor without a region: the node (no region)");
    CHECK(d.notes.empty());

    Network none;
    none.actors = {actor("x", "industry", ""), actor("y", "academia", "")};
    none.index();
    d = overview_diagram(none);
    CHECK(d.nodes.size() == 1);
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0] == "no actor has a region: the overview is one node");
}

TEST_CASE("a parent region draws the actors of the regions inside it") {
    Network n = small();
    n.regions.insert(n.regions.begin(), {"all", "All", "", true});
    n.regions[1].parent = "all";
    n.regions[2].parent = "all";
    n.index();
    Diagram d = region_diagram(n, "all");
    CHECK(d.nodes.size() == 5);
    CHECK(d.title == "All");
}

TEST_CASE("option parsers accept the documented names and suggest the closest otherwise") {
    CHECK(parse_engine("sfdp") == Engine::sfdp);
    CHECK(parse_engine("auto") == Engine::automatic);
    CHECK_THROWS_WITH_AS((void)parse_engine("nato"),
                         "unknown layout 'nato' (did you mean 'neato'?); expected auto, dot, neato, fdp, sfdp, circo or twopi",
                         UsageError);
    CHECK(parse_size_by("pagerank") == "pagerank");
    CHECK_THROWS_WITH_AS((void)parse_size_by("betweeness"),
                         "unknown size metric 'betweeness' (did you mean 'betweenness'?); expected degree, strength, "
                         "betweenness, closeness, harmonic, eigenvector, pagerank, clustering, core, coreness, within_module_z, participation, funding, coordinations, in_degree, out_degree, in_strength, out_strength, in_closeness, out_closeness, in_harmonic, out_harmonic, hub, authority or none",
                         UsageError);
    CHECK(parse_color_by("community") == ColorBy::community);
    CHECK(parse_group_by("none") == GroupBy::none);
    LabelRule top = parse_labels("top:15");
    CHECK(top.kind == LabelRule::Kind::top);
    CHECK(top.top == 15);
    CHECK(parse_labels("all").kind == LabelRule::Kind::all);
    CHECK_THROWS_WITH_AS((void)parse_labels("top:x"),
                         "unknown label rule 'top:x'; expected auto, all, none or top:N (N a whole number, e.g. top:20)",
                         UsageError);
    CHECK(resolve_engine(Engine::automatic, 600) == Engine::neato);
    CHECK(resolve_engine(Engine::automatic, 601) == Engine::sfdp);
    CHECK(resolve_engine(Engine::dot, 5000) == Engine::dot);
    CHECK(resolve_engine(Engine::circo, 150) == Engine::circo);
    CHECK_THROWS_WITH_AS((void)resolve_engine(Engine::circo, 381),
                         "circo takes minutes on more than 150 nodes and this diagram has 381; use --layout neato or "
                         "sfdp, or draw one region",
                         UsageError);
}
