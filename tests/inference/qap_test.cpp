// QAP regression and correlation: a hand-worked OLS on four actors, the values of R's sna
// package (netlm, netlogit, gcor + qaptest) on the reference matrices of
// tests/reference/qap.json (written by tests/reference/make_qap_reference.R), the same bits
// for any thread count and any split among processes, and the error messages.
#include <doctest/doctest.h>

#include <atomic>
#include <barrier>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "thread_processes.hpp"
#include "ecosys/distribution.hpp"
#include "ecosys/error.hpp"
#include "ecosys/inference/qap.hpp"

using namespace ecosys;

namespace {

using Predictors = std::vector<std::pair<std::string, DyadicMatrix>>;

/// A symmetric matrix over n actors from its ties (i, j, value); everything else 0.
DyadicMatrix undirected(std::size_t n, const std::vector<std::tuple<std::size_t, std::size_t, double>>& ties) {
    DyadicMatrix m{n, std::vector<double>(n * n, 0.0)};
    for (const auto& [i, j, v] : ties) m.values[i * n + j] = m.values[j * n + i] = v;
    return m;
}

bool close(double actual, double expected, double relative = 1e-9) {
    return std::abs(actual - expected) <= relative * std::abs(expected) + 1e-13;
}

/// A Monte Carlo p-value against sna's: within 3 standard errors of the difference of two
/// independent estimates from N1 and N2 permutations, sigma^2 = p (1 - p) (1/N1 + 1/N2) at
/// their mean p.
bool within_monte_carlo(double ours, std::size_t n_ours, double theirs, std::size_t n_theirs) {
    const double p = (ours + theirs) / 2;
    const double sigma = std::sqrt(p * (1 - p) * (1.0 / static_cast<double>(n_ours) + 1.0 / static_cast<double>(n_theirs)));
    return std::abs(ours - theirs) <= 3 * sigma + 1e-12;
}

nlohmann::json load_fixture() {
    const std::string path = ECOSYS_SOURCE_DIR "/tests/reference/qap.json";
    std::ifstream in(path);
    REQUIRE_MESSAGE(in.good(), "missing fixture " << path << ": install R and sna (apt-get install -y "
                                                  << "--no-install-recommends r-cran-sna r-base-core), then run "
                                                  << "Rscript tests/reference/make_qap_reference.R");
    return nlohmann::json::parse(in);
}

DyadicMatrix matrix_of(const nlohmann::json& values, std::size_t n) {
    return {n, values.get<std::vector<double>>()};
}

/// Every result field that a permutation decides, for exact comparisons.
std::vector<std::optional<double>> p_values(const QapResult& r) {
    std::vector<std::optional<double>> out;
    for (const QapCoefficient& c : r.coefficients) {
        out.push_back(c.p_greater);
        out.push_back(c.p_less);
        out.push_back(c.p_two_sided);
    }
    return out;
}

using test::ThreadGroup;
using test::ThreadProcess;

/// The regression run as `size` processes at once (threads); every process's result.
std::vector<QapResult> regression_as(unsigned size, const DyadicMatrix& y, const Predictors& x, QapOptions options) {
    ThreadGroup group(size);
    std::vector<ThreadProcess> processes;
    for (unsigned r = 0; r < size; ++r) processes.emplace_back(group, r);
    std::vector<QapResult> results(size);
    std::vector<std::thread> threads;
    for (unsigned r = 0; r < size; ++r)
        threads.emplace_back([&, r, options]() mutable {
            options.distribution = &processes[r];
            results[r] = qap_regression(y, x, options);
        });
    for (auto& t : threads) t.join();
    return results;
}

// Four actors, undirected: x is the path 0 - 1 - 2 - 3.
//
//     0 ─── 1          dyad   01  02  03  12  13  23
//           │          x       1   0   0   1   0   1
//     3 ─── 2          y       3   1   2   4   0   5
//
// mean x = 1/2, mean y = 5/2, Sxx = 6/4 = 3/2, Sxy = (1/2)(3+4+5 - 15/2) + (-1/2)(1+2+0 - 15/2) = 9/2:
// slope 3, intercept 5/2 - 3/2 = 1. Fitted 4 (x = 1) and 1 (x = 0); residuals -1, 0, 1, 0, -1, 1:
// RSS 4, s^2 = 4 / (6 - 2) = 1. se(slope) = sqrt(1 / Sxx) = sqrt(2/3), t = 3 sqrt(3/2);
// se(intercept) = sqrt(1/6 + (1/2)^2 / (3/2)) = sqrt(1/3), t = sqrt(3).
// TSS = 35/2, explained 9 x 3/2 = 27/2: R^2 = 27/35, adjusted 1 - (8/35)(5/4) = 5/7.
DyadicMatrix path_x() { return undirected(4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}}); }
DyadicMatrix path_y() {
    return undirected(4, {{0, 1, 3}, {0, 2, 1}, {0, 3, 2}, {1, 2, 4}, {1, 3, 0}, {2, 3, 5}});
}

