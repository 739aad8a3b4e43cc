// Keyword normalisation (the NFKC width folding Japanese needs, ASCII case, blanks).
#include "ecosys/links/keywords.hpp"

#include <unordered_set>

#include "util/text.hpp"

namespace ecosys {

namespace {

/// U+FF61–U+FF9F (half-width CJK punctuation, katakana and sound marks) as NFKC maps them.
constexpr char16_t halfwidth_katakana[] = {
    0x3002, 0x300C, 0x300D, 0x3001, 0x30FB, 0x30F2, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30E3, 0x30E5, 0x30E7,
    0x30C3, 0x30FC, 0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA, 0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3, 0x30B5, 0x30B7,
    0x30B9, 0x30BB, 0x30BD, 0x30BF, 0x30C1, 0x30C4, 0x30C6, 0x30C8, 0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE, 0x30CF,
    0x30D2, 0x30D5, 0x30D8, 0x30DB, 0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2, 0x30E4, 0x30E6, 0x30E8, 0x30E9, 0x30EA,
    0x30EB, 0x30EC, 0x30ED, 0x30EF, 0x30F3, 0x3099, 0x309A};

/// U+FFE0–U+FFE6 as NFKC maps them: ¢ £ ¬ ¯ ¦ ¥ ₩.
constexpr char16_t fullwidth_signs[] = {0x00A2, 0x00A3, 0x00AC, 0x00AF, 0x00A6, 0x00A5, 0x20A9};

char32_t fold_width(char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFF01 + 0x21;
    if (c == 0x3000) return 0x20;
    if (c >= 0xFF61 && c <= 0xFF9F) return halfwidth_katakana[c - 0xFF61];
    if (c >= 0xFFE0 && c <= 0xFFE6) return fullwidth_signs[c - 0xFFE0];
    return c;
}

/// The kana `base` composed with the voiced (U+3099) or semi-voiced (U+309A) mark, or 0.
char32_t compose_kana(char32_t base, char32_t mark) {
    const bool hiragana = (base >= 0x3041 && base <= 0x3096) || base == 0x309D;
    const char32_t k = hiragana ? base + 0x60 : base;  // the katakana of the same sound
    char32_t out = 0;
    if (mark == 0x3099) {
        if ((k >= 0x30AB && k <= 0x30C2 && (k - 0x30AB) % 2 == 0) || k == 0x30C4 || k == 0x30C6 || k == 0x30C8 ||
            (k >= 0x30CF && k <= 0x30DB && (k - 0x30CF) % 3 == 0))
            out = k + 1;
        else if (k == 0x30A6) out = 0x30F4;
        else if (!hiragana && (k == 0x30EF || k == 0x30F0 || k == 0x30F1 || k == 0x30F2)) out = k + 8;
        else if (k == 0x30FD) out = 0x30FE;
    } else if (mark == 0x309A) {
        if (k >= 0x30CF && k <= 0x30DB && (k - 0x30CF) % 3 == 0) out = k + 2;
    }
    if (out == 0) return 0;
    if (hiragana) {
        if (out == 0x30F4) return 0x3094;
        if (out >= 0x30F7 && out <= 0x30FA) return 0;  // ヷ–ヺ have no hiragana
        return out - 0x60;
    }
    return out;
}

bool is_blank(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string normalize_keyword(std::string_view keyword) {
    std::u32string cps;
    for (std::size_t i = 0; i < keyword.size();) {
        char32_t c = fold_width(detail::next_code_point(keyword, i));
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        if ((c == 0x3099 || c == 0x309A) && !cps.empty()) {
            if (char32_t composed = compose_kana(cps.back(), c)) {
                cps.back() = composed;
                continue;
            }
        }
        if (is_blank(c)) {
            if (cps.empty() || cps.back() == ' ') continue;
            c = ' ';
        }
        cps.push_back(c);
    }
    if (!cps.empty() && cps.back() == ' ') cps.pop_back();
    std::string out;
    for (char32_t c : cps) detail::append_utf8(out, c);
    return out;
}

KeywordNormalizer::KeywordNormalizer(const std::vector<std::pair<std::string, std::string>>& synonyms) {
    for (const auto& [term, canonical] : synonyms) canonical_[normalize_keyword(term)] = normalize_keyword(canonical);
}

std::string KeywordNormalizer::operator()(std::string_view keyword) const {
    std::string k = normalize_keyword(keyword);
    if (auto it = canonical_.find(k); it != canonical_.end()) return it->second;
    return k;
}

std::vector<std::string> KeywordNormalizer::list(const std::vector<std::string>& keywords) const {
    std::vector<std::string> out;
    std::unordered_set<std::string> seen;
    for (const std::string& k : keywords) {
        std::string n = (*this)(k);
        if (!n.empty() && seen.insert(n).second) out.push_back(std::move(n));
    }
    return out;
}

}  // namespace ecosys
