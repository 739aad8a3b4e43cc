#include "report/html.hpp"

#include <cstdio>
#include <regex>

#include "ecosys/report/checksum.hpp"

namespace ecosys::detail {

namespace {

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    std::string out;
    out.reserve(s.size());
    std::size_t at = 0;
    for (std::size_t hit; (hit = s.find(from, at)) != std::string::npos; at = hit + from.size()) {
        out.append(s, at, hit - at);
        out += to;
    }
    out.append(s, at, std::string::npos);
    return out;
}

std::string base64(const std::string& bytes) {
    static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                           static_cast<unsigned char>(bytes[i + 2]);
        out += table[(v >> 18) & 63], out += table[(v >> 12) & 63], out += table[(v >> 6) & 63], out += table[v & 63];
    }
    if (i + 1 == bytes.size()) {
        const unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        out += table[(v >> 18) & 63], out += table[(v >> 12) & 63], out += "==";
    } else if (i + 2 == bytes.size()) {
        const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
        out += table[(v >> 18) & 63], out += table[(v >> 12) & 63], out += table[(v >> 6) & 63], out += '=';
    }
    return out;
}


}  // namespace

std::string csp_hash(std::string_view script) {
    const std::string hex = sha256_hex(script);
    std::string bytes;
    for (std::size_t i = 0; i < hex.size(); i += 2) bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    return "'sha256-" + base64(bytes) + "'";
}


std::string inline_svg(std::string_view svg, std::string_view prefix) {
    // Comments first: Graphviz writes node names into them. One pass, copying what lies
    // between them (erasing each in place was quadratic: minutes on a 38 MB diagram).
    std::string s;
    s.reserve(svg.size());
    for (std::size_t at = 0;;) {
        const std::size_t open = svg.find("<!--", at);
        if (open == std::string_view::npos) {
            s.append(svg.substr(at));
            break;
        }
        s.append(svg.substr(at, open - at));
        const std::size_t close = svg.find("-->", open + 4);
        if (close == std::string_view::npos) break;
        at = close + 3;
    }
    const std::size_t start = s.find("<svg");
    if (start == std::string::npos) return {};
    s.erase(0, start);
    const std::string p(prefix);
    s = replace_all(std::move(s), " id=\"", " id=\"" + p);
    s = replace_all(std::move(s), "href=\"#", "href=\"#" + p);
    s = replace_all(std::move(s), "url(#", "url(#" + p);
    // The root's fixed size in points: keep it as the largest size, scale down to fit.
    const std::size_t root_end = s.find('>');
    std::string root = s.substr(0, root_end);
    std::smatch m;
    std::string width;
    if (std::regex_search(root, m, std::regex(R"re( width="([0-9.]+)pt")re"))) width = m[1];
    root = std::regex_replace(root, std::regex(R"re( (width|height)="[^"]*")re"), "");
    root += " class=\"diagram\" role=\"img\"";
    if (!width.empty()) root += " style=\"max-width:" + width + "pt\"";
    return root + s.substr(root_end);
}

}  // namespace ecosys::detail
