#pragma once
// What the exchange-format writers share: the columns of node data (actor
// fields and attributes, one type per column), the text of each value, and the
// warnings about what a format cannot hold.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ecosys/io/writer.hpp"

namespace ecosys::detail {

/// A column of node data.
struct NodeColumn {
    enum class Type { boolean, integer, real, string };
    std::string key;        ///< the name written to the file
    std::string attribute;  ///< the attribute it holds, or "" for an actor field
    Type type = Type::string;
};

/// Collects the warnings of one write, each kind once.
class WriteNotes {
public:
    WriteNotes(std::string target, WriteWarnings& warnings) : target_(std::move(target)), warnings_(warnings) {}
    void warn(const std::string& key, std::string message);
    [[nodiscard]] const std::string& target() const noexcept { return target_; }

private:
    std::string target_;
    WriteWarnings& warnings_;
    std::vector<std::string> given_;
};

/// The node columns: the actor fields that some actor has (name, sector, region,
/// kind, role, needs, seeds; name and sector always), then every attribute key
/// in order of first use. An attribute whose key is taken (by a field or by
/// `reserved`, the names the format itself uses) is written as "attr_<key>"; a key whose values mix types, or
/// holds lists or objects, becomes a string column. Each such change is a warning.
std::vector<NodeColumn> node_columns(const Network& network, const std::vector<std::string>& reserved, WriteNotes& notes,
                                     bool sector_column = true);

/// Names each format uses itself: an attribute of that name is written as
/// "attr_<name>" (and read back under its name from files ecosys wrote).
const std::vector<std::string>& reserved_names(Format format);

/// The value of column `c` for actor `a`, or nullopt when the actor has none.
/// Strings come as JSON strings, numbers and booleans as such (strings for a
/// string column); lists and objects as JSON text.
std::optional<nlohmann::json> node_value(const Actor& a, const NodeColumn& c);

/// A value as text for XML/DOT: numbers as the shortest text that reads back,
/// booleans as true/false.
std::string scalar_text(const nlohmann::json& value);

/// The sectors, regions (declared ones) and projects as the JSON arrays of the
/// native format (for the graph-level declarations of GraphML and DOT).
nlohmann::json sectors_json(const Network& network);
nlohmann::json regions_json(const Network& network);
/// {"currency": ..., "programmes": [...]} as the JSON format writes them; null when the
/// network has neither (the graph attribute ecosys_programmes of GraphML, DOT and GML).
nlohmann::json programmes_json(const Network& network);
nlohmann::json projects_json(const Network& network);

/// True when some tie is directed / all ties are (and there is at least one).
bool any_directed(const Network& network);
bool all_directed(const Network& network);

/// The XML Schema type GraphML and GEXF declare for a column: boolean, long, double, string.
const char* xml_schema_type(NodeColumn::Type type);

/// Warns (once, in `notes`) when `directed` (the graph's default) is false but some tie
/// is directed: `format` keeps each edge's direction, but `readers` says what the
/// usual readers then do.
void warn_mixed_directions(WriteNotes& notes, const Network& network, bool directed, const std::string& format,
                           const std::string& readers);

}  // namespace ecosys::detail
