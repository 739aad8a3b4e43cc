#include "io/csv.hpp"

#include <cstdio>

#include "util/text.hpp"

namespace ecosys::detail {

std::vector<CsvRow> parse_csv(std::string_view text, const std::string& source) {
    auto fail = [&](int line, int column, std::string message) {
        throw ParseError({{Diagnostic::Severity::error, {source, line, column}, std::move(message)}});
    };
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

    std::size_t i = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    int line = 1, column = 1;
    auto advance = [&]() {
        unsigned char c = static_cast<unsigned char>(text[i++]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    };

    std::vector<CsvRow> rows;
    CsvRow row;
    bool row_has_content = false;
    auto end_row = [&]() {
        if (row_has_content) rows.push_back(std::move(row));
        row = CsvRow{};
        row_has_content = false;
    };

    while (i <= text.size()) {
        if (row.fields.empty()) row.line = line;
        CsvField field{{}, line, column};
        if (i < text.size() && text[i] == '"') {
            int open_line = line, open_column = column;
            advance();
            bool closed = false;
            while (i < text.size()) {
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
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
                if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                    advance();
                    continue;
                }
                field.value += text[i];
                advance();
            }
            if (!closed) fail(open_line, open_column, "unterminated quoted field; add the closing '\"'");
            if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                fail(line, column, "unexpected text after a closing quote; a quote inside a quoted field is written \"\"");
            row_has_content = true;
        } else {
            while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                field.value += text[i];
                advance();
            }
            if (!field.value.empty()) row_has_content = true;
        }
        row.fields.push_back(std::move(field));
        if (i >= text.size()) {
            end_row();
            break;
        }
        if (text[i] == ',') {
            row_has_content = true;
            advance();
            continue;
        }
        // End of line: \n, \r\n or a lone \r.
        if (text[i] == '\r') {
            advance();
            if (i < text.size() && text[i] == '\n') advance();
            else ++line, column = 1;
        } else {
            advance();
        }
        end_row();
    }
    return rows;
}

}  // namespace ecosys::detail
