#include "util/escape.hpp"

#include <cstdio>

#include "util/text.hpp"

namespace ecosys::detail {

std::string xml_escape(std::string_view s, bool& lossy) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char ch = s[i];
        unsigned char c = static_cast<unsigned char>(ch);
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not characters XML 1.0 allows.
        if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
            out += "\xEF\xBF\xBD";
            lossy = true;
            i += 2;
            continue;
        }
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\t': out += "&#9;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            case '\x7f': out += "&#127;"; break;  // XML 1.0 allows DEL; as a reference it stays visible
            default:
                if (c < 0x20) {
                    out += "\xEF\xBF\xBD";
                    lossy = true;
                } else {
                    out += ch;
                }
        }
    }
    return out;
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        switch (c) {
        case '&': out += "&amp;"; continue;
        case '<': out += "&lt;"; continue;
        case '>': out += "&gt;"; continue;
        case '"': out += "&quot;"; continue;
        case '\'': out += "&#39;"; continue;
        default: break;
        }
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) {
            out += "\xEF\xBF\xBD";
            continue;
        }
        // U+202A..U+202E are E2 80 AA..AE; U+2066..U+2069 are E2 81 A6..A9.
        if (c == 0xE2 && i + 2 < text.size()) {
            const auto b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
            const bool embedding = b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE;
            const bool isolate = b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9;
            if (embedding || isolate) {
                const unsigned cp = embedding ? 0x202A + (b2 - 0xAA) : 0x2066 + (b2 - 0xA6);
                char buf[16];
                std::snprintf(buf, sizeof buf, "[U+%04X]", cp);
                out += buf;
                i += 2;
                continue;
            }
        }
        out += static_cast<char>(c);
    }
    return out;
}

std::string dot_string(std::string_view s) {
    std::string out = "\"";
    // cgraph reads a name that starts with '%' as one of its own anonymous ids ("%12"):
    // a leading '%' is written "\%" (the DOT reader turns it back).
    if (!s.empty() && s.front() == '%') {
        out += "\\%";
        s.remove_prefix(1);
    }
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\', out += c;
        else if (c == '\n') out += "\\n";
        else out += c;
    }
    return out + "\"";
}

std::string gml_string(std::string_view s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const Utf8Sequence d = decode_utf8(s, i);
        const std::size_t len = d.length;
        if (len > 1) {
            out += "&#" + std::to_string(static_cast<unsigned long>(d.code_point)) + ";";
        } else if (c == '"') {
            out += "&quot;";
        } else if (c == '&') {
            out += "&amp;";
        } else if (c < 0x20 || c == 0x7F) {
            out += "&#" + std::to_string(c) + ";";
        } else {
            out += static_cast<char>(c);
        }
        i += len;
    }
    return out + "\"";
}

}  // namespace ecosys::detail
