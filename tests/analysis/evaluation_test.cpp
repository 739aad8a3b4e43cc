// Programme evaluation on a drawn network: the difference in differences, its exact
// randomization p-value and the durability of the programme's ties, worked by hand.

#include <doctest/doctest.h>

#include "ecosys/analysis/evaluation.hpp"
#include "ecosys/error.hpp"
#include "ecosys/io/reader.hpp"

using namespace ecosys;

namespace {

// Four regions of five actors. Programme P (2015-2016) declares A and B; pre = 2013-2014.
// Ties inside the regions (year):            tied_pairs pre  post  change
//   A: a1-a2 (13) | a1-a3, a1-a4 (15), a2-a3, a4-a5 (16)   1     4     3
//   B: b1-b2 (13), b2-b3 (14) | b1-b3, b3-b4 (15), b4-b5 (16)  2  3   1
//   C: c1-c2 (14) | c2-c3, c3-c4 (16)                       1     2     1
//   D: d1-d2, d2-d3 (13) | d1-d3 (15), d3-d4 (16)           2     2     0
// DiD = mean(3, 1) - mean(1, 0) = 2 - 0.5 = 1.5.
// The 6 ways to pick 2 treated of 4 (changes A 3, B 1, C 1, D 0):
//   AB 2-0.5 = 1.5   AC 2-0.5 = 1.5   AD 1.5-1 = 0.5   BC 1-1.5 = -0.5   BD 0.5-2 = -1.5   CD 0.5-2 = -1.5
// |DiD| >= 1.5 in AB, AC, BD, CD: p = 4/6.
//
// Projects and ties across regions, for the durability (data end 2018):
//   p1 (P) 2015-2016 {a1, b1}, then the tie a1-b1 in 2018: again 2 years after p1 ended
//   p2 (P) 2015      {a2, b2}, nothing after: censored at 2018 - 2015 = 3 years
//   q1     2015      {c1, d1}, then the tie c1-d1 in 2016: again after 1 year
//   q2     2014      {c2, d2}: first tied in 2014, a year no P pair began: not compared
// Programme: times 2 (again), 3 (censored): S(2) = 1/2.  Other: time 1 (again): S(1) = 0.
// Log-rank: t=1: n_P 2, n_O 1, 1 event (O): E_P = 2/3, V = (2/3)(1/3)(2/2) = 2/9;
//           t=2: n_P 2, n_O 0, 1 event (P): E_P += 1, V += 0. O_P = 1, E_P = 5/3:
//           chi-square = (1 - 5/3)^2 / (2/9) = 2, p = erfc(1) = 0.157299207050285.
const char* const drawn = R"({
 "programmes": [{"id": "P", "name": "Cluster programme", "regions": ["A", "B"], "years": "2015-2016"}],
 "actors": [
  {"id": "a1", "sector": "academia", "region": "A"}, {"id": "a2", "sector": "industry", "region": "A"},
  {"id": "a3", "sector": "industry", "region": "A"}, {"id": "a4", "sector": "government", "region": "A"},
  {"id": "a5", "sector": "finance", "region": "A"},
  {"id": "b1", "sector": "academia", "region": "B"}, {"id": "b2", "sector": "industry", "region": "B"},
  {"id": "b3", "sector": "industry", "region": "B"}, {"id": "b4", "sector": "government", "region": "B"},
  {"id": "b5", "sector": "finance", "region": "B"},
  {"id": "c1", "sector": "academia", "region": "C"}, {"id": "c2", "sector": "industry", "region": "C"},
  {"id": "c3", "sector": "industry", "region": "C"}, {"id": "c4", "sector": "government", "region": "C"},
  {"id": "d1", "sector": "academia", "region": "D"}, {"id": "d2", "sector": "industry", "region": "D"},
  {"id": "d3", "sector": "industry", "region": "D"}, {"id": "d4", "sector": "government", "region": "D"}
 ],
 "ties": [
  {"source": "a1", "target": "a2", "year": 2013}, {"source": "a1", "target": "a3", "year": 2015},
  {"source": "a1", "target": "a4", "year": 2015}, {"source": "a2", "target": "a3", "year": 2016},
  {"source": "a4", "target": "a5", "year": 2016},
  {"source": "b1", "target": "b2", "year": 2013}, {"source": "b2", "target": "b3", "year": 2014},
  {"source": "b1", "target": "b3", "year": 2015}, {"source": "b3", "target": "b4", "year": 2015},
  {"source": "b4", "target": "b5", "year": 2016},
  {"source": "c1", "target": "c2", "year": 2014}, {"source": "c2", "target": "c3", "year": 2016},
  {"source": "c3", "target": "c4", "year": 2016},
  {"source": "d1", "target": "d2", "year": 2013}, {"source": "d2", "target": "d3", "year": 2013},
  {"source": "d1", "target": "d3", "year": 2015}, {"source": "d3", "target": "d4", "year": 2016},
  {"source": "a1", "target": "b1", "year": 2018}, {"source": "c1", "target": "d1", "year": 2016}
 ],
 "projects": [
  {"id": "p1", "year": 2015, "end_year": 2016, "programme": "P", "participants": ["a1", "b1"]},
  {"id": "p2", "year": 2015, "programme": "P", "participants": ["a2", "b2"]},
  {"id": "q1", "year": 2015, "participants": ["c1", "d1"]},
  {"id": "q2", "year": 2014, "participants": ["c2", "d2"]}
 ]
})";

