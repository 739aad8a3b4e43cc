#pragma once
// Guimera and Amaral's roles of actors in a network of modules: the within-module
// degree z-score, the participation coefficient and the seven roles R1 .. R7.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "ecosys/graph/graph.hpp"
#include "ecosys/metrics/algorithm.hpp"

namespace ecosys {

/// The roles of Guimera and Amaral (2005), non-hubs R1-R4 and hubs R5-R7.
enum class HubRole : std::uint8_t {
    R1,  ///< ultra-peripheral: non-hub, (nearly) all ties inside its module
    R2,  ///< peripheral: non-hub, most ties inside its module
    R3,  ///< non-hub connector: non-hub, many ties to other modules
    R4,  ///< non-hub kinless: non-hub, ties spread evenly over modules
    R5,  ///< provincial hub: hub, most ties inside its module
    R6,  ///< connector hub: hub, many ties to other modules
    R7,  ///< kinless hub: hub, ties spread evenly over modules
};
inline constexpr std::size_t hub_role_count = 7;

/// "R1" .. "R7".
[[nodiscard]] std::string_view to_string(HubRole role);
/// "ultra-peripheral", "peripheral", "non-hub connector", "non-hub kinless",
/// "provincial hub", "connector hub", "kinless hub".
[[nodiscard]] std::string_view role_name(HubRole role);
/// The same in Japanese, as docs/glossary-ja.md: 超周辺 … 地方ハブ, コネクターハブ, 無所属ハブ.
[[nodiscard]] std::string_view role_name_ja(HubRole role);

/// The thresholds of the paper.
inline constexpr double hub_z_threshold = 2.5;     ///< hub: z >= 2.5
inline constexpr double r1_max_participation = 0.05;  ///< R1: P <= 0.05
inline constexpr double r2_max_participation = 0.62;  ///< R2: 0.05 < P <= 0.62
inline constexpr double r3_max_participation = 0.80;  ///< R3: 0.62 < P <= 0.80; R4: P > 0.80
inline constexpr double r5_max_participation = 0.30;  ///< R5: P <= 0.30
inline constexpr double r6_max_participation = 0.75;  ///< R6: 0.30 < P <= 0.75; R7: P > 0.75

/// The role of an actor with within-module z-score `z` and participation `participation`:
/// a hub when z >= 2.5, then by P with each upper bound included (see ConnectorHubs).
[[nodiscard]] HubRole hub_role(double z, double participation) noexcept;

/// Roles of actors in a partition into modules (communities, e.g. Louvain's), after
/// Guimera and Amaral's functional cartography. For actor i of module s_i, with k_i its
/// degree (neighbours in the Graph, parallel ties collapsed) and k_is its neighbours in
/// module s:
///
/// - within_module_z(): z_i = (k_{i,s_i} - mean_s) / sd_s, the mean and standard
///   deviation of k_{j,s} over the actors j of module s = s_i. sd is the population
///   standard deviation (divided by the module's size, not size - 1), as in the paper.
///   A module whose actors all have the same k_{j,s} (sd 0; one-actor modules among
///   them) gives each of them z = 0. Weighted, strengths may differ by rounding only
///   (the same ties summed in another order), so sd below 1e-12 times the module's
///   largest k_{j,s} counts as 0; unweighted counts are exact.
/// - participation(): P_i = 1 - sum over modules s of (k_is / k_i)^2, in [0, 1 - 1/#modules];
///   0 for an actor without ties (k_i = 0).
/// - roles(): hub when z >= 2.5 (the boundary included). Non-hubs: R1 P <= 0.05,
///   R2 0.05 < P <= 0.62, R3 0.62 < P <= 0.80, R4 P > 0.80. Hubs: R5 P <= 0.30,
///   R6 0.30 < P <= 0.75, R7 P > 0.75. Each role's upper bound belongs to it, so an
///   actor exactly at P = 0.05 is R1, at 0.62 R2, at 0.80 R3, at 0.30 R5, at 0.75 R6.
///
/// Values at the boundaries are computed exactly for counts: P as (k_i^2 - sum_s k_is^2)
/// / k_i^2 and z as d_i / sqrt(sum_j d_j^2 / N_s), with N_s the module's size and
/// d_j = N_s k_{j,s} - sum over the module of k_{j,s} (sum_j d_j^2 / N_s = N_s^2 sd^2 is
/// an integer): while these integers stay below 2^53, P is the correctly rounded value
/// (P = 62/100 compares equal to 0.62) and a z of exactly 2.5 comes out as 2.5.
///
/// Weighted (`weighted`): k_is and k_i are sums of tie weights (strengths), the usual
/// weighted extension (the paper counts links). The graph is read as undirected (the
/// directed view is refused with a UsageError). `module` holds one id per vertex, any
/// values (they are only compared); its size must be the number of vertices
/// (UsageError otherwise).
///
/// R. Guimera, L. A. N. Amaral (2005), Functional cartography of complex metabolic
/// networks, Nature 433, 895-900.
/// run() takes O(n log n + m) time (the ids are sorted once), O(n) memory.
class ConnectorHubs final : public Algorithm {
public:
    /// `module` is copied.
    ConnectorHubs(const Graph& graph, std::span<const std::uint32_t> module, bool weighted = false)
        : graph_(graph), module_(module.begin(), module.end()), weighted_(weighted) {}

    void run() override;

    /// z_i per vertex (0 where the module's sd is 0).
    [[nodiscard]] const std::vector<double>& within_module_z() const;
    /// P_i per vertex (0 for an actor without ties).
    [[nodiscard]] const std::vector<double>& participation() const;
    /// R1 .. R7 per vertex.
    [[nodiscard]] const std::vector<HubRole>& roles() const;
    /// z_i >= 2.5.
    [[nodiscard]] bool is_hub(Graph::Vertex v) const;

    /// k_{i,s_i}: ties (or strength) to the actors of its own module, per vertex.
    [[nodiscard]] const std::vector<double>& within_module_degree() const;
    /// k_i: all ties (or strength), per vertex.
    [[nodiscard]] const std::vector<double>& degree() const;
    /// Number of distinct module ids.
    [[nodiscard]] std::size_t module_count() const;

private:
    const Graph& graph_;
    std::vector<std::uint32_t> module_;
    bool weighted_;
    std::vector<double> z_, participation_, within_, degree_;
    std::vector<HubRole> roles_;
    std::size_t module_count_ = 0;
};

}  // namespace ecosys
