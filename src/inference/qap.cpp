#include "ecosys/inference/qap.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <span>
#include <sstream>

#include "ecosys/error.hpp"
#include "metrics/shared_sources.hpp"
#include "util/parallel.hpp"
#include "util/random.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

/// A column whose norm, once the columns before it are projected out, is below this part
/// of its own norm is collinear with them (the tol of sna's qr calls, R's dqrdc2 test).
constexpr double collinear_tolerance = 1e-7;
/// The same test in the weighted least squares steps of a logit fit (glm.fit's
/// min(1e-7, epsilon / 1000)).
constexpr double weighted_collinear_tolerance = 1e-11;
/// A permutation statistic within this part of max(1, |observed|) of the observed one is a
/// tie (counted as >= and as <=): equal values reached by different sums differ by rounding.
constexpr double tie_tolerance = 1e-9;
/// R's glm.control() defaults, which sna's netlogit uses.
constexpr std::size_t logit_max_iterations = 25;
constexpr double logit_epsilon = 1e-8;
/// R's clamps of the logit link (binomial()$linkinv and $mu.eta): beyond |eta| > 30 the
/// probability and its derivative are held at machine epsilon.
constexpr double link_threshold = 30.0;
constexpr double machine_epsilon = std::numeric_limits<double>::epsilon();

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

std::string number(double v) {
    std::ostringstream out;
    out << v;
    return out.str();
}

std::string pair_text(std::size_t i, std::size_t j) { return "(" + std::to_string(i) + ", " + std::to_string(j) + ")"; }

// ---------------------------------------------------------------------------------------
// Dyads

std::size_t dyad_count(std::size_t n, bool directed) { return n < 2 ? 0 : (directed ? n * (n - 1) : n * (n - 1) / 2); }

/// f(i, j) for every dyad, in the one order used everywhere: row by row, i < j (undirected)
/// or every j != i (directed).
template <class F>
void for_each_dyad(std::size_t n, bool directed, F&& f) {
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = directed ? 0 : i + 1; j < n; ++j)
            if (j != i) f(i, j);
}

std::vector<double> dyad_values(const DyadicMatrix& m, bool directed) {
    std::vector<double> out;
    out.reserve(dyad_count(m.n, directed));
    for_each_dyad(m.n, directed, [&](std::size_t i, std::size_t j) { out.push_back(m.values[i * m.n + j]); });
    return out;
}

/// A full n x n matrix (diagonal 0) holding `values` at the dyads, mirrored when undirected,
/// so that a relabelled matrix is read as full[pi(i) n + pi(j)].
std::vector<double> full_matrix(std::span<const double> values, std::size_t n, bool directed) {
    std::vector<double> full(n * n, 0.0);
    std::size_t d = 0;
    for_each_dyad(n, directed, [&](std::size_t i, std::size_t j) {
        full[i * n + j] = values[d];
        if (!directed) full[j * n + i] = values[d];
        ++d;
    });
    return full;
}

/// Shape, finite values and (undirected) symmetry of one input matrix. `what` names it.
void check_matrix(const DyadicMatrix& m, const std::string& what, std::size_t n, const std::string& reference,
                  bool directed) {
    if (m.n != n)
        throw UsageError(what + " is over " + std::to_string(m.n) + " actors but " + reference + " over " +
                         std::to_string(n) + ": give every matrix over the same actors in the same order");
    if (m.values.size() != n * n)
        throw UsageError(what + " holds " + std::to_string(m.values.size()) + " values for " + std::to_string(n) +
                         " actors; it needs " + std::to_string(n) + " x " + std::to_string(n) + " = " +
                         std::to_string(n * n) + " (values[i*n + j] is the pair (i, j))");
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (i != j && !std::isfinite(m.values[i * n + j]))
                throw UsageError(what + " has the value " + number(m.values[i * n + j]) + " at " + pair_text(i, j) +
                                 " (row, column from 0): every dyad needs a finite value; fill in the missing ones "
                                 "or leave the actor out");
    if (!directed)
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j)
                if (m.values[i * n + j] != m.values[j * n + i])
                    throw UsageError(what + " is not symmetric: " + pair_text(i, j) + " is " +
                                     number(m.values[i * n + j]) + " but " + pair_text(j, i) + " is " +
                                     number(m.values[j * n + i]) +
                                     "; an undirected QAP reads the dyads i < j of a symmetric matrix: symmetrise "
                                     "it, or set directed to use every ordered pair");
}

/// True when every value equals the first.
bool constant(std::span<const double> v) {
    return std::all_of(v.begin(), v.end(), [&](double x) { return x == v.front(); });
}

// ---------------------------------------------------------------------------------------
// Dense linear algebra on the m x p design (column-major) and on small p x p systems

/// Householder QR of a column-major m x p matrix (m > p), with R's rank test: it stops at
/// the first column whose norm, once the columns before it are projected out, is below
/// `tolerance` of its own (then rank() is that column's index).
class HouseholderQr {
public:
    HouseholderQr(std::vector<double> a, std::size_t m, std::size_t p, double tolerance = collinear_tolerance)
        : m_(m), p_(p), a_(std::move(a)), tau_(p, 0.0) {
        std::vector<double> norm(p);
        for (std::size_t c = 0; c < p; ++c) norm[c] = std::sqrt(dot(col(c), col(c), 0));
        for (std::size_t j = 0; j < p; ++j) {
            double* v = col(j);
            const double alpha = std::sqrt(dot(v, v, j));
            if (!(alpha > tolerance * norm[j])) return;  // also a zero column
            const double s = v[j] >= 0 ? alpha : -alpha;
            const double u0 = v[j] + s;
            for (std::size_t i = j + 1; i < m_; ++i) v[i] /= u0;
            v[j] = -s;  // R's diagonal entry
            tau_[j] = u0 / s;
            for (std::size_t c = j + 1; c < p; ++c) reflect(j, col(c));
            rank_ = j + 1;
        }
    }

    [[nodiscard]] std::size_t rank() const noexcept { return rank_; }
    [[nodiscard]] double r(std::size_t row, std::size_t column) const { return a_[column * m_ + row]; }

    /// Least-squares coefficients of y (full rank only).
    [[nodiscard]] std::vector<double> solve(std::vector<double> y) const {
        for (std::size_t j = 0; j < p_; ++j) reflect(j, y.data());
        y.resize(p_);
        for (std::size_t k = p_; k-- > 0;) {
            double s = y[k];
            for (std::size_t c = k + 1; c < p_; ++c) s -= r(k, c) * y[c];
            y[k] = s / r(k, k);
        }
        return y;
    }

