#pragma once
// The native JSON format (docs/network-format.md), written so that
// read_json_network() gives the same network back: every field, attribute values
// with their JSON types, declared regions only (implicit ones stay implicit),
// weights with the shortest text that reads back to the same double.
// Layout: one line per sector, region, actor, tie and project, as the shipped
// networks are written, so files diff well.

#include <ostream>
#include <string>

#include "ecosys/model/network.hpp"

namespace ecosys {

/// The network as native JSON text (UTF-8, ending in a newline). Optional fields
/// equal to their defaults are left out: empty strings and lists, weight 1,
/// directed false, no year; an actor's name is left out when it equals its id.
/// Throws OutputError when a string is not valid UTF-8.
std::string write_json_network(const Network& network);

/// The same, written to `out`.
void write_json_network(const Network& network, std::ostream& out);

}  // namespace ecosys
