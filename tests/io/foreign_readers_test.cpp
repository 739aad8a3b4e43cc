// The readers of other tools' formats, on files written the way those tools
// write them, and the mapping options (--sector-attr, --sector-map ...).

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "ecosys/io/dot.hpp"
#include "ecosys/io/edge_list.hpp"
#include "ecosys/io/format.hpp"
#include "ecosys/io/gexf.hpp"
#include "ecosys/io/gml.hpp"
#include "ecosys/io/graphml.hpp"
#include "ecosys/io/import_options.hpp"
#include "ecosys/io/pajek.hpp"
#include "ecosys/io/reader.hpp"

using namespace ecosys;
namespace fs = std::filesystem;

namespace {

std::string lines(std::initializer_list<std::string> items) {
    std::string out;
    for (const std::string& s : items) out += s + "\n";
    return out;
}

/// The messages one per line, so that a failed check shows them.
std::string messages(const std::vector<Diagnostic>& w) {
    std::string out;
    for (const Diagnostic& d : w) out += d.to_string() + "\n";
    return out;
}

// As NetworkX 2.8 writes it (keys d0.., a default, typed values), with a key
// igraph would not know and a <data> naming an undeclared key.
const char* const networkx_graphml = R"(<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <key id="d4" for="edge" attr.name="weight" attr.type="double" />
  <key id="d3" for="edge" attr.name="relation" attr.type="string" />
  <key id="d2" for="node" attr.name="employees" attr.type="long" />
  <key id="d1" for="node" attr.name="type" attr.type="string"><default>company</default></key>
  <key id="d0" for="node" attr.name="listed" attr.type="boolean" />
  <graph edgedefault="undirected">
    <node id="Toyota">
      <data key="d2">370870</data>
      <data key="d0">true</data>
    </node>
    <node id="Nagoya University">
      <data key="d1">university</data>
      <data key="d9">x</data>
    </node>
    <node id="Aichi">
      <data key="d1">prefecture</data>
    </node>
    <edge source="Toyota" target="Nagoya University">
      <data key="d3">joint_research</data>
      <data key="d4">3.5</data>
    </edge>
    <edge source="Aichi" target="Toyota" directed="true" />
  </graph>
</graphml>
)";

const std::string relation_not_kept =
    "nx.graphml:21:22: warning: edge attribute 'relation' is not kept: a tie has only a type, a weight, a year and a direction "
    "(--type-attr and --weight-attr choose the attributes that hold them)";

ImportOptions type_map() {
    ImportOptions o;
    o.sector_attr = "type";
    o.type_attr = "relation";
    o.sector_map = read_sector_map("value,sector\ncompany,industry\nuniversity,academia\nprefecture,government\n", "types.csv");
    return o;
}

}  // namespace

TEST_CASE("GraphML as NetworkX writes it: typed keys, defaults, per-edge direction") {
    LoadResult r = read_graphml_text(networkx_graphml, "nx.graphml", type_map());
    const Network& n = r.network;
    REQUIRE(n.actors.size() == 3);
    CHECK(n.actors[0].id == "Toyota");
    CHECK(n.actors[0].sector == "industry");  // the key's default, mapped
    CHECK(n.actors[0].attributes.to_json() == nlohmann::json{{"employees", 370870}, {"listed", true}});
    CHECK(n.actors[1].sector == "academia");
    CHECK(n.actors[2].sector == "government");
    REQUIRE(n.ties.size() == 2);
    CHECK(n.ties[0].type == "joint_research");
    CHECK(n.ties[0].weight == 3.5);
    CHECK_FALSE(n.ties[0].directed);
    CHECK(n.ties[1].directed);
    CHECK(n.ties[1].type == "tie");
    CHECK(messages(r.warnings) ==
          lines({"nx.graphml:15:18: warning: <data> refers to undeclared key 'd9'; it is ignored (declare it with "
                                   "<key id=\"d9\" for=\"node\" attr.name=\"...\" attr.type=\"...\"/>)"}));
}

