// Difference in differences and its randomization test on hand-worked panels, and equal to
// the two-way fixed-effects coefficient of statsmodels on the reference panels
// (tests/reference/evaluation.json, make_evaluation_reference.py).
#include <doctest/doctest.h>

#include "evaluation/evaluation_fixture.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ecosys/evaluation/did.hpp"

using namespace ecosys;

namespace {

bool close(double x, double y, double tol = 1e-9) { return std::abs(x - y) <= tol * std::max(1.0, std::abs(y)); }

//   region  treated  pre  post  d = post - pre
//   A       yes      10   15    5
//   B       yes      12   15    3
//   C       no        8    8    0
//   D       no       11   11    0
//   E       no        9   11    2
//
// treated: pre (10 + 12)/2 = 11, post 15: +4. control: pre 28/3, post 30/3 = 10: +2/3.
// did = 4 - 2/3 = 10/3.
std::vector<PanelRegion> hand_panel() {
    return {{"A", true, 10, 15}, {"B", true, 12, 15}, {"C", false, 8, 8}, {"D", false, 11, 11}, {"E", false, 9, 11}};
}

nlohmann::json load_fixture() { return ecosys::test::load_evaluation_fixture(); }

std::vector<PanelRegion> panel_of(const nlohmann::json& regions) {
    std::vector<PanelRegion> out;
    for (const auto& r : regions)
        out.push_back({r.at("id").get<std::string>(), r.at("treated").get<bool>(), r.at("pre").get<double>(),
                       r.at("post").get<double>(), r.at("weight").get<double>()});
    return out;
}

}  // namespace

TEST_CASE("DiD on a hand-worked panel") {
    const auto panel = hand_panel();
    const DidEstimate e = difference_in_differences(panel);
    CHECK(e.treated_pre == 11.0);
    CHECK(e.treated_post == 15.0);
    CHECK(close(e.control_pre, 28.0 / 3));
    CHECK(e.control_post == 10.0);
    CHECK(close(e.did, 10.0 / 3));

    // Randomization: with d = (5, 3, 0, 0, 2), sum 10, a treated pair S of d-sum s gives
    // did = s/2 - (10 - s)/3 = (5s - 20)/6. The C(5,2) = 10 assignments:
    //   AB s=8  +20/6 (observed)   AC s=5  +5/6    AD s=5  +5/6    AE s=7  +15/6
    //   BC s=3   -5/6              BD s=3  -5/6    BE s=5  +5/6    CD s=0  -20/6
    //   CE s=2  -10/6              DE s=2  -10/6
    // |did| >= 20/6: AB and CD (a tie, reached by other sums: the tolerance counts it), p = 2/10.
    const RandomizationTest t = randomization_test(panel, 999, 1);
    CHECK(t.exact);
    CHECK(t.assignments == 10);
    CHECK(t.as_extreme == 2);
    CHECK(t.p_value == 0.2);
    CHECK(close(t.observed, 10.0 / 3));

    SUBCASE("one treated region: every region in turn") {
        // Only A treated, d = (5 | 3, 0, 0, 2): did = 5 - 5/4 = 3.75; B 3 - 7/4 = 1.25; C, D 0 - 10/4 = -2.5;
        // E 2 - 8/4 = 0. Only A itself reaches 3.75: p = 1/5.
        auto one = panel;
        one[1].treated = false;
        const RandomizationTest t1 = randomization_test(one, 999, 1);
        CHECK(t1.exact);
        CHECK(t1.assignments == 5);
        CHECK(t1.p_value == 0.2);
        CHECK(close(t1.observed, 3.75));
    }
    SUBCASE("no effect at all: every assignment ties, p = 1") {
        std::vector<PanelRegion> flat = {{"a", true, 1, 3}, {"b", false, 4, 6}, {"c", false, 7, 9}, {"d", true, 0, 2}};
        CHECK(difference_in_differences(flat).did == 0.0);
        const RandomizationTest t0 = randomization_test(flat, 99, 1);
        CHECK(t0.assignments == 6);
        CHECK(t0.p_value == 1.0);
    }
}