    /// y minus its projection on the columns (full rank only).
    [[nodiscard]] std::vector<double> residuals(std::vector<double> y) const {
        for (std::size_t j = 0; j < p_; ++j) reflect(j, y.data());
        std::fill(y.begin(), y.begin() + static_cast<std::ptrdiff_t>(p_), 0.0);
        for (std::size_t j = p_; j-- > 0;) reflect(j, y.data());
        return y;
    }

    /// The diagonal of (X'X)^-1 = R^-1 R^-T (full rank only).
    [[nodiscard]] std::vector<double> inverse_gram_diagonal() const {
        std::vector<double> rinv(p_ * p_, 0.0);  // row-major upper triangle of R^-1
        for (std::size_t c = 0; c < p_; ++c) {
            rinv[c * p_ + c] = 1.0 / r(c, c);
            for (std::size_t k = c; k-- > 0;) {
                double s = 0;
                for (std::size_t t = k + 1; t <= c; ++t) s += r(k, t) * rinv[t * p_ + c];
                rinv[k * p_ + c] = -s / r(k, k);
            }
        }
        std::vector<double> diagonal(p_, 0.0);
        for (std::size_t k = 0; k < p_; ++k)
            for (std::size_t c = k; c < p_; ++c) diagonal[k] += rinv[k * p_ + c] * rinv[k * p_ + c];
        return diagonal;
    }

    /// For the collinear column j = rank(): its coefficients on the columns before it.
    [[nodiscard]] std::vector<double> collinear_coefficients() const {
        const std::size_t j = rank_;
        std::vector<double> a(j);
        for (std::size_t k = j; k-- > 0;) {
            double s = r(k, j);
            for (std::size_t c = k + 1; c < j; ++c) s -= r(k, c) * a[c];
            a[k] = s / r(k, k);
        }
        return a;
    }

    /// u = R^-T c (forward substitution), so that c' (X'X)^-1 c = u'u. c and u hold p values.
    void solve_transposed(const double* c, double* u) const {
        for (std::size_t k = 0; k < p_; ++k) {
            double s = c[k];
            for (std::size_t t = 0; t < k; ++t) s -= r(t, k) * u[t];
            u[k] = s / r(k, k);
        }
    }

private:
    double* col(std::size_t c) { return a_.data() + c * m_; }
    [[nodiscard]] double dot(const double* x, const double* y, std::size_t from) const {
        double s = 0;
        for (std::size_t i = from; i < m_; ++i) s += x[i] * y[i];
        return s;
    }
    /// Applies reflector j (I - tau v v', v = (1, stored below the diagonal)) to x in place.
    void reflect(std::size_t j, double* x) const {
        const double* v = a_.data() + j * m_;
        double w = x[j];
        for (std::size_t i = j + 1; i < m_; ++i) w += v[i] * x[i];
        w *= tau_[j];
        x[j] -= w;
        for (std::size_t i = j + 1; i < m_; ++i) x[i] -= w * v[i];
    }

    std::size_t m_, p_;
    std::vector<double> a_, tau_;
    std::size_t rank_ = 0;
};

/// A small symmetric positive definite p x p system (the normal equations of a refit),
/// scaled to a unit diagonal before its Cholesky factorisation so that predictors on very
/// different scales lose no accuracy. Reuses its storage from call to call.
class SmallSpd {
public:
    /// Factors a (row-major, lower triangle read). False when not positive definite.
    bool factor(const double* a, std::size_t p) {
        p_ = p;
        l_.assign(p * p, 0.0);
        scale_.assign(p, 0.0);
        for (std::size_t k = 0; k < p; ++k) {
            if (!(a[k * p + k] > 0)) return false;
            scale_[k] = 1.0 / std::sqrt(a[k * p + k]);
        }
        for (std::size_t i = 0; i < p; ++i)
            for (std::size_t j = 0; j <= i; ++j) {
                double s = a[i * p + j] * scale_[i] * scale_[j];
                for (std::size_t t = 0; t < j; ++t) s -= l_[i * p + t] * l_[j * p + t];
                if (i == j) {
                    if (!(s > 1e-14)) return false;
                    l_[i * p + i] = std::sqrt(s);
                } else {
                    l_[i * p + j] = s / l_[j * p + j];
                }
            }
        return true;
    }

    /// b <- A^-1 b.
    void solve(double* b) const {
        for (std::size_t i = 0; i < p_; ++i) {
            double s = b[i] * scale_[i];
            for (std::size_t t = 0; t < i; ++t) s -= l_[i * p_ + t] * b[t];
            b[i] = s / l_[i * p_ + i];
        }
        for (std::size_t i = p_; i-- > 0;) {
            double s = b[i];
            for (std::size_t t = i + 1; t < p_; ++t) s -= l_[t * p_ + i] * b[t];
            b[i] = s / l_[i * p_ + i];
        }
        for (std::size_t i = 0; i < p_; ++i) b[i] *= scale_[i];
    }

    /// (A^-1)_kk for the last k = p - 1 (the only one a refit under dsp needs).
    [[nodiscard]] double inverse_last_diagonal() const {
        const double l = l_[p_ * p_ - 1];
        return scale_[p_ - 1] * scale_[p_ - 1] / (l * l);
    }

    /// (A^-1)_kk for every k, into out (p values); work holds p values.
    void inverse_diagonal(double* out, double* work) const {
        for (std::size_t k = 0; k < p_; ++k) {
            // z = L^-1 e_k: zero above k.
            double sum = 0;
            for (std::size_t i = k; i < p_; ++i) {
                double s = i == k ? 1.0 : 0.0;
                for (std::size_t t = k; t < i; ++t) s -= l_[i * p_ + t] * work[t];
                work[i] = s / l_[i * p_ + i];
                sum += work[i] * work[i];
            }
            out[k] = scale_[k] * scale_[k] * sum;
        }
    }

private:
    std::size_t p_ = 0;
    std::vector<double> l_, scale_;
};

// ---------------------------------------------------------------------------------------
// The logit model, as R's glm.fit with family binomial() computes it

/// How an IRLS step does its arithmetic. exact: as R's binomial() and glm.fit, operation for
/// operation (mu = e / (1 + e), d mu / d eta = e / (1 + e)^2, weights d^2 / (mu (1 - mu)),
/// deviance terms 2 log(1 / mu)), for the reported fit, whose deviance is then R's to the
/// last bits even where 1 - mu loses digits. fast: the same quantities with fewer divisions
/// and one log per eight dyads (equal up to rounding), for the refits of the permutations.
enum class Arithmetic { exact, fast };

