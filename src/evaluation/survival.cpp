#include "ecosys/evaluation/survival.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <string>

namespace ecosys {

namespace {

/// The observations sorted by time; throws for a time that is not finite.
std::vector<SurvivalObservation> sorted(std::span<const SurvivalObservation> obs, const char* what) {
    std::vector<SurvivalObservation> s(obs.begin(), obs.end());
    for (std::size_t i = 0; i < s.size(); ++i)
        if (!std::isfinite(s[i].time))
            throw std::invalid_argument(std::string(what) + ": observation #" + std::to_string(i + 1) +
                                        " has a time that is not a finite number");
    std::sort(s.begin(), s.end(), [](const auto& x, const auto& y) { return x.time < y.time; });
    return s;
}

}  // namespace

std::vector<KaplanMeierStep> kaplan_meier(std::span<const SurvivalObservation> obs) {
    const auto s = sorted(obs, "kaplan_meier");
    std::vector<KaplanMeierStep> steps;
    double survival = 1;
    std::size_t i = 0;
    while (i < s.size()) {
        const double t = s[i].time;
        const std::size_t at_risk = s.size() - i;
        std::size_t events = 0, censored = 0;
        for (; i < s.size() && s[i].time == t; ++i) (s[i].event ? events : censored) += 1;
        if (events == 0) continue;
        survival *= 1.0 - static_cast<double>(events) / static_cast<double>(at_risk);
        steps.push_back({t, at_risk, events, censored, survival});
    }
    return steps;
}

double survival_at(std::span<const KaplanMeierStep> steps, double t) {
    // The first step after t; the one before it (if any) holds S(t).
    const auto after = std::upper_bound(steps.begin(), steps.end(), t,
                                        [](double x, const KaplanMeierStep& step) { return x < step.time; });
    return after == steps.begin() ? 1.0 : std::prev(after)->survival;
}

LogRankTest log_rank(std::span<const SurvivalObservation> a, std::span<const SurvivalObservation> b) {
    const auto sa = sorted(a, "log_rank (group a)");
    const auto sb = sorted(b, "log_rank (group b)");
    LogRankTest test;
    std::size_t ia = 0, ib = 0;
    while (ia < sa.size() || ib < sb.size()) {
        double t = std::numeric_limits<double>::infinity();
        if (ia < sa.size()) t = sa[ia].time;
        if (ib < sb.size()) t = std::min(t, sb[ib].time);
        const double na = static_cast<double>(sa.size() - ia), nb = static_cast<double>(sb.size() - ib);
        double da = 0, db = 0;
        for (; ia < sa.size() && sa[ia].time == t; ++ia) da += sa[ia].event ? 1 : 0;
        for (; ib < sb.size() && sb[ib].time == t; ++ib) db += sb[ib].event ? 1 : 0;
        const double d = da + db, n = na + nb;
        if (d == 0) continue;
        test.observed_a += da;
        test.expected_a += d * na / n;
        if (n > 1) test.variance += d * (na / n) * (nb / n) * (n - d) / (n - 1);
    }
    if (test.variance > 0) {
        const double diff = test.observed_a - test.expected_a;
        test.statistic = diff * diff / test.variance;
        test.p_value = std::erfc(std::sqrt(test.statistic / 2));
    }
    return test;
}

}  // namespace ecosys