TEST_CASE("DiD with weights") {
    //   region  treated  pre  post  d  weight
    //   T1      yes      10   10    0  3
    //   T2      yes      20   21    1  3     treated: pre (30 + 60)/6 = 15, post (30 + 63)/6 = 15.5: +0.5
    //   C1      no       30   30    0  1
    //   C2      no       10   16    6  3     control: pre (30 + 30)/4 = 15, post (30 + 48)/4 = 19.5: +4.5
    // did = 0.5 - 4.5 = -4. Unweighted: treated +0.5, control pre 20, post 23: +3, did = -2.5.
    const std::vector<PanelRegion> panel = {
        {"T1", true, 10, 10, 3}, {"T2", true, 20, 21, 3}, {"C1", false, 30, 30, 1}, {"C2", false, 10, 16, 3}};
    const DidEstimate e = difference_in_differences(panel);
    CHECK(e.treated_pre == 15.0);
    CHECK(e.treated_post == 15.5);
    CHECK(e.control_pre == 15.0);
    CHECK(e.control_post == 19.5);
    CHECK(e.did == -4.0);

    // The C(4,2) = 6 assignments; w d = (0, 3, 0, 18), sums w 10, w d 21; did = mean in - mean out:
    //   {T1,T2} 3/6 - 18/4  = -4 (observed)    {C1,C2} 18/4 - 3/6  = +4
    //   {T1,C1} 0/4 - 21/6  = -7/2             {T2,C2} 21/6 - 0/4  = +7/2
    //   {T1,C2} 18/6 - 3/4  = +9/4             {T2,C1} 3/4 - 18/6  = -9/4
    // |did| >= 4: {T1,T2} and {C1,C2}, p = 2/6 = 1/3.
    const RandomizationTest t = randomization_test(panel, 99, 1);
    CHECK(t.exact);
    CHECK(t.assignments == 6);
    CHECK(t.as_extreme == 2);
    CHECK(close(t.p_value, 1.0 / 3));
    CHECK(t.observed == -4.0);

    // Unweighted, d = (0, 1, 0, 6) with sum 7: {T1,T2} 1/2 - 6/2 = -5/2 (observed), {C1,C2} +5/2,
    // {T1,C1} 0 - 7/2 = -7/2, {T2,C2} +7/2, {T1,C2} 6/2 - 1/2 = +5/2, {T2,C1} -5/2: all six
    // reach 5/2, p = 1. The weights matter.
    auto unweighted = panel;
    for (auto& r : unweighted) r.weight = 1;
    CHECK(difference_in_differences(unweighted).did == -2.5);
    const RandomizationTest u = randomization_test(unweighted, 99, 1);
    CHECK(u.as_extreme == 6);
    CHECK(u.p_value == 1.0);
}