/// mu, d mu / d eta and the probability of y at eta, with R's clamps beyond |eta| > 30.
template <Arithmetic A>
void logit_link(double eta, double y, double& mu, double& derivative, double& probability) {
    if (eta < -link_threshold || eta > link_threshold) {
        const double e = eta < 0 ? machine_epsilon : 1.0 / machine_epsilon;
        mu = e / (1.0 + e);
        derivative = machine_epsilon;
        probability = y > 0.5 ? mu : 1.0 - mu;
        return;
    }
    const double e = std::exp(eta);
    if constexpr (A == Arithmetic::exact) {
        mu = e / (1.0 + e);
        derivative = e / ((1.0 + e) * (1.0 + e));
        probability = y > 0.5 ? mu : 1.0 - mu;
    } else {
        const double inverse = 1.0 / (1.0 + e);
        mu = e * inverse;
        derivative = mu * inverse;
        probability = y > 0.5 ? mu : inverse;
    }
}

/// The IRLS working response z and weight w^2 of a dyad.
template <Arithmetic A>
void working_values(double eta, double y, double mu, double derivative, double& z, double& w2) {
    z = eta + (y - mu) / derivative;
    // Unclamped, mu (1 - mu) equals the derivative, so the weight is the derivative itself.
    w2 = A == Arithmetic::fast && derivative != machine_epsilon ? derivative
                                                                 : derivative * derivative / (mu * (1.0 - mu));
}

/// sum_d 2 log(1 / probability_d): exact, one log per dyad; fast, one log per eight dyads (a
/// product of eight probabilities of at least 2^-53 each stays far above the smallest double).
template <Arithmetic A>
double deviance_of(const double* probability, std::size_t m) {
    double sum = 0;
    std::size_t d = 0;
    if constexpr (A == Arithmetic::fast)
        for (; d + 8 <= m; d += 8) {
            double product = 1;
            for (std::size_t t = d; t < d + 8; ++t) product *= probability[t];
            sum -= std::log(product);
        }
    for (; d < m; ++d) sum += std::log(1.0 / probability[d]);
    return 2.0 * sum;
}

/// eta[d] = x[d p ..] . beta for the m dyads of a row-major (dyad by term) design. P = p at
/// compile time for the common sizes (0: read p at run time), as for the kernels below.
template <std::size_t P>
void linear_predictor(const double* x, const double* beta, std::size_t m, std::size_t p_runtime, double* eta) {
    const std::size_t p = P ? P : p_runtime;
    for (std::size_t d = 0; d < m; ++d, x += p) {
        double s = 0;
        for (std::size_t c = 0; c < p; ++c) s += x[c] * beta[c];
        eta[d] = s;
    }
}

/// The lower triangle of X'WX (row-major p x p) and X'Wz, each product in its own accumulator.
template <std::size_t P>
void normal_equations(const double* x, const double* w2, const double* z, std::size_t m, std::size_t p_runtime,
                      double* gram_out, double* rhs_out) {
    const std::size_t p = P ? P : p_runtime;
    std::array<double, P ? P * P : 1> fixed_gram{};
    std::array<double, P ? P : 1> fixed_rhs{};
    std::vector<double> dynamic_gram(P ? 0 : p * p, 0.0), dynamic_rhs(P ? 0 : p, 0.0);
    double* gram = P ? fixed_gram.data() : dynamic_gram.data();
    double* rhs = P ? fixed_rhs.data() : dynamic_rhs.data();
    for (std::size_t d = 0; d < m; ++d, x += p) {
        const double w = w2[d], wz = w * z[d];
        for (std::size_t a = 0; a < p; ++a) {
            rhs[a] += wz * x[a];
            const double wx = w * x[a];
            for (std::size_t c = 0; c <= a; ++c) gram[a * p + c] += wx * x[c];
        }
    }
    std::copy(gram, gram + p * p, gram_out);
    std::copy(rhs, rhs + p, rhs_out);
}

/// The per-dyad kernels of a logit fit with p terms.
struct LogitKernels {
    void (*linear_predictor)(const double*, const double*, std::size_t, std::size_t, double*);
    void (*normal_equations)(const double*, const double*, const double*, std::size_t, std::size_t, double*, double*);
};

LogitKernels logit_kernels(std::size_t p) {
    switch (p) {
        case 2: return {linear_predictor<2>, normal_equations<2>};
        case 3: return {linear_predictor<3>, normal_equations<3>};
        case 4: return {linear_predictor<4>, normal_equations<4>};
        case 5: return {linear_predictor<5>, normal_equations<5>};
        case 6: return {linear_predictor<6>, normal_equations<6>};
        default: return {linear_predictor<0>, normal_equations<0>};
    }
}

/// Scratch of an IRLS fit over m dyads and p terms, kept between fits.
struct IrlsWork {
    std::vector<double> eta, mu, derivative, probability, z, w2, beta, gram, rhs;
    SmallSpd spd;
    std::size_t iterations = 0;
    bool converged = false;
    double deviance = 0;
};

/// Iteratively reweighted least squares for y in {0, 1} on the row-major m x p design x, with
/// glm.fit's start (mu = (y + 1/2) / 2), step and stopping rule (|dev - dev_old| / (|dev| + 0.1)
/// < 1e-8, at most 25 steps). Each step's weighted least squares is solve(work), which reads
/// work.z and work.w2 and writes work.beta, and returns false when the weighted design is
/// singular; irls then returns false.
template <Arithmetic A, class Solve>
bool irls(const double* x, std::size_t p, const double* y, std::size_t m, const LogitKernels& kernels,
          IrlsWork& work, Solve&& solve) {
    work.eta.resize(m);
    work.mu.resize(m);
    work.derivative.resize(m);
    work.probability.resize(m);
    work.z.resize(m);
    work.w2.resize(m);
    work.beta.assign(p, 0.0);
    // The start: mu = 1/4 or 3/4, eta = logit(mu).
    std::array<double, 2> start_mu{}, start_eta{}, start_derivative{};
    for (int v = 0; v < 2; ++v) {
        double unused_mu = 0, unused_probability = 0;
        start_mu[v] = (v + 0.5) / 2.0;
        start_eta[v] = std::log(start_mu[v] / (1.0 - start_mu[v]));
        logit_link<A>(start_eta[v], v, unused_mu, start_derivative[v], unused_probability);
    }
    for (std::size_t d = 0; d < m; ++d) {
        const int v = y[d] > 0.5;
        work.mu[d] = start_mu[v];
        work.eta[d] = start_eta[v];
        work.derivative[d] = start_derivative[v];
        work.probability[d] = v ? start_mu[1] : 1.0 - start_mu[0];
    }
    double deviance_old = deviance_of<A>(work.probability.data(), m);
    work.converged = false;
    for (work.iterations = 1; work.iterations <= logit_max_iterations; ++work.iterations) {
        for (std::size_t d = 0; d < m; ++d)
            working_values<A>(work.eta[d], y[d], work.mu[d], work.derivative[d], work.z[d], work.w2[d]);
        if (!solve(work)) return false;
        kernels.linear_predictor(x, work.beta.data(), m, p, work.eta.data());
        for (std::size_t d = 0; d < m; ++d)
            logit_link<A>(work.eta[d], y[d], work.mu[d], work.derivative[d], work.probability[d]);
        const double deviance = deviance_of<A>(work.probability.data(), m);
        work.deviance = deviance;
        if (std::abs(deviance - deviance_old) / (0.1 + std::abs(deviance)) < logit_epsilon) {
            work.converged = true;
            return true;
        }
        deviance_old = deviance;
    }
    work.iterations = logit_max_iterations;
    return true;
}

