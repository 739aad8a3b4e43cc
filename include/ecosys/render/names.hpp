#pragma once
// Safe names derived from the file's ids: SVG element ids ("actor-<id>") and output
// file names (one per region). Ids are free text in the network file, so both are
// encoded: ASCII letters, digits, '-' and '.' stay as they are, every other byte
// (space, '_', quotes, '<', '/', '\', UTF-8 bytes of CJK characters ...) becomes
// '_' and two upper-case hex digits. The encoding is injective, so two ids never
// share a name, and the result is a valid XML name, URL fragment, CSS identifier
// (after the prefix) and portable file name.

#include <string>
#include <string_view>

namespace ecosys::render {

/// `id` encoded as above: "Mr Hi" -> "Mr_20Hi", "a_b" -> "a_5Fb", "北" -> "_E5_8C_97".
[[nodiscard]] std::string encode_id(std::string_view id);

/// "<prefix>-<encode_id(id)>": element_id("actor", "Mr Hi") == "actor-Mr_20Hi".
[[nodiscard]] std::string element_id(std::string_view prefix, std::string_view id);

/// A file name stem for `id`, injective and portable: a-z 0-9 - . kept, every other
/// byte (capitals too, so ids differing in case differ on case-insensitive file
/// systems) as _XX, a leading or trailing '.' and the first letter of a Windows device
/// name (con, nul, aux, prn, com1-9, lpt1-9) escaped, "_" for an empty id; cut to 120
/// characters with '~' and a 64-bit hash of the whole id (no uncut stem holds '~').
[[nodiscard]] std::string file_stem(std::string_view id);

}  // namespace ecosys::render
