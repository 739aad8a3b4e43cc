// Second hardening pass (docs/robustness.md): one rule for sector colours in every
// format, one JSON entry point for JSON embedded in other formats, DOT files read whole
// or refused, controls shown visibly in tables for people.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "ecosys/error.hpp"
#include "ecosys/io/dot.hpp"
#include "ecosys/io/edge_list.hpp"
#include "ecosys/io/gml.hpp"
#include "ecosys/io/graphml.hpp"
#include "ecosys/io/import_options.hpp"
#include "ecosys/io/reader.hpp"
#include "ecosys/model/sector_style.hpp"
#include "io/refusal.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

using namespace ecosys;

namespace {

/// The messages of the error a reader throws, each ending in a line break.
template <typename Read>
std::string messages_of(Read read) {
    return test::refusal(read) + "\n";
}

/// The first of those lines, with its line break.
std::string first_line(const std::string& messages) { return messages.substr(0, messages.find('\n') + 1); }

}  // namespace

TEST_CASE("the one sector colour rule") {
    CHECK(is_sector_color(""));
    CHECK(is_sector_color("#0072b2"));
    CHECK(is_sector_color("#0072B2"));
    for (const char* bad : {":", "a;b", "red", "#12345", "#1234567", "#12345g", "\">x</FONT>", "red:blue", "#FF0000;0.5"})
        CHECK_FALSE(is_sector_color(bad));
}

TEST_CASE("a colour Graphviz would misread is refused in every format, where it is") {
    // JSON
    CHECK(messages_of([] {
              static_cast<void>(read_json_network_text(
                  R"({"sectors": [{"id": "industry", "color": "a;b"}], "actors": [{"id": "a", "sector": "industry"}]})", "n.json"));
          }) == "n.json:1:42: error: the colour of sector 'industry' is 'a;b'; expected #RRGGBB, e.g. '#0072B2'\n");
    // GraphML (ecosys_sectors)
    const std::string graphml = R"(<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="g" for="graph" attr.name="ecosys_sectors" attr.type="string"/>
  <key id="s" for="node" attr.name="sector" attr.type="string"/>
  <graph edgedefault="undirected">
    <data key="g">[{"id":"industry","color":":"}]</data>
    <node id="a"><data key="s">industry</data></node>
  </graph>
</graphml>
)";
    CHECK(messages_of([&] { static_cast<void>(read_graphml_text(graphml, "n.graphml")); }) ==
          "n.graphml:6:19: error: the colour of sector 'industry' is ':'; expected #RRGGBB, e.g. '#0072B2'\n");
    // DOT (ecosys_sectors)
    CHECK(messages_of([] {
              static_cast<void>(read_dot_text(
                  "graph g { ecosys_sectors=\"[{\\\"id\\\":\\\"industry\\\",\\\"color\\\":\\\"red:blue\\\"}]\"; a [sector=industry]; }",
                  "n.dot"));
          }) == "n.dot: error: the colour of sector 'industry' is 'red:blue'; expected #RRGGBB, e.g. '#0072B2'\n");
    // GML
    CHECK(messages_of([] {
              static_cast<void>(read_gml_text(
                  "graph [\n  ecosys [\n    sector [ id \"industry\" color \"a;b\" ]\n  ]\n  node [ id 1 sector \"industry\" ]\n]\n",
                  "n.gml"));
          }) == "n.gml:3:5: error: the colour of sector 'industry' is 'a;b'; expected #RRGGBB, e.g. '#0072B2'\n");
    // --sector-map
    CHECK(messages_of([] { static_cast<void>(read_sector_map("value,sector,color\nPRC,industry,red:blue\n", "map.csv")); }) ==
          "map.csv:2:14: error: the colour of sector 'industry' is 'red:blue'; expected #RRGGBB, e.g. '#0072B2'\n");
    // sectors.csv
    const auto folder = std::filesystem::temp_directory_path() / "ecosys_hardening_colour";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "sectors.csv") << "id,label,color\nindustry,Industry,a;b\n";
    std::ofstream(folder / "actors.csv") << "id,name,sector\na,A,industry\n";
    CHECK(messages_of([&] { static_cast<void>(read_csv_network(folder)); }) ==
          (folder / "sectors.csv").string() + ":2:19: error: the colour of sector 'industry' is 'a;b'; expected #RRGGBB, e.g. '#0072B2'\n");
    std::filesystem::remove_all(folder);
}

