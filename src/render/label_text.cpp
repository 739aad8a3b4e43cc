#include "render/label_text.hpp"

#include <charconv>
#include <cmath>

#include "util/escape.hpp"
#include "util/text.hpp"

namespace ecosys::render::detail {

namespace {

/// Code points of `s` (already valid UTF-8), each as its own string.
std::vector<std::string_view> code_points(std::string_view s) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = ecosys::detail::decode_utf8(s, i).length;
        out.push_back(s.substr(i, len));
        i += len;
    }
    return out;
}

std::string hex4(char32_t c) {
    static constexpr char digits[] = "0123456789abcdef";
    return {digits[(c >> 12) & 0xF], digits[(c >> 8) & 0xF], digits[(c >> 4) & 0xF], digits[c & 0xF]};
}

}  // namespace

std::string clean_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            // A control that reorders or hides text (util/text.hpp, the one list of them)
            // shows as \uXXXX; an invalid byte as U+FFFD.
            const ecosys::detail::Utf8Sequence d = ecosys::detail::decode_utf8(text, i);
            if (!d.valid) out += "\xEF\xBF\xBD";  // U+FFFD
            else if (ecosys::detail::is_invisible_control(d.code_point)) out += "\\u" + hex4(d.code_point);
            else out.append(text.substr(i, d.length));
            i += d.length;
            continue;
        }
        if (c == '\r') {
            out += '\n';
            i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c == '\t') out += ' ';
        else if (c == '\n' || (c >= 0x20 && c != 0x7F)) out += static_cast<char>(c);
        else {
            static constexpr char digits[] = "0123456789abcdef";
            out += "\\x";
            out += digits[c >> 4];
            out += digits[c & 0xF];
        }
        ++i;
    }
    return out;
}

std::string html_text(std::string_view text) {
    // Graphviz expands \N, \G, \L ... inside HTML-like labels too: backslashes doubled;
    // lines are broken by the callers with <BR/>, so a newline is a blank.
    std::string clean = clean_text(text);
    std::string out;
    out.reserve(clean.size() + clean.size() / 8);
    for (char c : clean) {
        if (c == '\\') out += "\\\\";
        else out += c == '\n' ? ' ' : c;
    }
    return ecosys::detail::html_escape(out);
}

std::string xml_text(std::string_view text) { return ecosys::detail::html_escape(clean_text(text)); }

std::vector<std::string> wrap_text(std::string_view raw, std::size_t columns, std::size_t max_lines) {
    columns = std::max<std::size_t>(columns, 2);
    // Only max_lines lines are shown: a name of megabytes is looked at no further than
    // the text that fills one line more (4 bytes a column at most, blanks included),
    // cut on a character.
    if (const std::size_t enough = 8 * (columns + 1) * (max_lines + 1); raw.size() > enough) {
        std::size_t cut = enough;
        while (cut > 0 && (static_cast<unsigned char>(raw[cut]) & 0xC0) == 0x80) --cut;
        raw = raw.substr(0, cut);
    }
    const std::string text = clean_text(raw);
    std::vector<std::string> lines;
    std::string current;
    std::size_t width = 0;
    auto flush = [&] {
        if (!current.empty()) lines.push_back(current);
        current.clear();
        width = 0;
    };
    auto add_word = [&](std::string_view word) {
        std::size_t w = ecosys::detail::display_width(word);
        if (!current.empty() && width + 1 + w <= columns) {
            current += ' ';
            current += word;
            width += 1 + w;
            return;
        }
        flush();
        if (w <= columns) {
            current = word;
            width = w;
            return;
        }
        for (std::string_view cp : code_points(word)) {
            std::size_t cw = ecosys::detail::display_width(cp);
            if (width + cw > columns) flush();
            current += cp;
            width += cw;
        }
    };
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string_view paragraph(text.data() + start, end - start);
        std::size_t pos = 0;
        while (pos < paragraph.size()) {
            std::size_t space = paragraph.find(' ', pos);
            if (space == std::string_view::npos) space = paragraph.size();
            if (space > pos) add_word(paragraph.substr(pos, space - pos));
            pos = space + 1;
        }
        flush();
        start = end + 1;
    }
    if (lines.size() > max_lines) {
        lines.resize(max_lines);
        if (max_lines == 0) return lines;
        // Make room for the ellipsis on the last line.
        std::string& last = lines.back();
        std::vector<std::string_view> cps = code_points(last);
        std::size_t w = ecosys::detail::display_width(last);
        while (!cps.empty() && w + 1 > columns) {
            w -= ecosys::detail::display_width(cps.back());
            cps.pop_back();
        }
        std::string cut;
        for (std::string_view cp : cps) cut += cp;
        while (!cut.empty() && cut.back() == ' ') cut.pop_back();
        last = cut + "…";
    }
    return lines;
}

std::string format_number(double value, int digits) {
    if (!std::isfinite(value)) return value > 0 ? "inf" : value < 0 ? "-inf" : "nan";
    if (value == 0) return "0";
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, digits);
    if (ec != std::errc()) return "?";
    return std::string(buf, end);
}

}  // namespace ecosys::render::detail
