#include "render/svg_titles.hpp"

#include <charconv>
#include <cstdint>

#include "render/label_text.hpp"
#include "util/text.hpp"

namespace ecosys::render::detail {

std::string decode_xml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out += text[i];
            continue;
        }
        std::size_t semi = text.find(';', i);
        if (semi == std::string_view::npos) {
            out += text[i];
            continue;
        }
        std::string_view ref = text.substr(i + 1, semi - i - 1);
        if (ref == "amp") out += '&';
        else if (ref == "lt") out += '<';
        else if (ref == "gt") out += '>';
        else if (ref == "quot") out += '"';
        else if (ref == "apos") out += '\'';
        else if (ref.size() > 1 && ref[0] == '#') {
            bool hex = ref[1] == 'x' || ref[1] == 'X';
            std::string_view digits = ref.substr(hex ? 2 : 1);
            std::uint32_t cp = 0;
            auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
            if (ec != std::errc() || end != digits.data() + digits.size() || cp > 0x10FFFF) {
                out += text[i];
                continue;
            }
            ecosys::detail::append_utf8(out, static_cast<char32_t>(cp));
        } else {
            out += text[i];
            continue;
        }
        i = semi;
    }
    return out;
}

std::string replace_titles(std::string_view svg, const std::unordered_map<std::string, std::string>& titles,
                           std::string_view graph_title) {
    static constexpr std::string_view group_open = "<g id=\"";
    static constexpr std::string_view title_open = "<title>";
    static constexpr std::string_view title_close = "</title>";
    std::string out;
    out.reserve(svg.size() + svg.size() / 4);
    std::size_t pos = 0;
    while (true) {
        std::size_t g = svg.find(group_open, pos);
        if (g == std::string_view::npos) break;
        std::size_t id_start = g + group_open.size();
        std::size_t id_end = svg.find('"', id_start);
        std::size_t tag_end = id_end == std::string_view::npos ? id_end : svg.find('>', id_end);
        if (tag_end == std::string_view::npos) break;
        // The title must follow the group's start tag, with only white space between.
        std::size_t t = tag_end + 1;
        while (t < svg.size() && (svg[t] == '\n' || svg[t] == ' ')) ++t;
        std::size_t t_end = svg.substr(t, title_open.size()) == title_open ? svg.find(title_close, t) : std::string_view::npos;
        if (t_end == std::string_view::npos) {
            out.append(svg.substr(pos, tag_end + 1 - pos));
            pos = tag_end + 1;
            continue;
        }
        std::string id = decode_xml(svg.substr(id_start, id_end - id_start));
        const std::string* replacement = nullptr;
        std::string graph;
        if (auto it = titles.find(id); it != titles.end()) replacement = &it->second;
        else if (id == "graph0") graph = std::string(graph_title), replacement = &graph;
        out.append(svg.substr(pos, t + title_open.size() - pos));
        if (replacement) out += xml_text(*replacement);
        else out.append(svg.substr(t + title_open.size(), t_end - t - title_open.size()));
        pos = t_end;
    }
    out.append(svg.substr(pos));
    return out;
}

}  // namespace ecosys::render::detail
