// TF-IDF vectors of keyword lists and their cosine.
#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "ecosys/links/keywords.hpp"

namespace ecosys {

TfIdf::TfIdf(const std::vector<std::vector<std::string>>& documents) {
    std::vector<std::size_t> df;
    for (const auto& doc : documents) {
        if (doc.empty()) continue;
        ++documents_;
        std::unordered_set<std::size_t> seen;
        for (const std::string& t : doc) {
            auto [it, fresh] = index_.emplace(t, terms_.size());
            if (fresh) terms_.push_back(t), df.push_back(0);
            if (seen.insert(it->second).second) ++df[it->second];
        }
    }
    const double n = static_cast<double>(documents_);
    idf_.resize(terms_.size());
    for (std::size_t i = 0; i < terms_.size(); ++i) idf_[i] = std::log((1.0 + n) / (1.0 + static_cast<double>(df[i]))) + 1.0;
}

double TfIdf::idf(std::string_view term) const {
    auto it = index_.find(std::string(term));
    return it == index_.end() ? 0.0 : idf_[it->second];
}

KeywordVector TfIdf::vector(const std::vector<std::string>& keywords) const {
    KeywordVector v;
    for (const std::string& k : keywords)
        if (auto it = index_.find(k); it != index_.end()) v.emplace_back(it->second, idf_[it->second]);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first == b.first; }), v.end());
    double norm = 0.0;
    for (const auto& [i, x] : v) norm += x * x;
    norm = std::sqrt(norm);
    for (auto& [i, x] : v) x /= norm;
    return v;
}

double TfIdf::cosine(const KeywordVector& a, const KeywordVector& b) {
    double dot = 0.0;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].first < b[j].first) ++i;
        else if (b[j].first < a[i].first) ++j;
        else dot += a[i++].second * b[j++].second;
    }
    return dot;
}

}  // namespace ecosys
