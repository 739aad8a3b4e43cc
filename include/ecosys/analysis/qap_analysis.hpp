#pragma once
// QAP regression and correlation of a network's dyadic variables (docs/qap.md): does
// sharing a region, a sector or an earlier programme predict collaboration, holding
// the rest fixed? The variables are built from one scope of an AnalysisCache (the
// whole network or a region with its sub-regions), its graph and its actors' data;
// the statistics are inference/qap.hpp's.

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"
#include "ecosys/analysis/selection.hpp"
#include "ecosys/inference/qap.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys {

/// What one dyadic variable is, parsed from its name on the command line.
struct DyadicSpec {
    enum class Kind {
        ties,         ///< 1 where the scope's graph ties the pair (the directed view under --directed)
        weight,       ///< the pair's collapsed tie weight (0 untied)
        same_region,  ///< 1 where both actors have the same own region (not empty)
        same_sector,  ///< 1 where both have the same sector
        same_kind,    ///< 1 where both have the same kind (not empty)
        same_role,    ///< 1 where both have the same role (not empty)
        same_community,  ///< 1 where both are in the same community of the scope (analysis/kernels.hpp communities())
        prior_ties,   ///< 1 where a tie or project dated in `years` joined the pair (in the request's history network)
        attr_diff,    ///< |a_i - a_j| of the numeric actor attribute `attribute`
        attr_sum,     ///< a_i + a_j of the numeric actor attribute `attribute`
        file,         ///< read from a CSV (io/pair_list.hpp read_dyadic_file): `path`
    };
    Kind kind = Kind::ties;
    std::string attribute;
    YearWindow years;
    std::string path;
    /// As written: "same_region", "prior_ties:2005-2009", "matrix:alliances.csv"; the term's name.
    std::string text;
};

/// The predictor names `--x` takes, for help texts and "did you mean".
[[nodiscard]] const std::vector<std::string>& dyadic_spec_names();

/// Parses "same_region", "prior_ties:A-B", "attr_diff:ATTR", "attr_sum:ATTR", "matrix:FILE"
/// (as_y false), or "ties", "weight", FILE (as_y true). Throws UsageError naming
/// `option`, with "did you mean", for anything else.
[[nodiscard]] DyadicSpec parse_dyadic_spec(const std::string& text, bool as_y, const std::string& option);

struct QapRequest {
    /// The dependent variable (kind ties, weight or file).
    DyadicSpec y;
    /// The predictors, in the order given (kinds other than ties and weight).
    std::vector<DyadicSpec> x;
    /// The files of y and x (kind file), read by the caller, keyed by DyadicSpec::path.
    std::map<std::string, DyadicCells, std::less<>> files;
    /// A region id (its actors and those of regions below it) or "*" for the whole network.
    std::string scope = "*";
    /// QAP correlation of y and the one predictor instead of a regression.
    bool correlate = false;
    /// Model, null, permutations (QapOptions::directed, seed, threads, distribution and
    /// progress come from the cache's AnalysisOptions).
    QapModel model = QapModel::ols;
    QapNull null = QapNull::dsp;
    std::size_t permutations = 1000;
    /// Refuse scopes of more actors: every variable is an n x n matrix and every
    /// permutation refits on all n (n - 1) dyads.
    std::size_t max_actors = 2000;
    /// The network prior_ties reads (the one loaded, before a selection such as --years);
    /// null: the cache's network. Its actors are matched by id.
    const Network* history = nullptr;
};

struct QapReport {
    std::string network;
    std::string scope;       ///< "*" or the region id
    std::string scope_name;  ///< the region's name, or the network's
    std::size_t actors = 0;
    bool directed = false;
    std::uint64_t seed = 1;
    std::string y;
    std::vector<std::string> x;
    std::optional<QapResult> regression;
    std::optional<QapCorrelation> correlation;
    /// For the reader: a predictor without variation in the scope, pairs of a file outside it.
    std::vector<std::string> notes;
};

/// The dyadic variable `spec` on the actors of `scope` (vertex order of its graph):
/// an n x n matrix, diagonal 0. Throws UsageError (an attribute missing or not a
/// number) or InputError (a matrix file without a row for an actor of the scope).
[[nodiscard]] DyadicMatrix dyadic_variable(ScopeAnalysis& scope, const DyadicSpec& spec, const QapRequest& request,
                                           std::vector<std::string>* notes = nullptr);

/// Runs the request on `cache` (whose options give direction, seed, threads and the
/// processes). Throws UsageError for a scope larger than max_actors, a correlation
/// without exactly one predictor, and what qap_regression throws.
[[nodiscard]] QapReport run_qap(AnalysisCache& cache, const QapRequest& request);

}  // namespace ecosys