TEST_CASE("a node without a sector: the error names the attribute and what the nodes have") {
    const std::string d9 = "nx.graphml:15:18: warning: <data> refers to undeclared key 'd9'; it is ignored (declare it with <key "
                           "id=\"d9\" for=\"node\" attr.name=\"...\" attr.type=\"...\"/>)\n";
    ImportOptions o;
    CHECK_THROWS_WITH_AS(read_graphml_text(networkx_graphml, "nx.graphml", o),
                         ("nx.graphml:9:5: error: node 'Toyota' has no 'sector' attribute (and 2 other nodes); name the attribute "
                          "that holds the sector with --sector-attr (the nodes have 'employees', 'listed' and 'type'), or give "
                          "--default-sector SECTOR\n" + d9 + relation_not_kept).c_str(),
                         ValidationError);
    o.sector_attr = "type";
    CHECK_THROWS_WITH_AS(read_graphml_text(networkx_graphml, "nx.graphml", o),
                         ("nx.graphml:6:72: error: unknown sector 'company' in attribute 'type' of node 'Toyota'; expected industry, "
                          "academia, government or finance, or map the file's values to sectors with --sector-map FILE\n"
                          "nx.graphml:14:22: error: unknown sector 'university' in attribute 'type' of node 'Nagoya University'; "
                          "expected industry, academia, government or finance, or map the file's values to sectors with --sector-map FILE\n" +
                          d9 +
                          "nx.graphml:18:22: error: unknown sector 'prefecture' in attribute 'type' of node 'Aichi'; expected "
                          "industry, academia, government or finance, or map the file's values to sectors with --sector-map FILE\n" +
                          relation_not_kept).c_str(),
                         ValidationError);
    o.default_sector = "industri";
    CHECK_THROWS_WITH_AS(read_graphml_text(networkx_graphml, "nx.graphml", o),
                         "--default-sector 'industri' is not a sector of nx.graphml; expected industry, academia, government or "
                         "finance (did you mean 'industry'?)",
                         UsageError);
}

TEST_CASE("a sector map names the value it lacks; its new sectors are declared") {
    ImportOptions o;
    o.sector_attr = "type";
    o.sector_map = read_sector_map("value,sector,label\ncompany,industry,\nuniversiti,academia,\nngo,civil_society,Civil society\n", "m.csv");
    REQUIRE(o.sector_map.sectors.size() == 3);
    CHECK(o.sector_map.sectors[2].label == "Civil society");
    CHECK_THROWS_WITH_AS(read_graphml_text(networkx_graphml, "nx.graphml", o),
                         ("nx.graphml:14:22: error: value 'university' of attribute 'type' on node 'Nagoya University' is not in "
                          "the sector map m.csv (did you mean 'universiti'?); add a row 'university,SECTOR' to it\n"
                          "nx.graphml:15:18: warning: <data> refers to undeclared key 'd9'; it is ignored (declare it with <key "
                          "id=\"d9\" for=\"node\" attr.name=\"...\" attr.type=\"...\"/>)\n"
                          "nx.graphml:18:22: error: value 'prefecture' of attribute 'type' on node 'Aichi' is not in the sector "
                          "map m.csv; add a row 'prefecture,SECTOR' to it\n" +
                          relation_not_kept).c_str(),
                         ValidationError);
    CHECK_THROWS_WITH_AS(read_sector_map("raw,sector\nPRC,industry\n", "bad.csv"),
                         "bad.csv:1:1: error: column 'raw' of the sector map is not one of value, sector, label and color\n"
                         "bad.csv:1:1: error: the sector map needs a header row with the columns 'value' and 'sector' (optionally "
                         "'label' and 'color'), e.g. 'value,sector' then 'PRC,industry'",
                         InputError);
    CHECK_THROWS_WITH_AS(read_sector_map("value,sector\nPRC,industry\nPRC,finance\nHES,\n", "dup.csv"),
                         "dup.csv:3:1: error: value 'PRC' is mapped twice (first at line 2)\n"
                         "dup.csv:4:5: error: value 'HES' has an empty sector; name the sector it stands for",
                         InputError);
}

