#include "util/text.hpp"

#include "ecosys/error.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace ecosys::detail {

Utf8Sequence decode_utf8(std::string_view s, std::size_t i) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const unsigned char c = p[i];
    if (c < 0x80) return {c, 1, true};
    constexpr Utf8Sequence invalid{U'\uFFFD', 1, false};
    std::size_t len;
    char32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
    } else {
        return invalid;
    }
    if (i + len > s.size()) return invalid;
    for (std::size_t k = 1; k < len; ++k) {
        if ((p[i + k] & 0xC0) != 0x80) return invalid;
        cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return invalid;
    return {cp, len, true};
}

std::size_t find_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        // Plain ASCII, the bulk of most files: eight bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const Utf8Sequence d = decode_utf8(s, i);
        if (!d.valid) return i;
        i += d.length;
    }
    return std::string_view::npos;
}

LineColumn line_column_at(std::string_view text, std::size_t offset) {
    LineColumn lc;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++lc.line;
            lc.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++lc.column;
        }
    }
    return lc;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates, std::size_t* budget) {
    if (word.size() > 256) return {};
    // Short words are too easily "close" to anything: suggest only for 3+ characters.
    if (word.size() < 3) return {};
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(1, word.size() / 3) + 1;
    for (const std::string& c : candidates) {
        if (c == word) continue;
        // The distance is at least the difference in length.
        const std::size_t longer = std::max(c.size(), word.size()), shorter = std::min(c.size(), word.size());
        if (longer - shorter >= best_distance) continue;
        if (budget) {
            const std::size_t cost = word.size() * c.size();
            if (*budget < cost) {
                *budget = 0;
                break;
            }
            *budget -= cost;
        }
        std::size_t d = edit_distance(word, c);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates, std::size_t* budget) {
    const std::string best = closest_match(word, candidates, budget);
    return best.empty() ? std::string() : " (did you mean '" + best + "'?)";
}

std::string unknown_name_message(std::string_view what, std::string_view value,
                                 const std::vector<std::string>& candidates, std::string_view known_label) {
    const std::string message = "unknown " + std::string(what) + " " + quote(value) + did_you_mean(value, candidates);
    return message + "; " + std::string(known_label) + ": " + join_alternatives(candidates, ", ");
}

std::vector<std::string> split_list(std::string_view list) {
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    std::vector<std::string> out;
    std::size_t i = 0;
    while (true) {
        while (i < list.size() && blank(list[i])) ++i;
        std::string item;
        if (i < list.size() && list[i] == '"') {
            // CSV rules: a quoted item keeps its commas and blanks; "" is one quote.
            const std::size_t open = i++;
            bool closed = false;
            while (i < list.size()) {
                if (list[i] == '"') {
                    if (i + 1 < list.size() && list[i + 1] == '"') {
                        item += '"';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                item += list[i++];
            }
            if (!closed)
                throw UsageError("the list " + quote(list) + " opens a quote at character " + std::to_string(open + 1) +
                                 " that does not close; quote an item that holds a comma as \"NEWMAN, M\" (a quote "
                                 "inside it doubled: \"\")");
            while (i < list.size() && blank(list[i])) ++i;
            if (i < list.size() && list[i] != ',')
                throw UsageError("the list " + quote(list) + " has text after the closing quote at character " +
                                 std::to_string(i + 1) + "; put a comma between items");
            // An empty item is dropped, quoted or not (no id is empty).
            if (!item.empty() && std::find(out.begin(), out.end(), item) == out.end()) out.push_back(std::move(item));
        } else {
            const std::size_t comma = list.find(',', i);
            std::string_view part = list.substr(i, comma == std::string_view::npos ? std::string_view::npos : comma - i);
            while (!part.empty() && blank(part.back())) part.remove_suffix(1);
            if (!part.empty() && std::find(out.begin(), out.end(), part) == out.end()) out.emplace_back(part);
            i = comma == std::string_view::npos ? list.size() : comma;
        }
        if (i >= list.size()) break;
        ++i;  // the comma
    }
    return out;
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += sep;
        out += items[i];
    }
    return out;
}

std::string join_alternatives(const std::vector<std::string>& items, std::string_view last_sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += (i + 1 == items.size()) ? std::string(last_sep) : std::string(", ");
        out += items[i];
    }
    return out;
}

bool is_invisible_control(char32_t c) noexcept {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::string visible(std::string_view text) {
    static constexpr char digits[] = "0123456789abcdef";
    auto fast = [](unsigned char c) { return c >= 0x20 && c < 0x7F; };
    std::size_t i = 0;
    while (i < text.size() && fast(static_cast<unsigned char>(text[i]))) ++i;
    if (i == text.size()) return std::string(text);
    std::string out(text.substr(0, i));
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (fast(c)) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        const Utf8Sequence d = decode_utf8(text, i);
        if (!d.valid) {
            out += "\\x";
            out += digits[c >> 4];
            out += digits[c & 15];
            ++i;
            continue;
        }
        const std::size_t len = d.length;
        const char32_t cp = d.code_point;
        if (!is_invisible_control(cp)) {
            out.append(text.substr(i, len));
        } else if (cp < 0x80) {
            out += "\\x";
            out += digits[cp >> 4];
            out += digits[cp & 15];
        } else {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4) out += digits[(cp >> shift) & 15];
        }
        i += len;
    }
    return out;
}

std::string quote(std::string_view value) {
    constexpr std::size_t max_shown = 60;
    std::size_t shown = 0, end = 0;
    for (; end < value.size(); ++end)
        if ((static_cast<unsigned char>(value[end]) & 0xC0) != 0x80 && ++shown > max_shown) break;
    std::string out = "'";
    out += visible(value.substr(0, end));
    out += end < value.size() ? "...'" : "'";
    return out;
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
    const Utf8Sequence d = decode_utf8(s, i);
    i += d.length;
    return d.code_point;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) out += static_cast<char>(0xC0 | (cp >> 6)), out += static_cast<char>(0x80 | (cp & 0x3F));
    else if (cp < 0x10000)
        out += static_cast<char>(0xE0 | (cp >> 12)), out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
            out += static_cast<char>(0x80 | (cp & 0x3F));
    else
        out += static_cast<char>(0xF0 | (cp >> 18)), out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), out += static_cast<char>(0x80 | (cp & 0x3F));
}

std::size_t display_width(std::string_view s) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = next_code_point(s, i);
        bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                    (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                    (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                    (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
                    (cp >= 0x20000 && cp <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

}  // namespace ecosys::detail
