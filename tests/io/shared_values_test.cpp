// Memory and time the file size does not bound (docs/robustness.md, "Second pass"):
// attribute values shared, defaults held once and limited, long DOT tokens read in
// linear time with the values Graphviz itself would give.

#include <doctest/doctest.h>

#include <string>

#include "ecosys/error.hpp"
#include "ecosys/io/dot.hpp"
#include "ecosys/io/graphml.hpp"
#include "ecosys/io/import_options.hpp"
#include "ecosys/model/attributes.hpp"
#include "io/dot_long_tokens.hpp"
#include "io/industry_options.hpp"
#include "io/refusal.hpp"
#include "util/table.hpp"

using namespace ecosys;

using test::industry;

TEST_CASE("attributes keep key order, replace on set, and tell 1 from 1.0 and 0.0 from -0.0") {
    auto pool = std::make_shared<AttributePool>();
    Attributes a(pool);
    a.set_held(pool->key("b"), pool->value(nlohmann::json(1)));
    a.set_held(pool->key("a"), pool->value(nlohmann::json(1.0)));
    a.set_held(pool->key("c"), pool->value(nlohmann::json(-0.0)));
    a.set_held(pool->key("d"), pool->value(nlohmann::json(0.0)));
    a.set_held(pool->key("b"), pool->value(nlohmann::json(2)));
    CHECK(a.to_json().dump() == R"({"a":1.0,"b":2,"c":-0.0,"d":0.0})");
    // Equal scalars of one type are held once.
    CHECK(pool->value(nlohmann::json("x")) == pool->value(nlohmann::json("x")));
    CHECK(pool->value(nlohmann::json(1)) != pool->value(nlohmann::json(1.0)));
    // set() on attributes whose pool other actors share moves them to a pool of their own.
    Attributes b = a;
    b.set("e", "new");
    CHECK(b.pool() != a.pool());
    CHECK(a.size() == 4);
    CHECK(b.to_json().dump() == R"({"a":1.0,"b":2,"c":-0.0,"d":0.0,"e":"new"})");
    CHECK_THROWS_AS((void)a.at("e"), std::out_of_range);
}

TEST_CASE("a DOT or GraphML default is held once for all the nodes that take it") {
    const std::string note(100000, 'x');
    std::string dot = "graph g {\n node [note=\"" + note + "\"];\n";
    for (int i = 0; i < 50; ++i) dot += " n" + std::to_string(i) + ";\n";
    dot += "}\n";
    const Network n = read_dot_text(dot, "d.dot", industry()).network;
    REQUIRE(n.actors.size() == 50);
    CHECK(n.actors[0].attributes.at("note") == note);
    CHECK(&n.actors[0].attributes.at("note") == &n.actors[49].attributes.at("note"));

    std::string graphml = R"(<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="n" for="node" attr.name="note" attr.type="string"><default>)" +
                          note + R"(</default></key><graph edgedefault="undirected">)";
    for (int i = 0; i < 50; ++i) graphml += "<node id=\"n" + std::to_string(i) + "\"/>";
    graphml += "</graph></graphml>";
    const Network g = read_graphml_text(graphml, "g.graphml", industry()).network;
    REQUIRE(g.actors.size() == 50);
    CHECK(&g.actors[0].attributes.at("note") == &g.actors[49].attributes.at("note"));
}

TEST_CASE("defaults that would add up to more than 64 MiB + 16 times the file are refused at the default") {
    // 1 MiB on 100 nodes: 100 MiB written out by any writer, from a file of 1 MiB.
    std::string graphml = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<key id=\"n\" for=\"node\" attr.name=\"note\" "
                          "attr.type=\"string\"><default>" +
                          std::string(1 << 20, 'x') + "</default></key><graph edgedefault=\"undirected\">\n";
    for (int i = 0; i < 100; ++i) graphml += "<node id=\"n" + std::to_string(i) + "\"/>";
    graphml += "</graph></graphml>";
    const std::string size = std::to_string(graphml.size());
    CHECK(test::refusal([&] { read_graphml_text(graphml, "g.graphml", industry()); }) ==
          "g.graphml:2:69: error: the values this GraphML file gives many nodes at once (defaults) add up to more than 80 "
          "MiB over the nodes that take them (64 MiB + 16 times the " +
              size +
              "-byte file), at node 'n80', whose 'note' is 1048576 bytes long; every writer would write them out for each "
              "node: give such values to fewer nodes, or shorten them");
}