TEST_CASE("yEd GraphML: the node label in the graphics is the name; the graphics are not kept") {
    const char* yed = R"(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key attr.name="sector" attr.type="string" for="node" id="d7"/>
  <graph edgedefault="directed" id="G">
    <node id="n0">
      <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0" y="0"/><y:NodeLabel>仙台銀行</y:NodeLabel></y:ShapeNode></data>
      <data key="d7">finance</data>
    </node>
    <node id="n1">
      <data key="d7">industry</data>
    </node>
    <edge id="e0" source="n0" target="n1"/>
  </graph>
</graphml>
)";
    LoadResult r = read_graphml_text(yed, "yed.graphml");
    REQUIRE(r.network.actors.size() == 2);
    CHECK(r.network.actors[0].name == "仙台銀行");
    CHECK(r.network.actors[0].attributes.empty());
    CHECK(r.network.actors[1].name == "n1");
    CHECK(r.network.ties.at(0).directed);
    CHECK(messages(r.warnings) ==
          lines({"yed.graphml:7:7: warning: yEd graphics (key 'd6') are not kept; node labels are read as names"}));
}

TEST_CASE("GraphML with another tool's attribute types: the values are kept as text, with a warning") {
    // graph-tool writes vector and python_object types beside the standard ones.
    const char* gt = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="key0" for="node" attr.name="sector" attr.type="string"/>
  <key id="key1" for="node" attr.name="shares" attr.type="vector_double"/>
  <key id="key2" for="edge" attr.name="meta" attr.type="python_object"/>
  <graph id="G" edgedefault="undirected">
    <node id="a"><data key="key0">industry</data><data key="key1">0.25, 0.75</data></node>
    <node id="b"><data key="key0">academia</data><data key="key1">1, 0</data></node>
    <edge source="a" target="b"><data key="key2">{'since': 2011}</data></edge>
  </graph>
</graphml>
)";
    LoadResult r = read_graphml_text(gt, "gt.graphml");
    REQUIRE(r.network.actors.size() == 2);
    CHECK(r.network.actors[0].attributes.at("shares") == "0.25, 0.75");
    CHECK(r.network.ties.size() == 1);
    CHECK(messages(r.warnings) ==
          lines({"gt.graphml:4:59: warning: attr.type 'vector_double' of key 'key1' is not one of boolean, int, long, float, "
                 "double and string; its values are kept as text",
                 "gt.graphml:5:57: warning: attr.type 'python_object' of key 'key2' is not one of boolean, int, long, float, "
                 "double and string; its values are kept as text",
                 "gt.graphml:9:50: warning: edge attribute 'meta' is not kept: a tie has only a type, a weight, a year and a "
                 "direction (--type-attr and --weight-attr choose the attributes that hold them)"}));
}

TEST_CASE("GEXF 1.3 as Gephi writes it: attvalues, defaults, labels, mutual edges, viz") {
    const char* gephi = R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="2024-05-01"><creator>Gephi 0.10.1</creator><description></description></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node" mode="static">
      <attribute id="sector" title="sector" type="string"><default>industry</default></attribute>
      <attribute id="pref" title="prefecture" type="string"/>
      <attribute id="emp" title="employees" type="integer"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="rel" title="relation" type="string"/>
    </attributes>
    <nodes>
      <node id="0" label="Hokusei Seiki">
        <attvalues><attvalue for="pref" value="miyagi"/><attvalue for="emp" value="120"/></attvalues>
        <viz:size value="10.0"/><viz:position x="-12.5" y="40.1"/><viz:color r="230" g="159" b="0"/>
      </node>
      <node id="1" label="Tohoku University">
        <attvalues><attvalue for="sector" value="academia"/><attvalue for="pref" value="miyagi"/></attvalues>
      </node>
    </nodes>
    <edges>
      <edge id="0" source="1" target="0" type="mutual" weight="2.0"><attvalues><attvalue for="rel" value="joint_research"/></attvalues></edge>
      <edge id="1" source="0" target="1" label="supply"/>
    </edges>
  </graph>
</gexf>
)";
    ImportOptions o;
    o.region_attr = "prefecture";
    o.type_attr = "relation";
    LoadResult r = read_gexf_text(gephi, "gephi.gexf", o);
    const Network& n = r.network;
    REQUIRE(n.actors.size() == 2);
    CHECK(n.actors[0].id == "0");
    CHECK(n.actors[0].name == "Hokusei Seiki");
    CHECK(n.actors[0].sector == "industry");
    CHECK(n.actors[0].region == "miyagi");
    CHECK(n.actors[0].attributes.to_json() == nlohmann::json{{"employees", 120}});
    CHECK(n.actors[1].sector == "academia");
    REQUIRE(n.ties.size() == 2);
    CHECK_FALSE(n.ties[0].directed);  // mutual
    CHECK(n.ties[0].type == "joint_research");
    CHECK(n.ties[0].weight == 2.0);
    CHECK(n.ties[1].directed);
    CHECK(n.ties[1].type == "tie");  // --type-attr relation: the label is not the type then
    CHECK(messages(r.warnings) ==
          lines({
              "gephi.gexf:16:9: warning: drawing data (viz colours, positions, sizes) is not kept",
              "gephi.gexf:24:49: warning: edge attribute 'label' is not kept: a tie has only a type, a weight, a year and a direction "
              "(--type-attr and --weight-attr choose the attributes that hold them)"}));
}

