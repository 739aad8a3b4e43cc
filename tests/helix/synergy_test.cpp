#include <doctest/doctest.h>

#include <cmath>

#include "ecosys/helix/synergy.hpp"
#include "helix/helix_test_network.hpp"

using namespace ecosys;
using ecosys::test::helix_network;

namespace {
// Bits in the order of the helices academia (1), industry (2), government (4), finance (8).
constexpr std::uint32_t A = 1, I = 2, G = 4, F = 8;
const std::vector<std::string> four = {"academia", "industry", "government", "finance"};
}  // namespace

TEST_CASE("synergy: government takes part exactly when one of academia and industry does (XOR): T = -1 bit") {
    // Projects:            a  i  g  f
    //   a bank's own      0  0  0  1
    //   academia + gov    1  0  1  0
    //   industry + gov    0  1  1  0
    //   academia + ind    1  1  0  0
    // H_a = H_i = H_g = 1 (present in 2 of 4); every pair takes 4 distinct values: 2 bits;
    // the triple too: 2 bits. T(a,i,g) = 3 - 3 x 2 + 2 = -1: all the information is
    // in the three-way configuration, none in any pair: maximal synergy.
    // With finance: H_f = H(1/4, 3/4) = 0.811278; pairs with f take 3 values (1/4, 1/2, 1/4):
    // 1.5 bits each; all four triples and the quadruple: 2 bits.
    // T4 = (3 + 0.811278) - (3 x 2 + 3 x 1.5) + 4 x 2 - 2 = -0.688722; R4 = -T4 = +0.688722.
    Synergy s(four, {F, A | G, I | G, A | I});
    s.run();
    CHECK(s.projects() == 4);
    CHECK(s.entropy(A) == doctest::Approx(1.0));
    CHECK(s.entropy(F) == doctest::Approx(0.8112781244591328));
    CHECK(s.entropy(A | F) == doctest::Approx(1.5));
    CHECK(s.t3() == doctest::Approx(-1.0));
    CHECK(*s.t4() == doctest::Approx(-0.6887218755408675));
    CHECK(*s.r4() == doctest::Approx(0.6887218755408675));
    CHECK(s.information(A | I) == doctest::Approx(0.0));  // a and i alone are independent
}

TEST_CASE("synergy: helices that always come together are redundant: T = +1 bit") {
    // Two projects of academia + industry + government, two of finance alone: a = i = g,
    // each 1 bit, every pair and the triple also 1 bit: T = 3 - 3 + 1 = +1.
    Synergy s({"academia", "industry", "government"}, {A | I | G, A | I | G, 1u << 3, 1u << 3});
    s.run();
    CHECK(s.t3() == doctest::Approx(1.0));
    CHECK_FALSE(s.t4().has_value());
}

TEST_CASE("synergy: no variation across projects gives T = 0") {
    Synergy s(four, {A | I | G | F, A | I | G | F, A | I | G});
    s.run();
    CHECK(s.t3() == 0.0);  // a, i, g in every project: every entropy with them is that of f alone
    CHECK(*s.t4() == doctest::Approx(0.0));
    CHECK(*s.r4() == 0.0);
}

TEST_CASE("synergy: a project's helices are its participants' sectors, inside the region asked for") {
    //   p1: u (academia, north), c (industry, north), b (finance, south)
    //   p2: b only (south)
    const Network net = helix_network({{"u", "academia", "north"}, {"c", "industry", "north"}, {"b", "finance", "south"}}, {},
                                      {{"p1", {"u", "c", "b"}}, {"p2", {"b"}}});
    CHECK(synergy_helices(net) == four);
    const std::vector<std::size_t> all = {0, 1, 2};
    CHECK(project_patterns(net, four, all) == std::vector<std::uint32_t>{A | I | F, F});
    const std::vector<std::size_t> north = net.actors_in_region("north");
    CHECK(project_patterns(net, four, north) == std::vector<std::uint32_t>{A | I});  // p2 has nobody in the north
}

TEST_CASE("synergy needs three or four helices") {
    CHECK_THROWS_AS(Synergy({"academia", "industry"}, {}), std::invalid_argument);
    Network two;
    two.sectors = {{"x", "", ""}, {"y", "", ""}};
    two.index();
    CHECK(synergy_helices(two).empty());
}

TEST_CASE("synergy: with no finance project T4 is exactly 0, not the rounding of T3 - T3") {
    // Six projects, none with finance:  i+g, a, a+g, i, a+i+g, g.
    // Every entropy with the finance bit equals the one without it, so the 15 terms of T4
    // cancel in pairs: T4 = 0 exactly. Summed in floating point they left 2.2e-16, which
    // `helix` printed as "T4 = 2.22045e-16, R4 = -2.22045e-16 bits".
    Synergy s(four, {I | G, A, A | G, I, A | I | G, G});
    s.run();
    CHECK(s.t3() == doctest::Approx(-0.25162916738782304));
    CHECK(*s.t4() == 0.0);
    CHECK(*s.r4() == 0.0);
    CHECK(!std::signbit(*s.r4()));
}
