#pragma once
// Helpers shared by the readers and writers of the exchange formats.

#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "ecosys/error.hpp"

namespace ecosys::detail {

/// The shortest text that reads back as the same double ("2.5", "0.017", "1e+300").
std::string format_double(double value);

/// `text` (surrounding blanks allowed) as a finite-or-not double / an integer, or nullopt.
std::optional<double> parse_double(std::string_view text);
std::optional<long long> parse_integer(std::string_view text);

/// Throws ParseError at the first byte of `text` that is not UTF-8.
void check_utf8(std::string_view text, const std::string& source);

/// A scalar attribute value as text: strings as they are, integral numbers
/// without a decimal point, booleans as true/false; arrays and objects as JSON.
std::string value_text(const nlohmann::json& value);

/// The file name without folder and extension, the default network name.
std::string name_from_source(const std::string& source);

/// The rest of `in`, whole: what the stream readers hand to their text readers.
std::string read_all(std::istream& in);

/// `s` without leading and trailing blanks (space, tab, CR, LF).
std::string_view trim_blanks(std::string_view s);

/// The lower-case ASCII version of `s`.
std::string ascii_lower(std::string_view s);

}  // namespace ecosys::detail
