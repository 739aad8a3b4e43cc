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

/// A file name stem for `id`: readable, injective even on file systems that ignore
/// case, and portable. ASCII letters (as written), digits, '-' and '.' kept, every other
/// byte as _XX; an id with capitals gets a case tag, '+' and the capitals among its
/// letters as a hex bit mask (letter i is bit i): "CZ" -> "CZ+3", "Kanto" -> "Kanto+1",
/// "Mr Hi" -> "Mr_20Hi+5", "kanto" -> "kanto"; a leading or trailing '.' and the first
/// letter of a Windows device name (con, nul, aux, prn, com0-9, lpt0-9, also before an
/// extension) escaped; "_" for an empty id; cut to 120 characters with '~' and a 64-bit
/// hash of the whole id (no uncut stem holds '~').
[[nodiscard]] std::string file_stem(std::string_view id);

}  // namespace ecosys::render