/// A logit refit for the permutations: IRLS with its weighted least squares by the normal
/// equations (X'WX) beta = X'Wz; work.spd keeps the factor of the last step for the standard
/// errors. False when a step is singular.
bool logit_refit(const double* x, std::size_t p, const double* y, std::size_t m, const LogitKernels& kernels,
                 IrlsWork& work) {
    return irls<Arithmetic::fast>(x, p, y, m, kernels, work, [&](IrlsWork& w) {
        w.gram.resize(p * p);
        w.rhs.resize(p);
        kernels.normal_equations(x, w.w2.data(), w.z.data(), m, p, w.gram.data(), w.rhs.data());
        if (!w.spd.factor(w.gram.data(), p)) return false;
        std::copy(w.rhs.begin(), w.rhs.end(), w.beta.begin());
        w.spd.solve(w.beta.data());
        return true;
    });
}

// ---------------------------------------------------------------------------------------
// The permutation test

/// Counts, per statistic, the permutations at least / at most / at least in absolute value
/// as extreme as the observed one. An undefined permutation statistic (NaN: a refit that is
/// singular) counts as extreme on every side.
struct Counts {
    std::vector<double> greater, less, two_sided;
};

/// Runs this process's share of the permutations 0..N-1 on the workers. make_worker() gives
/// each worker its statistic function: stat(perm, out) writes the `observed.size()` statistics
/// of the relabelling perm (actor i takes the place of perm[i]). Returns the counts added
/// over the processes.
template <class MakeWorker>
Counts run_permutations(const QapOptions& options, std::size_t n, std::span<const double> observed,
                        MakeWorker&& make_worker) {
    const std::size_t width = observed.size();
    detail::SharedSources share(options.distribution, "qap_permutations", options.permutations);
    const std::size_t count = share.size();
    const unsigned workers = detail::worker_count(count, options.threads);
    std::vector<decltype(make_worker())> stat;
    stat.reserve(workers);
    for (unsigned w = 0; w < workers; ++w) stat.push_back(make_worker());
    std::vector<std::vector<std::uint32_t>> perms(workers, std::vector<std::uint32_t>(n));
    std::vector<double> values(count * width);
    detail::parallel_for(count, options.threads, options.progress, "QAP permutations",
                         [&](unsigned worker, std::size_t item) {
                             std::vector<std::uint32_t>& perm = perms[worker];
                             std::iota(perm.begin(), perm.end(), std::uint32_t{0});
                             std::mt19937_64 rng = detail::seeded_rng(options.seed, share.begin() + item);
                             for (std::size_t i = n; i-- > 1;)
                                 std::swap(perm[i], perm[detail::uniform_below(rng, i + 1)]);
                             stat[worker](perm, values.data() + item * width);
                         });
    std::vector<double> sums(3 * width, 0.0);
    for (std::size_t item = 0; item < count; ++item)
        for (std::size_t k = 0; k < width; ++k) {
            const double v = values[item * width + k], t = observed[k];
            const double tolerance = tie_tolerance * std::max(1.0, std::abs(t));
            const bool undefined = std::isnan(v);
            sums[k] += undefined || v >= t - tolerance;
            sums[width + k] += undefined || v <= t + tolerance;
            sums[2 * width + k] += undefined || std::abs(v) >= std::abs(t) - tolerance;
        }
    share.sum(sums);  // whole numbers: the same bits however the permutations were shared
    Counts counts;
    counts.greater.assign(sums.begin(), sums.begin() + static_cast<std::ptrdiff_t>(width));
    counts.less.assign(sums.begin() + static_cast<std::ptrdiff_t>(width),
                       sums.begin() + static_cast<std::ptrdiff_t>(2 * width));
    counts.two_sided.assign(sums.begin() + static_cast<std::ptrdiff_t>(2 * width), sums.end());
    return counts;
}

/// acc[(c - 1) p + v] = sum over the dyads of X_c(perm) * w_v for the predictors c = 1 .. p-1,
/// where X_c(perm) at dyad (i, j) is x_all[(perm[i] n + perm[j]) (p - 1) + c - 1] and w holds p
/// values per dyad. P = p at compile time for the common sizes (0: read p at run time); each
/// product has its own accumulator, which the compiler can pair into vector registers.
template <std::size_t P>
void cross_products(const double* x_all, const double* w, const std::uint32_t* perm, std::size_t n, bool directed,
                    std::size_t p_runtime, double* acc_out) {
    const std::size_t p = P ? P : p_runtime, q = p - 1;
    std::array<double, P ? (P - 1) * P : 1> fixed_acc{};
    std::vector<double> dynamic_acc(P ? 0 : q * p, 0.0);
    double* acc = P ? fixed_acc.data() : dynamic_acc.data();
    auto add = [&](const double* x, const double* wd) {
        for (std::size_t c = 0; c < q; ++c) {
            const double xc = x[c];
            for (std::size_t v = 0; v < p; ++v) acc[c * p + v] += xc * wd[v];
        }
    };
    for (std::size_t i = 0; i < n; ++i) {
        const double* row = x_all + static_cast<std::size_t>(perm[i]) * n * q;
        if (directed) {
            for (std::size_t j = 0; j < i; ++j, w += p) add(row + static_cast<std::size_t>(perm[j]) * q, w);
            for (std::size_t j = i + 1; j < n; ++j, w += p) add(row + static_cast<std::size_t>(perm[j]) * q, w);
        } else {
            for (std::size_t j = i + 1; j < n; ++j, w += p) add(row + static_cast<std::size_t>(perm[j]) * q, w);
        }
    }
    std::copy(acc, acc + q * p, acc_out);
}

/// acc[c] = sum over the dyads of Y(perm) * x_c, Y(perm) at dyad (i, j) = full[perm[i] n + perm[j]],
/// x holding p values per dyad.
template <std::size_t P>
void permuted_products(const double* full, const double* x, const std::uint32_t* perm, std::size_t n, bool directed,
                       std::size_t p_runtime, double* acc_out) {
    const std::size_t p = P ? P : p_runtime;
    constexpr std::size_t fixed = P ? P : 1;
    std::array<double, fixed> fixed_acc{};
    std::vector<double> dynamic_acc(P ? 0 : p, 0.0);
    double* acc = P ? fixed_acc.data() : dynamic_acc.data();
    auto add = [&](double v, const double* xd) {
        for (std::size_t c = 0; c < p; ++c) acc[c] += v * xd[c];
    };
    for (std::size_t i = 0; i < n; ++i) {
        const double* row = full + static_cast<std::size_t>(perm[i]) * n;
        if (directed) {
            for (std::size_t j = 0; j < i; ++j, x += p) add(row[perm[j]], x);
            for (std::size_t j = i + 1; j < n; ++j, x += p) add(row[perm[j]], x);
        } else {
            for (std::size_t j = i + 1; j < n; ++j, x += p) add(row[perm[j]], x);
        }
    }
    std::copy(acc, acc + p, acc_out);
}

