// Needs × seeds on a hand-drawn network: scores, introduction paths, region summary.
#include <doctest/doctest.h>

#include <cmath>

#include "ecosys/analysis/matching.hpp"
#include "ecosys/error.hpp"
#include "ecosys/links/link_prediction.hpp"
#include "metrics/small_network.hpp"

using namespace ecosys;

namespace {

//   north                                   south
//   c1 (needs Fuel Cells, ＡＩ) -- mp -- bank -- u2 (seeds ai, robotics) -- c2 (needs robotics)
//                                  |
//   u1 (seeds fuel cells) ---------+
//
// mp is a matching planner (government, north); bank is finance (south).
Network drawn() {
    Network net = test::regional_network({{"c1", "north", "industry"},
                                          {"mp", "north", "government"},
                                          {"u1", "north", "academia"},
                                          {"bank", "south", "finance"},
                                          {"u2", "south", "academia"},
                                          {"c2", "south", "industry"}},
                                         {{"c1", "mp"}, {"mp", "u1"}, {"mp", "bank"}, {"bank", "u2"}, {"c2", "u2"}});
    net.actors[0].needs = {"Fuel Cells", "ＡＩ"};
    net.actors[1].role = "matching_planner";
    net.actors[2].seeds = {"fuel cells"};
    net.actors[4].seeds = {"ai", "robotics"};
    net.actors[5].needs = {"robotics"};
    return net;
}

}  // namespace

TEST_CASE("match: scores, introduction paths, unmatched needs") {
    // Four lists, each keyword in two of them: every idf is equal, so c1 = (fc + ai)/√2,
    // u1 = fc, u2 = (ai + robotics)/√2. c2–u2 is tied already and c2–u1 share nothing.
    const MatchReport r = compute_matches(drawn(), {});
    CHECK(r.candidates == 2);
    REQUIRE(r.pairs.size() == 2);
    const MatchPair& first = r.pairs[0];
    CHECK(first.need_actor == "c1");
    CHECK(first.seed_actor == "u1");
    CHECK(first.similarity == doctest::Approx(1 / std::sqrt(2.0)));
    CHECK(first.distance == 2u);
    CHECK(first.jaccard == 1.0);  // both have only mp
    CHECK(first.score == doctest::Approx(0.6 / std::sqrt(2.0) + 0.3 / 2 + 0.1));
    CHECK_FALSE(first.cross_region);
    CHECK(first.shared == std::vector<std::string>{"fuel cells"});
    REQUIRE(first.introduction.size() == 1);
    CHECK(first.introduction[0].id == "mp");
    CHECK(first.introduction[0].role == "matching_planner");
    const MatchPair& second = r.pairs[1];
    CHECK(second.seed_actor == "u2");
    CHECK(second.similarity == doctest::Approx(0.5));
    CHECK(second.distance == 3u);
    CHECK(second.score == doctest::Approx(0.6 * 0.5 + 0.3 / 3));
    CHECK(second.cross_region);
    CHECK(second.shared == std::vector<std::string>{"ai"});
    REQUIRE(second.introduction.size() == 2);
    CHECK(second.introduction[0].id == "mp");
    CHECK(second.introduction[1].id == "bank");
    // north: c1's fuel cells are seeded in north, its ai only in south.
    REQUIRE(r.regions.size() == 2);
    CHECK(r.regions[0].region == "north");
    CHECK(r.regions[0].needs == 2);
    CHECK(r.regions[0].unmatched == 1);
    REQUIRE(r.regions[0].suppliers.size() == 1);
    CHECK(r.regions[0].suppliers[0] == std::pair<std::string, std::size_t>{"south", 1});
    CHECK(r.regions[1].region == "south");
    CHECK(r.regions[1].unmatched == 0);

    MatchRequest cross;
    cross.cross_region_only = true;
    const MatchReport c = compute_matches(drawn(), cross);
    REQUIRE(c.pairs.size() == 1);
    CHECK(c.pairs[0].seed_actor == "u2");
    MatchRequest south;
    south.region = "south";  // c2's only candidate is tied already
    CHECK(compute_matches(drawn(), south).pairs.empty());
}

