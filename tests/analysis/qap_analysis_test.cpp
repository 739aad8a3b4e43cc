// The dyadic variables of `ecosys qap` on a drawn network, worked by hand, and one
// regression whose OLS estimates are worked by hand (the estimates themselves are
// checked against R's sna in tests/inference/qap_test.cpp and tests/inference/qap_sna_test.py).

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "ecosys/analysis/qap_analysis.hpp"
#include "ecosys/error.hpp"
#include "ecosys/io/pair_list.hpp"
#include "metrics/small_network.hpp"

namespace ecosys {

namespace {

//   tohoku            kanto
//   a(ind,sme) --2008-- b(acad,univ) --2012-- c(ind,sme) --2012-- d(gov)
//   and project p (2009) joins a and c.
// Employees: a 10, b 20, c 5, d 40. Roles: a and d "planner".
Network drawn() {
    Network n = test::regional_network({{"a", "tohoku", "industry"},
                                        {"b", "tohoku", "academia"},
                                        {"c", "kanto", "industry"},
                                        {"d", "kanto", "government"}},
                                       {{"a", "b"}, {"b", "c"}, {"c", "d"}});
    n.ties[0].year = 2008;
    n.ties[1].year = 2012;
    n.ties[2].year = 2012;
    const char* kinds[] = {"sme", "university", "sme", "prefecture"};
    const double employees[] = {10, 20, 5, 40};
    for (std::size_t i = 0; i < 4; ++i) {
        n.actors[i].kind = kinds[i];
        n.actors[i].attributes.set("employees", employees[i]);
    }
    n.actors[0].role = n.actors[3].role = "planner";
    Project p;
    p.id = "p";
    p.year = 2009;
    p.participants = {0, 2};
    n.projects.push_back(p);
    n.index();
    return n;
}

/// The upper triangle (ab, ac, ad, bc, bd, cd) of a 4 x 4 variable.
std::vector<double> upper(const DyadicMatrix& m) {
    REQUIRE(m.n == 4);
    std::vector<double> out;
    for (std::size_t i = 0; i < 4; ++i)
        for (std::size_t j = i + 1; j < 4; ++j) {
            CHECK(m.values[i * 4 + j] == m.values[j * 4 + i]);
            out.push_back(m.values[i * 4 + j]);
        }
    return out;
}

DyadicMatrix variable(AnalysisCache& cache, const std::string& text, bool as_y = false) {
    QapRequest request;
    return dyadic_variable(cache.whole(), parse_dyadic_spec(text, as_y, "--x"), request);
}

}  // namespace

TEST_CASE("qap variables: ties, same_*, attributes and prior ties on a drawn network") {
    const Network n = drawn();
    AnalysisCache cache(n);
    using V = std::vector<double>;
    CHECK(upper(variable(cache, "ties", true)) == V{1, 1, 0, 1, 0, 1});  // a-c by the project
    CHECK(upper(variable(cache, "same_region")) == V{1, 0, 0, 0, 0, 1});
    CHECK(upper(variable(cache, "same_sector")) == V{0, 1, 0, 0, 0, 0});
    CHECK(upper(variable(cache, "same_kind")) == V{0, 1, 0, 0, 0, 0});
    CHECK(upper(variable(cache, "same_role")) == V{0, 0, 1, 0, 0, 0});
    CHECK(upper(variable(cache, "attr_diff:employees")) == V{10, 5, 30, 15, 20, 35});
    CHECK(upper(variable(cache, "attr_sum:employees")) == V{30, 15, 50, 25, 60, 45});
    CHECK(upper(variable(cache, "prior_ties:2008-2009")) == V{1, 1, 0, 0, 0, 0});
    CHECK(upper(variable(cache, "prior_ties:2012-")) == V{0, 0, 0, 1, 0, 1});
    for (std::size_t i = 0; i < 4; ++i) CHECK(variable(cache, "same_region").values[i * 5] == 0.0);  // diagonal
}

TEST_CASE("qap variables: without projects, ties are the tie records only") {
    const Network n = drawn();
    AnalysisOptions options;
    options.graph.projects = false;
    AnalysisCache cache(n, options);
    CHECK(upper(variable(cache, "ties", true)) == std::vector<double>{1, 0, 0, 1, 0, 1});
    CHECK(upper(variable(cache, "prior_ties:2008-2009")) == std::vector<double>{1, 0, 0, 0, 0, 0});
}

TEST_CASE("qap variables: directed ties one way, undirected both") {
    Network n = drawn();
    n.ties[1].directed = true;  // b -> c only
    AnalysisOptions options;
    options.directed = true;
    AnalysisCache cache(n, options);
    const DyadicMatrix y = variable(cache, "ties", true);
    CHECK(y.values[1 * 4 + 2] == 1.0);  // b -> c
    CHECK(y.values[2 * 4 + 1] == 0.0);  // not c -> b
    CHECK(y.values[0 * 4 + 1] == 1.0);
    CHECK(y.values[1 * 4 + 0] == 1.0);
}

TEST_CASE("qap variables: a region scope has its own actors only") {
    const Network n = drawn();
    AnalysisCache cache(n);
    QapRequest request;
    const DyadicMatrix m = dyadic_variable(cache.scope("kanto"), parse_dyadic_spec("attr_sum:employees", false, "--x"), request);
    REQUIRE(m.n == 2);
    CHECK(m.values[1] == 45.0);
}

TEST_CASE("qap: OLS of ties on same_region, worked by hand") {
    // Dyads ab ac ad bc bd cd: y = 1 1 0 1 0 1, x = 1 0 0 0 0 1. The two dyads with x = 1
    // are tied; of the four with x = 0, two are. So the fit is y = 0.5 + 0.5 x, residuals
    // 0 0 and four of +-0.5: SSE 1, SST = sum (y - 2/3)^2 = 4/3, R^2 = 1 - 3/4 = 1/4.
    const Network n = drawn();
    AnalysisCache cache(n);
    QapRequest request;
    request.y = parse_dyadic_spec("ties", true, "--y");
    request.x = {parse_dyadic_spec("same_region", false, "--x")};
    request.permutations = 0;
    const QapReport report = run_qap(cache, request);
    REQUIRE(report.regression);
    const QapResult& r = *report.regression;
    CHECK(r.n_dyads == 6);
    REQUIRE(r.coefficients.size() == 2);
    CHECK(r.coefficients[0].estimate == doctest::Approx(0.5).epsilon(1e-12));
    CHECK(r.coefficients[1].term == "same_region");
    CHECK(r.coefficients[1].estimate == doctest::Approx(0.5).epsilon(1e-12));
    CHECK(*r.r2 == doctest::Approx(0.25).epsilon(1e-12));
    CHECK_FALSE(r.coefficients[1].p_two_sided.has_value());
}

TEST_CASE("qap: what it refuses, and how it says so") {
    const Network n = drawn();
    AnalysisCache cache(n);
    CHECK_THROWS_WITH_AS((void)parse_dyadic_spec("same_regoin", false, "--x"),
                         doctest::Contains("unknown predictor 'same_regoin' (did you mean 'same_region'?)"), UsageError);
    CHECK_THROWS_WITH_AS((void)parse_dyadic_spec("attr_diff:", false, "--x"), doctest::Contains("needs an actor attribute"),
                         UsageError);
    CHECK_THROWS_AS((void)parse_dyadic_spec("prior_ties:2010-2005", false, "--x"), UsageError);
    CHECK_THROWS_WITH_AS(variable(cache, "attr_diff:revenue"),
                         doctest::Contains("missing or not a finite number for 4 actors"), UsageError);
    QapRequest request;
    request.y = parse_dyadic_spec("ties", true, "--y");
    request.x = {parse_dyadic_spec("same_region", false, "--x")};
    request.max_actors = 3;
    CHECK_THROWS_WITH_AS((void)run_qap(cache, request), doctest::Contains("more than --max-actors 3"), UsageError);
    request.max_actors = 2000;
    request.correlate = true;
    request.x.push_back(parse_dyadic_spec("same_sector", false, "--x"));
    CHECK_THROWS_WITH_AS((void)run_qap(cache, request), doctest::Contains("one --x"), UsageError);
}

TEST_CASE("qap variables: files as pair lists and matrices, by actor id") {
    const Network n = drawn();
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "ecosys_qap_files_test";
    std::filesystem::create_directories(dir);
    {
        std::ofstream(dir / "pairs.csv") << "source,target,value\na,d,2.5\nc,b,1\n";
        std::ofstream(dir / "matrix.csv") << ",a,b,c,d\na,0,1,0,0\nb,1,0,0,3\nc,0,0,0,0\nd,0,3,0,0\n";
        std::ofstream(dir / "asym.csv") << ",a,b,c,d\na,0,1,0,0\nb,0,0,0,0\nc,0,0,0,0\nd,0,0,0,0\n";
        std::ofstream(dir / "short.csv") << ",a,b,c\na,0,1,0\nb,1,0,0\nc,0,0,0\n";
        std::ofstream(dir / "bad.csv") << "source,target,value\na,x1,1\nb,c,lots\n";
    }
    AnalysisCache cache(n);
    QapRequest request;
    for (const char* f : {"pairs.csv", "matrix.csv", "short.csv"})
        request.files.emplace((dir / f).generic_string(), read_dyadic_file(dir / f, n, false));
    auto spec = [&](const char* f) { return parse_dyadic_spec("matrix:" + (dir / f).generic_string(), false, "--x"); };
    CHECK(upper(dyadic_variable(cache.whole(), spec("pairs.csv"), request)) == std::vector<double>{0, 0, 2.5, 1, 0, 0});
    CHECK(upper(dyadic_variable(cache.whole(), spec("matrix.csv"), request)) == std::vector<double>{1, 0, 0, 0, 3, 0});
    CHECK_THROWS_WITH_AS((void)dyadic_variable(cache.whole(), spec("short.csv"), request),
                         doctest::Contains("no row and column for actor 'd'"), InputError);
    // Undirected, a matrix must be symmetric; directed it need not be.
    CHECK_THROWS_WITH_AS(read_dyadic_file(dir / "asym.csv", n, false), doctest::Contains("asym.csv:3:"), InputError);
    CHECK(read_dyadic_file(dir / "asym.csv", n, true).cells.size() == 12);
    try {
        (void)read_dyadic_file(dir / "bad.csv", n, false);
        FAIL("bad.csv was read");
    } catch (const InputError& e) {
        const std::string what = e.what();
        CHECK(what.find("bad.csv:2:3: error: unknown actor 'x1'") != std::string::npos);
        CHECK(what.find("bad.csv:3:5: error: the value 'lots' is not a finite number") != std::string::npos);
    }
    std::filesystem::remove_all(dir);
}

}  // namespace ecosys
