#pragma once
// Programme evaluation on a two-period panel of regions: the difference-in-differences
// estimate of a programme's effect and its randomization (permutation) test. Pure
// statistics: no network model involved.

#include <cstdint>
#include <span>
#include <string>

namespace ecosys {

/// One region of a two-period panel: its outcome before and after the programme, whether
/// it took part, and its weight (e.g. population; must be finite and > 0).
struct PanelRegion {
    std::string id;
    bool treated = false;
    double pre = 0, post = 0;
    double weight = 1.0;
};

/// Weighted group means of the outcome and the estimate built from them.
struct DidEstimate {
    double treated_pre = 0, treated_post = 0, control_pre = 0, control_post = 0, did = 0;
};

/// Weighted means (weights > 0) over treated and over control regions of pre and post;
/// did = (treated_post - treated_pre) - (control_post - control_pre). With two periods this
/// is the treated×post coefficient of the two-way fixed-effects regression
/// y ~ region + period + treated:post (weighted least squares with each region's weight).
/// Throws std::invalid_argument when there is no treated or no control region, or a weight
/// is not finite and > 0, or an outcome is not finite. O(regions).
[[nodiscard]] DidEstimate difference_in_differences(std::span<const PanelRegion> regions);

/// The outcome of randomization_test().
struct RandomizationTest {
    /// Two-sided p-value (see randomization_test for exact and Monte-Carlo forms).
    double p_value = 1;
    /// True when every assignment was enumerated.
    bool exact = false;
    /// Assignments looked at: C(n, k) when exact, else the number of random draws.
    std::uint64_t assignments = 0;
    /// The observed estimate (difference_in_differences(regions).did).
    double observed = 0;
    /// Assignments (observed one included when exact; random draws only otherwise) whose
    /// |did| is at least the observed |did|, ties within the tolerance counting.
    std::uint64_t as_extreme = 0;
};

/// Randomization inference for the DiD estimate: the same statistic for assignments of the
/// same number k of treated regions among all n regions given, each region keeping its
/// outcomes and weight. Two-sided: an assignment counts when |did_perm| >= |did_obs| - tol,
/// with tol = 1e-9 * max(|did_obs|, max_i |post_i - pre_i|), so that assignments whose
/// estimate equals the observed one up to rounding (e.g. 10/3 and -10/3 reached by different
/// sums) count; a relative tolerance of 1e-9, on the data's scale when did_obs is about 0.
///
/// When C(n, k) <= exact_limit: every assignment is enumerated, exact = true,
/// assignments = C(n, k), p = as_extreme / C(n, k) (the observed assignment included).
/// Each assignment costs O(1) amortised (d_i = post_i - pre_i precomputed, sums carried
/// along the enumeration), so the default limit costs well under a second.
/// Otherwise `permutations` random k-subsets are drawn (partial Fisher–Yates, O(min(k, n-k))
/// each) from the single stream detail::seeded_rng(seed, 0): the same seed gives the same
/// result. exact = false, assignments = permutations, p = (b + 1) / (permutations + 1) with b
/// the draws as extreme as the observed one.
/// Throws std::invalid_argument as difference_in_differences() does, and when the random
/// branch is taken with permutations == 0.
[[nodiscard]] RandomizationTest randomization_test(std::span<const PanelRegion> regions,
                                                   std::uint64_t permutations, std::uint64_t seed,
                                                   std::uint64_t exact_limit = 100000);

/// The binomial coefficient C(n, k) (0 when k > n), saturating at UINT64_MAX. O(min(k, n-k)).
[[nodiscard]] std::uint64_t binomial(std::uint64_t n, std::uint64_t k);

}  // namespace ecosys
