#pragma once
// The kernels ScopeAnalysis does not name: each is one function here over
// ScopeAnalysis::kernel(), so a new kernel is its algorithm file and one entry
// (a function and its row in kernels.cpp); the cache class does not change.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ecosys/analysis/analysis_cache.hpp"

namespace ecosys {

class CorePeriphery;
class ConnectorHubs;

/// The scope's communities by options().community: Louvain (the "louvain" kernel) or
/// Leiden ("leiden"), with options().resolution. The modularity is that of the
/// communities at the resolution (for CPM too, so that methods compare).
struct CommunityView {
    const std::vector<std::uint32_t>& of;  ///< community of each vertex, numbered in order of first vertex
    std::size_t count = 0;
    double modularity = 0.0;
};
[[nodiscard]] CommunityView communities(ScopeAnalysis& scope);

/// "louvain", "leiden" or "leiden-cpm", as --community takes it.
[[nodiscard]] std::string_view to_string(CommunityMethod method);

/// Borgatti-Everett core and periphery of the scope's graph (kernel "core_periphery";
/// seeded by options().seed).
[[nodiscard]] const CorePeriphery& core_periphery(ScopeAnalysis& scope);

/// The module of each vertex under options().hub_partition: its actor's own region
/// (actors without one form one module), its sector, or its community.
[[nodiscard]] std::vector<std::uint32_t> hub_modules(ScopeAnalysis& scope);

/// "region", "sector" or "community", as --partition takes it.
[[nodiscard]] std::string_view to_string(HubPartition partition);

/// Guimera-Amaral roles against hub_modules() (kernel "connector_hubs"; weighted
/// under options().weighted).
[[nodiscard]] const ConnectorHubs& connector_hubs(ScopeAnalysis& scope);

}  // namespace ecosys
