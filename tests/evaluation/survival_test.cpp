// Kaplan–Meier and the log-rank test on hand-worked samples, and equal to statsmodels'
// SurvfuncRight and survdiff on the reference samples (tests/reference/evaluation.json,
// make_evaluation_reference.py).
#include <doctest/doctest.h>

#include "evaluation/evaluation_fixture.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ecosys/evaluation/survival.hpp"

using namespace ecosys;

namespace {

bool close(double x, double y, double tol = 1e-9) { return std::abs(x - y) <= tol * std::max(1.0, std::abs(y)); }
bool relatively_close(double x, double y, double tol = 1e-9) { return std::abs(x - y) <= tol * std::abs(y); }

nlohmann::json load_fixture() { return ecosys::test::load_evaluation_fixture(); }

std::vector<SurvivalObservation> sample_of(const nlohmann::json& pairs) {
    std::vector<SurvivalObservation> out;
    for (const auto& p : pairs) out.push_back({p.at(0).get<double>(), p.at(1).get<bool>()});
    return out;
}

}  // namespace

TEST_CASE("Kaplan-Meier on a hand-worked sample") {
    // time:   2  3  3  3  4  6  8  8      (x event, o censored; given out of order below)
    // status: x  x  x  o  o  x  x  o
    //
    //   t  at risk  events  censored  S(t)
    //   2  8        1       0         7/8
    //   3  7        2       1         7/8 * 5/7 = 5/8        (the censored one still at risk at 3)
    //   4  -        -       1         no step: censoring only
    //   6  3        1       0         5/8 * 2/3 = 5/12
    //   8  2        1       1         5/12 * 1/2 = 5/24
    const std::vector<SurvivalObservation> obs = {{8, false}, {3, true}, {2, true}, {6, true},
                                                  {3, false}, {4, false}, {8, true}, {3, true}};
    const auto steps = kaplan_meier(obs);
    REQUIRE(steps.size() == 4);
    CHECK(steps[0].time == 2);
    CHECK(steps[0].at_risk == 8);
    CHECK(steps[0].events == 1);
    CHECK(steps[0].censored == 0);
    CHECK(close(steps[0].survival, 7.0 / 8));
    CHECK(steps[1].time == 3);
    CHECK(steps[1].at_risk == 7);
    CHECK(steps[1].events == 2);
    CHECK(steps[1].censored == 1);
    CHECK(close(steps[1].survival, 5.0 / 8));
    CHECK(steps[2].time == 6);
    CHECK(steps[2].at_risk == 3);
    CHECK(steps[2].events == 1);
    CHECK(close(steps[2].survival, 5.0 / 12));
    CHECK(steps[3].time == 8);
    CHECK(steps[3].at_risk == 2);
    CHECK(steps[3].events == 1);
    CHECK(steps[3].censored == 1);
    CHECK(close(steps[3].survival, 5.0 / 24));

    CHECK(survival_at(steps, -1) == 1.0);
    CHECK(survival_at(steps, 1.999) == 1.0);
    CHECK(survival_at(steps, 2) == steps[0].survival);  // right-continuous: the drop is at 2
    CHECK(survival_at(steps, 5.9) == steps[1].survival);
    CHECK(survival_at(steps, 6) == steps[2].survival);
    CHECK(survival_at(steps, 100) == steps[3].survival);

    SUBCASE("everyone has the event: S reaches 0") {
        const std::vector<SurvivalObservation> all = {{1, true}, {2, true}, {2, true}};
        const auto s = kaplan_meier(all);
        REQUIRE(s.size() == 2);
        CHECK(close(s[0].survival, 2.0 / 3));
        CHECK(s[1].survival == 0.0);  // 2/3 * (1 - 2/2)
        CHECK(survival_at(s, 3) == 0.0);
    }
    SUBCASE("no event, or no observation: no step, S = 1") {
        const std::vector<SurvivalObservation> censored = {{1, false}, {5, false}};
        CHECK(kaplan_meier(censored).empty());
        CHECK(kaplan_meier(std::vector<SurvivalObservation>{}).empty());
        CHECK(survival_at(std::vector<KaplanMeierStep>{}, 3) == 1.0);
    }
    SUBCASE("a time that is not a number") {
        const std::vector<SurvivalObservation> bad = {{1, true}, {std::numeric_limits<double>::quiet_NaN(), true}};
        CHECK_THROWS_WITH_AS((void)kaplan_meier(bad),
                             "kaplan_meier: observation #2 has a time that is not a finite number",
                             std::invalid_argument);
        CHECK_THROWS_WITH_AS((void)log_rank(bad, bad),
                             "log_rank (group a): observation #2 has a time that is not a finite number",
                             std::invalid_argument);
    }
}