/// out[d] = full[perm[i] n + perm[j]] at every dyad d = (i, j).
void gather_permuted(const double* full, const std::uint32_t* perm, std::size_t n, bool directed, double* out) {
    for (std::size_t i = 0; i < n; ++i) {
        const double* row = full + static_cast<std::size_t>(perm[i]) * n;
        for (std::size_t j = directed ? 0 : i + 1; j < n; ++j)
            if (j != i) *out++ = row[perm[j]];
    }
}

/// cross_products or permuted_products for p terms.
using ProductKernel = void (*)(const double*, const double*, const std::uint32_t*, std::size_t, bool, std::size_t,
                               double*);

ProductKernel dsp_kernel(std::size_t p) {
    switch (p) {
        case 2: return cross_products<2>;
        case 3: return cross_products<3>;
        case 4: return cross_products<4>;
        case 5: return cross_products<5>;
        case 6: return cross_products<6>;
        default: return cross_products<0>;
    }
}

ProductKernel products_kernel(std::size_t p) {
    switch (p) {
        case 2: return permuted_products<2>;
        case 3: return permuted_products<3>;
        case 4: return permuted_products<4>;
        case 5: return permuted_products<5>;
        case 6: return permuted_products<6>;
        default: return permuted_products<0>;
    }
}

void set_p_values(QapCoefficient& c, const Counts& counts, std::size_t k, std::size_t permutations) {
    const double total = static_cast<double>(permutations);
    c.p_greater = counts.greater[k] / total;
    c.p_less = counts.less[k] / total;
    c.p_two_sided = counts.two_sided[k] / total;
}

// ---------------------------------------------------------------------------------------
// The regression

/// Everything the fits and the tests read: the dyads' values, the design, the QR.
struct Design {
    std::size_t n = 0, m = 0, p = 0;
    bool directed = false;
    std::vector<std::string> terms;
    std::vector<double> y;  ///< per dyad
    std::vector<double> x;  ///< column-major m x p, column 0 the intercept
    [[nodiscard]] const double* column(std::size_t c) const { return x.data() + c * m; }
    [[nodiscard]] std::vector<double> column_copy(std::size_t c) const {
        return {x.begin() + static_cast<std::ptrdiff_t>(c * m), x.begin() + static_cast<std::ptrdiff_t>((c + 1) * m)};
    }
    /// The design without column k, column-major m x (p - 1).
    [[nodiscard]] std::vector<double> without(std::size_t k) const {
        std::vector<double> out;
        out.reserve(m * (p - 1));
        for (std::size_t c = 0; c < p; ++c)
            if (c != k) out.insert(out.end(), column(c), column(c) + m);
        return out;
    }
};

/// The design row by row (dyad by term), as the kernels read it.
std::vector<double> row_major(const Design& design) {
    std::vector<double> x(design.m * design.p);
    for (std::size_t d = 0; d < design.m; ++d)
        for (std::size_t c = 0; c < design.p; ++c) x[d * design.p + c] = design.column(c)[d];
    return x;
}

std::string terms_phrase(const std::vector<std::string>& terms) {
    const std::size_t predictors = terms.size() - 1;
    return std::to_string(terms.size()) + " terms (the intercept and " + std::to_string(predictors) + " predictor" +
           (predictors == 1 ? "" : "s") + ")";
}

std::string term_label(const std::vector<std::string>& terms, std::size_t c) {
    return c == 0 ? std::string("the intercept") : detail::quote(terms[c]);
}

/// The QR of the design; throws naming a constant or collinear predictor.
HouseholderQr factor_design(const Design& design) {
    for (std::size_t c = 1; c < design.p; ++c) {
        std::span<const double> values(design.column(c), design.m);
        if (constant(values))
            throw UsageError("predictor " + detail::quote(design.terms[c]) + " is constant over the dyads (every value is " +
                             number(values.front()) + "), so it is collinear with the intercept: drop it");
    }
    HouseholderQr qr(design.x, design.m, design.p);
    if (qr.rank() < design.p) {
        const std::size_t j = qr.rank();
        const std::vector<double> a = qr.collinear_coefficients();
        const double own = std::sqrt(std::inner_product(design.column(j), design.column(j) + design.m, design.column(j), 0.0));
        std::vector<std::string> with;
        for (std::size_t c = 0; c < j; ++c) {
            const double norm = std::sqrt(std::inner_product(design.column(c), design.column(c) + design.m, design.column(c), 0.0));
            if (std::abs(a[c]) * norm > 1e-6 * own) with.push_back(term_label(design.terms, c));
        }
        if (with.empty()) with.push_back("the terms before it");
        throw UsageError("predictor " + detail::quote(design.terms[j]) + " is collinear with " +
                         detail::join_alternatives(with, " and ") +
                         " (a linear combination of them, to 1 part in 10^7): drop it or one of them");
    }
    return qr;
}

/// The QR of the design without term k, on which dsp regresses term k (OLS, as sna does).
HouseholderQr others_qr(const Design& design, std::size_t k) {
    HouseholderQr qr(design.without(k), design.m, design.p - 1);
    if (qr.rank() < design.p - 1)
        throw UsageError("the terms other than " + term_label(design.terms, k) +
                         " are nearly collinear (to 1 part in 10^7): drop a predictor");
    return qr;
}

/// The OLS test statistics under dsp: for each relabelling, the t-value of each term's
/// permuted residual in the refit of y on the other terms plus it, by Frisch-Waugh-Lovell from
/// the products of the permuted residual with y and with the other terms. Each residual is a
/// combination of the design's columns, e_k = X a_k, and so is its relabelling, e_k(perm) =
/// X(perm) a_k: the products of every term come from the (p - 1) x p products of the relabelled
/// predictors with y and the predictors (the relabelled intercept is the intercept). O(dyads
/// p^2) per relabelling for all the terms together.
struct OlsDsp {
    std::size_t n = 0, m = 0, p = 0;
    bool directed = false;
    double y_mean = 0;
    std::vector<double> x_all;  ///< (a n + b) (p - 1) + c - 1: predictor c at the pair (a, b), full and mirrored
    std::vector<double> w;      ///< per dyad: y - mean(y), x_1 .. x_{p-1}
    std::vector<double> w_sums;  ///< the sums of w's columns over the dyads
    std::vector<double> x_sums;  ///< per term c: sum of x_c over the dyads (m for the intercept)
    std::vector<double> combination;  ///< p x p row-major: e_k = sum_c combination[c p + k] x_c
    std::vector<HouseholderQr> others;             ///< per term: QR of the design without it
    std::vector<std::vector<double>> y_on_others;  ///< per term: y's coefficients on the others (p values, k's 0)
    std::vector<double> residual_ss, y_residual_ss;  ///< per term: e_k'e_k and y's RSS on the others
};

