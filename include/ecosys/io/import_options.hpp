#pragma once
// How the attributes of a file from another tool (GraphML, GEXF, GML, Pajek,
// edge list, DOT) become an actor's sector, region, name ... (docs/formats.md).

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/error.hpp"
#include "ecosys/io/format.hpp"
#include "ecosys/model/network.hpp"

namespace ecosys {

/// Raw values of a file (e.g. CORDIS activity types PRC, HES, REC, PUB, OTH) and
/// the sector each stands for. Read from a CSV file with a header row holding
/// `value` and `sector`, and optionally `label` and `color` for a sector that is
/// not one of the default four.
struct SectorMap {
    struct Entry {
        std::string value, sector;
        Location at;
    };
    std::string source;           ///< the file it came from, for messages
    std::vector<Entry> entries;   ///< in file order, values unique
    std::vector<Sector> sectors;  ///< every target sector, in order of first use

    [[nodiscard]] bool empty() const noexcept { return entries.empty(); }
    /// The sector `value` maps to, or nullptr.
    [[nodiscard]] const std::string* find(std::string_view value) const;
};

/// Parses a sector map; throws InputError (every problem at once) naming `source`.
SectorMap read_sector_map(std::string_view text, const std::string& source);

/// Opens and parses a sector map file.
SectorMap load_sector_map(const std::filesystem::path& path);

/// Options for reading networks: which format, and for files from other tools,
/// which node attribute holds what. The defaults match what ecosys writes.
struct ImportOptions {
    std::optional<Format> format;       ///< nullopt: recognise by extension and content
    std::string id_attr;                ///< node attribute holding the actor id; empty: the file's node id
    std::string name_attr;              ///< empty: "name", else "label"
    std::string sector_attr = "sector";
    std::string region_attr = "region";
    std::string type_attr = "type";     ///< edge attribute holding the tie type (falls back to "label")
    std::string weight_attr = "weight"; ///< edge attribute holding the weight (falls back to GML's "value")
    SectorMap sector_map;               ///< empty: sector values are used as they are
    std::string default_sector;         ///< sector of nodes without one; empty: such nodes are an error

    /// True when any attribute mapping differs from the defaults (these options
    /// do not apply to the native JSON and CSV formats).
    [[nodiscard]] bool maps_attributes() const;
};

}  // namespace ecosys
