#include "util/table.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

#include "util/text.hpp"

namespace ecosys::detail {

std::string shortest_number(double x) {
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), x);
    return std::string(buffer.data(), result.ptr);
}

std::string significant_number(double x) {
    std::array<char, 32> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%.6g", x);
    return buffer.data();
}

std::string csv_field(const std::string& s) {
    // ; and TAB: a spreadsheet set to either as list separator would split the cell there
    // and read what follows as a cell of its own (a formula, if it starts with =).
    const bool quote = s.find_first_of(",;\t\"\r\n") != std::string::npos ||
                       (!s.empty() && (s.front() == ' ' || s.back() == ' '));
    if (!quote) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string csv_line(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        out += csv_field(fields[i]);
    }
    return out + "\n";
}

std::string shorten(const std::string& text, std::size_t width) {
    if (display_width(text) <= width) return text;
    std::string out;
    std::size_t used = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 1;
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead >= 0xF0) len = 4;
        else if (lead >= 0xE0) len = 3;
        else if (lead >= 0xC0) len = 2;
        const std::string cp = text.substr(i, len);
        const std::size_t w = display_width(cp);
        if (used + w + 1 > width) break;  // keep one column for the ellipsis
        out += cp;
        used += w;
        i += len;
    }
    return out + "…";
}

TextTable::TextTable(std::vector<std::string> header) : right_(header.size(), false) {
    for (std::string& cell : header) cell = visible(cell);
    rows_.push_back(std::move(header));
}

void TextTable::add(std::vector<std::string> cells) {
    cells.resize(right_.size());
    for (std::string& cell : cells) cell = visible(cell);  // a table is for people: no raw controls
    rows_.push_back(std::move(cells));
}

void TextTable::align_right(std::size_t column) { right_[column] = true; }

std::string TextTable::str(const std::string& indent) const {
    std::vector<std::size_t> width(right_.size(), 0);
    for (const auto& row : rows_)
        for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], display_width(row[c]));
    std::string out;
    for (const auto& row : rows_) {
        std::string line = indent;
        for (std::size_t c = 0; c < row.size(); ++c) {
            const std::string pad(width[c] - display_width(row[c]), ' ');
            if (c > 0) line += "  ";
            line += right_[c] ? pad + row[c] : row[c] + pad;
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    return out;
}

}  // namespace ecosys::detail
