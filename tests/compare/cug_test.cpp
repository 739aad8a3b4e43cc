// CUG tests (compare/cug.hpp) against distributions known exactly.

#include <doctest/doctest.h>

#include <cmath>

#include "ecosys/compare/cug.hpp"
#include "ecosys/error.hpp"
#include "metrics/small_network.hpp"

namespace ecosys {

namespace {

double binomial_cdf(int n, int k) {  // P(X <= k), X ~ Binomial(n, 1/2)
    double sum = 0, c = 1;
    for (int i = 0; i <= k; ++i) {
        sum += c;
        c = c * (n - i) / (i + 1);
    }
    return sum / std::pow(2.0, n);
}

//  a - b - c - d    e - f      (6 actors: 15 pairs, 5 ties)
//   \_______/
Network six() {
    return test::small_network({"a", "b", "c", "d", "e", "f"},
                               {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"a", "c"}, {"e", "f"}});
}

std::vector<const MetricInfo*> keys(std::initializer_list<const char*> names) {
    std::vector<const MetricInfo*> out;
    for (const char* k : names) out.push_back(find_metric(k));
    return out;
}

}  // namespace

TEST_CASE("cug size: the tie count is Binomial(pairs, 1/2)") {
    const Network n = six();
    AnalysisCache cache(n);
    CugOptions options{CugCondition::size, 4000, 11};
    const std::vector<CugResult> r = cug_test(cache.whole(), keys({"tied_pairs"}), options);
    REQUIRE(r.size() == 1);
    CHECK(*r[0].observed == 5.0);
    CHECK(r[0].samples == 4000);
    const double greater = 1.0 - binomial_cdf(15, 4), less = binomial_cdf(15, 5);  // 0.9408, 0.1509
    auto sigma = [](double p) { return std::sqrt(p * (1 - p) / 4000.0); };
    CHECK(std::fabs(*r[0].p_greater - greater) < 4 * sigma(greater));
    CHECK(std::fabs(*r[0].p_less - less) < 4 * sigma(less));
    CHECK(std::fabs(*r[0].mean - 7.5) < 4 * std::sqrt(15 * 0.25 / 4000.0));
}

TEST_CASE("cug: a region of one actor, or without ties under edges, has one graph: itself") {
    //   a (region x)    b - c (region y)    d  e (region z, no tie)
    const Network n = test::regional_network({{"a", "x"}, {"b", "y"}, {"c", "y"}, {"d", "z"}, {"e", "z"}},
                                             {{"b", "c"}, {"a", "b"}});
    AnalysisCache cache(n);
    for (const char* region : {"x", "z"}) {
        const std::vector<CugResult> r = cug_test(cache.scope(region), keys({"tied_pairs", "components"}),
                                                  CugOptions{CugCondition::edges, 700, 5});
        CHECK(r[0].samples == 700);
        CHECK(*r[0].mean == *r[0].observed);
        CHECK(*r[0].p_greater == 1.0);
        CHECK(*r[0].p_less == 1.0);
        CHECK(*r[1].mean == *r[1].observed);
    }
    // Under size the ties of z are drawn (one pair, tied half the time): not fixed.
    const std::vector<CugResult> z = cug_test(cache.scope("z"), keys({"tied_pairs"}), CugOptions{CugCondition::size, 700, 5});
    CHECK(*z[0].p_greater == 1.0);
    CHECK(*z[0].p_less < 1.0);
}

TEST_CASE("cug edges: functions of the tie count are fixed, others vary") {
    const Network n = six();
    AnalysisCache cache(n);
    const std::vector<CugResult> r =
        cug_test(cache.whole(), keys({"density", "mean_degree", "transitivity"}), CugOptions{CugCondition::edges, 500, 3});
    CHECK(*r[0].observed == doctest::Approx(10.0 / 30.0));
    CHECK(*r[0].p_greater == 1.0);
    CHECK(*r[0].p_less == 1.0);
    CHECK(*r[1].p_greater == 1.0);
    CHECK(*r[1].p_less == 1.0);
    // One triangle (a, b, c); triples centred on a 1, b 1, c 3: transitivity 3 x 1 / 5.
    CHECK(*r[2].observed == doctest::Approx(3.0 / 5.0));
    CHECK(*r[2].p_greater < 1.0);
    CHECK(*r[2].p_less < 1.0);
    CHECK(*r[2].p_greater + *r[2].p_less >= 1.0);
}

TEST_CASE("cug dyads, directed: the dyad census holds, so reciprocity is fixed; under edges it is not") {
    Network n = six();
    for (Tie& t : n.ties) t.directed = true;
    n.ties.push_back(n.ties[0]);
    std::swap(n.ties.back().source, n.ties.back().target);  // a <-> b mutual
    AnalysisOptions options;
    options.directed = true;
    AnalysisCache cache(n, options);
    const auto dyads = cug_test(cache.whole(), keys({"reciprocity"}), CugOptions{CugCondition::dyads, 300, 5});
    CHECK(*dyads[0].observed == doctest::Approx(2.0 / 6.0));  // 6 arcs, 2 of them reciprocated
    CHECK(*dyads[0].p_greater == 1.0);
    CHECK(*dyads[0].p_less == 1.0);
    const auto edges = cug_test(cache.whole(), keys({"reciprocity"}), CugOptions{CugCondition::edges, 300, 5});
    CHECK(*edges[0].p_less < 1.0);
}

TEST_CASE("cug: the same p-values for any thread count; weights and untestable keys refused") {
    const Network n = six();
    AnalysisOptions one, two;
    one.threads = 1;
    two.threads = 2;
    AnalysisCache a(n, one), b(n, two);
    const auto ra = cug_test(a.whole(), keys({"transitivity", "modularity"}), CugOptions{CugCondition::edges, 200, 9});
    const auto rb = cug_test(b.whole(), keys({"transitivity", "modularity"}), CugOptions{CugCondition::edges, 200, 9});
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(*ra[i].p_greater == *rb[i].p_greater);
        CHECK(*ra[i].p_less == *rb[i].p_less);
        CHECK(*ra[i].mean == *rb[i].mean);
    }
    CHECK_THROWS_WITH_AS((void)cug_test(a.whole(), keys({"openness"}), CugOptions{}), doctest::Contains("has no CUG test"), UsageError);
    AnalysisOptions weighted;
    weighted.weighted = true;
    AnalysisCache w(n, weighted);
    CHECK_THROWS_WITH_AS((void)cug_test(w.whole(), keys({"density"}), CugOptions{}), doctest::Contains("drop --weighted"), UsageError);
    CHECK_THROWS_AS((void)parse_cug_condition("edge"), UsageError);
}

}  // namespace ecosys
