#pragma once
// A network that ships in networks/, loaded as `ecosys` loads it.

#include <string>
#include <utility>

#include "ecosys/io/reader.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys::test {

/// networks/FILE (e.g. "japan-innovation.json").
inline Network shipped_network(const std::string& file) {
    LoadResult loaded = load_network(std::string(ECOSYS_NETWORKS_DIR) + "/" + file);
    return std::move(loaded.network);
}

}  // namespace ecosys::test
