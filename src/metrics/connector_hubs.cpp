#include "ecosys/metrics/connector_hubs.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "ecosys/error.hpp"

namespace ecosys {

std::string_view to_string(HubRole role) {
    switch (role) {
        case HubRole::R1: return "R1";
        case HubRole::R2: return "R2";
        case HubRole::R3: return "R3";
        case HubRole::R4: return "R4";
        case HubRole::R5: return "R5";
        case HubRole::R6: return "R6";
        case HubRole::R7: return "R7";
    }
    return "";
}

std::string_view role_name(HubRole role) {
    switch (role) {
        case HubRole::R1: return "ultra-peripheral";
        case HubRole::R2: return "peripheral";
        case HubRole::R3: return "non-hub connector";
        case HubRole::R4: return "non-hub kinless";
        case HubRole::R5: return "provincial hub";
        case HubRole::R6: return "connector hub";
        case HubRole::R7: return "kinless hub";
    }
    return "";
}

std::string_view role_name_ja(HubRole role) {
    switch (role) {
        case HubRole::R1: return "超周辺";
        case HubRole::R2: return "周辺";
        case HubRole::R3: return "非ハブ・コネクター";
        case HubRole::R4: return "非ハブ・無所属";
        case HubRole::R5: return "地方ハブ";
        case HubRole::R6: return "コネクターハブ";
        case HubRole::R7: return "無所属ハブ";
    }
    return "";
}

HubRole hub_role(double z, double participation) noexcept {
    if (z >= hub_z_threshold) {
        if (participation <= r5_max_participation) return HubRole::R5;
        if (participation <= r6_max_participation) return HubRole::R6;
        return HubRole::R7;
    }
    if (participation <= r1_max_participation) return HubRole::R1;
    if (participation <= r2_max_participation) return HubRole::R2;
    if (participation <= r3_max_participation) return HubRole::R3;
    return HubRole::R4;
}

void ConnectorHubs::run() {
    const std::size_t n = graph_.vertex_count();
    if (graph_.is_directed())
        throw UsageError("connector hubs read the undirected graph, not the directed view (Graph::directed())");
    if (module_.size() != n)
        throw UsageError("connector hubs: " + std::to_string(module_.size()) + " module ids for " + std::to_string(n) +
                         " actors; expected one per actor");
    has_run_ = false;

    // Dense module numbers 0 .. count-1 (in order of id).
    std::vector<std::uint32_t> ids(module_);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    module_count_ = ids.size();
    std::vector<std::uint32_t> of(n);
    for (std::size_t v = 0; v < n; ++v)
        of[v] = static_cast<std::uint32_t>(std::lower_bound(ids.begin(), ids.end(), module_[v]) - ids.begin());

    // k_is for every module s the actor reaches, accumulated in neighbour order.
    z_.assign(n, 0.0);
    participation_.assign(n, 0.0);
    within_.assign(n, 0.0);
    degree_.assign(n, 0.0);
    std::vector<double> to_module(module_count_, 0.0);
    std::vector<unsigned char> reached(module_count_, 0);
    std::vector<std::uint32_t> touched;
    for (Graph::Vertex v = 0; v < n; ++v) {
        const auto nbrs = graph_.neighbours(v);
        const auto wts = graph_.weights(v);
        double k = 0.0;
        for (std::size_t e = 0; e < nbrs.size(); ++e) {
            const double w = weighted_ ? wts[e] : 1.0;
            const std::uint32_t s = of[nbrs[e]];
            if (!reached[s]) {
                reached[s] = 1;
                touched.push_back(s);
            }
            to_module[s] += w;
            k += w;
        }
        const double own = to_module[of[v]];
        double squares = 0.0;
        for (std::uint32_t s : touched) {
            squares += to_module[s] * to_module[s];
            to_module[s] = 0.0;
            reached[s] = 0;
        }
        touched.clear();
        degree_[v] = k;
        within_[v] = own;
        if (k > 0.0) participation_[v] = std::clamp((k * k - squares) / (k * k), 0.0, 1.0);
    }

    // z within each module: members grouped by module (counting sort).
    std::vector<std::size_t> begin(module_count_ + 1, 0);
    for (std::uint32_t s : of) ++begin[s + 1];
    for (std::size_t s = 0; s < module_count_; ++s) begin[s + 1] += begin[s];
    std::vector<Graph::Vertex> members(n);
    {
        std::vector<std::size_t> next(begin.begin(), begin.end() - 1);
        for (Graph::Vertex v = 0; v < n; ++v) members[next[of[v]]++] = v;
    }
    for (std::size_t s = 0; s < module_count_; ++s) {
        const auto size = static_cast<double>(begin[s + 1] - begin[s]);
        double sum = 0.0, largest = 0.0;
        for (std::size_t i = begin[s]; i < begin[s + 1]; ++i) {
            sum += within_[members[i]];
            largest = std::max(largest, std::abs(within_[members[i]]));
        }
        // d_j = N k_j - sum: N times the deviation, exact for counts.
        double squares = 0.0;
        for (std::size_t i = begin[s]; i < begin[s + 1]; ++i) {
            const double d = size * within_[members[i]] - sum;
            squares += d * d;
        }
        const double spread = std::sqrt(squares / size);  // N * sd
        if (!(spread > 1e-12 * size * largest)) continue;  // sd 0 (or rounding of equal strengths): z = 0
        for (std::size_t i = begin[s]; i < begin[s + 1]; ++i) {
            const Graph::Vertex v = members[i];
            z_[v] = (size * within_[v] - sum) / spread;
        }
    }

    roles_.resize(n);
    for (std::size_t v = 0; v < n; ++v) roles_[v] = hub_role(z_[v], participation_[v]);
    has_run_ = true;
}

const std::vector<double>& ConnectorHubs::within_module_z() const {
    assure_finished();
    return z_;
}

const std::vector<double>& ConnectorHubs::participation() const {
    assure_finished();
    return participation_;
}

const std::vector<HubRole>& ConnectorHubs::roles() const {
    assure_finished();
    return roles_;
}

bool ConnectorHubs::is_hub(Graph::Vertex v) const {
    assure_finished();
    return z_[v] >= hub_z_threshold;
}

const std::vector<double>& ConnectorHubs::within_module_degree() const {
    assure_finished();
    return within_;
}

const std::vector<double>& ConnectorHubs::degree() const {
    assure_finished();
    return degree_;
}

std::size_t ConnectorHubs::module_count() const {
    assure_finished();
    return module_count_;
}

}  // namespace ecosys
