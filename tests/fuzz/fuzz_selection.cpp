// libFuzzer target: the selection options (--select-region, --exact-region, --sector,
// --years, --keep-isolates, --ego, --ego-radius, --k-core, --giant, --drop-isolates;
// docs/selection.md), read as the command line reads them (cli/selection_options.cpp:
// split_list for the sectors, parse_year_window for the years) and applied to a small
// network with sub-regions, dated and undated ties and projects. The input's first byte
// holds the flags; the rest, split at 0x1F, gives the region, the sector list, the
// years, the ego actor, the ego radius and the k of the k-core (as text: decimal digits
// are read, anything else is the option's default). A refusal is a UsageError; anything
// else aborts (a finding), and what is selected must be:
// - a part of the network: every actor kept is an actor of it, with its sector and
//   region; every tie joins two kept actors and was a tie of the network;
// - what was asked: with a region, only actors of it (or, --exact-region, of it alone);
//   with sectors, only actors of those; with years, no tie or project dated outside;
// - described (Selection::describe() names every part), and a window read back from
//   its text is the same window.
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/analysis/selection.hpp"
#include "ecosys/error.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/io/reader.hpp"
#include "fuzz_text.hpp"
#include "util/text.hpp"

namespace {

using namespace ecosys;

void require(bool ok, const char* what, const std::string& data) { fuzz::require(ok, "fuzz_selection", what, data); }

// Regions: japan > tohoku > miyagi, japan > kanto; an actor without a region; an
// isolate; ties dated 2005..2014 and undated; a project of three, one of two.
constexpr std::string_view network_json = R"({
  "name": "selection",
  "regions": [
    {"id": "japan", "name": "Japan"},
    {"id": "tohoku", "name": "Tohoku", "parent": "japan"},
    {"id": "miyagi", "name": "Miyagi", "parent": "tohoku"},
    {"id": "kanto", "name": "Kanto", "parent": "japan"}
  ],
  "actors": [
    {"id": "u", "sector": "academia", "region": "miyagi"},
    {"id": "c", "sector": "industry", "region": "miyagi"},
    {"id": "b", "sector": "finance", "region": "tohoku"},
    {"id": "g", "sector": "government", "region": "tohoku"},
    {"id": "k", "sector": "industry", "region": "kanto"},
    {"id": "t", "sector": "academia", "region": "kanto"},
    {"id": "j", "sector": "government", "region": "japan"},
    {"id": "x", "sector": "industry"},
    {"id": "lonely", "sector": "finance", "region": "kanto"}
  ],
  "ties": [
    {"source": "u", "target": "c", "year": 2005},
    {"source": "c", "target": "b", "year": 2008},
    {"source": "b", "target": "g"},
    {"source": "g", "target": "j", "year": 2010, "directed": true},
    {"source": "j", "target": "k", "year": 2012},
    {"source": "k", "target": "t", "year": 2014},
    {"source": "t", "target": "x"},
    {"source": "u", "target": "t", "year": 2009, "weight": 2.5}
  ],
  "projects": [
    {"id": "p1", "year": 2007, "participants": ["u", "c", "g"]},
    {"id": "p2", "participants": ["k", "x"]},
    {"id": "p3", "year": 2013, "end_year": 2015, "participants": ["b", "t", "j", "c"]}
  ]
})";

const Network& base() {
    static const Network network = read_json_network_text(network_json, "selection.json").network;
    return network;
}

/// Decimal digits as the command line's whole-number check reads them; nullopt otherwise.
std::optional<std::size_t> count(const std::string& text) {
    std::size_t n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n > 1'000'000'000) return std::nullopt;
    return n;
}

/// The regions at or below `id` (walking up each region's parents).
bool inside(const Network& net, const std::string& region, const std::string& id) {
    std::string at = region;
    for (std::size_t step = 0; step <= net.regions.size() && !at.empty(); ++step) {
        if (at == id) return true;
        const Region* r = net.find_region(at);
        at = r ? r->parent : "";
    }
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::uint8_t flags = data[0];
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    const std::vector<std::string> f = fuzz::split(text, 6);  // region, sectors, years, ego, radius, k
    const Network& net = base();

    Selection s;
    try {
        // As SelectionGiven::selection (cli/selection_options.cpp) reads the options.
        s.region = f[0];
        s.exact_region = flags & 1;
        s.sectors = detail::split_list(f[1]);
        if (!f[2].empty()) s.years = parse_year_window(f[2]);
        s.keep_isolates = flags & 2;
        s.ego = f[3];
        if (const auto r = count(f[4])) s.ego_radius = *r;
        if (flags & 4) s.k_core = count(f[5]).value_or(2);
        s.giant = flags & 8;
        s.drop_isolates = flags & 16;
        s.graph.projects = !(flags & 32);
        if (flags & 64) s.graph.project_weighting = ProjectWeighting::newman;
    } catch (const UsageError&) {
        return 0;
    }
    if (s.years) {
        const std::string written = s.years->to_string();
        YearWindow back;
        try {
            back = parse_year_window(written);
        } catch (const UsageError& e) {
            require(false, "a window's own text is refused", written + "\n" + e.what());
        }
        require(back == *s.years, "a window read back from its text differs", written);
    }

    SelectionResult result;
    try {
        result = apply_selection(net, s);
    } catch (const UsageError&) {
        return 0;
    }
    const Network& out = result.network;
    const std::string what = s.describe();
    require(s.empty() == what.empty(), "describe() and empty() disagree", what);
    const std::set<std::string> sectors(s.sectors.begin(), s.sectors.end());
    std::set<std::string> kept;
    for (const Actor& a : out.actors) {
        const std::optional<std::size_t> i = net.find_actor(a.id);
        require(i.has_value(), "an actor that is not in the network was selected", a.id);
        const Actor& original = net.actors[*i];
        require(a.sector == original.sector && a.region == original.region, "an actor changed its sector or region", a.id);
        require(kept.insert(a.id).second, "an actor was selected twice", a.id);
        if (!s.region.empty())
            require(s.exact_region ? a.region == s.region : inside(net, a.region, s.region),
                    "an actor outside the selected region was selected", a.id + " in " + a.region + " for " + s.region);
        if (!sectors.empty()) require(sectors.count(a.sector) > 0, "an actor of another sector was selected", a.id);
    }
    for (const Tie& t : out.ties) {
        require(t.source < out.actors.size() && t.target < out.actors.size(), "a tie names an actor that is not selected", what);
        if (s.years && t.year) require(s.years->contains(*t.year), "a tie outside the years was kept", std::to_string(*t.year));
        bool found = false;
        for (const Tie& o : net.ties)
            found = found || (net.actors[o.source].id == out.actors[t.source].id && net.actors[o.target].id == out.actors[t.target].id &&
                              o.year == t.year && o.weight == t.weight);
        require(found, "a tie that the network does not have was selected", out.actors[t.source].id + " " + out.actors[t.target].id);
    }
    for (const Project& p : out.projects) {
        if (s.years && p.year) require(s.years->contains(*p.year), "a project outside the years was kept", p.id);
        for (std::size_t a : p.participants) require(a < out.actors.size(), "a project names an actor that is not selected", p.id);
    }
    const Graph g = Graph::from_network(out, s.graph);
    require(g.vertex_count() == out.actors.size(), "the selected network's graph lost actors", what);
    return 0;
}