OlsDsp prepare_ols_dsp(const Design& design) {
    const std::size_t n = design.n, m = design.m, p = design.p;
    OlsDsp plan;
    plan.n = n;
    plan.m = m;
    plan.p = p;
    plan.directed = design.directed;
    plan.y_mean = std::accumulate(design.y.begin(), design.y.end(), 0.0) / static_cast<double>(m);
    plan.w.resize(m * p);
    plan.w_sums.assign(p, 0.0);
    for (std::size_t d = 0; d < m; ++d) {
        plan.w[d * p] = design.y[d] - plan.y_mean;
        for (std::size_t c = 1; c < p; ++c) plan.w[d * p + c] = design.column(c)[d];
        for (std::size_t v = 0; v < p; ++v) plan.w_sums[v] += plan.w[d * p + v];
    }
    plan.x_all.assign(n * n * (p - 1), 0.0);
    plan.x_sums.assign(p, static_cast<double>(m));
    for (std::size_t c = 1; c < p; ++c) {
        const std::vector<double> full = full_matrix(std::span(design.column(c), m), n, design.directed);
        for (std::size_t cell = 0; cell < n * n; ++cell) plan.x_all[cell * (p - 1) + c - 1] = full[cell];
        plan.x_sums[c] = plan.w_sums[c];
    }
    plan.combination.assign(p * p, 0.0);
    for (std::size_t k = 0; k < p; ++k) {
        HouseholderQr qr = others_qr(design, k);
        const std::vector<double> e = qr.residuals(design.column_copy(k));
        const std::vector<double> a = qr.solve(design.column_copy(k));
        for (std::size_t c = 0, t = 0; c < p; ++c) plan.combination[c * p + k] = c == k ? 1.0 : -a[t++];
        std::vector<double> b = qr.solve(design.y);
        b.insert(b.begin() + static_cast<std::ptrdiff_t>(k), 0.0);
        const std::vector<double> r = qr.residuals(design.y);
        plan.residual_ss.push_back(std::inner_product(e.begin(), e.end(), e.begin(), 0.0));
        plan.y_residual_ss.push_back(std::inner_product(r.begin(), r.end(), r.begin(), 0.0));
        plan.y_on_others.push_back(std::move(b));
        plan.others.push_back(std::move(qr));
    }
    return plan;
}

/// The statistics of one relabelling under dsp from cross (see cross_products); work holds
/// 3 p + 1 values.
void ols_dsp_statistics(const OlsDsp& plan, const double* cross, double* work, double* out) {
    const std::size_t p = plan.p;
    const double df = static_cast<double>(plan.m - p);
    double* products = work;  // e_k(perm)' (y - mean(y), 1, x_1 .. x_{p-1})
    double* c = work + p + 1;
    double* u = c + p;
    for (std::size_t k = 0; k < p; ++k) {
        // Relabelled column c against w_v: the intercept's is the plain sum of w_v.
        auto moment = [&](std::size_t col, std::size_t v) { return col == 0 ? plan.w_sums[v] : cross[(col - 1) * p + v]; };
        std::fill(products, products + p + 1, 0.0);
        for (std::size_t col = 0; col < p; ++col) {
            const double weight = plan.combination[col * p + k];
            products[0] += weight * moment(col, 0);
            products[1] += weight * plan.x_sums[col];
            for (std::size_t v = 1; v < p; ++v) products[1 + v] += weight * moment(col, v);
        }
        // e'y (products[0] is against y - mean(y), products[1] = e'1), and e' x_c of the other terms.
        double s = products[0] + plan.y_mean * products[1];
        std::size_t t = 0;
        for (std::size_t col = 0; col < p; ++col)
            if (col != k) {
                c[t++] = products[1 + col];
                s -= products[1 + col] * plan.y_on_others[k][col];
            }
        plan.others[k].solve_transposed(c, u);
        double projected = 0;
        for (std::size_t i = 0; i + 1 < p; ++i) projected += u[i] * u[i];
        const double q = plan.residual_ss[k] - projected;  // the permuted residual's part outside the others
        const double rss = plan.y_residual_ss[k] - s * s / q;
        out[k] = q > 1e-12 * plan.residual_ss[k] && rss > 0 ? s / std::sqrt(q * rss / df) : nan;
    }
}

/// The OLS test statistics under y: t-values of the refit on the relabelled y.
struct OlsY {
    std::size_t n = 0, m = 0, p = 0;
    bool directed = false;
    double y_mean = 0, centred_ss = 0;
    std::vector<double> y_full;  ///< y - mean(y), full n x n (mirrored when undirected)
    std::vector<double> x;       ///< per dyad: x_0 .. x_{p-1}
    std::vector<double> inverse_gram;
};

void ols_y_statistics(const OlsY& plan, const HouseholderQr& qr, const double* acc, double* u, double* out) {
    const std::size_t p = plan.p;
    qr.solve_transposed(acc, u);
    double explained = 0;
    for (std::size_t k = 0; k < p; ++k) explained += u[k] * u[k];
    const double rss = plan.centred_ss - explained;
    // beta = R^-1 u, in place.
    for (std::size_t k = p; k-- > 0;) {
        double s = u[k];
        for (std::size_t c = k + 1; c < p; ++c) s -= qr.r(k, c) * u[c];
        u[k] = s / qr.r(k, k);
    }
    u[0] += plan.y_mean;  // the fit was of y - mean(y)
    const double variance = rss / static_cast<double>(plan.m - p);
    for (std::size_t k = 0; k < p; ++k)
        out[k] = rss > 0 ? u[k] / std::sqrt(variance * plan.inverse_gram[k]) : nan;
}

/// The observed logit fit by QR steps (as glm.fit's), with its standard errors.
struct LogitFit {
    std::vector<double> beta, se;
    double deviance = 0;
    std::size_t iterations = 0, extreme = 0;
    bool converged = false, singular = false;
};

