#include "ecosys/helix/helix_completeness.hpp"

namespace ecosys {

void HelixCompleteness::run() {
    const std::size_t n = graph_.vertex_count();
    const std::size_t k = groups_.count();
    const std::vector<std::uint32_t>& group = groups_.of_vertex;

    std::vector<char> has_actor(k, 0);
    std::vector<char> tied(k * k, 0);
    std::vector<std::size_t> seen(k, static_cast<std::size_t>(-1));  // seen[s] == v: v has a contact in s
    sectors_tied_.assign(n, 0);
    std::size_t multi = 0;
    for (Graph::Vertex v = 0; v < n; ++v) {
        has_actor[group[v]] = 1;
        for (Graph::Vertex w : graph_.neighbours(v)) {
            tied[group[v] * k + group[w]] = 1;
            if (seen[group[w]] != v) {
                seen[group[w]] = v;
                ++sectors_tied_[v];
            }
        }
        multi += sectors_tied_[v] >= multi_sector_threshold;
    }
    present_.clear();
    missing_.clear();
    for (std::size_t s = 0; s < k; ++s) {
        if (!has_actor[s]) continue;
        present_.push_back(s);
        for (std::size_t t = s + 1; t < k; ++t)
            if (has_actor[t] && !tied[s * k + t]) missing_.push_back({s, t});
    }
    multi_sector_share_ = n > 0 ? static_cast<double>(multi) / static_cast<double>(n) : 0.0;
    has_run_ = true;
}

const std::vector<std::size_t>& HelixCompleteness::present() const {
    assure_finished();
    return present_;
}

const std::vector<std::pair<std::size_t, std::size_t>>& HelixCompleteness::missing_links() const {
    assure_finished();
    return missing_;
}

const std::vector<std::size_t>& HelixCompleteness::sectors_tied() const {
    assure_finished();
    return sectors_tied_;
}

double HelixCompleteness::multi_sector_share() const {
    assure_finished();
    return multi_sector_share_;
}

}  // namespace ecosys
