#pragma once
// The one entry point for JSON that is not a whole network file: the ecosys_sectors,
// ecosys_regions, ecosys_projects and ecosys_attribute_types values that ecosys writes
// into GraphML, DOT and GML files. The same limits as the native reader
// (ReadLimits::max_depth, no U+0000), parsed without recursion, so a hostile value
// can neither overflow the stack nor hide a NUL.

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "ecosys/io/reader.hpp"

namespace ecosys::detail {

/// The JSON value in `text`, or nullopt with `problem` set to what is wrong
/// ("nested deeper than 64 levels", "malformed JSON: ..."), to be reported at the
/// place of the attribute. Cost: linear in |text|; the value takes about 50 bytes
/// per scalar.
std::optional<nlohmann::json> parse_json_value(std::string_view text, std::string& problem,
                                               const ReadLimits& limits = {});

/// A JSON value described in a message without walking it: a scalar as written
/// (quoted, shortened), a container as "an array of 3 items" or "an object with 2 members".
std::string describe_json(const nlohmann::json& value);

}  // namespace ecosys::detail
