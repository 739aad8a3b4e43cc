// The SVG an analyst gets: parsed as XML and checked element by element.

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "ecosys/error.hpp"
#include "ecosys/io/reader.hpp"
#include "ecosys/render/diagram.hpp"
#include "ecosys/render/names.hpp"
#include "ecosys/render/renderer.hpp"
#include "model/shipped_network.hpp"
#include "render/mini_xml.hpp"

using ecosys::Actor;
using ecosys::Network;
using ecosys::Tie;
using ecosys::test::shipped_network;
using namespace ecosys::render;

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

/// NO-BREAK SPACE (the legend's spacing) as a plain space, ends trimmed.
std::string plain(std::string s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 2, "\xC2\xA0") == 0) {
            out += ' ';
            ++i;
        } else {
            out += s[i];
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    while (!out.empty() && out.front() == ' ') out.erase(out.begin());
    return out;
}

/// The node groups (<g class="node">) by id.
std::map<std::string, const mini_xml::Element*> node_groups(const mini_xml::Element& svg) {
    std::map<std::string, const mini_xml::Element*> out;
    for (const auto* g : svg.find_all([](const mini_xml::Element& e) { return e.name == "g" && e.attr("class") == "node"; })) {
        REQUIRE_MESSAGE(out.count(g->attr("id")) == 0, "two node elements with id " << g->attr("id"));
        out[g->attr("id")] = g;
    }
    return out;
}

/// Fill of the node's shape: its first ellipse or polygon (the label's white ground comes after).
std::string shape_fill(const mini_xml::Element& node) {
    for (const auto& child : node.children)
        if (child->name == "ellipse" || child->name == "polygon") return lower(child->attr("fill"));
    return "";
}

/// The label text of a node: its <text> elements, joined with "|" between lines.
std::string label_text(const mini_xml::Element& node) {
    std::string out;
    for (const auto* t : node.find_all("text")) out += (out.empty() ? "" : "|") + t->all_text();
    return out;
}

/// The legend item whose text (nbsp as space, trimmed) is `text`: the text element and
/// the marker drawn just before it.
struct LegendHit {
    std::string marker;
    std::string marker_fill;
};
std::optional<LegendHit> legend_item(const mini_xml::Element& svg, const std::string& text) {
    auto texts = svg.find_all("text");
    for (std::size_t i = 1; i < texts.size(); ++i)
        if (plain(texts[i]->all_text()) == text) return LegendHit{texts[i - 1]->all_text(), lower(texts[i - 1]->attr("fill"))};
    return std::nullopt;
}

}  // namespace

