#pragma once
// Technology keywords (actors' needs and seeds): normalisation and TF-IDF vectors
// (docs/matching.md, "Keywords").

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ecosys {

/// `keyword` normalised so that spellings that differ only in width, case or blanks
/// are one keyword:
/// - the width and compatibility forms Japanese text uses are folded as Unicode NFKC
///   folds them: full-width ASCII (U+FF01–U+FF5E) to ASCII, the ideographic space
///   U+3000 to a space, half-width katakana and marks (U+FF61–U+FF9F) to their
///   full-width forms, a voiced or semi-voiced sound mark after a kana composed with
///   it (ｶﾞ → ガ, か + U+3099 → が), full-width signs U+FFE0–U+FFE6 (￥ → ¥);
/// - ASCII letters to lower case;
/// - blanks (space, tab, line ends) trimmed at both ends and runs of them made one space.
/// Limit: only these NFKC mappings are applied (no Unicode tables are linked): other
/// compatibility characters (circled digits, ㈱, ligatures, Roman numerals) and case
/// outside ASCII are kept as written. `keyword` must be valid UTF-8.
[[nodiscard]] std::string normalize_keyword(std::string_view keyword);

/// Normalisation followed by synonyms: each (term, canonical) pair, both normalised,
/// maps the term to the canonical keyword (one step, not chained).
class KeywordNormalizer {
public:
    KeywordNormalizer() = default;
    explicit KeywordNormalizer(const std::vector<std::pair<std::string, std::string>>& synonyms);
    /// The normalised keyword, or its canonical synonym.
    [[nodiscard]] std::string operator()(std::string_view keyword) const;
    /// The distinct keywords of `list`, each normalised, empty ones left out, in first-seen order.
    [[nodiscard]] std::vector<std::string> list(const std::vector<std::string>& keywords) const;

private:
    std::unordered_map<std::string, std::string> canonical_;
};

/// A sparse vector: (term index, value) sorted by term index.
using KeywordVector = std::vector<std::pair<std::size_t, double>>;

/// TF-IDF over a collection of keyword lists ("documents"): binary term frequency
/// (a keyword counts once per list), idf(t) = ln((1 + N) / (1 + df(t))) + 1 with N the
/// number of non-empty lists and df(t) the number of lists holding t, vectors scaled
/// to unit length, so the cosine of two lists is the dot product of their vectors.
class TfIdf {
public:
    /// The documents' keywords should already be normalised. O(total keywords).
    explicit TfIdf(const std::vector<std::vector<std::string>>& documents);

    /// The unit TF-IDF vector of `keywords` (terms outside the vocabulary ignored;
    /// empty when none is known).
    [[nodiscard]] KeywordVector vector(const std::vector<std::string>& keywords) const;
    [[nodiscard]] double idf(std::string_view term) const;
    [[nodiscard]] std::size_t documents() const noexcept { return documents_; }
    [[nodiscard]] const std::string& term(std::size_t index) const { return terms_[index]; }

    /// Σ a_i b_i of two sparse vectors (the cosine, for unit vectors).
    [[nodiscard]] static double cosine(const KeywordVector& a, const KeywordVector& b);

private:
    std::vector<std::string> terms_;
    std::vector<double> idf_;
    std::unordered_map<std::string, std::size_t> index_;
    std::size_t documents_ = 0;
};

}  // namespace ecosys
