#pragma once
// How well a score ranks positives above negatives, computed from every item without
// storing the negatives: the positive scores are known first, then each negative is
// counted in the interval between two distinct positive scores it falls into.

#include <cstddef>
#include <vector>

namespace ecosys {

class RankingQuality {
public:
    /// The scores of all positives (any order, at least one).
    explicit RankingQuality(std::vector<double> positive_scores);

    /// Counts `count` negatives scoring `score`. O(log D), D distinct positive scores.
    void add_negatives(double score, std::size_t count = 1);

    [[nodiscard]] std::size_t positives() const noexcept { return positives_; }
    [[nodiscard]] std::size_t negatives() const noexcept { return negatives_; }

    /// P(a random positive scores above a random negative), a tie counting 1/2.
    /// 0.5 when there is no negative.
    [[nodiscard]] double auc() const;
    /// Σ over distinct positive scores s (descending) of (positives at s / P) ·
    /// precision(score >= s): scikit-learn's average_precision_score.
    [[nodiscard]] double average_precision() const;
    /// Expected share of positives among the k best (k capped at the items), ties at the
    /// cut taken in random order.
    [[nodiscard]] double precision_at(std::size_t k) const;

private:
    std::vector<double> values_;        // distinct positive scores, descending
    std::vector<std::size_t> pos_;      // positives at values_[j]
    std::vector<std::size_t> equal_;    // negatives scoring values_[j]
    std::vector<std::size_t> above_;    // negatives between values_[j] and values_[j-1]; [D]: below all
    std::size_t positives_ = 0, negatives_ = 0;
};

}  // namespace ecosys