Network network() { return read_json_network_text(drawn, "drawn.json").network; }

const EvaluationMetric& metric(const ProgrammeEvaluation& r, const std::string& key) {
    for (const EvaluationMetric& m : r.metrics)
        if (m.key == key) return m;
    FAIL("no metric " << key);
    throw 0;
}

}  // namespace

TEST_CASE("evaluate: the difference in differences of tied_pairs and its exact p-value, by hand") {
    ProgrammeRequest q;
    q.programme = "P";
    q.metrics = {"tied_pairs"};
    const ProgrammeEvaluation r = evaluate_programme(network(), q);
    CHECK(r.pre == YearWindow{2013, 2014});  // as long as the programme's years, just before
    CHECK(r.post == YearWindow{2015, 2016});
    CHECK(r.treated == std::vector<std::string>{"A", "B"});
    CHECK(r.control == std::vector<std::string>{"C", "D"});
    const EvaluationMetric& m = metric(r, "tied_pairs");
    CHECK(m.treated_pre == 1.5);
    CHECK(m.treated_post == 3.5);
    CHECK(m.control_pre == 1.5);
    CHECK(m.control_post == 2.0);
    CHECK(m.did == 1.5);
    CHECK(m.exact);
    CHECK(m.assignments == 6);
    CHECK(m.p_value == doctest::Approx(4.0 / 6.0));
}

TEST_CASE("evaluate: weighted by the regions' actors in the pre window") {
    // Pre-window actors (those with a tie or project dated 2013-2014): A a1 a2 = 2;
    // B b1 b2 b3 = 3; C c1 c2 = 2 (+ q2's c2); D d1 d2 d3 = 3 (q2 adds d2).
    // Treated: (2*3 + 3*1)/5 = 9/5; control: (2*1 + 3*0)/5 = 2/5; DiD = 7/5.
    ProgrammeRequest q;
    q.programme = "P";
    q.metrics = {"tied_pairs"};
    q.weight = RegionWeight::actors;
    const ProgrammeEvaluation r = evaluate_programme(network(), q);
    CHECK(metric(r, "tied_pairs").did == doctest::Approx(1.4));
}

