// AUC, average precision and precision@k worked by hand.
#include <doctest/doctest.h>

#include "ecosys/links/ranking_quality.hpp"

using namespace ecosys;

TEST_CASE("ranking quality with ties") {
    // Positives 3 and 1, negatives 2, 1, 0, 0. Ranked: 3+ 2- {1+ 1-} 0- 0-.
    RankingQuality q({1.0, 3.0});
    q.add_negatives(2.0);
    q.add_negatives(1.0);
    q.add_negatives(0.0, 2);
    CHECK(q.positives() == 2);
    CHECK(q.negatives() == 4);
    // 3 beats all four; 1 beats the two 0s and ties with 1: (4 + 2 + 0.5) / 8.
    CHECK(q.auc() == doctest::Approx(6.5 / 8));
    // At 3: precision 1, recall 1/2; at 1: precision 2/4, recall 1/2 more.
    CHECK(q.average_precision() == doctest::Approx(0.5 * 1 + 0.5 * 0.5));
    CHECK(q.precision_at(1) == doctest::Approx(1.0));
    CHECK(q.precision_at(2) == doctest::Approx(0.5));
    CHECK(q.precision_at(3) == doctest::Approx(1.5 / 3));  // half of the tied {1+, 1-}
    CHECK(q.precision_at(4) == doctest::Approx(0.5));
    CHECK(q.precision_at(100) == doctest::Approx(2.0 / 6));  // k capped at the 6 items
}

TEST_CASE("ranking quality: perfect, reversed, all tied") {
    RankingQuality perfect({5.0, 4.0});
    perfect.add_negatives(1.0, 10);
    CHECK(perfect.auc() == 1.0);
    CHECK(perfect.average_precision() == 1.0);
    CHECK(perfect.precision_at(2) == 1.0);
    RankingQuality reversed({0.0});
    reversed.add_negatives(1.0, 3);
    CHECK(reversed.auc() == 0.0);
    CHECK(reversed.average_precision() == doctest::Approx(0.25));
    RankingQuality tied({0.0, 0.0});
    tied.add_negatives(0.0, 6);
    CHECK(tied.auc() == 0.5);
    CHECK(tied.precision_at(4) == doctest::Approx(0.25));
    CHECK(tied.average_precision() == doctest::Approx(0.25));
}