LogitFit fit_logit(const Design& design) {
    const std::size_t m = design.m, p = design.p;
    const std::vector<double> x = row_major(design);
    IrlsWork work;
    std::optional<HouseholderQr> last;
    const bool ok = irls<Arithmetic::exact>(x.data(), p, design.y.data(), m, logit_kernels(p), work, [&](IrlsWork& w) {
        std::vector<double> weighted(m * p), wz(m);
        for (std::size_t d = 0; d < m; ++d) {
            const double root = std::sqrt(w.w2[d]);
            wz[d] = root * w.z[d];
            for (std::size_t c = 0; c < p; ++c) weighted[c * m + d] = root * design.column(c)[d];
        }
        last.emplace(std::move(weighted), m, p, weighted_collinear_tolerance);
        if (last->rank() < p) return false;
        w.beta = last->solve(std::move(wz));
        return true;
    });
    LogitFit fit;
    fit.singular = !ok;
    fit.converged = ok && work.converged;
    fit.iterations = work.iterations;
    if (!ok) return fit;
    fit.beta = work.beta;
    fit.deviance = work.deviance;
    const std::vector<double> diagonal = last->inverse_gram_diagonal();
    for (double v : diagonal) fit.se.push_back(std::sqrt(v));
    // glm.fit's warning "fitted probabilities numerically 0 or 1 occurred".
    const double edge = 10 * machine_epsilon;
    fit.extreme = static_cast<std::size_t>(
        std::count_if(work.mu.begin(), work.mu.end(), [&](double mu) { return mu < edge || mu > 1 - edge; }));
    return fit;
}

}  // namespace

QapResult qap_regression(const DyadicMatrix& y, const std::vector<std::pair<std::string, DyadicMatrix>>& predictors,
                         const QapOptions& options) {
    if (predictors.empty())
        throw UsageError("a QAP regression needs at least one predictor besides the intercept");
    const std::size_t n = y.n;
    const bool directed = options.directed;
    check_matrix(y, "y", n, "y", directed);
    for (const auto& [name, x] : predictors) check_matrix(x, "predictor " + detail::quote(name), n, "y", directed);

    Design design;
    design.n = n;
    design.m = dyad_count(n, directed);
    design.p = predictors.size() + 1;
    design.directed = directed;
    design.terms.push_back("(intercept)");
    for (const auto& [name, x] : predictors) design.terms.push_back(name);
    const std::size_t m = design.m, p = design.p;
    if (m <= p)
        throw UsageError(std::to_string(m) + " dyads for " + terms_phrase(design.terms) +
                         ": a regression needs more dyads than terms; give more actors or fewer predictors");
    design.y = dyad_values(y, directed);
    if (options.model == QapModel::logit) {
        std::size_t d = 0;
        for_each_dyad(n, directed, [&](std::size_t i, std::size_t j) {
            const double v = design.y[d++];
            if (v != 0.0 && v != 1.0)
                throw UsageError("a logit y must be 0 or 1 on every dyad, but " + pair_text(i, j) + " is " + number(v) +
                                 ": dichotomise y (e.g. 1 where the value is above 0) or use the OLS model");
        });
        if (constant(design.y))
            throw UsageError("y is " + number(design.y.front()) +
                             " on every dyad: a logit model needs dyads with 0 and dyads with 1");
    } else if (constant(design.y)) {
        throw UsageError("y is constant over the dyads (every value is " + number(design.y.front()) +
                         "): there is no variation to explain");
    }
    design.x.assign(m, 1.0);
    for (const auto& [name, x] : predictors) {
        const std::vector<double> values = dyad_values(x, directed);
        design.x.insert(design.x.end(), values.begin(), values.end());
    }
    const HouseholderQr qr = factor_design(design);

    QapResult result;
    result.model = options.model;
    result.null = options.null;
    result.n_dyads = m;
    result.coefficients.resize(p);
    for (std::size_t k = 0; k < p; ++k) result.coefficients[k].term = design.terms[k];
    std::vector<double> observed(p);

    if (options.model == QapModel::ols) {
        const std::vector<double> beta = qr.solve(design.y);
        const std::vector<double> residuals = qr.residuals(design.y);
        const double rss = std::inner_product(residuals.begin(), residuals.end(), residuals.begin(), 0.0);
        const double y_mean = std::accumulate(design.y.begin(), design.y.end(), 0.0) / static_cast<double>(m);
        double total = 0, fitted_mean = 0;
        for (double v : design.y) total += (v - y_mean) * (v - y_mean);
        if (rss <= 1e-20 * total)
            throw UsageError("y is fitted exactly by the predictors (R-squared 1): the standard errors are 0 and the "
                             "t-values undefined; check that y is not computed from the predictors");
        for (std::size_t d = 0; d < m; ++d) fitted_mean += design.y[d] - residuals[d];
        fitted_mean /= static_cast<double>(m);
        double explained = 0;
        for (std::size_t d = 0; d < m; ++d) {
            const double f = design.y[d] - residuals[d] - fitted_mean;
            explained += f * f;
        }
        const double df = static_cast<double>(m - p);
        const std::vector<double> diagonal = qr.inverse_gram_diagonal();
        for (std::size_t k = 0; k < p; ++k) {
            QapCoefficient& c = result.coefficients[k];
            c.estimate = beta[k];
            c.std_error = std::sqrt(diagonal[k] * rss / df);
            c.t = c.estimate / c.std_error;
            observed[k] = c.t;
        }
        result.r2 = explained / (explained + rss);
        result.adjusted_r2 = 1.0 - (1.0 - *result.r2) * (static_cast<double>(m - 1) / df);
    } else {
        const LogitFit fit = fit_logit(design);
        if (fit.singular)
            throw UsageError("the logit fit failed at iteration " + std::to_string(fit.iterations) +
                             ": its weighted design became singular as fitted probabilities reached 0 or 1; the "
                             "predictors separate y's 1s from its 0s: drop or coarsen the predictor that separates "
                             "them, or use the OLS model");
        if (!fit.converged)
            throw UsageError("the logit fit did not converge in " + std::to_string(fit.iterations) +
                             " iterations (R's glm.fit limit; its deviance still changed by more than 1e-8 of itself): "
                             "the predictors may nearly separate the dyads with y = 1 from those with y = 0; drop or "
                             "coarsen such a predictor, or use the OLS model");
        if (fit.extreme > 0)
            throw UsageError("the logit fit gives probabilities numerically 0 or 1 on " + std::to_string(fit.extreme) +
                             " dyads: the predictors separate y's 1s from its 0s, so the estimates diverge; drop or "
                             "coarsen the predictor that separates them, or use the OLS model");
        for (std::size_t k = 0; k < p; ++k) {
            QapCoefficient& c = result.coefficients[k];
            c.estimate = fit.beta[k];
            c.std_error = fit.se[k];
            c.t = c.estimate / c.std_error;
            observed[k] = c.t;
        }
        const double dyads = static_cast<double>(m), terms = static_cast<double>(p);
        result.deviance = fit.deviance;
        result.null_deviance = 2.0 * dyads * std::log(2.0);
        result.aic = fit.deviance + 2.0 * terms;
        result.bic = fit.deviance + terms * std::log(dyads);
    }

    if (options.permutations == 0) return result;
    result.permutations = options.permutations;
    Counts counts;
    if (options.model == QapModel::ols && options.null == QapNull::dsp) {
        const OlsDsp plan = prepare_ols_dsp(design);
        const ProductKernel kernel = dsp_kernel(p);
        counts = run_permutations(options, n, observed, [&] {
            return [&plan, kernel, cross = std::vector<double>(p * p), work = std::vector<double>(3 * p + 1)](
                       const std::vector<std::uint32_t>& perm, double* out) mutable {
                kernel(plan.x_all.data(), plan.w.data(), perm.data(), plan.n, plan.directed, plan.p, cross.data());
                ols_dsp_statistics(plan, cross.data(), work.data(), out);
            };
        });
    } else if (options.model == QapModel::ols) {
        OlsY plan;
        plan.n = n;
        plan.m = m;
        plan.p = p;
        plan.directed = directed;
        plan.y_mean = std::accumulate(design.y.begin(), design.y.end(), 0.0) / static_cast<double>(m);
        std::vector<double> centred(design.y);
        for (double& v : centred) {
            v -= plan.y_mean;
            plan.centred_ss += v * v;
        }
        plan.y_full = full_matrix(centred, n, directed);
        plan.x = row_major(design);
        plan.inverse_gram = qr.inverse_gram_diagonal();
        const ProductKernel kernel = products_kernel(p);
        counts = run_permutations(options, n, observed, [&] {
            return [&plan, &qr, kernel, acc = std::vector<double>(p), u = std::vector<double>(p)](
                       const std::vector<std::uint32_t>& perm, double* out) mutable {
                kernel(plan.y_full.data(), plan.x.data(), perm.data(), plan.n, plan.directed, plan.p, acc.data());
                ols_y_statistics(plan, qr, acc.data(), u.data(), out);
            };
        });
    } else if (options.null == QapNull::dsp) {
        // Per term k: its OLS residual on the other terms (as sna's netlogit), relabelled, and the
        // logit refit of y on the others plus it. base[k]: the other terms row by row, with the
        // last place of each row left for the relabelled residual.
        std::vector<std::vector<double>> residual_full, base;
        for (std::size_t k = 0; k < p; ++k) {
            residual_full.push_back(full_matrix(others_qr(design, k).residuals(design.column_copy(k)), n, directed));
            std::vector<double> rows(m * p, 0.0);
            for (std::size_t d = 0; d < m; ++d) {
                std::size_t t = 0;
                for (std::size_t c = 0; c < p; ++c)
                    if (c != k) rows[d * p + t++] = design.column(c)[d];
            }
            base.push_back(std::move(rows));
        }
        const LogitKernels kernels = logit_kernels(p);
        counts = run_permutations(options, n, observed, [&] {
            return [&design, &residual_full, &base, &kernels, n, m, p, directed, permuted = std::vector<double>(m),
                    x = std::vector<double>(m * p), work = IrlsWork{}](const std::vector<std::uint32_t>& perm,
                                                                       double* out) mutable {
                for (std::size_t k = 0; k < p; ++k) {
                    gather_permuted(residual_full[k].data(), perm.data(), n, directed, permuted.data());
                    std::copy(base[k].begin(), base[k].end(), x.begin());
                    for (std::size_t d = 0; d < m; ++d) x[d * p + p - 1] = permuted[d];
                    out[k] = logit_refit(x.data(), p, design.y.data(), m, kernels, work)
                                 ? work.beta[p - 1] / std::sqrt(work.spd.inverse_last_diagonal())
                                 : nan;
                }
            };
        });
    } else {
        const std::vector<double> y_full = full_matrix(design.y, n, directed);
        const std::vector<double> x = row_major(design);
        const LogitKernels kernels = logit_kernels(p);
        counts = run_permutations(options, n, observed, [&] {
            return [&y_full, &x, &kernels, n, m, p, directed, permuted = std::vector<double>(m), work = IrlsWork{},
                    diagonal = std::vector<double>(p), scratch = std::vector<double>(p)](
                       const std::vector<std::uint32_t>& perm, double* out) mutable {
                gather_permuted(y_full.data(), perm.data(), n, directed, permuted.data());
                if (!logit_refit(x.data(), p, permuted.data(), m, kernels, work)) {
                    std::fill(out, out + p, nan);
                    return;
                }
                work.spd.inverse_diagonal(diagonal.data(), scratch.data());
                for (std::size_t k = 0; k < p; ++k) out[k] = work.beta[k] / std::sqrt(diagonal[k]);
            };
        });
    }
    for (std::size_t k = 0; k < p; ++k) set_p_values(result.coefficients[k], counts, k, options.permutations);
    return result;
}