/// n actors with a continuous y on three predictors (group, distance, activity), directed or not;
/// a 0/1 y of the same actors for the logit model.
struct RandomCase {
    DyadicMatrix y, y01;
    Predictors x;
};

RandomCase random_case(std::size_t n, bool directed, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    auto uniform = [&] { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
    std::vector<int> group(n);
    std::vector<double> position(n), activity(n);
    for (std::size_t i = 0; i < n; ++i) {
        group[i] = static_cast<int>(rng() % 3);
        position[i] = 10 * uniform();
        activity[i] = static_cast<double>(rng() % 5);
    }
    RandomCase c;
    c.y = c.y01 = {n, std::vector<double>(n * n, 0.0)};
    DyadicMatrix same{n, std::vector<double>(n * n, 0.0)}, distance = same, act = same;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = directed ? 0 : i + 1; j < n; ++j) {
            if (i == j) continue;
            const double s = group[i] == group[j], dist = std::abs(position[i] - position[j]);
            const double a = directed ? activity[i] : activity[i] + activity[j];
            const double value = 0.5 * s - 0.1 * dist + 0.2 * a + (uniform() - 0.5) * 3;
            const double tie = uniform() < 1 / (1 + std::exp(-(-0.5 + s - 0.2 * dist + 0.2 * a)));
            for (auto [r, col] : {std::pair{i, j}, std::pair{j, i}}) {
                if (directed && r != i) continue;
                same.values[r * n + col] = s;
                distance.values[r * n + col] = dist;
                act.values[r * n + col] = a;
                c.y.values[r * n + col] = value;
                c.y01.values[r * n + col] = tie;
            }
        }
    c.x = {{"same group", same}, {"distance", distance}, {"activity", act}};
    return c;
}

}  // namespace

TEST_CASE("QAP OLS on four actors, worked by hand") {
    QapOptions options;
    options.permutations = 0;
    const QapResult r = qap_regression(path_y(), {{"path", path_x()}}, options);
    CHECK(r.model == QapModel::ols);
    CHECK(r.n_dyads == 6);
    CHECK(r.permutations == 0);
    REQUIRE(r.coefficients.size() == 2);
    const QapCoefficient &b0 = r.coefficients[0], &b1 = r.coefficients[1];
    CHECK(b0.term == "(intercept)");
    CHECK(b1.term == "path");
    CHECK(close(b0.estimate, 1.0));
    CHECK(close(b0.std_error, std::sqrt(1.0 / 3)));
    CHECK(close(b0.t, std::sqrt(3.0)));
    CHECK(close(b1.estimate, 3.0));
    CHECK(close(b1.std_error, std::sqrt(2.0 / 3)));
    CHECK(close(b1.t, 3 * std::sqrt(1.5)));
    CHECK(close(*r.r2, 27.0 / 35));
    CHECK(close(*r.adjusted_r2, 5.0 / 7));
    CHECK_FALSE(r.aic.has_value());
    CHECK_FALSE(b1.p_greater.has_value());
    CHECK_FALSE(b1.p_two_sided.has_value());

    SUBCASE("directed: the same dyads both ways give the same estimates on twice the dyads") {
        options.directed = true;
        const QapResult d = qap_regression(path_y(), {{"path", path_x()}}, options);
        CHECK(d.n_dyads == 12);
        CHECK(close(d.coefficients[1].estimate, 3.0));
        // RSS 8 on 12 - 2 = 10 degrees of freedom, Sxx 3: se = sqrt(0.8 / 3).
        CHECK(close(d.coefficients[1].std_error, std::sqrt(0.8 / 3)));
    }
}