TEST_CASE("a network built in code with a bad colour is drawn with a palette colour") {
    Network net;
    net.sectors = {Sector{"industry", "Industry", "a;b"}, Sector{"other", "Other", ":"}};
    const SectorStyles styles(net);
    CHECK(styles.sector("industry").color == "#E69F00");  // the default of industry
    CHECK(is_sector_color(styles.sector("other").color));
}

TEST_CASE("JSON embedded in GraphML and DOT has the native reader's depth limit") {
    const std::string deep = std::string(60000, '[') + std::string(60000, ']');
    std::string dot_value;
    CHECK(first_line(messages_of([&] {
              static_cast<void>(read_dot_text("graph g { ecosys_sectors=\"" + deep + "\"; a; }", "deep.dot"));
          })) == "deep.dot: error: 'ecosys_sectors' does not hold valid JSON (JSON nested deeper than 64 levels); it is "
                "written by ecosys and should not be edited by hand\n");
    const std::string graphml = R"(<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="g" for="graph" attr.name="ecosys_regions" attr.type="string"/>
  <graph edgedefault="undirected">
    <data key="g">)" + deep + R"(</data>
  </graph>
</graphml>
)";
    CHECK(messages_of([&] { static_cast<void>(read_graphml_text(graphml, "deep.graphml")); }) ==
          "deep.graphml:5:19: error: 'ecosys_regions' does not hold valid JSON (JSON nested deeper than 64 levels); it "
          "is written by ecosys and should not be edited by hand\n");
    // The error path describes a bad item without dumping it.
    CHECK(first_line(messages_of([] {
              static_cast<void>(read_dot_text("graph g { ecosys_sectors=\"[[[[1]]]]\"; a; }", "item.dot"));
          })) == "item.dot: error: each sector declared by the file must be an object with an \"id\", got an array of 1 item\n");
}

TEST_CASE("a DOT file is read whole or refused with its place") {
    // Graphviz's parser runs out of stack on one statement of 3,000 actors and returns
    // the first 2,500 without ties; the file is refused, not read in part.
    std::string chain = "graph g {\n  node [sector=industry];\n  n0";
    for (int i = 1; i < 3000; ++i) chain += " -- n" + std::to_string(i);
    chain += ";\n}\n";
    const std::string message = messages_of([&] { static_cast<void>(read_dot_text(chain, "chain.dot")); });
    CHECK(message.rfind("chain.dot:3: error: malformed DOT: memory exhausted in line 3 near ", 0) == 0);
    CHECK(message.find("split long edge chains") != std::string::npos);
    // The same chain in statements of 1,000 is read whole.
    std::string split = "graph g {\n  node [sector=industry];\n";
    for (int part = 0; part < 3; ++part) {
        split += "  n" + std::to_string(part * 1000 == 0 ? 0 : part * 1000 - 1);
        for (int i = std::max(1, part * 1000); i < (part + 1) * 1000; ++i) split += " -- n" + std::to_string(i);
        split += ";\n";
    }
    split += "}\n";
    const LoadResult loaded = read_dot_text(split, "split.dot");
    CHECK(loaded.network.actors.size() == 3000);
    CHECK(loaded.network.ties.size() == 2999);

    CHECK(messages_of([] {
              static_cast<void>(read_dot_text("graph g { a [sector=industry]; }\ngraph h { b [sector=industry]; }\n", "two.dot"));
          }) == "two.dot: error: malformed DOT: a second graph 'h' follows the first; a DOT network file holds one graph; "
                "check the syntax with 'dot -Tsvg' on the file\n");
    CHECK(messages_of([] {
              static_cast<void>(read_dot_text("graph g { a [sector=industry]; }\ntrailing words\n", "tail.dot"));
          }) == "tail.dot:2: error: malformed DOT: text after the end of the graph: syntax error in line 2 near 'trailing'; "
                "check the syntax with 'dot -Tsvg' on the file\n");
    // Trailing blanks and comments are fine.
    CHECK(read_dot_text("graph g { a [sector=industry]; }\n  // done\n\n", "ok.dot").network.actors.size() == 1);
    // Braces in strings and comments do not end the graph early.
    const LoadResult braces =
        read_dot_text("graph g { a [sector=industry, label=\"x}y{\"]; /* } */ }\n/* after */ # too\n", "braces.dot", {});
    CHECK(braces.network.actors.at(0).name == "x}y{");
}

