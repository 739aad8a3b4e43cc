// Approximate betweenness: the sample size of the bound, and the error on real
// networks (the NetworkX reference fixtures) staying within epsilon.

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>

#include <nlohmann/json.hpp>

#include "ecosys/error.hpp"
#include "ecosys/metrics/approx_betweenness.hpp"
#include "ecosys/metrics/betweenness.hpp"
#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/analysis/kernels.hpp"
#include "ecosys/analysis/metric_set.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;

namespace {

Network fixture_network(const std::string& name) {
    const auto path = std::filesystem::path(ECOSYS_TEST_DATA_DIR).parent_path() / "reference" / (name + ".json");
    std::ifstream in(path);
    REQUIRE_MESSAGE(in.good(), "missing fixture " << path.string() << ": run /usr/bin/python3 tests/reference/make_reference.py");
    const nlohmann::json j = nlohmann::json::parse(in).at("network");
    std::vector<test::ActorSpec> actors;
    for (const auto& a : j.at("actors")) actors.push_back({a.at("id").get<std::string>()});
    std::vector<test::TieSpec> ties;
    for (const auto& t : j.at("ties")) ties.push_back({t.at("source").get<std::string>(), t.at("target").get<std::string>()});
    return test::regional_network(actors, ties);
}

/// 3000 actors: a ring, each also tied to the actor 7 places on (a sparse graph with
/// paths of up to about 220 actors), large enough that the sample stays below n.
Network ring_network() {
    std::vector<test::ActorSpec> actors;
    std::vector<test::TieSpec> ties;
    const int n = 3000;
    for (int i = 0; i < n; ++i) actors.push_back({"a" + std::to_string(i)});
    for (int i = 0; i < n; ++i) {
        ties.push_back({"a" + std::to_string(i), "a" + std::to_string((i + 1) % n)});
        ties.push_back({"a" + std::to_string(i), "a" + std::to_string((i + 7) % n)});
    }
    return test::regional_network(actors, ties);
}

double max_error(const std::vector<double>& a, const std::vector<double>& b) {
    double worst = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

}  // namespace

TEST_CASE("the sample size follows Riondato and Kornaropoulos' bound") {
    // e = 0.1 * 998/1000; floor(log2(6 - 2)) + 1 = 3; ln(1/0.1) = 2.3026;
    // 0.5 / e^2 * 5.3026 = 266.2, rounded up.
    CHECK(ApproxBetweenness::sample_size(0.1, 0.1, 6, 1000) == 267);
    // A smaller epsilon costs its square; the diameter only its logarithm.
    CHECK(ApproxBetweenness::sample_size(0.01, 0.1, 6, 1000) > 99 * 267);
    CHECK(ApproxBetweenness::sample_size(0.1, 0.1, 66, 1000) == 467);
}

TEST_CASE("approximate betweenness stays within epsilon on real networks") {
    for (const char* name : {"karate", "florentine", "japan-innovation"}) {
        const Network net = fixture_network(name);
        const Graph g = Graph::from_network(net);
        Betweenness exact(g);
        exact.run();
        for (double epsilon : {0.05, 0.02}) {
            for (std::uint64_t seed : {1, 2, 3}) {
                ApproxBetweenness approx(g, epsilon, 0.1, seed);
                approx.run();
                INFO(name << ", epsilon " << epsilon << ", seed " << seed << ", " << approx.samples() << " samples");
                CHECK(max_error(approx.normalized_scores(), exact.normalized_scores()) <= epsilon);
                for (std::size_t v = 0; v < g.vertex_count(); ++v)
                    CHECK(approx.scores()[v] ==
                          doctest::Approx(approx.normalized_scores()[v] * (g.vertex_count() - 1.0) *
                                          (g.vertex_count() - 2.0) / 2.0));
            }
        }
    }
}

TEST_CASE("approximate betweenness: same seed, same estimate, whatever the thread count") {
    const Graph g = Graph::from_network(ring_network());
    ApproxBetweenness one(g, 0.1, 0.1, 42, 1), two(g, 0.1, 0.1, 42, 2), other(g, 0.1, 0.1, 43, 2);
    one.run();
    two.run();
    other.run();
    REQUIRE_FALSE(one.exact());
    CHECK(one.samples() < g.vertex_count());
    CHECK(one.normalized_scores() == two.normalized_scores());
    CHECK(one.normalized_scores() != other.normalized_scores());
    CHECK(one.vertex_diameter_bound() >= 3);
}

TEST_CASE("a sample of at least n paths computes the exact betweenness instead") {
    // karate: 34 actors; epsilon 0.05 asks for about 1,000 paths, epsilon 1e-300 for
    // more than 2^64 (it saturates instead of overflowing to NaN).
    const Graph g = Graph::from_network(fixture_network("karate"));
    Betweenness exact(g);
    exact.run();
    for (double epsilon : {0.05, 1e-300}) {
        ApproxBetweenness approx(g, epsilon);
        approx.run();
        CHECK(approx.exact());
        CHECK(approx.samples() == 0);
        CHECK(approx.normalized_scores() == exact.normalized_scores());
    }
    CHECK(ApproxBetweenness::sample_size(1e-300, 0.1, 6, 1000) == std::numeric_limits<std::size_t>::max());
}

TEST_CASE("approximate betweenness refuses epsilon or delta outside (0, 1), and weights") {
    const Graph g = Graph::from_network(fixture_network("florentine"));
    CHECK_THROWS_WITH_AS(ApproxBetweenness(g, 0.0), "approximate betweenness: epsilon must be between 0 and 1 (exclusive), got 0",
                         UsageError);
    CHECK_THROWS_WITH_AS(ApproxBetweenness(g, 0.1, 1.5),
                         "approximate betweenness: delta must be between 0 and 1 (exclusive), got 1.5", UsageError);
    MetricsOptions options;
    options.analysis.approx_epsilon = 0.05;
    options.analysis.weighted = true;
    CHECK_THROWS_WITH_AS(static_cast<void>(compute_metrics(fixture_network("florentine"), options)),
                         "approximate betweenness is unweighted only; drop --weighted or --approx", UsageError);
}

TEST_CASE("metrics with approx_epsilon report the estimate as the betweenness column") {
    const Network net = ring_network();
    MetricsOptions options;
    options.only = {"betweenness"};
    const MetricsReport exact = compute_metrics(net, options);
    options.analysis.approx_epsilon = 0.1;
    const MetricsReport approx = compute_metrics(net, options);
    REQUIRE(exact.actors.size() == approx.actors.size());
    bool any_different = false;
    for (std::size_t i = 0; i < exact.actors.size(); ++i) {
        const double e = std::get<double>(exact.actors[i].values[0]), a = std::get<double>(approx.actors[i].values[0]);
        CHECK(std::abs(a - e) <= 0.1);
        any_different = any_different || a != e;
    }
    CHECK(any_different);
}

TEST_CASE("the analysis cache says when --approx computed exactly") {
    const Network net = fixture_network("karate");
    AnalysisOptions options;
    options.approx_epsilon = 0.05;
    options.approx_delta = 0.1;
    AnalysisCache cache(net, options);
    static_cast<void>(betweenness(cache.whole()));
    REQUIRE(cache.notes().size() == 1);
    CHECK(cache.notes()[0] ==
          "betweenness of the whole network is exact: the sample --approx asks for is at least its 34 actors, and sampling would cost more");
}
