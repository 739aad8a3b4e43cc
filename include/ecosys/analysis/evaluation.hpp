#pragma once
// Programme evaluation (docs/evaluation.md): did a programme change the ecosystems of
// the regions it funded, beyond what happened elsewhere, and do the collaborations it
// paid for last? A difference in differences of region metrics between a window
// before and a window after, with randomization inference over the regions, and the
// durability of the ties first formed in its projects (Kaplan-Meier, log-rank).
//
// A window's region values are those `ecosys metrics NETWORK --years A-B` prints for
// the region: the same selection (analysis/selection.hpp) and the same registry rows.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/analysis/selection.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys {

/// How regions are weighted in the means of a difference in differences.
enum class RegionWeight { none, actors };

struct ProgrammeRequest {
    /// The programme: an id of Network::programmes, or one that projects name.
    std::string programme;
    /// The windows; absent: post = the programme's years, pre = as many years just before.
    std::optional<YearWindow> pre, post;
    /// Treated regions; empty: the programme's declared regions, else the regions whose
    /// actors take part in its projects.
    std::vector<std::string> treated;
    /// Control regions; empty: every other region with actors in both windows.
    std::vector<std::string> control;
    /// Scalar region keys of the registry; empty: default_evaluation_keys().
    std::vector<std::string> metrics;
    /// none: every region counts once; actors: by its actors in the pre window.
    RegionWeight weight = RegionWeight::none;
    /// Random assignments when there are more than exact_limit of them (seeded by
    /// analysis.seed).
    std::uint64_t permutations = 9999;
    std::uint64_t exact_limit = 100'000;
    /// One estimate per year of both windows against the last pre year.
    bool event_study = false;
    /// Direction, weights, projects' ties, threads ...: the one settings carrier.
    AnalysisOptions analysis;
};

/// The default metrics: density, tied_pairs, cross_sector_share, openness,
/// mean_clustering, largest_component_share, funding_per_actor.
[[nodiscard]] const std::vector<std::string>& default_evaluation_keys();

/// One metric's estimate.
struct EvaluationMetric {
    std::string key;
    std::string label;
    double treated_pre = 0, treated_post = 0, control_pre = 0, control_post = 0;
    double did = 0;
    double p_value = 1;
    bool exact = false;
    std::uint64_t assignments = 0;
    std::size_t treated_regions = 0, control_regions = 0;  ///< those with a value in both windows
};

/// A region's values in both windows (absent: it had no actors there, or the metric is undefined).
struct EvaluationRegion {
    std::string id, name;
    bool treated = false;
    double weight = 1;
    std::map<std::string, std::optional<double>> pre, post;
};

/// One year of the event study: the estimate of every metric for that year against
/// the last pre year (which is 0 by construction and left out).
struct EventStudyYear {
    int year = 0;
    std::vector<EvaluationMetric> metrics;
};

/// Kaplan-Meier share of pairs collaborating again within `years` years.
struct KaplanMeierPoint {
    int years = 0;
    double share_again = 0;
};

struct DurabilityGroup {
    std::string group;  ///< "programme" or "other"
    std::size_t pairs = 0, events = 0;
    std::vector<KaplanMeierPoint> km;
};

/// Pairs of actors whose first joint activity is a project of the programme, against
/// pairs first tied in the same years by other projects (docs/evaluation.md#durability).
struct Durability {
    std::vector<DurabilityGroup> groups;
    std::optional<double> logrank_statistic, logrank_p;
    int last_year = 0;  ///< the data's last year: later activity is censored
};

struct ProgrammeEvaluation {
    std::string network;
    std::string programme, programme_name;
    YearWindow pre, post;
    std::vector<std::string> treated, control;
    RegionWeight weight = RegionWeight::none;
    std::vector<EvaluationMetric> metrics;
    std::vector<EvaluationRegion> regions;
    std::vector<EventStudyYear> event_study;
    Durability durability;
    std::vector<std::string> notes;
    /// How years are written for people (tables, markdown; JSON and CSV keep numbers):
    /// fiscal years (--fiscal-years) and, in Japanese, era years (--era). Set by the caller.
    bool fiscal_years = false;
    bool era = false;
};

/// Evaluates the programme. Throws UsageError for an unknown programme (did you mean),
/// unknown or non-scalar metric keys, unknown regions, no treated or no control region,
/// overlapping windows or a window with no dated tie or project. Cost: two windows'
/// metrics (plus one per year with event_study), the randomization (at most
/// max(exact_limit, permutations) assignments per metric) and one pass over the
/// projects' pairs for the durability.
[[nodiscard]] ProgrammeEvaluation evaluate_programme(const Network& network, const ProgrammeRequest& request);

/// The durability of the pairs first tied by `programme`'s projects. O(sum over projects
/// of participants^2) time, O(pairs) memory.
[[nodiscard]] Durability programme_durability(const Network& network, const std::string& programme);

/// Programme ids a network knows: the declared ones, then those only projects name.
[[nodiscard]] std::vector<std::string> programme_ids(const Network& network);

}  // namespace ecosys