TEST_CASE("karate club: one node element per actor, with its id, sector colour, label and tooltip") {
    Network net = shipped_network("zachary-karate-club.json");
    Diagram d = network_diagram(net);
    Rendered out = render(d, Format::svg);
    auto svg = mini_xml::parse(out.data);
    REQUIRE(svg->name == "svg");

    auto nodes = node_groups(*svg);
    CHECK(nodes.size() == 34);
    for (const Actor& a : net.actors) {
        INFO("actor " << a.id);
        auto it = nodes.find(element_id("actor", a.id));
        REQUIRE(it != nodes.end());
        // Declared colours: Mr Hi's faction #0072B2, John A's faction #D55E00.
        CHECK(shape_fill(*it->second) == (a.sector == "mr_hi_faction" ? "#0072b2" : "#d55e00"));
        CHECK(label_text(*it->second) == a.name);  // 34 actors: every one labelled
    }
    CHECK(nodes.count("actor-Mr_20Hi") == 1);
    CHECK(nodes.count("actor-John_20A") == 1);

    // Tooltips: name, id, sector label, region name and the main metrics (degree 16,
    // normalised betweenness 0.4376 and PageRank 0.0970 for Mr Hi, as NetworkX gives).
    const std::pair<const char*, const char*> tooltips[] = {
        {"actor-Mr_20Hi",
         "Mr Hi\n"
         "id Mr Hi · Mr Hi's faction · Mr Hi's club (after the split)\n"
         "degree 16 · betweenness 0.438 · PageRank 0.097"},
        {"actor-John_20A",
         "John A\n"
         "id John A · John A's faction (officers) · Officers' club (after the split)\n"
         "degree 17 · betweenness 0.304 · PageRank 0.101"}};
    // (A pair, not a structured binding: Clang 14 cannot capture a binding in INFO's lambda.)
    for (const auto& pair : tooltips) {
        const char* const node = pair.first;
        INFO("node " << node);
        const mini_xml::Element* title = nodes.at(node)->child("title");
        REQUIRE(title);
        CHECK(title->text == pair.second);
    }

    // Title: the graph's <title> and the bold heading.
    const mini_xml::Element* graph = svg->find_all([](const mini_xml::Element& e) { return e.attr("class") == "graph"; }).at(0);
    CHECK(graph->child("title")->text == "Zachary's karate club (Zachary 1977, weighted)");
    auto bold = svg->find_all([](const mini_xml::Element& e) { return e.name == "text" && e.attr("font-weight") == "bold"; });
    REQUIRE(!bold.empty());
    CHECK(bold[0]->all_text() == "Zachary's karate club (Zachary 1977, weighted)");
    CHECK(bold[0]->attr("font-family").find("Noto Sans CJK JP") != std::string::npos);
    auto figures = svg->find_all([](const mini_xml::Element& e) { return e.name == "text" && e.all_text() == "34 actors · 78 ties · density 0.139"; });
    CHECK(figures.size() == 1);

    // Legend: each sector with its colour and shape marker and its count, the tie type.
    auto hi_faction = legend_item(*svg, "Mr Hi's faction 16");
    REQUIRE(hi_faction);
    CHECK(hi_faction->marker == "●");
    CHECK(hi_faction->marker_fill == "#0072b2");
    auto officers = legend_item(*svg, "John A's faction (officers) 18");
    REQUIRE(officers);
    CHECK(officers->marker == "■");
    CHECK(officers->marker_fill == "#d55e00");
    auto interaction = legend_item(*svg, "interaction 78");
    REQUIRE(interaction);
    CHECK(interaction->marker == "━━━");

    // One line per tied pair (78), each with an id and a tooltip naming both ends.
    auto edges = svg->find_all([](const mini_xml::Element& e) { return e.name == "g" && e.attr("class") == "edge"; });
    CHECK(edges.size() == 78);
    std::set<std::string> edge_ids;
    for (const auto* e : edges) edge_ids.insert(e->attr("id"));
    CHECK(edge_ids.size() == 78);
    CHECK(edge_ids.count("tie-1") == 1);
}

TEST_CASE("the same input renders byte for byte the same, in every format") {
    Network net = shipped_network("japan-innovation.json");
    for (Format f : {Format::svg, Format::dot, Format::png, Format::pdf}) {
        INFO("format " << to_string(f));
        Rendered a = render(region_diagram(net, "okinawa"), f);
        Rendered b = render(region_diagram(net, "okinawa"), f);
        CHECK(!a.data.empty());
        if (f == Format::pdf) continue;  // cairo stamps a creation date into PDFs
        CHECK(a.data == b.data);
    }
    Rendered grouped_a = render(network_diagram(net, {.group_by = GroupBy::region}), Format::svg);
    Rendered grouped_b = render(network_diagram(net, {.group_by = GroupBy::region}), Format::svg);
    CHECK(grouped_a.data == grouped_b.data);
}

