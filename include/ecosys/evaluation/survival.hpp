#pragma once
// Survival of something that can end (a firm, a programme's partnership, a cluster) under
// right censoring: the Kaplan–Meier estimate and the two-group log-rank test. Pure
// statistics: no network model involved.

#include <cstddef>
#include <span>
#include <vector>

namespace ecosys {

/// One subject: the time of its event, or of its right censoring (event = false: still
/// going at `time`, nothing known after). Times must be finite.
struct SurvivalObservation {
    double time = 0;
    bool event = false;
};

/// One step of a Kaplan–Meier curve, at a time with at least one event.
struct KaplanMeierStep {
    double time = 0;
    /// Subjects with time >= this time (those censored at it included).
    std::size_t at_risk = 0;
    /// Events at exactly this time.
    std::size_t events = 0;
    /// Subjects censored at exactly this time (at risk here, gone after).
    std::size_t censored = 0;
    /// S(time): the estimated probability of lasting beyond this time.
    double survival = 1;
};

/// Kaplan–Meier estimate: one step per distinct observed time that has an event (censoring
/// at time t counts as at risk at t, as usual), survival after that time, the product of
/// (1 - events / at_risk) over the steps so far. Sorted by time. Censorings at times without
/// an event make no step (they only lower later at_risk counts). Empty for no observations.
/// Throws std::invalid_argument for a time that is not finite. O(n log n).
[[nodiscard]] std::vector<KaplanMeierStep> kaplan_meier(std::span<const SurvivalObservation> obs);

/// S(t) from those steps: 1 before the first step, else the survival of the last step at
/// or before t (right-continuous). O(log steps).
[[nodiscard]] double survival_at(std::span<const KaplanMeierStep> steps, double t);

/// The outcome of log_rank().
struct LogRankTest {
    /// (observed_a - expected_a)^2 / variance, chi-square with 1 degree of freedom.
    double statistic = 0;
    double p_value = 1;
    /// Events in group a, and those expected there were both groups alike.
    double observed_a = 0, expected_a = 0;
    /// The hypergeometric variance of observed_a summed over the event times.
    double variance = 0;
};

/// Two-group log-rank (Mantel–Cox) test, chi-square with 1 degree of freedom; p from the
/// chi-square(1) upper tail (erfc(sqrt(x/2))). At each distinct event time t of the pooled
/// data, with n_a, n_b at risk and d events in all: expected_a += d n_a / n and variance +=
/// d (n_a / n)(n_b / n)(n - d)/(n - 1) (0 when n = 1). When there is no event at all (or the
/// variance is 0): statistic 0, p 1. Throws std::invalid_argument for a time that is not
/// finite. O(n log n).
[[nodiscard]] LogRankTest log_rank(std::span<const SurvivalObservation> a, std::span<const SurvivalObservation> b);

}  // namespace ecosys