TEST_CASE("log-rank test by hand") {
    // a: 1 x, 3 x        b: 2 x, 4 o
    //
    //   t  n_a  n_b  d  (group)  expected_a     variance d (n_a/n)(n_b/n)(n-d)/(n-1)
    //   1  2    2    1  (a)      1 * 2/4 = 1/2  (1/2)(1/2)(3/3) = 1/4
    //   2  1    2    1  (b)      1 * 1/3       (1/3)(2/3)(2/2) = 2/9
    //   3  1    1    1  (a)      1 * 1/2       (1/2)(1/2)(1/1) = 1/4
    //   4  censoring only
    // observed_a = 2, expected_a = 4/3, variance = 13/18; statistic = (2/3)^2 / (13/18) = 8/13,
    // p = erfc(sqrt(4/13)) = 0.4328...
    const std::vector<SurvivalObservation> a = {{1, true}, {3, true}};
    const std::vector<SurvivalObservation> b = {{4, false}, {2, true}};
    const LogRankTest t = log_rank(a, b);
    CHECK(t.observed_a == 2.0);
    CHECK(close(t.expected_a, 4.0 / 3));
    CHECK(close(t.variance, 13.0 / 18));
    CHECK(close(t.statistic, 8.0 / 13));
    CHECK(close(t.p_value, std::erfc(std::sqrt(4.0 / 13))));
    CHECK(t.p_value == doctest::Approx(0.43276).epsilon(1e-4));
    // The other way round: observed 1, expected 3 - 4/3 = 5/3, the same statistic.
    const LogRankTest r = log_rank(b, a);
    CHECK(r.observed_a == 1.0);
    CHECK(close(r.expected_a, 5.0 / 3));
    CHECK(close(r.statistic, t.statistic));

    SUBCASE("no event at all: statistic 0, p 1") {
        const std::vector<SurvivalObservation> c1 = {{1, false}, {2, false}}, c2 = {{1.5, false}};
        const LogRankTest none = log_rank(c1, c2);
        CHECK(none.statistic == 0.0);
        CHECK(none.p_value == 1.0);
        CHECK(none.observed_a == 0.0);
        CHECK(none.expected_a == 0.0);
        CHECK(log_rank(std::vector<SurvivalObservation>{}, std::vector<SurvivalObservation>{}).p_value == 1.0);
    }
    SUBCASE("one group empty: the variance is 0, statistic 0, p 1") {
        const LogRankTest one = log_rank(a, std::vector<SurvivalObservation>{});
        CHECK(one.observed_a == 2.0);
        CHECK(one.expected_a == 2.0);
        CHECK(one.statistic == 0.0);
        CHECK(one.p_value == 1.0);
    }
}

TEST_CASE("Kaplan-Meier and log-rank equal statsmodels") {
    const auto fixture = load_fixture();
    REQUIRE(fixture.at("survival").size() >= 5);
    for (const auto& set : fixture.at("survival")) {
        const std::string name = set.at("name").get<std::string>();
        CAPTURE(name);
        const auto a = sample_of(set.at("a"));
        const auto b = sample_of(set.at("b"));
        for (const auto& [sample, key] : {std::pair{&a, "km_a"}, std::pair{&b, "km_b"}}) {
            const std::string km = key;  // CAPTURE is a lambda; clang 14 cannot capture a binding
            CAPTURE(km);
            const auto steps = kaplan_meier(*sample);
            const auto& times = set.at(key).at("times");
            const auto& probs = set.at(key).at("surv_prob");
            REQUIRE(steps.size() == times.size());
            for (std::size_t i = 0; i < steps.size(); ++i) {
                CHECK(steps[i].time == times[i].get<double>());
                CHECK(close(steps[i].survival, probs[i].get<double>()));
                CHECK(close(survival_at(steps, times[i].get<double>()), probs[i].get<double>()));
            }
        }
        const LogRankTest t = log_rank(a, b);
        CHECK(close(t.statistic, set.at("chisq").get<double>()));
        CHECK(close(t.p_value, set.at("pvalue").get<double>()));  // survdiff's 1 - cdf: absolute 1e-9
        CHECK(relatively_close(t.p_value, set.at("pvalue_sf").get<double>()));
        // Symmetric in the groups.
        CHECK(close(log_rank(b, a).statistic, t.statistic));
    }
}