TEST_CASE("GML as igraph and NetworkX write it") {
    // igraph: numeric ids, the vertex name in "name", Newman's "value" as weight.
    const char* igraph = "Creator \"igraph version 0.10.2\"\nVersion 1\ngraph\n[\n  directed 0\n"
                         "  node\n  [\n    id 0\n    name \"Myriel\"\n    sector \"academia\"\n  ]\n"
                         "  node\n  [\n    id 1\n    name \"Napol&#233;on\"\n    sector \"government\"\n"
                         "    graphics [ x 1.5 y 2.0 ]\n  ]\n"
                         "  edge\n  [\n    source 1\n    target 0\n    value 1\n  ]\n]\n";
    LoadResult r = read_gml_text(igraph, "lesmis.gml");
    REQUIRE(r.network.actors.size() == 2);
    CHECK(r.network.actors[1].id == "Napoléon");
    CHECK(r.network.ties.at(0).weight == 1.0);
    CHECK(r.network.actors.at(r.network.ties.at(0).source).id == "Napoléon");
    CHECK(messages(r.warnings) == lines({"lesmis.gml:17:5: warning: node graphics (positions, colours) are not kept"}));

    // NetworkX: the node key in "label"; a directed graph.
    const char* nx = "graph [\n  directed 1\n  name \"kite\"\n  node [\n    id 0\n    label \"a\"\n    sector \"industry\"\n"
                     "    size 2.5\n  ]\n  node [\n    id 1\n    label \"b\"\n    sector \"finance\"\n  ]\n"
                     "  edge [\n    source 1\n    target 0\n    weight 0.5\n    type \"loan\"\n    year 2014\n  ]\n]\n";
    LoadResult k = read_gml_text(nx, "kite.gml");
    CHECK(k.network.name == "kite");
    CHECK(k.network.actors[0].attributes.to_json() == nlohmann::json{{"size", 2.5}});
    const Tie& t = k.network.ties.at(0);
    CHECK(t.directed);
    CHECK(t.type == "loan");
    CHECK(t.year == 2014);
    CHECK(k.network.actors[t.source].id == "b");
}

TEST_CASE("GML syntax errors say where and what") {
    CHECK_THROWS_WITH_AS(read_gml_text("graph [\n  node [ id 1 label \"a ]\n]\n", "u.gml"),
                         "u.gml:2:21: error: malformed GML: unterminated string; add the closing '\"' (write a quote inside a string as &quot;)",
                         ParseError);
    CHECK_THROWS_WITH_AS(read_gml_text("graph [\n  node [ id 1 label \"a\" ]\n", "o.gml"),
                         "o.gml:1:7: error: malformed GML: the list opened here is not closed; add the missing ']'", ParseError);
    CHECK_THROWS_WITH_AS(read_gml_text("graph [ node [ id 1 sector industry ] ]", "w.gml"),
                         "w.gml:1:28: error: malformed GML: value 'industry' of key 'sector' is not a number, a \"string\" or a "
                         "[list]; quote strings",
                         ParseError);
}