TEST_CASE("evaluate: the durability of the programme's ties, by hand") {
    const Durability d = programme_durability(network(), "P");
    CHECK(d.last_year == 2018);
    REQUIRE(d.groups.size() == 2);
    const DurabilityGroup& p = d.groups[0];
    const DurabilityGroup& o = d.groups[1];
    CHECK(p.group == "programme");
    CHECK(p.pairs == 2);
    CHECK(p.events == 1);
    CHECK(o.group == "other");
    CHECK(o.pairs == 1);
    CHECK(o.events == 1);
    REQUIRE(p.km.size() == 4);  // 0..3 years, the longest follow-up
    CHECK(p.km[0].share_again == 0.0);
    CHECK(p.km[1].share_again == 0.0);
    CHECK(p.km[2].share_again == 0.5);
    CHECK(p.km[3].share_again == 0.5);
    CHECK(o.km[0].share_again == 0.0);
    CHECK(o.km[1].share_again == 1.0);
    REQUIRE(d.logrank_statistic);
    CHECK(*d.logrank_statistic == doctest::Approx(2.0));
    CHECK(*d.logrank_p == doctest::Approx(0.157299207050285));
}

TEST_CASE("evaluate: the event study compares each year with the last pre year") {
    // tied_pairs in each single year (a region with no tie or project dated that year has
    // no actors then, and is left out):
    //        2013  2014  2015  2016
    //   A     1     -     2     2      (p1 and p2 keep a1, a2 in 2015)
    //   B     1     1     2     1
    //   C     -     1     0     2      (q2 keeps c2 in 2014, q1 c1 in 2015, the tie c1-d1 in 2016)
    //   D     2     0     1     1
    // Against 2014 (A left out): 2013 B 0 vs D 2: -2; 2015 B 1 vs C -1, D 1: 1 - 0 = 1;
    // 2016 B 0 vs C 1, D 1: -1.
    ProgrammeRequest q;
    q.programme = "P";
    q.metrics = {"tied_pairs"};
    q.event_study = true;
    const ProgrammeEvaluation r = evaluate_programme(network(), q);
    REQUIRE(r.event_study.size() == 3);
    const std::vector<std::pair<int, double>> expected = {{2013, -2.0}, {2015, 1.0}, {2016, -1.0}};
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(r.event_study[i].year == expected[i].first);
        REQUIRE(r.event_study[i].metrics.size() == 1);
        CHECK(r.event_study[i].metrics[0].did == expected[i].second);
    }
    CHECK(r.event_study[1].metrics[0].treated_regions == 1);
    CHECK(r.event_study[1].metrics[0].control_regions == 2);
    CHECK(r.event_study[1].metrics[0].assignments == 3);
}

TEST_CASE("evaluate: bad requests are usage errors that name the problem") {
    const Network net = network();
    ProgrammeRequest q;
    q.programme = "Q";
    CHECK_THROWS_WITH_AS((void)evaluate_programme(net, q), "unknown programme 'Q'; programmes: P", UsageError);
    q.programme = "P";
    q.pre = YearWindow{2014, 2015};
    CHECK_THROWS_WITH_AS((void)evaluate_programme(net, q),
                         "the windows overlap: --pre 2014-2015 and --post 2015-2016; a year belongs to one of them at most",
                         UsageError);
    q.pre = YearWindow{2001, 2002};
    CHECK_THROWS_WITH_AS((void)evaluate_programme(net, q),
                         "--pre 2001-2002 holds no dated tie or project of the network; choose years the data covers",
                         UsageError);
    q.pre.reset();
    q.control = {"A"};
    CHECK_THROWS_WITH_AS((void)evaluate_programme(net, q), "region 'A' is both treated and control; a region is one or the other",
                         UsageError);
    q.control = {"E"};
    CHECK_THROWS_AS((void)evaluate_programme(net, q), UsageError);
    q.control.clear();
    q.metrics = {"top_brokers"};
    CHECK_THROWS_WITH_AS((void)evaluate_programme(net, q),
                         "metric 'top_brokers' is not one number per region; --metrics takes scalar region keys", UsageError);
}
