#include "ecosys/evaluation/did.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numeric>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "util/random.hpp"
#include "util/rounding.hpp"

namespace ecosys {

namespace {

std::string number(double x) {
    std::ostringstream out;
    out << x;
    return out.str();
}

std::string region_name(const PanelRegion& r, std::size_t i) {
    return r.id.empty() ? "region #" + std::to_string(i + 1) : "region '" + r.id + "'";
}

/// The checks of difference_in_differences(), for both entry points; returns k.
std::size_t check_panel(std::span<const PanelRegion> regions, const char* what) {
    std::size_t treated = 0;
    for (std::size_t i = 0; i < regions.size(); ++i) {
        const PanelRegion& r = regions[i];
        if (!std::isfinite(r.weight) || !(r.weight > 0))
            throw std::invalid_argument(std::string(what) + ": " + region_name(r, i) + " has weight " +
                                        number(r.weight) + "; weights must be finite and > 0");
        if (!std::isfinite(r.pre) || !std::isfinite(r.post))
            throw std::invalid_argument(std::string(what) + ": " + region_name(r, i) +
                                        " has an outcome that is not a finite number (pre or post)");
        if (r.treated) ++treated;
    }
    if (treated == 0)
        throw std::invalid_argument(std::string(what) + ": no treated region among " +
                                    std::to_string(regions.size()) + "; mark at least one region treated");
    if (treated == regions.size())
        throw std::invalid_argument(std::string(what) + ": no control region among " +
                                    std::to_string(regions.size()) + "; leave at least one region untreated");
    return treated;
}

/// The DiD statistic as a function of which regions form one group: with d_i = post_i - pre_i,
/// did = mean_w(d | treated) - mean_w(d | control), and its absolute value does not depend on
/// which of the two groups is the one enumerated.
struct Statistic {
    std::vector<double> w, wd;
    double total_w = 0, total_wd = 0;

    explicit Statistic(std::span<const PanelRegion> regions) {
        w.reserve(regions.size());
        wd.reserve(regions.size());
        for (const PanelRegion& r : regions) {
            w.push_back(r.weight);
            wd.push_back(r.weight * (r.post - r.pre));
            total_w += r.weight;
            total_wd += r.weight * (r.post - r.pre);
        }
    }
    /// |did| for a group with weight sum sw and weighted-d sum swd (the other group is the rest).
    [[nodiscard]] double abs_did(double sw, double swd) const {
        return std::abs(swd / sw - (total_wd - swd) / (total_w - sw));
    }
};

/// Enumerates every m-subset of 0..n-1 with the group sums carried down the recursion (each
/// subset's sums are added in index order from 0, never carried across subsets, so rounding
/// does not accumulate), counting those at least as extreme as `threshold`. Depth m.
struct Enumerator {
    const Statistic& stat;
    std::size_t n, m;
    double threshold;
    std::uint64_t count = 0;

