#include "io/csv.hpp"

#include <algorithm>
#include <cstdio>

#include "util/text.hpp"

namespace ecosys::detail {

CsvParser::CsvParser(std::string_view text, const std::string& source) : text_(text), source_(source) {
    if (std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
        auto lc = line_column_at(text, bad);
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
        fail(lc.line, lc.column, std::string("invalid UTF-8 (byte ") + hex + "); save the file as UTF-8 (it may be in Shift_JIS; in Excel choose 'CSV UTF-8')");
    }
    if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        auto lc = line_column_at(text, nul);
        fail(lc.line, lc.column, "NUL byte in the file; is it a text CSV file?");
    }
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;
    // Only quotes can make the syntax wrong: without one, no need to tokenize twice.
    if (text_.find('"') != std::string_view::npos) {
        CsvParser check = *this;
        CsvRow row;
        while (check.next(row)) {
        }
    }
}

void CsvParser::fail(int line, int column, std::string message) const {
    throw ParseError({source_, line, column}, std::move(message));
}

std::size_t CsvParser::line_ends() const { return static_cast<std::size_t>(std::count(text_.begin(), text_.end(), '\n')); }

void CsvParser::advance() {
    unsigned char c = static_cast<unsigned char>(text_[i_++]);
    if (c == '\n') {
        ++line_;
        column_ = 1;
    } else if ((c & 0xC0) != 0x80) {
        ++column_;
    }
}

bool CsvParser::next(CsvRow& row) {
    const std::string_view text = text_;
    const std::size_t n = text.size();
    while (!done_) {
        row.fields.clear();
        row.line = line_;
        bool row_has_content = false;
        for (;;) {
            CsvField& field = row.fields.emplace_back();
            field.line = line_;
            field.column = column_;
            if (i_ < n && text[i_] == '"') {
                field.quoted = true;
                int open_line = line_, open_column = column_;
                advance();
                bool closed = false;
                while (i_ < n) {
                    if (text[i_] == '"') {
                        if (i_ + 1 < n && text[i_ + 1] == '"') {
                            field.value += '"';
                            advance();
                            advance();
                            continue;
                        }
                        advance();
                        closed = true;
                        break;
                    }
                    // Inside quotes a CRLF is kept as a plain newline.
                    if (text[i_] == '\r' && i_ + 1 < n && text[i_ + 1] == '\n') {
                        advance();
                        continue;
                    }
                    field.value += text[i_];
                    advance();
                }
                if (!closed) fail(open_line, open_column, "unterminated quoted field; add the closing '\"'");
                if (i_ < n && text[i_] != ',' && text[i_] != '\n' && text[i_] != '\r')
                    fail(line_, column_, "unexpected text after a closing quote; a quote inside a quoted field is written \"\"");
                row_has_content = true;
            } else {
                // An unquoted field holds no line end: count its code points, copy it once.
                const std::size_t start = i_;
                int columns = 0;
                while (i_ < n) {
                    const unsigned char c = static_cast<unsigned char>(text[i_]);
                    if (c == ',' || c == '\n' || c == '\r') break;
                    columns += (c & 0xC0) != 0x80;
                    ++i_;
                }
                field.value.assign(text.data() + start, i_ - start);
                column_ += columns;
                if (i_ > start) row_has_content = true;
            }
            if (i_ >= n) {
                done_ = true;
                break;
            }
            if (text[i_] == ',') {
                row_has_content = true;
                advance();
                continue;
            }
            // End of line: \n, \r\n or a lone \r.
            if (text[i_] == '\r') {
                advance();
                if (i_ < n && text[i_] == '\n') advance();
                else ++line_, column_ = 1;
            } else {
                advance();
            }
            break;
        }
        if (row_has_content) return true;
    }
    row.fields.clear();
    return false;
}

std::vector<CsvRow> parse_csv(std::string_view text, const std::string& source) {
    CsvParser parser(text, source);
    std::vector<CsvRow> rows;
    CsvRow row;
    while (parser.next(row)) rows.push_back(row);
    return rows;
}

}  // namespace ecosys::detail
