#include "ecosys/metrics/funding.hpp"

#include <limits>

namespace ecosys {

bool is_coordinator_role(std::string_view role) {
    static constexpr std::string_view word = "coordinator";
    if (role.size() != word.size()) return false;
    for (std::size_t i = 0; i < role.size(); ++i) {
        char c = role[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != word[i]) return false;
    }
    return true;
}

FundingTotals funding_totals(const Network& network, std::span<const std::size_t> members) {
    constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> slot(network.actors.size(), none);
    for (std::size_t v = 0; v < members.size(); ++v) slot[members[v]] = v;
    FundingTotals out;
    out.funding.assign(members.size(), 0.0);
    out.coordinations.assign(members.size(), 0);
    out.participations.assign(members.size(), 0);
    for (const Project& p : network.projects)
        for (std::size_t k = 0; k < p.participants.size(); ++k) {
            const std::size_t v = slot[p.participants[k]];
            if (v == none) continue;
            const Participation& part = p.participation(k);
            ++out.participations[v];
            if (part.funding) out.funding[v] += *part.funding;
            if (is_coordinator_role(part.role)) ++out.coordinations[v];
        }
    return out;
}

}  // namespace ecosys
