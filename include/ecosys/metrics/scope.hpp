#pragma once
// Where per-actor measures are computed: on the whole network, or inside the
// subgraph of each actor's region. Shared by the metrics and the helix measures.

#include <string_view>

namespace ecosys {

enum class MetricScope { network, region };

[[nodiscard]] constexpr std::string_view to_string(MetricScope scope) {
    return scope == MetricScope::network ? "network" : "region";
}

}  // namespace ecosys
