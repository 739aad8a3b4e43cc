// libFuzzer target: every writer's output is read back by ecosys's own reader for
// that format. The input is read as a native JSON network (read_json_network_text);
// whatever loads is written as JSON, a CSV folder (into a temporary folder, through
// the atomic folder writer), GraphML, GEXF, GML, Pajek and DOT, and each is read
// back. A writer's output that its reader refuses, or that comes back different in
// what the format holds (docs/formats.md), aborts (a finding):
// - every format: the actor ids in order, tie endpoints (as a pair when undirected)
//   and weights, exactly;
// - all but Pajek: actor names, sector and region ids of actors (Pajek holds ids,
//   ties, weights, directions and tie types only);
// - JSON, GraphML, GML, DOT: the sectors (id, label, colour) and the declared regions
//   (id, name, parent); CSV: sector and region ids; GEXF: neither (documented as lost);
// - JSON, GraphML, GML, DOT, CSV: the currency, programmes (id, name, regions, years,
//   budget) and projects (id, years, programme, funding, participants with their roles
//   and funding), exactly.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <string_view>

#include "ecosys/error.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/io/csv_writer.hpp"
#include "ecosys/io/dot.hpp"
#include "ecosys/io/gexf.hpp"
#include "ecosys/io/gml.hpp"
#include "ecosys/io/graphml.hpp"
#include "ecosys/io/import_options.hpp"
#include "ecosys/io/json_writer.hpp"
#include "ecosys/io/pajek.hpp"
#include "ecosys/io/reader.hpp"