TEST_CASE("match: a network without needs or seeds says what it needs") {
    Network net = drawn();
    for (Actor& a : net.actors) a.needs.clear();
    MatchRequest request;
    request.input_name = "net.json";
    CHECK_THROWS_WITH_AS((void)compute_matches(net, request),
                         "net.json: error: match needs actors with \"needs\" (technology keywords a company looks for) and "
                         "actors with \"seeds\" (keywords a university or institute offers); this network has 0 actors with "
                         "needs and 2 with seeds. Add them as lists in the actors' records (docs/network-format.md), or, for "
                         "project data, import topics with `import-projects --topic-col COL` and use `match --topics`",
                         InputError);
}

TEST_CASE("match --topics: topics on both sides, each pair once") {
    Network net = drawn();
    for (Actor& a : net.actors) a.needs.clear(), a.seeds.clear();
    net.actors[0].attributes.set("topics", nlohmann::json{{"SC3", 2015}, {"LEIT", 2016}});
    net.actors[2].attributes.set("topics", nlohmann::json::array({"sc3"}));
    net.actors[4].attributes.set("topics", nlohmann::json{{"LEIT", nullptr}});
    CHECK(actor_topics(net.actors[0], 2015) == std::vector<std::string>{"SC3"});
    MatchRequest request;
    request.source = KeywordSource::topics;
    const MatchReport r = compute_matches(net, request);
    CHECK(r.candidates == 2);  // c1–u1 (sc3) and c1–u2 (leit); u1–u2 share nothing
}

TEST_CASE("match: thousands of keywords per actor cost one step per shared keyword, and the answer is the same") {
    // 30 companies and 30 universities, each listing the same 3,000 keywords: every pair
    // shares them all, so each cosine is 1. Comparing every need with every seed took
    // 3,000 x 3,000 steps a pair (minutes here); one step per shared keyword takes
    // 3,000. Tie ci-ui: those pairs are tied already and not listed.
    std::vector<test::ActorSpec> actors;
    std::vector<test::TieSpec> ties;
    for (int i = 0; i < 30; ++i) {
        actors.push_back({"c" + std::to_string(i), "r" + std::to_string(i % 3), "industry"});
        actors.push_back({"u" + std::to_string(i), "r" + std::to_string((i + 1) % 3), "academia"});
        ties.push_back({"c" + std::to_string(i), "u" + std::to_string(i)});
    }
    Network net = test::regional_network(actors, ties);
    std::vector<std::string> keywords;
    for (int k = 0; k < 3000; ++k) keywords.push_back("kw" + std::to_string(k));
    for (Actor& a : net.actors) (a.sector == "industry" ? a.needs : a.seeds) = keywords;
    MatchRequest request;
    request.top = 5;
    const MatchReport r = compute_matches(net, request);
    CHECK(r.candidates == 30 * 29);
    REQUIRE(r.pairs.size() == 5);
    for (const MatchPair& p : r.pairs) {
        CHECK(p.similarity == doctest::Approx(1.0));
        CHECK(p.shared.size() == 3000);
        CHECK(p.need_actor[0] == 'c');
        CHECK(p.seed_actor[0] == 'u');
    }
    // Every company's 3,000 needs are seeded in its own region: none unmatched.
    for (const RegionNeeds& rn : r.regions) {
        CHECK(rn.needs == 10 * 3000);
        CHECK(rn.unmatched == 0);
    }
}

TEST_CASE("match: --top is at most max_listed_pairs") {
    MatchRequest request;
    request.top = max_listed_pairs + 1;
    CHECK_THROWS_WITH_AS((void)compute_matches(drawn(), request),
                         "--top 1000001 asks for more than the 1000000 pairs match lists at once (each is held in memory "
                         "with its shared keywords and introduction path while searched and written); ask for at most "
                         "1000000, or list the best pairs of a part at a time with --region or --cross-region-only",
                         UsageError);
    request.top = max_listed_pairs;  // the largest accepted: as many as there are
    CHECK(compute_matches(drawn(), request).pairs.size() == 2);
}
