// AUC, average precision and precision@k from positive scores and counted negatives.
#include "ecosys/links/ranking_quality.hpp"

#include <algorithm>
#include <functional>

namespace ecosys {

RankingQuality::RankingQuality(std::vector<double> scores) {
    std::sort(scores.begin(), scores.end(), std::greater<>());
    for (double s : scores) {
        if (values_.empty() || values_.back() != s) values_.push_back(s), pos_.push_back(0);
        ++pos_.back();
    }
    positives_ = scores.size();
    equal_.assign(values_.size(), 0);
    above_.assign(values_.size() + 1, 0);
}

void RankingQuality::add_negatives(double score, std::size_t count) {
    // The first distinct positive score not above `score`.
    const auto it = std::lower_bound(values_.begin(), values_.end(), score, std::greater<>());
    const auto j = static_cast<std::size_t>(it - values_.begin());
    if (j < values_.size() && values_[j] == score) equal_[j] += count;
    else above_[j] += count;
    negatives_ += count;
}

double RankingQuality::auc() const {
    if (negatives_ == 0 || positives_ == 0) return 0.5;
    double wins = 0.0;
    std::size_t below = negatives_;  // negatives scoring below values_[j]
    for (std::size_t j = 0; j < values_.size(); ++j) {
        below -= above_[j] + equal_[j];
        wins += static_cast<double>(pos_[j]) * (static_cast<double>(below) + 0.5 * static_cast<double>(equal_[j]));
    }
    return wins / (static_cast<double>(positives_) * static_cast<double>(negatives_));
}

double RankingQuality::average_precision() const {
    if (positives_ == 0) return 0.0;
    double ap = 0.0;
    std::size_t items = 0, hits = 0;
    for (std::size_t j = 0; j < values_.size(); ++j) {
        items += above_[j] + equal_[j] + pos_[j];
        hits += pos_[j];
        ap += static_cast<double>(pos_[j]) * static_cast<double>(hits) / static_cast<double>(items);
    }
    return ap / static_cast<double>(positives_);
}

double RankingQuality::precision_at(std::size_t k) const {
    k = std::min(k, positives_ + negatives_);
    if (k == 0) return 0.0;
    double hits = 0.0;
    std::size_t taken = 0;
    for (std::size_t j = 0; j <= values_.size(); ++j) {
        if (taken + above_[j] >= k) break;
        taken += above_[j];
        if (j == values_.size()) break;
        const std::size_t group = pos_[j] + equal_[j];
        if (taken + group >= k) {
            hits += static_cast<double>(k - taken) * static_cast<double>(pos_[j]) / static_cast<double>(group);
            taken = k;
            break;
        }
        taken += group;
        hits += static_cast<double>(pos_[j]);
    }
    return hits / static_cast<double>(k);
}

}  // namespace ecosys