TEST_CASE("DOT: text after the graph that Graphviz says nothing of is refused, and no read leaves state behind") {
    // A string or HTML string left open after the graph ended Graphviz's second read
    // silently: the file was read as valid, and Graphviz's lexer stayed inside that string,
    // so every later file in the same process failed ("could not parse") and its string
    // buffer grew with each (the dot_reader fuzzer: a 2 GB allocation after 600,000 reads).
    const std::string ok = "graph g {\n  node [sector=industry];\n  a -- b;\n}\n";
    const std::string long_label = "graph g { a [sector=industry, label=\"" + std::string(20000, 'x') + "\"]; }\n";
    for (const char* tail : {"\"unterminated", "<html", "<a<b>", "/* open comment"}) {
        const std::string text = std::string("graph g { a [sector=industry]; }\n") + tail;
        const std::string message = messages_of([&] { static_cast<void>(read_dot_text(text, "tail.dot")); });
        CHECK_MESSAGE(message.rfind("tail.dot:2: error: malformed DOT: text after the end of the graph", 0) == 0, tail);
        // The next files read as they should.
        CHECK(read_dot_text(ok, "ok.dot").network.ties.size() == 1);
        CHECK(read_dot_text(long_label, "long.dot").network.actors.at(0).name == std::string(20000, 'x'));
    }
    // Errors inside the graph leave nothing behind either.
    for (const char* bad : {"graph g { a [label=\"open", "graph g { a [label=<x<b>y", "graph g { a [label=\"x\\"}) {
        CHECK_THROWS(read_dot_text(bad, "bad.dot"));
        CHECK(read_dot_text(ok, "ok.dot").network.ties.size() == 1);
    }
}

TEST_CASE("controls are shown visibly in text for people") {
    using detail::visible;
    CHECK(visible("plain 日本") == "plain 日本");
    CHECK(visible("visible\rHIDDEN") == "visible\\x0dHIDDEN");
    CHECK(visible("a\x1b[31mred") == "a\\x1b[31mred");
    CHECK(visible("bell\a back\b") == "bell\\x07 back\\x08");
    CHECK(visible("c1 \xC2\x9B x") == "c1 \\u009b x");                 // U+009B CSI
    CHECK(visible("abc\xE2\x80\xAEtxt.exe") == "abc\\u202etxt.exe");  // RIGHT-TO-LEFT OVERRIDE
    CHECK(visible("\xE2\x81\xA6x") == "\\u2066x");                     // LEFT-TO-RIGHT ISOLATE
    CHECK(visible("bad \xFF byte") == "bad \\xff byte");
    detail::TextTable table({"id", "name"});
    table.add({"a\rb", "x\xE2\x80\xAEy"});
    CHECK(table.str() == "id      name\na\\x0db  x\\u202ey\n");
    CHECK(detail::quote("visible\rHIDDEN") == "'visible\\x0dHIDDEN'");
}

TEST_CASE("GraphML groups are read at every depth") {
    // node g0 holds a graph holding node g1 ... down to 200 levels; an edge at the bottom.
    std::string xml = R"(<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="s" for="node" attr.name="sector" attr.type="string"/>
  <graph edgedefault="undirected">
)";
    const int depth = 200;
    for (int i = 0; i < depth; ++i) xml += "<node id=\"g" + std::to_string(i) + "\"><data key=\"s\">industry</data><graph>";
    xml += "<edge source=\"g0\" target=\"g" + std::to_string(depth - 1) + "\"/>";
    for (int i = 0; i < depth; ++i) xml += "</graph></node>";
    xml += "\n  </graph>\n</graphml>\n";
    const LoadResult loaded = read_graphml_text(xml, "deep.graphml");
    REQUIRE(loaded.network.actors.size() == depth);
    CHECK(loaded.network.actors.back().id == "g199");
    CHECK(loaded.network.ties.size() == 1);
}

TEST_CASE("CSV cells holding a list separator of any locale are quoted") {
    // A spreadsheet set to ';' would split 'Acme;=1+1' into 'Acme' and a formula.
    CHECK(detail::csv_field("Acme;=1+1") == "\"Acme;=1+1\"");
    CHECK(detail::csv_field("a\t=1+1") == "\"a\t=1+1\"");
    CHECK(detail::csv_field(" padded") == "\" padded\"");
    CHECK(detail::csv_field("plain") == "plain");
}