TEST_CASE("QAP permutation test on four actors: one tie of y on a path") {
    // y is the single tie 0 - 1, x the path 0 - 1 - 2 - 3 (3 of the 6 dyads).
    //   observed: slope = mean(y | x = 1) - mean(y | x = 0) = 1/3, intercept 0; residuals
    //   2/3, -1/3, -1/3 and 0, 0, 0: RSS 2/3, s^2 = 1/6, se(slope) = sqrt(s^2 / (3/2)) = 1/3, t = 1.
    // A relabelling moves y's tie to a uniformly chosen dyad (or, under dsp, x's path onto a
    // uniformly chosen path, which holds the dyad 0 - 1 half the time): with probability 1/2 the
    // tie is on x and t = +1, else t = -1 (slope -1/3). So p(>= t) = 1/2, p(<= t) = 1 (the ties
    // with t count), p(|.| >= |t|) = 1.
    const DyadicMatrix y = undirected(4, {{0, 1, 1}});
    QapOptions options;
    options.permutations = 10000;
    for (QapNull null : {QapNull::y, QapNull::dsp}) {
        CAPTURE(static_cast<int>(null));
        options.null = null;
        const QapResult r = qap_regression(y, {{"path", path_x()}}, options);
        const QapCoefficient& b = r.coefficients[1];
        CHECK(close(b.estimate, 1.0 / 3));
        CHECK(close(b.t, 1.0));
        CHECK(r.permutations == 10000);
        CHECK(within_monte_carlo(*b.p_greater, 10000, 0.5, 1u << 30));
        CHECK(*b.p_less == 1.0);
        CHECK(*b.p_two_sided == 1.0);
        if (null == QapNull::y) {
            // The intercept is mean(y | x = 0): 0 observed (t = 0), 1/3 when the tie is off x.
            const QapCoefficient& b0 = r.coefficients[0];
            CHECK(std::abs(b0.t) < 1e-12);
            CHECK(*b0.p_greater == 1.0);
            CHECK(within_monte_carlo(*b0.p_less, 10000, 0.5, 1u << 30));
        }
    }
}

TEST_CASE("QAP regression equals R's sna netlm and netlogit (tests/reference/qap.json)") {
    const nlohmann::json fixture = load_fixture();
    REQUIRE(fixture.at("regressions").size() >= 8);
    for (const auto& c : fixture.at("regressions")) {
        const std::string name = c.at("name").get<std::string>();
        CAPTURE(name);
        const std::size_t n = c.at("n").get<std::size_t>();
        const DyadicMatrix y = matrix_of(c.at("y"), n);
        Predictors x;
        for (const auto& p : c.at("predictors"))
            x.emplace_back(p.at("name").get<std::string>(), matrix_of(p.at("values"), n));
        QapOptions options;
        options.model = c.at("model") == "ols" ? QapModel::ols : QapModel::logit;
        options.null = c.at("null") == "dsp" ? QapNull::dsp : QapNull::y;
        options.directed = c.at("directed").get<bool>();
        options.permutations = 10000;
        const std::size_t theirs = c.at("permutations").get<std::size_t>();
        const QapResult r = qap_regression(y, x, options);
        CHECK(r.n_dyads == c.at("n_dyads").get<std::size_t>());
        CHECK(r.permutations == 10000);
        REQUIRE(r.coefficients.size() == c.at("coefficients").size());
        for (std::size_t k = 0; k < r.coefficients.size(); ++k) {
            const auto& e = c.at("coefficients")[k];
            const QapCoefficient& got = r.coefficients[k];
            CAPTURE(got.term);
            CHECK(got.term == e.at("term").get<std::string>());
            CHECK(close(got.estimate, e.at("estimate").get<double>()));
            CHECK(close(got.std_error, e.at("std_error").get<double>()));
            CHECK(close(got.t, e.at("t").get<double>()));
            CHECK(within_monte_carlo(*got.p_greater, 10000, e.at("p_greater").get<double>(), theirs));
            CHECK(within_monte_carlo(*got.p_less, 10000, e.at("p_less").get<double>(), theirs));
            CHECK(within_monte_carlo(*got.p_two_sided, 10000, e.at("p_two_sided").get<double>(), theirs));
        }
        if (options.model == QapModel::ols) {
            CHECK(close(*r.r2, c.at("r2").get<double>()));
            CHECK(close(*r.adjusted_r2, c.at("adjusted_r2").get<double>()));
            CHECK_FALSE(r.deviance.has_value());
        } else {
            CHECK(close(*r.deviance, c.at("deviance").get<double>()));
            CHECK(close(*r.null_deviance, c.at("null_deviance").get<double>()));
            CHECK(close(*r.aic, c.at("aic").get<double>()));
            CHECK(close(*r.bic, c.at("bic").get<double>()));
            CHECK_FALSE(r.r2.has_value());
        }
    }
}