TEST_CASE("Pajek: vertices with coordinates and parameters, *Arcs, *Edges, *Edgeslist, relations") {
    const char* net = "% a comment\n*Network test\n*Vertices 4\n1 \"Tohoku U\" 0.1 0.2 0.5 ic Red\n2 \"Sendai Bank\"\n"
                      "3 \"Miyagi\" 0.0 0.0 ellipse sector government employees 120\n"
                      "*Arcs :1 \"funding\"\n2 1 5\n*Edges\n1 3 2.5 l \"council\"\n*Edgeslist\n4 1 2\n";
    ImportOptions o;
    o.default_sector = "academia";
    LoadResult r = read_pajek_text(net, "t.net", o);
    const Network& n = r.network;
    CHECK(n.name == "test");
    REQUIRE(n.actors.size() == 4);
    CHECK(n.actors[0].id == "Tohoku U");
    CHECK(n.actors[2].sector == "government");
    CHECK(n.actors[2].attributes.to_json() == nlohmann::json{{"employees", 120}});
    CHECK(n.actors[3].id == "4");  // a vertex without a line is named by its number
    REQUIRE(n.ties.size() == 4);
    CHECK(n.ties[0].directed);
    CHECK(n.ties[0].type == "funding");
    CHECK(n.ties[0].weight == 5);
    CHECK(n.ties[1].type == "council");
    CHECK_FALSE(n.ties[1].directed);
    CHECK(n.ties[3].type == "tie");
    CHECK(messages(r.warnings) ==
          lines({"t.net:4:22: warning: vertex coordinates are not kept",
                                   "t.net:4:26: warning: Pajek drawing parameters of vertices (ic ...) are not kept"}));
    CHECK_THROWS_WITH_AS(read_pajek_text("*Vertices 2\n*Edges\n1 3\n", "r.net", o),
                         "r.net:3:3: error: vertex '3' is not a number between 1 and 2", ValidationError);
}

TEST_CASE("edge lists: comments, blanks or commas or tabs, an optional header and weight") {
    ImportOptions o;
    o.default_sector = "academia";
    LoadResult r = read_edge_list_text("# SNAP style\n# FromNodeId\tToNodeId\n1\t2\n2\t3\n2\t1\n", "snap.txt", o);
    CHECK(r.network.actors.size() == 3);
    CHECK(r.network.ties.size() == 3);
    CHECK(messages(r.warnings) ==
          lines({"snap.txt:5:1: warning: 1 tie repeats an earlier tie (same two actors, type and year): line 5 repeats line 3. "
                 "Each pair is one edge whose weight is the sum, so its strength counts every copy (a file that lists each "
                 "undirected tie in both directions doubles every weight); remove the copies, or give distinct ties distinct types"}));
    LoadResult c = read_edge_list_text("source,target,weight,year\nMedici,Strozzi,2.5,1430\nMedici,Albizzi,,\n", "f.csv", o);
    REQUIRE(c.network.ties.size() == 2);
    CHECK(c.network.ties[0].weight == 2.5);
    CHECK(c.network.ties[0].year == 1430);
    CHECK(c.network.ties[1].weight == 1);
    CHECK_THROWS_WITH_AS(read_edge_list_text("a b\n", "e.txt"),
                         "e.txt:1:1: error: node 'a' has no 'sector' attribute (and 1 other node); this edge list has no attributes "
                         "to take a sector from: give every actor one with --default-sector SECTOR",
                         ValidationError);
    CHECK_THROWS_WITH_AS(read_edge_list_text("a b heavy\n", "w.txt", o),
                         "w.txt:1:5: error: weight 'heavy' of the edge 'a' - 'b' is not a number; weights must be finite numbers >= 0",
                         ValidationError);
}