TEST_CASE("png and pdf come out of the cairo renderer, with their magic numbers") {
    Network net = shipped_network("florentine-families.json");
    Diagram d = network_diagram(net);
    std::string png = render(d, Format::png).data;
    std::string pdf = render(d, Format::pdf).data;
    REQUIRE(png.size() > 8);
    CHECK(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
    CHECK(pdf.substr(0, 5) == "%PDF-");
    std::string dot = render(d, Format::dot).data;
    CHECK(dot.rfind("graph ecosys {", 0) == 0);
    CHECK(dot.find("id=\"actor-Medici\"") != std::string::npos);
    CHECK(dot.find("pos=") != std::string::npos);  // laid out
}

TEST_CASE("Japanese names and region names reach the SVG as UTF-8 text with a CJK font") {
    Network net = shipped_network("japan-innovation.json");
    Rendered out = render(region_diagram(net, "tohoku"), Format::svg);
    auto svg = mini_xml::parse(out.data);
    auto bold = svg->find_all([](const mini_xml::Element& e) { return e.name == "text" && e.attr("font-weight") == "bold"; });
    REQUIRE(!bold.empty());
    CHECK(bold[0]->all_text() == "東北 Tohoku");
    auto nodes = node_groups(*svg);
    CHECK(nodes.size() == 40);
    const auto* u1 = nodes.at("actor-tohoku-u1");
    CHECK(shape_fill(*u1) == "#0072b2");
    CHECK(u1->child("title")->text.rfind("青嶺大学 Seirei University\nid tohoku-u1 · Academia 学 · 東北 Tohoku\nuniversity\n", 0) == 0);
    CHECK(label_text(*u1) == "青嶺大学 Seirei|University");
    for (const auto* t : u1->find_all("text")) CHECK(t->attr("font-family").rfind("Noto Sans CJK JP,", 0) == 0);
    for (const auto& [id, g] : nodes) {
        std::string fill = shape_fill(*g);
        CHECK((fill == "#e69f00" || fill == "#0072b2" || fill == "#009e73" || fill == "#cc79a7"));
    }
}

namespace {

Actor hostile(const std::string& id, const std::string& name, const std::string& region = "r\"1") {
    Actor a;
    a.id = id;
    a.name = name;
    a.sector = "industry";
    a.region = region;
    return a;
}

Network hostile_network() {
    Network net;
    net.name = "Hostile <names> & \"quotes\" \\N";
    net.regions = {{"r\"1", "Region <1> & \\G \"r\"", "", true}, {"other", "Other", "", true}};
    net.actors = {
        hostile("q\"id", "a \"quoted\" name"),
        hostile("back\\slash", "back\\slash \\N \\G \\L"),
        hostile("amp", "<b>bold</b> & co"),
        hostile("nl", "line1\nline2"),
        hostile("html", "<<b>x</b>>"),
        hostile("script", "</svg><script>alert(1)</script>"),
        hostile("entity", "&amp; &#60; &lt;"),
        hostile("ctrl", "bell\x07"),
        hostile("a_b", "under_score"),
        hostile("a b", "日本語 名前"),
        hostile("<id>", "]]> --> <!--"),
        hostile("out", "outsider", "other"),
    };
    auto tie = [](std::size_t a, std::size_t b, std::string type) {
        Tie t;
        t.source = a;
        t.target = b;
        t.type = std::move(type);
        return t;
    };
    net.ties = {tie(0, 1, "type\"<&>\\N"), tie(1, 2, "joint_research"), tie(2, 3, "x"), tie(4, 5, "x"),
                tie(5, 6, "x"),            tie(6, 7, "x"),              tie(8, 9, "x"), tie(9, 10, "x"),
                tie(10, 0, "x"),           tie(3, 11, "x")};
    net.index();
    return net;
}

}  // namespace

TEST_CASE("hostile names appear literally and harmlessly: no broken XML, no markup, no script") {
    Network net = hostile_network();
    for (bool region : {false, true}) {
        INFO("region diagram: " << region);
        Diagram d = region ? region_diagram(net, "r\"1") : network_diagram(net);
        Rendered out = render(d, Format::svg);
        CHECK(out.warnings.empty());
        std::unique_ptr<mini_xml::Element> svg;
        REQUIRE_NOTHROW(svg = mini_xml::parse(out.data));
        CHECK(svg->find_all("script").empty());
        CHECK(svg->find_all("b").empty());
        CHECK(out.data.find("<script") == std::string::npos);

        auto nodes = node_groups(*svg);
        CHECK(nodes.size() == (region ? 11u : 12u));
        const std::map<std::string, std::string> expected_labels = {
            {"q\"id", "a \"quoted\" name"},
            {"back\\slash", "back\\slash \\N \\G \\L"},
            {"amp", "<b>bold</b> & co"},
            {"nl", "line1|line2"},
            {"html", "<<b>x</b>>"},
            {"script", "</svg><script>alert(1)|</script>"},
            {"entity", "&amp; &#60; &lt;"},
            {"ctrl", "bell\\x07"},
            {"a_b", "under_score"},
            {"a b", "日本語 名前"},
            {"<id>", "]]> --> <!--"},
        };
        for (const auto& [id, label] : expected_labels) {
            const std::string& actor = id;  // INFO is a lambda; clang 14 cannot capture a binding
            INFO("actor " << actor);
            auto it = nodes.find(element_id("actor", id));
            REQUIRE(it != nodes.end());
            CHECK(label_text(*it->second) == label);
            CHECK(shape_fill(*it->second) == "#e69f00");  // nobody's drawing changed
            const Actor& a = net.actors[*net.find_actor(id)];
            std::string expected_title = (id == "ctrl" ? std::string("bell\\x07") : a.name) + "\nid " + id + " · Industry 産 · ";
            CHECK(it->second->child("title")->text.rfind(expected_title, 0) == 0);
        }
        CHECK(nodes.count("actor-q_22id") == 1);
        CHECK(nodes.count("actor-back_5Cslash") == 1);
        CHECK(nodes.count("actor-a_5Fb") == 1);
        CHECK(nodes.count("actor-a_20b") == 1);
        CHECK(nodes.count("actor-_3Cid_3E") == 1);

        auto bold = svg->find_all([](const mini_xml::Element& e) { return e.name == "text" && e.attr("font-weight") == "bold"; });
        REQUIRE(!bold.empty());
        CHECK(bold[0]->all_text() == (region ? "Region <1> & \\G \"r\"" : "Hostile <names> & \"quotes\" \\N"));
        const auto* graph = svg->find_all([](const mini_xml::Element& e) { return e.attr("class") == "graph"; }).at(0);
        CHECK(graph->child("title")->text == (region ? "Region <1> & \\G \"r\"" : "Hostile <names> & \"quotes\" \\N"));
        auto type_entry = legend_item(*svg, "type\"<&>\\N 1");
        CHECK(type_entry.has_value());
    }
}

TEST_CASE("hostile names in DOT output stay inside escaped HTML labels") {
    Network net = hostile_network();
    std::string dot = render(network_diagram(net), Format::dot).data;
    // Node names are the encoded ids; user text appears only HTML-escaped, backslashes doubled.
    CHECK(dot.find("\"actor-q_22id\"") != std::string::npos);
    CHECK(dot.find("a &quot;quoted&quot; name") != std::string::npos);
    CHECK(dot.find("back\\\\slash \\\\N \\\\G \\\\L") != std::string::npos);
    CHECK(dot.find("&lt;/svg&gt;&lt;script&gt;") != std::string::npos);
    CHECK(dot.find("<script") == std::string::npos);
    CHECK(dot.find("a \"quoted\"") == std::string::npos);
}

TEST_CASE("the overview SVG: a shape per region in its dominant sector's colour, its name beside it, summed lines between regions") {
    Network net = shipped_network("japan-innovation.json");
    Diagram d = overview_diagram(net);
    Rendered out = render(d, Format::svg);
    auto svg = mini_xml::parse(out.data);
    auto nodes = node_groups(*svg);
    CHECK(nodes.size() == 12);
    for (const std::string& region : net.populated_regions()) CHECK(nodes.count(element_id("region", region)) == 1);
    // Kanto: 60 actors, 47 of them industry: an orange square with "関東 Kanto", "60 actors"
    // and the sector mix next to it (geometry_test.cpp checks where).
    const auto* kanto = nodes.at("region-kanto");
    CHECK(shape_fill(*kanto) == "#e69f00");
    CHECK(kanto->find_all("polygon").at(0)->attr("points").size() > 0);
    auto texts = kanto->find_all("text");
    REQUIRE(texts.size() >= 3);
    CHECK(texts[0]->all_text() == "関東 Kanto");
    CHECK(texts[1]->all_text() == "60 actors");
    CHECK(texts[2]->all_text() == "■");
    CHECK(lower(texts[2]->attr("fill")) == "#e69f00");
    CHECK(kanto->child("title")->text.rfind("関東 Kanto\nid kanto · 60 actors\nIndustry 産 47 · Academia 学 5 · Government 官 5 · Finance 金 3\n", 0) == 0);
    // National: MEXT, METI, MAFF and JST: a green triangle (a polygon of three corners and the closing point).
    const auto* national = nodes.at("region-national");
    CHECK(shape_fill(*national) == "#009e73");
    const std::string corners = national->find_all("polygon").at(0)->attr("points");
    CHECK(std::count(corners.begin(), corners.end(), ' ') == 3);
    // One line per pair of regions with ties between them, labelled with the count.
    auto links = svg->find_all([](const mini_xml::Element& e) { return e.name == "g" && e.attr("class") == "edge"; });
    CHECK(links.size() == d.edges.size());
    auto total = [](const Diagram& diagram) {
        std::size_t sum = 0;
        for (const DiagramEdge& e : diagram.edges) sum += static_cast<std::size_t>(e.weight);
        return sum;
    };
    // The file's 143 ties across regions (networks/README.md) and, by default, the 38
    // pairs of participants of one project who are in different regions.
    CHECK(total(d) == 181);
    auto figures = svg->find_all([](const mini_xml::Element& e) {
        return e.name == "text" && e.all_text() == "Regions and the ties between them: 12 regions · 381 actors · 181 ties across regions";
    });
    CHECK(figures.size() == 1);
    DiagramOptions ties_only;
    ties_only.analysis.graph.projects = false;
    CHECK(total(overview_diagram(net, ties_only)) == 143);
}
