#pragma once
// Does a score predict the ties that form later? Train on the ties and projects up to
// a year, score every untied pair of actors present then, and check the ranking
// against the ties formed after that year (docs/matching.md, "Evaluation").

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "ecosys/analysis/matching.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys {

struct EvaluationRequest {
    int train_until = 0;               ///< the last year of the training period
    /// Method names: the five link_methods(), "match", "random"; empty = all seven.
    std::vector<std::string> methods;
    AnalysisOptions analysis;          ///< analysis.graph: how projects enter the training graph; analysis.seed: the random ranking's
    MatchWeights weights;              ///< the match score's weights (fixed, not fitted)
    std::string input_name;            ///< where the network came from, for messages
};

/// Ranking quality of one method over all candidate pairs (no sampling). Pairs with
/// equal scores are taken in random order, in expectation: AUC counts a tie as 1/2,
/// precision@k takes the positive share of the tied group at the cut, average
/// precision steps once per distinct score (as scikit-learn's average_precision_score).
struct MethodEvaluation {
    std::string method;
    double auc = 0.0;
    double average_precision = 0.0;
    double precision_at_10 = 0.0, precision_at_100 = 0.0, precision_at_1000 = 0.0;
};

struct EvaluationReport {
    std::string network;
    int train_until = 0;
    std::size_t training_actors = 0;     ///< actors in a tie or project of the training period
    std::size_t training_edges = 0;      ///< distinct tied pairs of the training graph
    std::size_t candidates = 0;          ///< untied pairs of training actors
    std::size_t positives = 0;           ///< of them, tied after train_until
    std::size_t later_pairs = 0;         ///< pairs tied after train_until, before that filter
    std::size_t undated = 0;             ///< ties and projects without a year, left out
    std::string keywords;                ///< what "match" read: "needs/seeds", "topics" or "none"
    std::vector<MethodEvaluation> methods;
};

/// Throws InputError (with request.input_name) when no tie or project has a year, when
/// nothing is dated up to train_until, or when no pair of training actors ties after it;
/// UsageError for an unknown method. O(C + Σ_w deg(w)² + T·(n + m)) time for C candidate
/// pairs and T training actors ("match" runs a breadth-first search per actor), O(n + P)
/// memory for P positives.
[[nodiscard]] EvaluationReport evaluate_link_prediction(const Network& network, const EvaluationRequest& request);

}  // namespace ecosys
