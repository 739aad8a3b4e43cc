// The evaluation on a network whose later ties are known by construction.
#include <doctest/doctest.h>

#include "ecosys/analysis/link_evaluation.hpp"
#include "ecosys/error.hpp"
#include "ecosys/io/reader.hpp"
#include "metrics/reference_fixture.hpp"

using namespace ecosys;

namespace {

// k disjoint "V"s trained up to 2015, each closed after it:
//
//   a_i --2010-- h_i --2010-- b_i        a_i --2020-- b_i  (later)
//
// The only untied pairs with a common neighbour are the a_i–b_i, exactly the later
// ties, so the neighbourhood scores see them all (AUC 1); a_i and b_i share a topic.
Network vees(std::size_t k) {
    Network net;
    net.name = "vees";
    for (std::size_t i = 0; i < k; ++i)
        for (const char* p : {"a", "h", "b"}) {
            Actor a;
            a.id = std::string(p) + std::to_string(i);
            a.sector = "industry";
            if (*p != 'h') a.attributes.set("topics", nlohmann::json{{"topic" + std::to_string(i), 2012}});
            net.actors.push_back(std::move(a));
        }
    net.index();
    for (std::size_t i = 0; i < k; ++i) {
        net.ties.push_back({3 * i, 3 * i + 1, "tie", 1.0, 2010});
        net.ties.push_back({3 * i + 1, 3 * i + 2, "tie", 1.0, 2010});
        net.ties.push_back({3 * i, 3 * i + 2, "tie", 1.0, 2020});
    }
    return net;
}

}  // namespace

TEST_CASE("evaluation: later ties known by construction") {
    const Network net = vees(50);
    EvaluationRequest request;
    request.train_until = 2015;
    const EvaluationReport r = evaluate_link_prediction(net, request);
    CHECK(r.training_actors == 150);
    CHECK(r.training_edges == 100);
    CHECK(r.candidates == 150 * 149 / 2 - 100);
    CHECK(r.positives == 50);
    CHECK(r.keywords == "topics");
    REQUIRE(r.methods.size() == 7);
    for (const MethodEvaluation& m : r.methods) {
        CAPTURE(m.method);
        if (m.method == "preferential_attachment" || m.method == "random") continue;
        CHECK(m.auc == 1.0);
        CHECK(m.average_precision == 1.0);
        CHECK(m.precision_at_10 == 1.0);
        CHECK(m.precision_at_100 == doctest::Approx(0.5));  // 50 positives in the first 100
    }
    const MethodEvaluation& random = r.methods.back();
    CHECK(random.method == "random");
    CHECK(random.auc == doctest::Approx(0.5).epsilon(0.2));  // 50 positives: standard error about 0.04
    // Preferential attachment: positives score 1·1, as the a_i–a_j pairs do; h_i pairs score more.
    CHECK(r.methods[4].auc < 0.5);
}

TEST_CASE("evaluation: a subset of methods, and what cannot be evaluated") {
    Network net = vees(3);
    EvaluationRequest request;
    request.train_until = 2015;
    request.methods = {"jaccard", "random"};
    request.input_name = "vees.json";
    CHECK(evaluate_link_prediction(net, request).methods.size() == 2);
    request.methods = {"jacard"};
    CHECK_THROWS_AS((void)evaluate_link_prediction(net, request), UsageError);
    request.methods.clear();
    request.train_until = 2020;
    CHECK_THROWS_WITH_AS((void)evaluate_link_prediction(net, request),
                         "vees.json: error: no pair of actors present up to 2020 is tied after 2020 (0 later pairs, none between "
                         "two untied training actors); choose an earlier --train-until",
                         InputError);
    request.train_until = 2000;
    CHECK_THROWS_WITH_AS((void)evaluate_link_prediction(net, request),
                         "vees.json: error: no tie or project is dated 2000 or earlier; choose a later --train-until", InputError);
    for (Tie& t : net.ties) t.year.reset();
    CHECK_THROWS_WITH_AS((void)evaluate_link_prediction(net, request),
                         "vees.json: error: no tie or project has a year, so there is nothing to train on and nothing to "
                         "predict; --evaluate needs ties or projects with a \"year\"",
                         InputError);
}

TEST_CASE("evaluation of the Japan network equals the NetworkX protocol (make_link_reference.py)") {
    const nlohmann::json fixture = test::load_fixture("links", "make_link_reference.py");
    const nlohmann::json& expected = fixture.at("evaluation").at("japan-innovation");
    const LoadResult loaded = load_network(std::string(ECOSYS_NETWORKS_DIR) + "/japan-innovation.json");
    EvaluationRequest request;
    request.train_until = expected.at("train_until").get<int>();
    for (const auto& [method, values] : expected.at("methods").items()) request.methods.push_back(method);
    const EvaluationReport r = evaluate_link_prediction(loaded.network, request);
    CHECK(r.training_actors == expected.at("training_actors").get<std::size_t>());
    CHECK(r.candidates == expected.at("candidates").get<std::size_t>());
    CHECK(r.positives == expected.at("positives").get<std::size_t>());
    REQUIRE(r.methods.size() == 5);
    for (const MethodEvaluation& m : r.methods) {
        CAPTURE(m.method);
        const nlohmann::json& e = expected.at("methods").at(m.method);
        CHECK(m.auc == doctest::Approx(e.at("auc").get<double>()).epsilon(1e-9));
        CHECK(m.average_precision == doctest::Approx(e.at("average_precision").get<double>()).epsilon(1e-9));
        CHECK(m.precision_at_10 == doctest::Approx(e.at("precision_at_10").get<double>()).epsilon(1e-9));
        CHECK(m.precision_at_100 == doctest::Approx(e.at("precision_at_100").get<double>()).epsilon(1e-9));
        CHECK(m.precision_at_1000 == doctest::Approx(e.at("precision_at_1000").get<double>()).epsilon(1e-9));
    }
}
