#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/analysis/kernels.hpp"
#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/analysis/registry.hpp"
#include "ecosys/compare/comparison.hpp"
#include "ecosys/error.hpp"
#include "ecosys/analysis/helix_report.hpp"
#include "ecosys/render/diagram.hpp"
#include "ecosys/report/report.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;
using test::regional_network;

namespace {

// A region with a sub-region, another region, and an actor without one:
//
//   north ⊃ north-east
//   a(north) --- b(north-east) --- c(north-east)     d(south) --- e(south)
//        \___________________________________________/
//                                                     f (no region)
Network nested() {
    Network n = regional_network({{"a", "north", "academia"},
                                  {"b", "north-east", "industry"},
                                  {"c", "north-east", "government"},
                                  {"d", "south", "industry"},
                                  {"e", "south", "academia"},
                                  {"f", "", "industry"}},
                                 {{"a", "b"}, {"b", "c"}, {"d", "e"}, {"a", "d"}});
    for (Region& r : n.regions)
        if (r.id == "north-east") r.parent = "north";
    n.index();
    return n;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("a region's members are its actors and those of the regions below it, for every command") {
    const Network net = nested();
    CHECK(net.actors_in_region("north") == std::vector<std::size_t>{0, 1, 2});
    CHECK(net.actors_in_region("north-east") == std::vector<std::size_t>{1, 2});
    CHECK(net.actors_in_region("south") == std::vector<std::size_t>{3, 4});

    // The table and the diagram of "north" cover the same three actors and two ties.
    MetricsOptions options;
    options.only = {"actors", "tied_pairs", "external_ties"};
    options.regions = {"north"};
    const MetricsReport report = compute_metrics(net, options);
    CHECK(std::get<std::int64_t>(*report.region_value("north", "actors")) == 3);
    CHECK(std::get<std::int64_t>(*report.region_value("north", "tied_pairs")) == 2);
    CHECK(std::get<std::int64_t>(*report.region_value("north", "external_ties")) == 1);  // a-d
    const render::Diagram d = render::region_diagram(net, "north", {});
    CHECK(d.nodes.size() == 3);
}

TEST_CASE("the cache runs each kernel once per scope, however many computations read it") {
    const Network net = nested();
    AnalysisCache cache(net);
    MetricsOptions options;
    options.only = {"betweenness", "betweenness_centralization", "top_brokers"};
    (void)compute_metrics(cache, options);
    (void)compute_metrics(cache, options);
    options.scope = MetricScope::region;
    (void)compute_metrics(cache, options);
    CHECK(cache.runs("betweenness", "*") == 1);
    CHECK(cache.runs("betweenness", "north") == 1);
    CHECK(cache.runs("betweenness", "south") == 1);
    CHECK(cache.runs("graph", "*") == 1);
    // The one actor of north-east's own region (b, c) are measured in north-east.
    CHECK(cache.runs("betweenness", "north-east") == 1);
    const auto& stats = cache.stats();
    const auto b = std::find_if(stats.begin(), stats.end(), [](const KernelStat& s) { return s.kernel == "betweenness"; });
    REQUIRE(b != stats.end());
    CHECK(b->runs == 4);
    CHECK(cache.stats_text().find("betweenness") != std::string::npos);
}

TEST_CASE("the report runs exact betweenness once per scope") {
    const Network net = nested();
    AnalysisCache cache(net, AnalysisOptions{});
    ReportOptions options;
    options.analysis.samples = 5;
    options.analysis.ei_permutations = 9999;
    options.cache = &cache;
    const Report report = build_report(net, options);
    CHECK(report.html.find("<html") != std::string::npos);
    // Tables, helix panels and diagrams of each region, and the whole network's figures.
    for (const char* scope : {"*", "north", "north-east", "south"}) {
        INFO(scope);
        CHECK(cache.runs("betweenness", scope) == 1);
        CHECK(cache.runs("ei_test", scope) == 1);
    }
    // Node tooltips of the region diagrams (the overview draws regions, not actors).
    for (const char* scope : {"north", "north-east", "south"}) CHECK(cache.runs("pagerank", scope) == 1);
}

TEST_CASE("a scope of exactly the actors of another is the same scope: its kernels run once") {
    // Region p holds only its sub-region c, which holds every actor: '*', p and c are one
    // set of actors, a path a - b - c (b's normalised betweenness 1, centralization 1).
    Network net = regional_network({{"a", "c"}, {"b", "c"}, {"c1", "c"}}, {{"a", "b"}, {"b", "c1"}});
    net.regions.push_back(Region{"p", "P", ""});
    for (Region& r : net.regions)
        if (r.id == "c") r.parent = "p";
    net.index();
    AnalysisCache cache(net);
    MetricsOptions options;
    options.only = {"betweenness", "betweenness_centralization", "transitivity"};
    const MetricsReport whole = compute_metrics(cache, options);
    options.scope = MetricScope::region;
    options.regions = {"p", "c"};
    const MetricsReport regions = compute_metrics(cache, options);
    std::size_t runs = 0;
    for (const char* scope : {"*", "p", "c"}) runs += cache.runs("betweenness", scope);
    CHECK(runs == 1);
    CHECK(cache.runs("graph", "*") == 1);
    CHECK(cache.runs("graph", "p") + cache.runs("graph", "c") == 0);
    // The values are each scope's own, worked by hand: b lies on the one path between a and c.
    const auto column = [](const std::vector<std::string>& columns, const std::string& key) {
        return static_cast<std::size_t>(std::find(columns.begin(), columns.end(), key) - columns.begin());
    };
    const std::size_t centralization = column(regions.region_columns, "betweenness_centralization");
    const std::size_t transitivity = column(regions.region_columns, "transitivity");
    std::set<std::string> seen;
    for (const RegionRow& row : regions.regions) {
        INFO(row.id);
        seen.insert(row.id);
        CHECK(std::get<double>(row.values[centralization]) == doctest::Approx(1.0));
        CHECK(std::get<double>(row.values[transitivity]) == doctest::Approx(0.0));
    }
    CHECK(seen.count("p") == 1);
    CHECK(seen.count("c") == 1);
    for (const MetricsReport* r : {&whole, &regions})
        for (const ActorRow& a : r->actors) {
            INFO(a.id);
            CHECK(std::get<double>(a.values[column(r->actor_columns, "betweenness")]) == doctest::Approx(a.id == "b" ? 1.0 : 0.0));
        }
    // A region of other actors still runs its own.
    Network two = nested();
    AnalysisCache other(two);
    (void)betweenness(other.scope("north"));
    (void)betweenness(other.whole());
    CHECK(other.runs("betweenness", "north") == 1);
    CHECK(other.runs("betweenness", "*") == 1);
}

TEST_CASE("external ties are the same counted from the whole graph or from the scope's ties and projects") {
    // north: a, b, c; its partners outside: d (tie a-d) and, through project p, e and f.
    Network net = nested();
    Project p;
    p.id = "p";
    p.participants = {1, 4, 5, 1};  // b, e, f (b listed twice)
    net.projects.push_back(p);
    net.index();
    for (bool projects : {true, false}) {
        INFO("projects " << projects);
        AnalysisOptions o;
        o.graph.projects = projects;
        AnalysisCache scoped(net, o);
        AnalysisCache whole_first(net, o);
        (void)whole_first.whole().graph();
        const std::size_t want = projects ? 3 : 1;
        CHECK(scoped.scope("north").external_ties() == want);
        CHECK(whole_first.scope("north").external_ties() == want);
        CHECK(scoped.runs("graph", "*") == 0);
    }
}

TEST_CASE("work restricted to a region stays in the region") {
    const Network net = nested();
    AnalysisCache cache(net);
    MetricsOptions options;  // every metric, actors measured in their region, as `metrics --region south`
    options.regions = {"south"};
    options.scope = MetricScope::region;
    options.include_whole = false;
    const MetricsReport report = compute_metrics(cache, options);
    REQUIRE(report.regions.size() == 1);
    CHECK(report.regions[0].id == "south");
    CHECK(report.actors.size() == 2);
    // Nothing runs on the whole network, not even building its graph.
    for (const KernelStat& s : cache.stats()) {
        INFO(s.kernel);
        CHECK(cache.runs(s.kernel, "*") == 0);
    }
    CHECK(cache.runs("betweenness", "south") == 1);
}

TEST_CASE("each registered metric runs only the kernels its registry row names") {
    const Network net = nested();
    for (const MetricInfo& m : metric_registry()) {
        INFO(m.key);
        AnalysisOptions ao;
        ao.directed = m.directed;  // a direction key needs the directed view
        AnalysisCache cache(net, ao);
        MetricsOptions options;
        options.only = {std::string(m.key)};
        options.regions = {"north"};
        (void)compute_metrics(cache, options);
        std::set<std::string> declared(m.kernels.begin(), m.kernels.end());
        declared.insert("graph");
        if (m.directed) declared.insert({"digraph", "reversed_digraph"});
        if (m.key == "transitivity") declared.insert("clustering_unweighted");
        for (const KernelStat& s : cache.stats()) CHECK(declared.count(s.kernel) == 1);
        // Actor metrics of the network scope run on the whole network, region metrics on north.
        const char* where = m.level == MetricLevel::actor ? "*" : "north";
        for (std::string_view k : m.kernels) CHECK(cache.runs(std::string(k), where) == 1);
    }
}

TEST_CASE("registry: unique keys, every row complete, levels in column order") {
    std::set<std::string_view> keys;
    bool region_seen = false;
    for (const MetricInfo& m : metric_registry()) {
        INFO(m.key);
        CHECK(keys.insert(m.key).second);
        CHECK(!m.label.empty());
        CHECK(!m.definition.empty());
        CHECK(m.anchor.rfind("docs/", 0) == 0);
        if (m.level == MetricLevel::actor) {
            CHECK_FALSE(region_seen);  // actor rows first
            CHECK(static_cast<bool>(m.actor_values));
        } else {
            region_seen = true;
            CHECK(static_cast<bool>(m.region_value));
        }
    }
    CHECK(find_metric("pagerank")->level == MetricLevel::actor);
    CHECK(find_metric("nope") == nullptr);
    CHECK_THROWS_WITH_AS((void)require_metric("densty", metric_keys(MetricLevel::region), "region metrics"),
                         doctest::Contains("unknown metric 'densty' (did you mean 'density'?); region metrics: actors"),
                         UsageError);
}

TEST_CASE("registry: docs/metrics.md documents every registered key, and only those, with its anchor") {
    const std::string docs = read_file(std::string(ECOSYS_SOURCE_DIR) + "/docs/metrics.md");
    const std::string helix = read_file(std::string(ECOSYS_SOURCE_DIR) + "/docs/helix.md");
    REQUIRE(!docs.empty());
    // The key tables: "| `key` | ..." rows under "## Actor metrics" and "## Region metrics".
    std::set<std::string> documented;
    const std::regex row(R"(\n\| `([a-z0-9_]+)` \|)");
    const std::size_t from = docs.find("## Actor metrics"), to = docs.find("## Comparing regions");
    REQUIRE(from != std::string::npos);
    REQUIRE(to != std::string::npos);
    const std::string tables = docs.substr(from, to - from);
    for (auto it = std::sregex_iterator(tables.begin(), tables.end(), row); it != std::sregex_iterator(); ++it)
        documented.insert((*it)[1]);
    for (const MetricInfo& m : metric_registry()) {
        INFO(m.key);
        CHECK(documented.count(std::string(m.key)) == 1);
        // The anchor names a heading of the file it points into.
        const std::string anchor(m.anchor);
        const std::string file = anchor.substr(0, anchor.find('#'));
        const std::string fragment = anchor.substr(anchor.find('#') + 1);
        const std::string& text = file == "docs/helix.md" ? helix : docs;
        std::string heading;
        bool found = false;
        std::istringstream lines(text);
        for (std::string line; std::getline(lines, line);) {
            if (line.rfind("#", 0) != 0) continue;
            std::string slug;
            for (char c : line.substr(line.find(' ') + 1)) {
                if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') slug += static_cast<char>(std::tolower(c));
                else if (c == ' ' || c == '-') slug += '-';
            }
            if (slug == fragment) found = true;
        }
        CHECK(found);
    }
    for (const std::string& key : documented) {
        INFO(key);
        CHECK(find_metric(key) != nullptr);
    }
}

TEST_CASE("a kernel is a function over the scope: pairs_without_each runs once per scope, values by hand") {
    // The whole network is the path c - b - a - d - e and f alone: 5 * 4 = 20 ordered
    // pairs are joined. Without a: {c, b} and {d, e}, 2 + 2; without b: {c} and {a, d, e},
    // 0 + 6; without c or e: a path of four, 12; without d: {c, b, a} and {e}, 6; without
    // f: all 20. Vertex v is actor v on the whole network's graph (a..f).
    const Network net = nested();
    AnalysisCache cache(net);
    ScopeAnalysis& whole = cache.whole();
    CHECK(pairs_without_each(whole) == std::vector<std::uint64_t>{4, 6, 12, 6, 12, 20});
    // North is the path a - b - c: without its middle b no pair is joined.
    CHECK(pairs_without_each(cache.scope("north")) == std::vector<std::uint64_t>{2, 0, 2});
    (void)pairs_without_each(whole);
    CHECK(cache.runs("pairs_without_each", "*") == 1);
    CHECK(cache.runs("pairs_without_each", "north") == 1);
    CHECK(whole.has_kernel("pairs_without_each"));
    CHECK_FALSE(cache.scope("south").has_kernel("pairs_without_each"));
}