namespace {

using namespace ecosys;

[[noreturn]] void fail(const std::string& format, const std::string& what, const std::string& written) {
    std::fprintf(stderr, "fuzz_writer_roundtrip: %s: %s\n--- written ---\n%s\n", format.c_str(), what.c_str(),
                 written.substr(0, 20000).c_str());
    std::abort();
}

enum Keeps { ids_and_ties, actor_fields, sector_and_region_ids, everything };

void compare(const Network& a, const Network& b, Keeps keeps, const std::string& format, const std::string& written) {
    if (a.actors.size() != b.actors.size()) fail(format, "actor count differs", written);
    for (std::size_t i = 0; i < a.actors.size(); ++i) {
        const Actor& x = a.actors[i];
        const Actor& y = b.actors[i];
        if (x.id != y.id) fail(format, "actor " + std::to_string(i) + " id '" + x.id + "' came back as '" + y.id + "'", written);
        if (keeps == ids_and_ties) continue;
        if (x.name != y.name) fail(format, "actor '" + x.id + "' name '" + x.name + "' came back as '" + y.name + "'", written);
        if (x.sector != y.sector) fail(format, "actor '" + x.id + "' sector '" + x.sector + "' came back as '" + y.sector + "'", written);
        if (x.region != y.region) fail(format, "actor '" + x.id + "' region '" + x.region + "' came back as '" + y.region + "'", written);
    }
    if (a.ties.size() != b.ties.size()) fail(format, "tie count differs", written);
    for (std::size_t i = 0; i < a.ties.size(); ++i) {
        const Tie& x = a.ties[i];
        const Tie& y = b.ties[i];
        const bool same = (x.source == y.source && x.target == y.target) ||
                          (!x.directed && x.source == y.target && x.target == y.source);
        if (!same || x.directed != y.directed) fail(format, "tie " + std::to_string(i) + " endpoints or direction differ", written);
        if (x.weight != y.weight) fail(format, "tie " + std::to_string(i) + " weight differs", written);
        if (keeps != ids_and_ties && x.type != y.type)
            fail(format, "tie " + std::to_string(i) + " type '" + x.type + "' came back as '" + y.type + "'", written);
    }
    if (keeps == ids_and_ties || keeps == actor_fields) return;
    if (a.sectors.size() != b.sectors.size()) fail(format, "sector count differs", written);
    for (std::size_t i = 0; i < a.sectors.size(); ++i) {
        if (a.sectors[i].id != b.sectors[i].id) fail(format, "sector id '" + a.sectors[i].id + "' differs", written);
        if (keeps == everything && (a.sectors[i].label != b.sectors[i].label || a.sectors[i].color != b.sectors[i].color))
            fail(format, "sector '" + a.sectors[i].id + "' label or colour differs", written);
    }
    if (a.regions.size() != b.regions.size()) fail(format, "region count differs", written);
    for (std::size_t i = 0; i < a.regions.size(); ++i) {
        const Region& x = a.regions[i];
        const Region& y = b.regions[i];
        if (x.id != y.id) fail(format, "region id '" + x.id + "' came back as '" + y.id + "'", written);
        if (keeps == everything && x.declared && (x.name != y.name || x.parent != y.parent))
            fail(format, "region '" + x.id + "' name or parent differs", written);
    }
    if (keeps != everything) return;
    // Programmes, funding and roles (docs/evaluation.md): every format that keeps everything.
    if (a.currency != b.currency) fail(format, "currency '" + a.currency + "' came back as '" + b.currency + "'", written);
    if (a.programmes.size() != b.programmes.size()) fail(format, "programme count differs", written);
    for (std::size_t i = 0; i < a.programmes.size(); ++i) {
        const Programme& x = a.programmes[i];
        const Programme& y = b.programmes[i];
        if (x.id != y.id || x.name != y.name || x.regions != y.regions || x.from != y.from || x.to != y.to || x.budget != y.budget)
            fail(format, "programme '" + x.id + "' differs", written);
    }
    if (a.projects.size() != b.projects.size()) fail(format, "project count differs", written);
    for (std::size_t i = 0; i < a.projects.size(); ++i) {
        const Project& x = a.projects[i];
        const Project& y = b.projects[i];
        if (x.id != y.id || x.year != y.year || x.end_year != y.end_year || x.programme != y.programme || x.funding != y.funding)
            fail(format, "project '" + x.id + "' year, end year, programme or funding differs", written);
        if (x.participants != y.participants) fail(format, "project '" + x.id + "' participants differ", written);
        for (std::size_t k = 0; k < x.participants.size(); ++k)
            if (!(x.participation(k) == y.participation(k)))
                fail(format, "project '" + x.id + "' participant " + std::to_string(k) + " role or funding differs", written);
    }
}

template <class Read>
void round_trip(const Network& net, const std::string& format, const std::string& written, Keeps keeps, Read read) {
    LoadResult back;
    try {
        back = read(written);
    } catch (const Error& e) {
        fail(format, std::string("the reader refuses what the writer wrote: ") + e.what(), written);
    }
    compare(net, back.network, keeps, format, written);
    (void)Graph::from_network(back.network).edge_count();
}

std::filesystem::path temp_folder() {
    static const std::filesystem::path base = [] {
        std::string t = (std::filesystem::temp_directory_path() / "fuzz_writer_roundtrip.XXXXXX").string();
        if (!mkdtemp(t.data())) std::abort();
        return std::filesystem::path(t);
    }();
    return base;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    LoadResult loaded;
    try {
        loaded = read_json_network_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
    } catch (const InputError&) {
        return 0;
    }
    const Network& net = loaded.network;
    ImportOptions options;

    round_trip(net, "JSON", write_json_network(net), everything,
               [](const std::string& t) { return read_json_network_text(t, "w.json"); });
    {
        std::ostringstream out;
        (void)write_graphml(net, out, "w.graphml");
        round_trip(net, "GraphML", out.str(), everything, [&](const std::string& t) { return read_graphml_text(t, "w.graphml", options); });
    }
    {
        std::ostringstream out;
        (void)write_gml(net, out, "w.gml");
        round_trip(net, "GML", out.str(), everything, [&](const std::string& t) { return read_gml_text(t, "w.gml", options); });
    }
    {
        std::ostringstream out;
        (void)write_dot(net, out, "w.dot");
        round_trip(net, "DOT", out.str(), everything, [&](const std::string& t) { return read_dot_text(t, "w.dot", options); });
    }
    {
        std::ostringstream out;
        ExportOptions no_layout;  // no positions: the layout is the renderer's, not the writer's
        (void)write_gexf(net, out, "w.gexf", no_layout);
        round_trip(net, "GEXF", out.str(), actor_fields, [&](const std::string& t) { return read_gexf_text(t, "w.gexf", options); });
    }
    {
        std::ostringstream out;
        (void)write_pajek(net, out, "w.net");
        ImportOptions pajek = options;
        pajek.default_sector = "industry";  // Pajek holds no sectors (docs/formats.md)
        round_trip(net, "Pajek", out.str(), ids_and_ties, [&](const std::string& t) { return read_pajek_text(t, "w.net", pajek); });
    }
    {
        const std::filesystem::path folder = temp_folder() / "net";
        try {
            (void)write_csv_network(net, folder);
        } catch (const Error& e) {
            fail("CSV", std::string("the folder was not written: ") + e.what(), "");
        }
        round_trip(net, "CSV", "", everything, [&](const std::string&) { return read_csv_network(folder); });
    }
    return 0;
}