TEST_CASE("DiD errors") {
    std::vector<PanelRegion> none_treated = {{"a", false, 1, 2}, {"b", false, 1, 3}};
    CHECK_THROWS_WITH_AS((void)difference_in_differences(none_treated),
                         "difference_in_differences: no treated region among 2; mark at least one region treated",
                         std::invalid_argument);
    std::vector<PanelRegion> all_treated = {{"a", true, 1, 2}, {"b", true, 1, 3}, {"c", true, 0, 0}};
    CHECK_THROWS_WITH_AS((void)difference_in_differences(all_treated),
                         "difference_in_differences: no control region among 3; leave at least one region untreated",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS((void)randomization_test(all_treated, 10, 1),
                         "randomization_test: no control region among 3; leave at least one region untreated",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS((void)difference_in_differences(std::vector<PanelRegion>{}),
                         "difference_in_differences: no treated region among 0; mark at least one region treated",
                         std::invalid_argument);
    std::vector<PanelRegion> bad_weight = {{"a", true, 1, 2, 1}, {"b", false, 1, 3, 0}};
    CHECK_THROWS_WITH_AS((void)difference_in_differences(bad_weight),
                         "difference_in_differences: region 'b' has weight 0; weights must be finite and > 0",
                         std::invalid_argument);
    std::vector<PanelRegion> bad_value = {{"a", true, 1, std::numeric_limits<double>::quiet_NaN()}, {"b", false, 1, 3}};
    CHECK_THROWS_WITH_AS((void)difference_in_differences(bad_value),
                         "difference_in_differences: region 'a' has an outcome that is not a finite number "
                         "(pre or post)",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS((void)randomization_test(hand_panel(), 0, 1, 5),
                         "randomization_test: C(5, 2) assignments exceed exact_limit 5 and permutations is 0; "
                         "ask for some random permutations (e.g. 9999)",
                         std::invalid_argument);
}

TEST_CASE("DiD randomization test, Monte-Carlo branch") {
    // 14 regions, 5 treated: C(14,5) = 2002 assignments. d_i = i mod 7, plus 1.5 on treated ones;
    // weight 1 + i mod 4.
    std::vector<PanelRegion> panel;
    for (int i = 0; i < 14; ++i) {
        const bool treated = i % 3 == 0 && i < 13;  // 0, 3, 6, 9, 12
        const double pre = 5.0 + i;
        panel.push_back({"r" + std::to_string(i), treated, pre, pre + (i % 7) + (treated ? 1.5 : 0.0), 1.0 + (i % 4)});
    }
    // Treated 0, 3, 6, 9, 12 (d = 1.5, 4.5, 7.5, 3.5, 6.5; weights 1, 4, 3, 2, 1): did = 51/22. Enumerated
    // in exact fractions (Python's itertools and fractions), 214 of the 2002 assignments reach |51/22|.
    const RandomizationTest exact = randomization_test(panel, 0, 0);
    REQUIRE(exact.exact);
    CHECK(exact.assignments == 2002);
    CHECK(close(exact.observed, 51.0 / 22));
    CHECK(exact.as_extreme == 214);
    CHECK(exact.p_value == 214.0 / 2002);

    const std::uint64_t n = 20000;
    const RandomizationTest mc = randomization_test(panel, n, 42, 1000);
    CHECK_FALSE(mc.exact);
    CHECK(mc.assignments == n);
    // p = (b + 1) / (N + 1), b = as_extreme
    CHECK(mc.p_value == static_cast<double>(mc.as_extreme + 1) / static_cast<double>(n + 1));
    CHECK(mc.as_extreme <= n);
    // Within 4 standard errors of the exact p (sd of b/N is sqrt(p(1-p)/N), about 0.0022 here).
    const double se = std::sqrt(exact.p_value * (1 - exact.p_value) / static_cast<double>(n));
    CHECK(std::abs(mc.p_value - exact.p_value) <= 4 * se + 1.0 / static_cast<double>(n));
    // The same seed gives the same draws; another seed other ones (almost surely another count).
    const RandomizationTest again = randomization_test(panel, n, 42, 1000);
    CHECK(again.as_extreme == mc.as_extreme);
    CHECK(again.p_value == mc.p_value);
    const RandomizationTest other = randomization_test(panel, n, 43, 1000);
    CHECK(std::abs(other.p_value - exact.p_value) <= 4 * se + 1.0 / static_cast<double>(n));

    SUBCASE("more treated than control: the smaller group is drawn, the result alike") {
        auto flipped = panel;
        for (auto& r : flipped) r.treated = !r.treated;  // 9 treated; |did| is the same for each assignment
        const RandomizationTest fe = randomization_test(flipped, 0, 0);
        CHECK(fe.as_extreme == exact.as_extreme);
        const RandomizationTest fm = randomization_test(flipped, n, 42, 1000);
        CHECK(std::abs(fm.p_value - exact.p_value) <= 4 * se + 1.0 / static_cast<double>(n));
    }
}

TEST_CASE("DiD binomial") {
    CHECK(binomial(5, 2) == 10);
    CHECK(binomial(20, 10) == 184756);
    CHECK(binomial(7, 0) == 1);
    CHECK(binomial(7, 7) == 1);
    CHECK(binomial(3, 4) == 0);
    CHECK(binomial(0, 0) == 1);
    CHECK(binomial(62, 31) == 465428353255261088ULL);
    CHECK(binomial(67, 33) == 14226520737620288370ULL);  // just below 2^64
    CHECK(binomial(68, 34) == UINT64_MAX);                // 28453041475240576740 > 2^64: saturates
    CHECK(binomial(UINT64_MAX, 1) == UINT64_MAX);
    CHECK(binomial(UINT64_MAX, 2) == UINT64_MAX);
    CHECK(binomial(1000000, 2) == 499999500000ULL);
}

TEST_CASE("DiD equals statsmodels' two-way fixed-effects coefficient") {
    const auto fixture = load_fixture();
    REQUIRE(fixture.at("did").size() >= 4);
    for (const auto& p : fixture.at("did")) {
        const std::string name = p.at("name").get<std::string>();
        CAPTURE(name);
        const auto panel = panel_of(p.at("regions"));
        const DidEstimate e = difference_in_differences(panel);
        CHECK(close(e.did, p.at("twfe").get<double>()));
        if (p.contains("exact_p")) {
            const RandomizationTest t = randomization_test(panel, 0, 0);
            CHECK(t.exact);
            CHECK(close(t.p_value, p.at("exact_p").get<double>(), 1e-12));
        } else {
            // Too many assignments to enumerate: the Monte-Carlo branch runs.
            const RandomizationTest t = randomization_test(panel, 999, 7);
            CHECK_FALSE(t.exact);
            CHECK(t.assignments == 999);
        }
    }
}

TEST_CASE("DiD of groups that changed alike is 0, not rounding noise") {
    //   region  treated  pre  post  d
    //   A, B    yes      0.1  0.3   0.2
    //   C, D    no       0.2  0.4   0.2      did = 0.2 - 0.2 = 0
    // In floating point (0.3 - 0.1) - (0.4 - 0.2) is -2.8e-17: it printed, and read as a
    // (tiny) negative effect (docs/robustness.md, "Zero up to rounding").
    const std::vector<PanelRegion> panel{{"A", true, 0.1, 0.3}, {"B", true, 0.1, 0.3}, {"C", false, 0.2, 0.4}, {"D", false, 0.2, 0.4}};
    CHECK(difference_in_differences(panel).did == 0.0);
}