TEST_CASE("DOT through Graphviz's parser: digraph with undirected ties, attributes, subgraphs") {
    const char* dot = "digraph G {\n  node [shape=box];\n  a [label=\"A Corp\", sector=industry, employees=12];\n"
                      "  subgraph cluster_x { b [sector=academia]; }\n  a -> b [type=funding, weight=3];\n"
                      "  b -> a [dir=none, type=joint_research];\n}\n";
    LoadResult r = read_dot_text(dot, "g.dot");
    REQUIRE(r.network.actors.size() == 2);
    CHECK(r.network.actors[0].name == "A Corp");
    CHECK(r.network.actors[0].attributes.to_json() == nlohmann::json{{"employees", "12"}});
    REQUIRE(r.network.ties.size() == 2);
    CHECK(r.network.ties[0].directed);
    CHECK(r.network.ties[0].weight == 3);
    CHECK_FALSE(r.network.ties[1].directed);
    CHECK_THROWS_WITH_AS(read_dot_text("graph {\n a -- ;\n}\n", "s.dot"),
                         "s.dot:2: error: malformed DOT: syntax error in line 2 near ';'; check the syntax with 'dot -Tsvg' on the file",
                         ParseError);
}

TEST_CASE("formats are recognised by extension and by content") {
    CHECK(format_from_extension("a/b.GraphML") == Format::graphml);
    CHECK(format_from_extension("x.net") == Format::pajek);
    CHECK(format_from_extension("x.txt") == Format::edge_list);
    CHECK_FALSE(format_from_extension("x.xml").has_value());
    CHECK(sniff_format("\xEF\xBB\xBF  {\"actors\": []}") == Format::json);
    CHECK(sniff_format("<?xml version=\"1.0\"?>\n<!-- x -->\n<graphml>") == Format::graphml);
    CHECK(sniff_format("<?xml version=\"1.0\"?><gexf version=\"1.3\">") == Format::gexf);
    CHECK(sniff_format("% Pajek\n*Vertices 3\n") == Format::pajek);
    CHECK(sniff_format("Creator \"igraph\"\nVersion 1\ngraph\n[\n") == Format::gml);
    CHECK(sniff_format("graph [ node [ id 1 ] ]") == Format::gml);
    CHECK(sniff_format("strict digraph { a -> b }") == Format::dot);
    CHECK(sniff_format("// c\ngraph G { a -- b }") == Format::dot);
    CHECK(sniff_format("# comment\n1 2\n") == Format::edge_list);
    CHECK_FALSE(sniff_format("hello").has_value());
    CHECK(parse_format("NET") == Format::pajek);
    CHECK_FALSE(parse_format("xls").has_value());
}

TEST_CASE("load_network follows the content when the extension disagrees, and says so") {
    fs::path dir = fs::temp_directory_path() / ("ecosys-formats-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::path p = dir / "really-json.graphml";
    std::ofstream(p) << R"({"actors": [{"id": "a", "sector": "industry"}]})";
    LoadResult r = load_network(p, ImportOptions{});
    CHECK(r.network.actors.size() == 1);
    CHECK(messages(r.warnings) == lines({
                                      p.generic_string() + ": warning: the extension '.graphml' says GraphML but the content is JSON; "
                                                           "it is read as JSON (--input-format chooses)"}));
    ImportOptions mapping;
    mapping.sector_attr = "type";
    CHECK_THROWS_WITH_AS(load_network(p, mapping),
                         "--id-attr, --name-attr, --sector-attr, --region-attr, --type-attr, --weight-attr, --sector-map and "
                         "--default-sector apply to GraphML, GEXF, GML, Pajek, edge lists and DOT, not to JSON, whose actors name "
                         "their sector in the \"sector\" field (docs/network-format.md)",
                         UsageError);
    fs::path q = dir / "mystery";
    std::ofstream(q) << "hello";
    CHECK_THROWS_WITH_AS(load_network(q, ImportOptions{}),
                         (q.generic_string() + ": error: cannot tell the format from the file's name or content; give "
                                               "--input-format with one of json, csv, graphml, gexf, gml, pajek, edgelist or dot")
                             .c_str(),
                         InputError);
    fs::remove_all(dir);
}