QapCorrelation qap_correlation(const DyadicMatrix& a, const DyadicMatrix& b, const QapOptions& options) {
    const std::size_t n = a.n;
    const bool directed = options.directed;
    check_matrix(a, "a", n, "a", directed);
    check_matrix(b, "b", n, "a", directed);
    const std::size_t m = dyad_count(n, directed);
    if (m < 2)
        throw UsageError("a correlation needs at least 2 dyads, but " + std::to_string(n) + " actors give " +
                         std::to_string(m));
    std::vector<double> av = dyad_values(a, directed), bv = dyad_values(b, directed);
    for (const auto& [name, values] : {std::pair{"a", &av}, std::pair{"b", &bv}})
        if (constant(*values))
            throw UsageError(std::string(name) + " is constant over the dyads (every value is " +
                             number(values->front()) + "): its correlation is undefined");
    auto centre = [m](std::vector<double>& v) {
        const double mean = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(m);
        double ss = 0;
        for (double& x : v) {
            x -= mean;
            ss += x * x;
        }
        return ss;
    };
    const double scale = std::sqrt(centre(av) * centre(bv));

    QapCorrelation result;
    result.n_dyads = m;
    result.correlation = std::inner_product(av.begin(), av.end(), bv.begin(), 0.0) / scale;
    if (options.permutations == 0) return result;
    result.permutations = options.permutations;
    const std::vector<double> b_full = full_matrix(bv, n, directed);
    const std::vector<double> observed = {result.correlation};
    const Counts counts = run_permutations(options, n, observed, [&] {
        return [&](const std::vector<std::uint32_t>& perm, double* out) {
            double sum = 0;
            permuted_products<1>(b_full.data(), av.data(), perm.data(), n, directed, 1, &sum);
            out[0] = sum / scale;
        };
    });
    const double total = static_cast<double>(options.permutations);
    result.p_greater = counts.greater[0] / total;
    result.p_less = counts.less[0] / total;
    result.p_two_sided = counts.two_sided[0] / total;
    return result;
}

}  // namespace ecosys
