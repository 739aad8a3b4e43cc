// Every reader of the exchange formats refuses a cut-off file with an InputError
// (never a crash, a hang or another exception): each file that the round-trip
// tests write is read back cut at many points.

#include <doctest/doctest.h>

#include <functional>
#include <sstream>

#include "ecosys/io/dot.hpp"
#include "ecosys/io/edge_list.hpp"
#include "ecosys/io/gexf.hpp"
#include "ecosys/io/gml.hpp"
#include "ecosys/io/graphml.hpp"
#include "ecosys/io/pajek.hpp"
#include "ecosys/io/reader.hpp"

using namespace ecosys;

TEST_CASE("cut-off files of every format are refused with an InputError or read, never anything else") {
    Network net = load_network(std::string(ECOSYS_NETWORKS_DIR) + "/zachary-karate-club.json").network;
    ImportOptions options, plain;  // Pajek and edge lists carry no sectors
    plain.default_sector = "industry";
    using Reader = std::function<LoadResult(std::string_view)>;
    std::ostringstream graphml, gexf, gml, pajek, dot;
    write_graphml(net, graphml, "k.graphml");
    write_gexf(net, gexf, "k.gexf");
    write_gml(net, gml, "k.gml");
    write_pajek(net, pajek, "k.net");
    write_dot(net, dot, "k.dot");
    const std::vector<std::pair<std::string, Reader>> cases = {
        {graphml.str(), [&](std::string_view t) { return read_graphml_text(t, "k.graphml", options); }},
        {gexf.str(), [&](std::string_view t) { return read_gexf_text(t, "k.gexf", options); }},
        {gml.str(), [&](std::string_view t) { return read_gml_text(t, "k.gml", options); }},
        {pajek.str(), [&](std::string_view t) { return read_pajek_text(t, "k.net", plain); }},
        {dot.str(), [&](std::string_view t) { return read_dot_text(t, "k.dot", options); }},
        {pajek.str(), [&](std::string_view t) { return read_edge_list_text(t, "k.txt", plain); }},
    };
    int refused = 0, read = 0;
    for (const auto& [text, reader] : cases) {
        for (std::size_t cut = 0; cut < text.size(); cut += 1 + cut / 7) {
            CAPTURE(cut);
            try {
                reader(std::string_view(text).substr(0, cut));
                ++read;
            } catch (const InputError&) {
                ++refused;
            }
        }
    }
    CHECK(refused > 100);
    CHECK(read > 0);  // e.g. a Pajek file cut after some edges is still a network
}
