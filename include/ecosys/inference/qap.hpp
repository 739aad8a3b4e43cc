#pragma once
// QAP (quadratic assignment procedure) inference on dyadic data: the regression of one
// actor-by-actor variable on others (OLS or logit) and the correlation of two, each with
// a permutation test that relabels the actors. Pure statistics over matrices: the caller
// builds the matrices from a network. Definitions, nulls and seeding: docs/qap.md.
//
// Semantics follow Butts' sna package for R (netlm, netlogit, gcor with qaptest):
// the same estimates, standard errors and test statistics, and p-values that are
// proportions of permutation statistics at least / at most as extreme as the observed.
//
// D. Krackhardt (1988), Predicting with networks: nonparametric multiple regression
// analysis of dyadic data, Social Networks 10(4), 359-381.
// D. Dekker, D. Krackhardt, T. A. B. Snijders (2007), Sensitivity of MRQAP tests to
// collinearity and autocorrelation conditions, Psychometrika 72(4), 563-581.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "ecosys/distribution.hpp"
#include "ecosys/progress.hpp"

namespace ecosys {

/// A dyadic variable on n actors: values[i*n + j] is the value of the ordered pair (i, j);
/// the diagonal is ignored (it may hold anything, NaN included).
struct DyadicMatrix {
    std::size_t n = 0;
    std::vector<double> values;
};

/// A sparse dyadic variable, as read from a file (io/pair_list.hpp read_dyadic_file): values
/// of ordered actor pairs (indices into a network's actors). Pairs it does not give are 0.
struct DyadicCells {
    std::vector<std::tuple<std::size_t, std::size_t, double>> cells;
    /// A matrix: the actors with a row (and a column); every pair among them is given.
    /// A pair list: empty.
    std::vector<std::size_t> matrix_actors;
    bool matrix = false;
};

enum class QapModel { ols, logit };

/// The null hypothesis of the permutation test.
/// - dsp: Dekker, Krackhardt and Snijders' double semi-partialling (sna nullhyp="qapspp",
///   also its "qap"): per term, the residual of that term's matrix regressed (OLS) on the
///   other terms is permuted and y refitted on the other terms plus it.
/// - y: y's rows and columns are permuted together, the predictors kept (sna "qapy").
enum class QapNull { dsp, y };

struct QapOptions {
    QapModel model = QapModel::ols;
    QapNull null = QapNull::dsp;
    /// Random relabellings of the actors; 0 = no test (p-values nullopt).
    std::size_t permutations = 1000;
    /// Relabelling p (0-based) is drawn from its own stream of (seed, p): the same seed gives
    /// the same p-values to the last bit for any thread count and any split among processes.
    std::uint64_t seed = 1;
    /// false: the dyads i < j, and every matrix must be symmetric (sna mode="graph");
    /// true: every ordered pair i != j (mode="digraph").
    bool directed = false;
    /// Worker threads for the permutations; 0 = hardware threads.
    unsigned threads = 0;
    /// Processes of an MPI job (ecosys/distribution.hpp) that share the permutations: each
    /// does a contiguous share and the counts are added. nullptr = this process does all.
    Distribution* distribution = nullptr;
    /// Progress reports ("QAP permutations") and cancellation; nullptr for none.
    const Progress* progress = nullptr;
};

/// One term of a QAP regression.
struct QapCoefficient {
    std::string term;  ///< "(intercept)" or the predictor's name
    double estimate = 0, std_error = 0;
    /// The test statistic: estimate / std_error (OLS t-value; logit z-value).
    double t = 0;
    /// Proportions of the permutations whose statistic is >= t, <= t, and whose |statistic| is
    /// >= |t| (sna's pgreq, pleeq, pgreqabs); the observed value itself is not among them.
    /// nullopt when no permutations were asked for.
    std::optional<double> p_greater, p_less, p_two_sided;
};

struct QapResult {
    QapModel model = QapModel::ols;
    QapNull null = QapNull::dsp;
    std::size_t n_dyads = 0;       ///< observations: n(n-1)/2 undirected, n(n-1) directed
    std::size_t permutations = 0;  ///< done (0 when no test)
    std::optional<double> r2, adjusted_r2;  ///< OLS: as sna's summary of netlm
    /// Logit: the deviance -2 log L, aic = deviance + 2 terms, bic = deviance + terms ln(dyads).
    /// null_deviance is sna's: glm.fit is called with intercept = FALSE there, so it is the
    /// deviance of every probability 1/2, 2 ln(2) n_dyads (not of the intercept-only model).
    std::optional<double> aic, deviance, null_deviance;
    std::optional<double> bic;
    std::vector<QapCoefficient> coefficients;  ///< "(intercept)" first, then the predictors in the order given
};

/// Regresses y on an intercept and the predictors over the dyads, and tests every term by
/// permutation under options.null with the t-value (OLS) or z-value (logit) as statistic.
/// OLS: least squares by Householder QR, std_error^2 = s^2 [(X'X)^-1]_kk, s^2 = RSS / (dyads - terms).
/// Logit: iteratively reweighted least squares as R's glm.fit (start mu = (y + 1/2) / 2, stop
/// when |dev - dev_old| / (|dev| + 0.1) < 1e-8, at most 25 iterations), std_error from the
/// weights of the last iteration as R reports them.
/// Throws UsageError when the matrices are not over the same n actors, a value off the diagonal
/// is not finite, a matrix is not symmetric while options.directed is false, there are no
/// predictors or not more dyads than terms, y is constant, a predictor is constant or collinear
/// with the terms before it, a logit y is not 0/1, or the logit fit does not converge or
/// separates y (fitted probabilities of 0 or 1). Throws Cancelled through options.progress.
/// Cost: O(dyads terms^2) for the fit; the test O(permutations dyads terms^2) for OLS under dsp
/// (terms times less under y), and for logit under y the same times the iterations of each
/// refit (4 to 8), under dsp terms times that again.
[[nodiscard]] QapResult qap_regression(const DyadicMatrix& y,
                                       const std::vector<std::pair<std::string, DyadicMatrix>>& predictors,
                                       const QapOptions& options);

struct QapCorrelation {
    double correlation = 0;  ///< Pearson's r over the dyads (sna gcor)
    std::size_t n_dyads = 0, permutations = 0;
    /// As QapCoefficient's, for the correlation (sna qaptest's pgreq and pleeq, and |r| >= |r_obs|).
    std::optional<double> p_greater, p_less, p_two_sided;
};

/// The correlation of a and b over the dyads, and its permutation test relabelling b's actors
/// (rows and columns together; sna's gcor under qaptest). options.model and options.null are
/// not used. Throws UsageError as qap_regression for the matrices, and when a or b is
/// constant over the dyads. O(dyads) plus O(permutations dyads) for the test.
[[nodiscard]] QapCorrelation qap_correlation(const DyadicMatrix& a, const DyadicMatrix& b, const QapOptions& options);

}  // namespace ecosys