TEST_CASE("QAP correlation equals R's sna gcor and qaptest (tests/reference/qap.json)") {
    const nlohmann::json fixture = load_fixture();
    REQUIRE(fixture.at("correlations").size() >= 2);
    for (const auto& c : fixture.at("correlations")) {
        CAPTURE(c.at("name").get<std::string>());
        const std::size_t n = c.at("n").get<std::size_t>();
        QapOptions options;
        options.directed = c.at("directed").get<bool>();
        options.permutations = 10000;
        const std::size_t theirs = c.at("permutations").get<std::size_t>();
        const QapCorrelation r = qap_correlation(matrix_of(c.at("a"), n), matrix_of(c.at("b"), n), options);
        CHECK(close(r.correlation, c.at("correlation").get<double>()));
        CHECK(r.n_dyads == (options.directed ? n * (n - 1) : n * (n - 1) / 2));
        CHECK(r.permutations == 10000);
        CHECK(within_monte_carlo(*r.p_greater, 10000, c.at("p_greater").get<double>(), theirs));
        CHECK(within_monte_carlo(*r.p_less, 10000, c.at("p_less").get<double>(), theirs));
        CHECK(within_monte_carlo(*r.p_two_sided, 10000, c.at("p_two_sided").get<double>(), theirs));
    }
}

TEST_CASE("QAP correlation on four actors, worked by hand") {
    // a = the path's x, b = path_y: r = Sxy / sqrt(Sxx Syy) = (9/2) / sqrt((3/2)(35/2)) = 9 / sqrt(105).
    QapOptions options;
    options.permutations = 0;
    const QapCorrelation r = qap_correlation(path_x(), path_y(), options);
    CHECK(close(r.correlation, 9 / std::sqrt(105.0)));
    CHECK(r.n_dyads == 6);
    CHECK_FALSE(r.p_greater.has_value());
    // b = the tie 0 - 1 alone: r = (1 - 1/2) / sqrt((3/2)(5/6)) = 1/sqrt(5) while a relabelling keeps the
    // tie on the path (half of them), -1/sqrt(5) otherwise.
    options.permutations = 10000;
    const QapCorrelation t = qap_correlation(path_x(), undirected(4, {{0, 1, 1}}), options);
    CHECK(within_monte_carlo(*t.p_greater, 10000, 0.5, 1u << 30));
    CHECK(*t.p_less == 1.0);
    CHECK(*t.p_two_sided == 1.0);
}

TEST_CASE("QAP results are the same bits for 1, 2 and 3 threads and for 1, 2 and 3 processes") {
    for (bool directed : {false, true}) {
        const RandomCase data = random_case(directed ? 18 : 25, directed, 7);
        for (QapModel model : {QapModel::ols, QapModel::logit})
            for (QapNull null : {QapNull::dsp, QapNull::y}) {
                CAPTURE(directed);
                CAPTURE(static_cast<int>(model));
                CAPTURE(static_cast<int>(null));
                QapOptions options;
                options.model = model;
                options.null = null;
                options.directed = directed;
                options.permutations = 301;  // not a multiple of the threads or processes
                options.seed = 42;
                const DyadicMatrix& y = model == QapModel::ols ? data.y : data.y01;
                options.threads = 1;
                const QapResult one = qap_regression(y, data.x, options);
                for (unsigned threads : {2u, 3u}) {
                    options.threads = threads;
                    CHECK(p_values(qap_regression(y, data.x, options)) == p_values(one));
                }
                options.threads = 1;
                for (unsigned processes : {2u, 3u})
                    for (const QapResult& r : regression_as(processes, y, data.x, options))
                        CHECK(p_values(r) == p_values(one));
                options.seed = 43;
                CHECK(p_values(qap_regression(y, data.x, options)) != p_values(one));
            }
        QapOptions options;
        options.directed = directed;
        options.permutations = 301;
        options.threads = 1;
        const QapCorrelation one = qap_correlation(data.x[1].second, data.y, options);
        for (unsigned threads : {2u, 3u}) {
            options.threads = threads;
            const QapCorrelation r = qap_correlation(data.x[1].second, data.y, options);
            CHECK(r.p_greater == one.p_greater);
            CHECK(r.p_less == one.p_less);
            CHECK(r.p_two_sided == one.p_two_sided);
        }
    }
}

