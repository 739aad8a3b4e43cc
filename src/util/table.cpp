#include "util/table.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <string_view>
#include <utility>

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
    // One column for the ellipsis; the end gets the larger half, since long ids that
    // share a prefix (Cheyenne:Laramie.County.Fire.District..1, ..2) differ at the end.
    // Both ends are cut on a character; only the kept characters are looked at, so a
    // name of megabytes costs one pass (its width), not a copy per character.
    const std::size_t room = width > 0 ? width - 1 : 0, head_room = room / 2, tail_room = room - head_room;
    std::size_t head = 0, used = 0;
    while (head < text.size()) {
        const std::size_t len = ecosys::detail::decode_utf8(text, head).length;
        const std::size_t w = display_width(text.substr(head, len));
        if (used + w > head_room) break;
        used += w;
        head += len;
    }
    std::size_t tail = text.size();
    used = 0;
    while (tail > head) {
        std::size_t start = tail - 1;
        while (start > head && tail - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
        const std::size_t w = display_width(text.substr(start, tail - start));
        if (used + w > tail_room) break;
        used += w;
        tail = start;
    }
    return text.substr(0, head) + "…" + text.substr(tail);
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

/// Backslash before every ASCII punctuation character (CommonMark allows it for all
/// of them), so no name is read as emphasis, a link, a table cell or HTML; control
/// characters become spaces.
std::string markdown_text(const std::string& s) {
    std::string out;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7f) out += ' ';
        else if ((c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e)) {
            out += '\\';
            out += ch;
        } else out += ch;
    }
    return out;
}

}  // namespace ecosys::detail
