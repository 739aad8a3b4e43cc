// Keyword normalisation (Japanese widths included) and TF-IDF on hand-made vocabularies.
#include <doctest/doctest.h>

#include <cmath>

#include "ecosys/links/keywords.hpp"

using namespace ecosys;

TEST_CASE("keywords: case, width and blanks") {
    CHECK(normalize_keyword("  Fuel   Cells\t") == "fuel cells");
    CHECK(normalize_keyword("ＡＩ") == "ai");                       // full-width Latin
    CHECK(normalize_keyword("ＩｏＴ　センサー") == "iot センサー");  // ideographic space
    CHECK(normalize_keyword("ｾﾝｻｰ") == "センサー");                 // half-width katakana
    CHECK(normalize_keyword("ﾊﾞｲｵﾏｽ") == "バイオマス");             // voiced mark composed
    CHECK(normalize_keyword("ﾍﾟﾌﾟﾁﾄﾞ") == "ペプチド");               // semi-voiced and voiced
    CHECK(normalize_keyword("ｳﾞｧｲｵﾘﾝ") == "ヴァイオリン");
    CHECK(normalize_keyword("か\u3099") == "が");                   // combining mark on hiragana
    CHECK(normalize_keyword("水素") == "水素");                     // kanji as written
    CHECK(normalize_keyword("１２３ｍｍ") == "123mm");
    CHECK(normalize_keyword("￥") == "¥");
    CHECK(normalize_keyword("Ä") == "Ä");  // case folding is ASCII only (the documented limit)
    CHECK(normalize_keyword("   ").empty());
}

TEST_CASE("keywords: synonyms map after normalisation, one step") {
    const KeywordNormalizer n({{"Fuel cell", "燃料電池"}, {"ﾈﾝﾘｮｳ ﾃﾞﾝﾁ", "燃料電池"}});
    CHECK(n("FUEL CELL") == "燃料電池");
    CHECK(n("ネンリョウ デンチ") == "燃料電池");
    CHECK(n("hydrogen") == "hydrogen");
    CHECK(n.list({"Fuel cell", "燃料電池", "", "AI", "ａｉ"}) == std::vector<std::string>{"燃料電池", "ai"});
}

TEST_CASE("TF-IDF cosine on a hand-made vocabulary") {
    // Three lists: {ai, robotics}, {ai, 水素}, {ai}. N = 3; df(ai) = 3, df(robotics) = df(水素) = 1.
    // idf(ai) = ln(4/4) + 1 = 1, idf(robotics) = idf(水素) = ln(4/2) + 1 = 1 + ln 2.
    const TfIdf t({{"ai", "robotics"}, {"ai", "水素"}, {"ai"}});
    CHECK(t.documents() == 3);
    CHECK(t.idf("ai") == doctest::Approx(1.0));
    CHECK(t.idf("水素") == doctest::Approx(1 + std::log(2.0)));
    CHECK(t.idf("unknown") == 0.0);
    const double r = 1 + std::log(2.0);
    // {ai, robotics} · {ai, 水素} = 1·1 / (1 + r²): only ai is shared.
    CHECK(TfIdf::cosine(t.vector({"ai", "robotics"}), t.vector({"ai", "水素"})) == doctest::Approx(1 / (1 + r * r)));
    // {ai, robotics} · {ai} = 1 / sqrt(1 + r²).
    CHECK(TfIdf::cosine(t.vector({"ai", "robotics"}), t.vector({"ai"})) == doctest::Approx(1 / std::sqrt(1 + r * r)));
    CHECK(TfIdf::cosine(t.vector({"水素"}), t.vector({"水素", "unknown"})) == doctest::Approx(1.0));
    CHECK(TfIdf::cosine(t.vector({"robotics"}), t.vector({"水素"})) == 0.0);
    CHECK(t.vector({"unknown"}).empty());
}