    void run(std::size_t start, std::size_t depth, double sw, double swd) {
        if (depth == m) {
            if (stat.abs_did(sw, swd) >= threshold) ++count;
            return;
        }
        for (std::size_t i = start; i + (m - depth) <= n; ++i)
            run(i + 1, depth + 1, sw + stat.w[i], swd + stat.wd[i]);
    }
};

}  // namespace

DidEstimate difference_in_differences(std::span<const PanelRegion> regions) {
    check_panel(regions, "difference_in_differences");
    double tw = 0, tpre = 0, tpost = 0, cw = 0, cpre = 0, cpost = 0;
    for (const PanelRegion& r : regions) {
        if (r.treated) {
            tw += r.weight;
            tpre += r.weight * r.pre;
            tpost += r.weight * r.post;
        } else {
            cw += r.weight;
            cpre += r.weight * r.pre;
            cpost += r.weight * r.post;
        }
    }
    DidEstimate e;
    e.treated_pre = tpre / tw;
    e.treated_post = tpost / tw;
    e.control_pre = cpre / cw;
    e.control_post = cpost / cw;
    // Terms of both signs: no difference in exact arithmetic is 0, not rounding noise
    // (docs/robustness.md, "Zero up to rounding").
    e.did = detail::zero_if_rounding((e.treated_post - e.treated_pre) - (e.control_post - e.control_pre),
                                     std::abs(e.treated_post) + std::abs(e.treated_pre) + std::abs(e.control_post) +
                                         std::abs(e.control_pre));
    return e;
}

RandomizationTest randomization_test(std::span<const PanelRegion> regions, std::uint64_t permutations,
                                     std::uint64_t seed, std::uint64_t exact_limit) {
    const std::size_t k = check_panel(regions, "randomization_test");
    const std::size_t n = regions.size();
    const Statistic stat(regions);
    // Enumerate or draw the smaller group: fewer terms per assignment, and a shallow recursion.
    const bool draw_treated = k <= n - k;
    const std::size_t m = draw_treated ? k : n - k;

    // The observed statistic computed as an enumerated assignment is (its sums in index order).
    double obs_sw = 0, obs_swd = 0, max_abs_d = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (regions[i].treated == draw_treated) {
            obs_sw += stat.w[i];
            obs_swd += stat.wd[i];
        }
        max_abs_d = std::max(max_abs_d, std::abs(regions[i].post - regions[i].pre));
    }
    const double observed = stat.abs_did(obs_sw, obs_swd);
    const double threshold = observed - 1e-9 * std::max(observed, max_abs_d);

    RandomizationTest result;
    result.observed = difference_in_differences(regions).did;
    const std::uint64_t total = binomial(n, k);
    if (total <= exact_limit) {
        Enumerator e{stat, n, m, threshold};
        e.run(0, 0, 0.0, 0.0);
        result.exact = true;
        result.assignments = total;
        result.as_extreme = e.count;
        result.p_value = static_cast<double>(e.count) / static_cast<double>(total);
        return result;
    }
    if (permutations == 0)
        throw std::invalid_argument("randomization_test: C(" + std::to_string(n) + ", " + std::to_string(k) +
                                    ") assignments exceed exact_limit " + std::to_string(exact_limit) +
                                    " and permutations is 0; ask for some random permutations (e.g. 9999)");
    auto rng = detail::seeded_rng(seed, 0);
    std::vector<std::size_t> index(n);
    std::iota(index.begin(), index.end(), std::size_t{0});
    std::uint64_t b = 0;
    for (std::uint64_t p = 0; p < permutations; ++p) {
        // Partial Fisher–Yates: index[0..m) becomes a uniform m-subset whatever order index had.
        double sw = 0, swd = 0;
        for (std::size_t j = 0; j < m; ++j) {
            const std::size_t r = j + static_cast<std::size_t>(detail::uniform_below(rng, n - j));
            std::swap(index[j], index[r]);
            sw += stat.w[index[j]];
            swd += stat.wd[index[j]];
        }
        if (stat.abs_did(sw, swd) >= threshold) ++b;
    }
    result.exact = false;
    result.assignments = permutations;
    result.as_extreme = b;
    result.p_value = static_cast<double>(b + 1) / (static_cast<double>(permutations) + 1.0);
    return result;
}

std::uint64_t binomial(std::uint64_t n, std::uint64_t k) {
    if (k > n) return 0;
    k = std::min(k, n - k);
    // After step i, r = C(n - k + i, i): exact integer division, and increasing in i, so once
    // it passes UINT64_MAX the result does too.
    unsigned __int128 r = 1;
    for (std::uint64_t i = 1; i <= k; ++i) {
        r = r * (n - k + i) / i;
        if (r > std::numeric_limits<std::uint64_t>::max()) return std::numeric_limits<std::uint64_t>::max();
    }
    return static_cast<std::uint64_t>(r);
}

}  // namespace ecosys
