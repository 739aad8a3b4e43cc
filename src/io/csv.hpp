#pragma once
// An RFC 4180 CSV tokenizer that remembers where every field starts.
// Accepts what spreadsheets write: quoted fields with commas, doubled quotes and
// newlines inside, CRLF or LF line ends, a UTF-8 byte-order mark.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ecosys/error.hpp"

namespace ecosys::detail {

struct CsvField {
    std::string value;
    int line = 0, column = 0;
    bool quoted = false;  ///< written in quotes: its blanks at the ends are data
};

struct CsvRow {
    std::vector<CsvField> fields;
    int line = 0;  ///< line where the row starts
};

/// Reads `text` one row at a time (empty lines skipped), so that a caller holds
/// one row, not the whole file as strings. The constructor checks the whole text
/// first and throws ParseError naming `source` on invalid UTF-8, NUL bytes, an
/// unterminated quote or text after a closing quote: a caller sees either every
/// row or the syntax error, never rows before it. O(size of text) for the check
/// (a second tokenizing pass only when the text has a quote) and for the rows.
class CsvParser {
public:
    CsvParser(std::string_view text, const std::string& source);

    /// Puts the next row into `row` (reusing its storage); false at the end.
    bool next(CsvRow& row);

    /// Number of line ends in the text: an upper bound of the rows, for reserving.
    [[nodiscard]] std::size_t line_ends() const;

private:
    [[noreturn]] void fail(int line, int column, std::string message) const;
    void advance();
    std::string_view text_;
    std::string source_;
    std::size_t i_ = 0;
    int line_ = 1, column_ = 1;
    bool done_ = false;
};

/// Splits `text` into rows (empty lines skipped); throws as CsvParser does.
std::vector<CsvRow> parse_csv(std::string_view text, const std::string& source);

}  // namespace ecosys::detail