TEST_CASE("region parent cycles and names of only blanks are refused at validate") {
    CHECK(messages_of([] {
              static_cast<void>(read_json_network_text(R"({"regions": [{"id": "a", "parent": "b"}, {"id": "b", "parent": "a"}],
"actors": [{"id": "x", "sector": "industry", "region": "a"}]})", "cycle.json"));
          }) == "cycle.json:1:21: error: region parents form a cycle: 'a' -> 'b' -> 'a'; a region cannot lie inside itself\n");
    CHECK(messages_of([] {
              static_cast<void>(read_json_network_text(R"({"name": "  ", "regions": [{"id": "r", "name": " \t "}],
"actors": [{"id": "x", "sector": "industry", "region": "r"}]})", "blank.json"));
          }) == "blank.json: error: the network's name holds only blanks; give it a name or leave it out\n"
                "blank.json:1:35: error: the name of region 'r' holds only blanks; give it a name or leave it out\n");
}

TEST_CASE("weights whose sums would overflow are refused at read time, at the tie") {
    // Two parallel ties of 1e308 would give strength inf and PageRank NaN; one of 1e200
    // an eigenvector NaN (its square overflows).
    CHECK(messages_of([] {
              static_cast<void>(read_json_network_text(R"({"actors": [{"id": "a", "sector": "industry"}, {"id": "b", "sector": "academia"}],
"ties": [{"source": "a", "target": "b", "weight": 1e200}]})", "heavy.json"));
          }) == "heavy.json:2:10: error: the weights of the ties of actor 'a' add up to more than 1e150, the largest sum ecosys "
                "computes with; scale the weights down\n");
    const LoadResult ok = read_json_network_text(R"({"actors": [{"id": "a", "sector": "industry"}, {"id": "b", "sector": "academia"}],
"ties": [{"source": "a", "target": "b", "weight": 1e149}, {"source": "a", "target": "b", "weight": 1e149}]})", "ok.json");
    CHECK(ok.network.ties.size() == 2);
}

TEST_CASE("1e-400 is read as weight 0 and 1e400 refused, in every format alike") {
    const LoadResult json = read_json_network_text(R"({"actors": [{"id": "a", "sector": "industry"}, {"id": "b", "sector": "industry"}],
"ties": [{"source": "a", "target": "b", "weight": 1e-400}]})", "tiny.json");
    CHECK(json.network.ties.at(0).weight == 0.0);
    ImportOptions industry;
    industry.default_sector = "industry";
    CHECK(read_edge_list_text("a b 1e-400\n", "tiny.txt", industry).network.ties.at(0).weight == 0.0);
    const auto folder = std::filesystem::temp_directory_path() / "ecosys_hardening_tiny";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "actors.csv") << "id,sector\na,industry\nb,industry\n";
    std::ofstream(folder / "ties.csv") << "source,target,weight\na,b,1e-400\n";
    CHECK(read_csv_network(folder).network.ties.at(0).weight == 0.0);
    std::ofstream(folder / "ties.csv") << "source,target,weight\na,b,1e400\n";
    CHECK(first_line(messages_of([&] { static_cast<void>(read_csv_network(folder)); })) ==
          (folder / "ties.csv").string() + ":2:5: error: weight '1e400' is out of range; weights must be finite numbers >= 0\n");
    CHECK(first_line(messages_of([&] { static_cast<void>(read_edge_list_text("a b 1e400\n", "huge.txt", industry)); })).find(
              "huge.txt:1:5: error: weight inf is not a finite number") == 0);
    std::filesystem::remove_all(folder);
}

TEST_CASE("UTF-16 text and unknown XML entities are errors, not silent") {
    const std::string utf16be("\0<\0?\0x\0m\0l", 10);
    CHECK(messages_of([&] { static_cast<void>(read_graphml_text(utf16be, "u16.graphml")); }) ==
          "u16.graphml:1:1: error: the file is in UTF-16 or UTF-32, not UTF-8; save it as UTF-8\n");
    const std::string xxe = R"(<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="undirected"><node id="a&xxe;"/></graph>
</graphml>
)";
    CHECK(messages_of([&] { static_cast<void>(read_graphml_text(xxe, "xxe.graphml")); }) ==
          "xxe.graphml:3:46: error: unknown entity '&xxe;'; XML has only &amp; &lt; &gt; &quot; &apos; and numeric "
          "references (ecosys reads no DTD)\n");
}
