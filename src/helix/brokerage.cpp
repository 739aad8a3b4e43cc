#include "ecosys/helix/brokerage.hpp"

#include <limits>

namespace ecosys {

std::string_view to_string(BrokerageRole role) {
    switch (role) {
        case BrokerageRole::coordinator: return "coordinator";
        case BrokerageRole::itinerant: return "itinerant";
        case BrokerageRole::representative: return "representative";
        case BrokerageRole::gatekeeper: return "gatekeeper";
        case BrokerageRole::liaison: return "liaison";
    }
    return "";
}

BrokerageRole brokerage_role(std::uint32_t a, std::uint32_t b, std::uint32_t c) noexcept {
    if (a == b) return b == c ? BrokerageRole::coordinator : BrokerageRole::representative;
    if (b == c) return BrokerageRole::gatekeeper;
    return a == c ? BrokerageRole::itinerant : BrokerageRole::liaison;
}

void Brokerage::run() {
    const std::size_t n = graph_.vertex_count();
    const std::size_t k = groups_.count();
    const std::vector<std::uint32_t>& group = groups_.of_vertex;
    counts_.assign(n, BrokerageCounts{});
    totals_ = BrokerageCounts{};
    pairs_.assign(n, std::vector<std::size_t>(k * k, 0));
    pair_totals_.assign(k * k, 0);

    // reaches[x] == stamp: a -> x for the current a (a's out-neighbours marked).
    constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> reaches(n, none);
    std::size_t stamp = 0;
    for (Graph::Vertex b = 0; b < n; ++b) {
        const auto nb = graph_.neighbours(b);
        const auto arcs_b = graph_.arcs(b);
        for (std::size_t i = 0; i < nb.size(); ++i) {
            if (!(arcs_b[i] & Graph::arc_in)) continue;  // need a -> b
            const Graph::Vertex a = nb[i];
            ++stamp;
            const auto na = graph_.neighbours(a);
            const auto arcs_a = graph_.arcs(a);
            for (std::size_t j = 0; j < na.size(); ++j)
                if (arcs_a[j] & Graph::arc_out) reaches[na[j]] = stamp;
            for (std::size_t j = 0; j < nb.size(); ++j) {
                if (!(arcs_b[j] & Graph::arc_out)) continue;  // need b -> c
                const Graph::Vertex c = nb[j];
                if (c == a || reaches[c] == stamp) continue;  // a -> c exists: nothing to broker
                const BrokerageRole role = brokerage_role(group[a], group[b], group[c]);
                ++counts_[b][static_cast<std::size_t>(role)];
                ++pairs_[b][group[a] * k + group[c]];
            }
        }
        for (std::size_t r = 0; r < brokerage_role_count; ++r) totals_[r] += counts_[b][r];
        for (std::size_t p = 0; p < k * k; ++p) pair_totals_[p] += pairs_[b][p];
    }
    has_run_ = true;
}

const std::vector<BrokerageCounts>& Brokerage::counts() const {
    assure_finished();
    return counts_;
}

const BrokerageCounts& Brokerage::totals() const {
    assure_finished();
    return totals_;
}

const std::vector<std::size_t>& Brokerage::pairs(Graph::Vertex b) const {
    assure_finished();
    return pairs_[b];
}

const std::vector<std::size_t>& Brokerage::pair_totals() const {
    assure_finished();
    return pair_totals_;
}

}  // namespace ecosys
