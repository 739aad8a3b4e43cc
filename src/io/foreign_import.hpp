#pragma once
// The shared middle of the readers for other tools' formats (GraphML, GEXF, GML,
// Pajek, edge lists, DOT). Each reader only parses its syntax and hands over
// nodes and edges with flat, typed attributes and their locations; this class
// applies the ImportOptions (which attribute holds the id, name, sector, region,
// tie type, weight), the sector map and the default sector, reports what cannot
// be kept, and feeds the NetworkBuilder, which checks what every format shares.

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ecosys/io/format.hpp"

#include "ecosys/io/import_options.hpp"
#include "io/network_builder.hpp"

namespace ecosys::detail {

struct ForeignAttr {
    ForeignAttr(std::string key, nlohmann::json value, Location at)
        : key(std::move(key)), own(std::move(value)), at(std::move(at)) {}
    /// A value that many records share (a declared default): neither copied nor
    /// hashed per record, and held once by the network (model/attributes.hpp).
    ForeignAttr(std::string key, std::shared_ptr<const nlohmann::json> value, Location at)
        : key(std::move(key)), shared(std::move(value)), at(std::move(at)) {}
    [[nodiscard]] const nlohmann::json& value() const { return shared ? *shared : own; }

    std::string key;
    nlohmann::json own;
    std::shared_ptr<const nlohmann::json> shared;
    Location at;
};

struct ForeignNode {
    std::string id;  ///< the file's node id (edges refer to it)
    Location at, at_id;
    std::vector<ForeignAttr> attrs;
};

struct ForeignEdge {
    std::string source, target;  ///< node ids
    bool directed = false;
    Location at, at_source, at_target;
    std::vector<ForeignAttr> attrs;
};

class ForeignImport {
public:
    /// `format` names the format in messages ("GraphML"). Edges must name nodes
    /// that were added (readers of formats without node declarations add them).
    ForeignImport(std::string format, std::string source, const ImportOptions& options);

    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    /// The builder, for records that need no mapping (projects, participations).
    NetworkBuilder& builder() noexcept { return b_; }
    void set_name(std::string name) { b_.set_name(std::move(name)); }

    /// The words messages use for a node, an attribute and the option naming the sector's attribute.
    struct Vocabulary {
        std::string node = "node", attribute = "attribute", sector_option = "--sector-attr";
    };
    void set_vocabulary(Vocabulary words) { words_ = std::move(words); }

    /// Declarations carried by files that ecosys wrote: arrays of objects as in
    /// the native JSON format. Malformed ones are reported at `at`.
    void declare_sectors(const nlohmann::json& sectors, const Location& at);
    void declare_regions(const nlohmann::json& regions, const Location& at);
    void declare_projects(const nlohmann::json& projects, const Location& at);
    /// {"currency": ..., "programmes": [...]} (ecosys_programmes).
    void declare_programmes(const nlohmann::json& declaration, const Location& at);
    /// The amount `key` of `object` (funding, budget): absent or null gives nullopt; not a
    /// finite number >= 0 is an error at `at` naming `owner`.
    std::optional<double> amount_member(const nlohmann::json& object, const char* key, const std::string& owner,
                                        const Location& at);
    /// The value of an attribute ecosys writes into `format` (ecosys_sectors, ecosys_regions,
    /// ecosys_projects, ecosys_attribute_types), read by the one JSON entry point
    /// (io/json_value.hpp) and declared; a value it refuses is an error at `at`.
    void declare_embedded(const std::string& name, std::string_view text, const Location& at, Format format);
    /// Sector ids only (GEXF's <options> of the sector attribute).
    void declare_sector_ids(const std::vector<std::string>& ids, const Location& at);
    /// The file says attribute `key` holds "boolean", "integer" or "real" values:
    /// values written as text (DOT) or as 0/1 (GML booleans) get that type back.
    void declare_attribute_type(const std::string& key, const std::string& type) { attribute_types_[key] = type; }

    /// The file was written by ecosys, which writes an attribute whose name the
    /// format or a field uses as "attr_<name>": such names get theirs back.
    /// `reserved` lists the format's own names (e.g. "label" in GML).
    [[nodiscard]] bool is_written_by_ecosys() const noexcept { return ecosys_written_; }
    void written_by_ecosys(std::vector<std::string> reserved) {
        ecosys_written_ = true;
        reserved_ = std::move(reserved);
    }

    /// The file holds `bytes`: the values it declares once for many records (defaults)
    /// may then add up, over the records that take them, to at most
    /// max_shared_text(bytes); beyond, the file is refused at the value that passes it.
    /// Without it (a graph from Python) there is no limit.
    void set_input_size(std::size_t bytes) { shared_budget_ = max_shared_text(bytes); }
    static constexpr std::size_t max_shared_text(std::size_t input_bytes) { return 64 * (std::size_t(1) << 20) + 16 * input_bytes; }

    void add_node(ForeignNode node) {
        count_shared(node.attrs, "node", node.id, nullptr);
        nodes_.push_back(std::move(node));
    }
    void add_edge(ForeignEdge edge) {
        count_shared(edge.attrs, "edge", edge.source, &edge.target);
        edges_.push_back(std::move(edge));
    }

    void error(const Location& at, std::string message) { b_.error(at, std::move(message)); }
    void warning(const Location& at, std::string message) { b_.warning(at, std::move(message)); }
    /// A warning given once per `key`, at its first occurrence.
    void warn_once(const std::string& key, const Location& at, std::string message);

    /// Maps every node and edge and returns the network, or throws
    /// ValidationError with every problem; UsageError for a --default-sector
    /// that is not a sector.
    LoadResult finish();

private:
    struct Group {
        std::vector<const ForeignNode*> nodes;
        Location at;
    };
    void map_nodes(const std::vector<std::string>& sector_ids);
    void map_edges();
    nlohmann::json typed(const std::string& key, const nlohmann::json& value) const;

    void count_shared(const std::vector<ForeignAttr>& attrs, const char* what, const std::string& id, const std::string* target);

    std::size_t shared_budget_ = static_cast<std::size_t>(-1), shared_text_ = 0;
    bool over_budget_ = false;
    std::shared_ptr<AttributePool> pool_ = std::make_shared<AttributePool>();  // the actors' attributes
    std::string format_, source_;
    Vocabulary words_;
    const ImportOptions& options_;
    NetworkBuilder b_;
    bool sectors_declared_ = false;
    std::vector<std::string> declared_sector_ids_;
    std::map<std::string, std::string> attribute_types_;
    bool ecosys_written_ = false;
    std::vector<std::string> reserved_;
    std::vector<ForeignNode> nodes_;
    std::vector<ForeignEdge> edges_;
    std::map<std::string, std::string> actor_of_node_;  // file node id -> actor id
    std::map<std::string, bool> warned_;
};

}  // namespace ecosys::detail