TEST_CASE("QAP permutations stop when cancelled") {
    const RandomCase data = random_case(20, true, 3);
    std::atomic<bool> cancel{true};
    Progress progress;
    progress.cancel = &cancel;
    QapOptions options;
    options.progress = &progress;
    options.directed = true;
    options.threads = 2;
    CHECK_THROWS_AS((void)qap_regression(data.y, data.x, options), Cancelled);
}

TEST_CASE("QAP usage errors say what is wrong and how to fix it") {
    const DyadicMatrix x = path_x(), y = path_y();
    QapOptions options;
    options.permutations = 0;

    CHECK_THROWS_WITH_AS((void)qap_regression(y, {}, options),
                         "a QAP regression needs at least one predictor besides the intercept", UsageError);
    CHECK_THROWS_WITH_AS(
        (void)qap_regression(y, {{"dist", undirected(5, {})}}, options),
        "predictor 'dist' is over 5 actors but y over 4: give every matrix over the same actors in the same order",
        UsageError);
    CHECK_THROWS_WITH_AS((void)qap_regression(DyadicMatrix{4, std::vector<double>(15, 0.0)}, {{"x", x}}, options),
                         "y holds 15 values for 4 actors; it needs 4 x 4 = 16 (values[i*n + j] is the pair (i, j))",
                         UsageError);
    DyadicMatrix missing = x;
    missing.values[2 * 4 + 3] = missing.values[3 * 4 + 2] = std::nan("");
    CHECK_THROWS_WITH_AS((void)qap_regression(y, {{"x", missing}}, options),
                         "predictor 'x' has the value nan at (2, 3) (row, column from 0): every dyad needs a finite "
                         "value; fill in the missing ones or leave the actor out",
                         UsageError);
    DyadicMatrix diagonal_nan = x;
    diagonal_nan.values[0] = std::nan("");  // the diagonal is ignored
    CHECK_NOTHROW((void)qap_regression(y, {{"x", diagonal_nan}}, options));
    DyadicMatrix one_way = y;
    one_way.values[1 * 4 + 0] = 0;
    CHECK_THROWS_WITH_AS((void)qap_regression(one_way, {{"x", x}}, options),
                         "y is not symmetric: (0, 1) is 3 but (1, 0) is 0; an undirected QAP reads the dyads i < j of "
                         "a symmetric matrix: symmetrise it, or set directed to use every ordered pair",
                         UsageError);
    CHECK_THROWS_WITH_AS((void)qap_regression(undirected(3, {{0, 1, 1}, {1, 2, 2}}),
                                              {{"a", undirected(3, {{0, 1, 1}})}, {"b", undirected(3, {{0, 2, 1}})}},
                                              options),
                         "3 dyads for 3 terms (the intercept and 2 predictors): a regression needs more dyads than "
                         "terms; give more actors or fewer predictors",
                         UsageError);
    CHECK_THROWS_WITH_AS((void)qap_regression(undirected(4, {}), {{"x", x}}, options),
                         "y is constant over the dyads (every value is 0): there is no variation to explain",
                         UsageError);
    DyadicMatrix ones = undirected(4, {{0, 1, 2}, {0, 2, 2}, {0, 3, 2}, {1, 2, 2}, {1, 3, 2}, {2, 3, 2}});
    CHECK_THROWS_WITH_AS((void)qap_regression(y, {{"x", x}, {"twos", ones}}, options),
                         "predictor 'twos' is constant over the dyads (every value is 2), so it is collinear with the "
                         "intercept: drop it",
                         UsageError);
    DyadicMatrix twice = x;
    for (double& v : twice.values) v = 2 * v - 1;
    twice.values[0] = twice.values[5] = twice.values[10] = twice.values[15] = 0;
    CHECK_THROWS_WITH_AS((void)qap_regression(y, {{"x", x}, {"2x - 1", twice}}, options),
                         "predictor '2x - 1' is collinear with the intercept and 'x' (a linear combination of them, "
                         "to 1 part in 10^7): drop it or one of them",
                         UsageError);
    CHECK_THROWS_WITH_AS((void)qap_regression(y, {{"x", x}, {"copy", x}}, options),
                         "predictor 'copy' is collinear with 'x' (a linear combination of them, to 1 part in 10^7): "
                         "drop it or one of them",
                         UsageError);
    CHECK_THROWS_WITH_AS((void)qap_regression(x, {{"x", x}}, options),
                         "y is fitted exactly by the predictors (R-squared 1): the standard errors are 0 and the "
                         "t-values undefined; check that y is not computed from the predictors",
                         UsageError);

    options.model = QapModel::logit;
    CHECK_THROWS_WITH_AS((void)qap_regression(y, {{"x", x}}, options),
                         "a logit y must be 0 or 1 on every dyad, but (0, 1) is 3: dichotomise y (e.g. 1 where the "
                         "value is above 0) or use the OLS model",
                         UsageError);
    CHECK_THROWS_WITH_AS((void)qap_regression(undirected(4, {}), {{"x", x}}, options),
                         "y is 0 on every dyad: a logit model needs dyads with 0 and dyads with 1", UsageError);
    // y = x: the path separates the ties from the non-ties exactly.
    CHECK_THROWS_WITH_AS((void)qap_regression(x, {{"x", y}}, options),
                         "the logit fit gives probabilities numerically 0 or 1 on 4 dyads: the predictors separate y's "
                         "1s from its 0s, so the estimates diverge; drop or coarsen the predictor that separates them, "
                         "or use the OLS model",
                         UsageError);

    // Five actors whose 0/1 y two predictors nearly separate: R's glm.fit does not converge either.
    //   dyad  01 02 03 04 12 13 14 23 24 34
    //   a      3  1  3  3  2  0  1  2  2  0
    //   b      2  2  2  2  1  0  1  0  2  2
    //   y      0  0  0  0  0  1  1  0  0  1
    const DyadicMatrix a5 = undirected(5, {{0, 1, 3}, {0, 2, 1}, {0, 3, 3}, {0, 4, 3}, {1, 2, 2}, {1, 4, 1}, {2, 3, 2}, {2, 4, 2}});
    const DyadicMatrix b5 = undirected(5, {{0, 1, 2}, {0, 2, 2}, {0, 3, 2}, {0, 4, 2}, {1, 2, 1}, {1, 4, 1}, {2, 4, 2}, {3, 4, 2}});
    const DyadicMatrix y5 = undirected(5, {{1, 3, 1}, {1, 4, 1}, {3, 4, 1}});
    CHECK_THROWS_WITH_AS((void)qap_regression(y5, {{"a", a5}, {"b", b5}}, options),
                         "the logit fit did not converge in 25 iterations (R's glm.fit limit; its deviance still "
                         "changed by more than 1e-8 of itself): the predictors may nearly separate the dyads with y = 1 "
                         "from those with y = 0; drop or coarsen such a predictor, or use the OLS model",
                         UsageError);

    CHECK_THROWS_WITH_AS((void)qap_correlation(x, undirected(4, {}), options),
                         "b is constant over the dyads (every value is 0): its correlation is undefined", UsageError);
    CHECK_THROWS_WITH_AS((void)qap_correlation(undirected(1, {}), undirected(1, {}), options),
                         "a correlation needs at least 2 dyads, but 1 actors give 0", UsageError);
    CHECK_THROWS_WITH_AS((void)qap_correlation(x, undirected(3, {}), options),
                         "b is over 3 actors but a over 4: give every matrix over the same actors in the same order",
                         UsageError);
}