TEST_CASE("long DOT tokens: the values Graphviz gives, its line numbers, a linear scan") {
    // Each piece as Graphviz reads it in a short string: \" is ", \\ stays, a backslash
    // before a line break removes both, \r and other bytes stay.
    const std::string piece = "ab\\\"c\\\\d\\\ne\\\rf\\ng<>{}[];#//-- é\n";
    const std::string short_dot = "graph g {\n a [v=\"" + piece + "\"];\n}\n";
    const std::string expected_piece = read_dot_text(short_dot, "s.dot", industry()).network.actors.at(0).attributes.at("v");
    std::string body;
    while (body.size() <= 3 * detail::DotLongTokens::long_token) body += piece;
    std::string expected;
    for (std::size_t i = 0; i < body.size() / piece.size(); ++i) expected += expected_piece;
    const std::string long_id(detail::DotLongTokens::long_token + 10, 'z');
    const std::string comment = "/*" + std::string(detail::DotLongTokens::long_token, '*') + "\n\n*/";
    const std::string dot = "graph \"" + std::string(5000, 'G') + "\" {\n " + comment + "\n a [v=\"" + body + "\", w=\"1\" + \"" + body +
                            "\"];\n " + long_id + " -- a;\n # " + std::string(5000, '#') + "\n}\n";
    REQUIRE(detail::DotLongTokens(dot, "l.dot").count() == 6);  // name, comment, v, w, id, # line
    const Network n = read_dot_text(dot, "l.dot", industry()).network;
    CHECK(n.name == std::string(5000, 'G'));
    CHECK(n.actors.at(0).attributes.at("v") == expected);
    CHECK(n.actors.at(0).attributes.at("w") == "1" + expected);  // concatenated with +
    CHECK(n.actors.at(1).id == long_id);

    // A syntax error after a long token spanning lines is reported at its line in the file
    // (Graphviz 2.42 does not count line breaks inside a short quoted string: it says 3).
    const std::string bad_long = "graph g {\n a [v=\"" + std::string(10000, 'v') + "\n\n\n\"];\n a -- ;\n}\n";
    CHECK(test::refusal([&] { read_dot_text(bad_long, "b.dot", industry()); }).substr(0, 10) == "b.dot:6: e");
    const std::string bad_comment = "graph g {\n /*" + std::string(10000, 'v') + "\n\n\n*/\n a -- ;\n}\n";
    CHECK(test::refusal([&] { read_dot_text(bad_comment, "b.dot", industry()); }).substr(0, 10) == "b.dot:6: e");

    // A file whose only long token is a comment.
    const std::string only_comment = "graph g {\n // " + std::string(10000, 'c') + "\n a -- b;\n}\n";
    const detail::DotLongTokens comment_only(only_comment, "c.dot");
    CHECK(comment_only.count() == 1);
    CHECK(comment_only.text() == "graph g {\n \n a -- b;\n}\n");
    CHECK(read_dot_text(only_comment, "c.dot", industry()).network.ties.size() == 1);

    // A number too long for the lexer is refused at its line.
    const std::string number = "graph g {\n\n a [v=" + std::string(5000, '7') + "];\n}\n";
    CHECK(test::refusal([&] { read_dot_text(number, "n.dot", industry()); }) ==
          "n.dot:3: error: malformed DOT: a number of 5000 characters; a number has at most 4096 (put long values in quotes)");
}

TEST_CASE("headings cut names of megabytes in one pass") {
    const std::string name = "α" + std::string(20 << 20, 'N') + "ω";
    const std::string cut = detail::title_text(name);
    CHECK(cut == "α" + std::string(58, 'N') + "…" + std::string(59, 'N') + "ω");
    CHECK(detail::shorten("short", 40) == "short");
}
