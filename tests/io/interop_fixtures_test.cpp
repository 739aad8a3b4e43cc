// Files that NetworkX 2.8 and igraph 0.10 wrote (tests/data/interop/, made by
// tests/interop/check_interop.py from the karate club and Florentine networks)
// read back with the same actors, sectors, ties and weights.

#include <doctest/doctest.h>

#include <filesystem>
#include <map>

#include "ecosys/io/import_options.hpp"
#include "ecosys/io/reader.hpp"

using namespace ecosys;
namespace fs = std::filesystem;

namespace {

const fs::path interop = fs::path(ECOSYS_TEST_DATA_DIR) / "interop";

ImportOptions karate_sectors() {
    ImportOptions o;
    o.sector_map = load_sector_map(interop / "karate-sectors.csv");
    return o;
}

/// Sector of every actor, and the total tie weight, of the shipped karate network.
struct Karate {
    std::map<std::string, std::string> sectors;
    double weight = 0;
};

Karate karate() {
    Karate k;
    Network n = load_network(fs::path(ECOSYS_NETWORKS_DIR) / "zachary-karate-club.json").network;
    for (const Actor& a : n.actors) k.sectors[a.id] = a.sector;
    for (const Tie& t : n.ties) k.weight += t.weight;
    return k;
}

void check_karate(const Network& n, bool with_sectors) {
    static const Karate want = karate();
    CHECK(n.actors.size() == 34);
    CHECK(n.ties.size() == 78);
    double weight = 0;
    for (const Tie& t : n.ties) {
        weight += t.weight;
        CHECK_FALSE(t.directed);
    }
    CHECK(weight == doctest::Approx(want.weight));
    if (!with_sectors) return;
    std::map<std::string, std::string> sectors;
    for (const Actor& a : n.actors) sectors[a.id] = a.sector;
    CHECK(sectors == want.sectors);
    REQUIRE(n.sectors.size() == 6);  // the four helices and the two factions of the sector map
    CHECK(n.sectors[4].label == "Mr Hi's faction");
}

}  // namespace

TEST_CASE("the karate club as NetworkX writes it: GraphML, GEXF, GML, Pajek, edge list") {
    REQUIRE_MESSAGE(fs::is_directory(interop), "fixtures missing: run /usr/bin/python3 tests/interop/check_interop.py --update-fixtures");
    for (const char* file : {"networkx-karate.graphml", "networkx-karate.gexf", "networkx-karate.gml", "networkx-karate.net"}) {
        CAPTURE(file);
        LoadResult r = load_network(interop / file, karate_sectors());
        check_karate(r.network, true);
        const Actor& hi = r.network.actors.at(*r.network.find_actor("Mr Hi"));
        CHECK(hi.region == "club-1");
        CHECK(hi.name == "Mr Hi");
    }
    // NetworkX writes integers into GraphML, GEXF and GML typed; Pajek drops them (with a warning of its own).
    LoadResult g = load_network(interop / "networkx-karate.graphml", karate_sectors());
    CHECK(g.network.actors[0].attributes.to_json() == nlohmann::json{{"zachary_index", 1}});
    CHECK(g.network.ties[0].type == "interaction");

    ImportOptions edges;
    edges.default_sector = "industry";
    check_karate(load_network(interop / "networkx-karate.tsv", edges).network, false);
}

TEST_CASE("a directed graph as NetworkX writes it: GraphML and GEXF") {
    for (const char* file : {"networkx-directed.graphml", "networkx-directed.gexf"}) {
        CAPTURE(file);
        LoadResult r = load_network(interop / file, ImportOptions{});
        REQUIRE(r.network.ties.size() == 4);
        for (const Tie& t : r.network.ties) {
            CHECK(t.directed);
            CHECK(t.type == "funding");
            CHECK(t.weight == 1.5);
        }
        CHECK(r.network.actors.at(*r.network.find_actor("a")).sector == "finance");
    }
}

TEST_CASE("the karate club as igraph writes it: GraphML (ids n0 ...), GML, Pajek, NCOL") {
    ImportOptions by_name = karate_sectors();
    by_name.id_attr = "name";
    check_karate(load_network(interop / "igraph-karate.graphml", by_name).network, true);
    // Without --id-attr the actors keep igraph's vertex ids and the name as name.
    LoadResult plain = load_network(interop / "igraph-karate.graphml", karate_sectors());
    CHECK(plain.network.actors[0].id == "n0");
    CHECK(plain.network.actors[0].name == "Mr Hi");

    check_karate(load_network(interop / "igraph-karate.gml", karate_sectors()).network, true);

    // igraph's Pajek has no vertex lines: the actors are numbered.
    ImportOptions plain_sector;
    plain_sector.default_sector = "industry";
    LoadResult pajek = load_network(interop / "igraph-karate.net", plain_sector);
    check_karate(pajek.network, false);
    CHECK(pajek.network.actors[0].id == "1");

    ImportOptions ncol = plain_sector;
    ncol.format = Format::edge_list;
    LoadResult flo = load_network(interop / "igraph-florentine.ncol", ncol);
    CHECK(flo.network.actors.size() == 15);  // Pucci has no tie, so an edge list cannot name him
    CHECK(flo.network.ties.size() == 35);
}
