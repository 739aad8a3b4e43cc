#pragma once
// An RFC 4180 CSV tokenizer that remembers where every field starts.
// Accepts what spreadsheets write: quoted fields with commas, doubled quotes and
// newlines inside, CRLF or LF line ends, a UTF-8 byte-order mark.

#include <string>
#include <string_view>
#include <vector>

#include "ecosys/error.hpp"

namespace ecosys::detail {

struct CsvField {
    std::string value;
    int line = 0, column = 0;
};

struct CsvRow {
    std::vector<CsvField> fields;
    int line = 0;  ///< line where the row starts
};

/// Splits `text` into rows (empty lines skipped). Throws ParseError naming
/// `source` on invalid UTF-8, NUL bytes, an unterminated quote or text after a
/// closing quote.
std::vector<CsvRow> parse_csv(std::string_view text, const std::string& source);

}  // namespace ecosys::detail
