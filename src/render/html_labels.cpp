#include "render/html_labels.hpp"

#include <algorithm>

#include "render/label_text.hpp"
#include "util/text.hpp"

namespace ecosys::render::detail {

namespace {

/// Lines of text, escaped, joined with line breaks.
std::string html_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) out += "<BR/>";
        out += html_text(lines[i]);
    }
    return out;
}

std::string marker_html(const LegendItem& item, double size) {
    return font_open(size * 1.25, item.color) + html_text(item.marker) + "</FONT>&#160;" + html_text(item.text);
}

}  // namespace

std::string font_open(double size, std::string_view color) {
    std::string out = "<FONT POINT-SIZE=\"" + format_number(size, 4) + "\"";
    if (!color.empty()) out += " COLOR=\"" + html_text(color) + "\"";
    return out + ">";
}

std::string legend_html(const Diagram& d, double scale) {
    const double title_size = 20 * scale, text_size = 12 * scale;
    const std::string row = "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" COLSPAN=\"2\">";
    const std::string end_row = "</TD></TR>";
    std::string out = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"" + format_number(2 * scale) + "\">";
    out += row + font_open(title_size) + "<B>" + html_lines(wrap_text(d.title, 70, 3)) + "</B></FONT>" + end_row;
    std::size_t start = 0;
    while (start < d.subtitle.size()) {
        std::size_t end = d.subtitle.find('\n', start);
        if (end == std::string::npos) end = d.subtitle.size();
        out += row + font_open(text_size, "#333333") + html_text(d.subtitle.substr(start, end - start)) + "</FONT>" + end_row;
        start = end + 1;
    }
    out += "<TR><TD COLSPAN=\"2\" HEIGHT=\"" + format_number(4 * scale) + "\"></TD></TR>";

    // Each row: a heading, then the items in a grid, as many a line as fit in about
    // 100 columns, so that they line up; the note below them.
    constexpr std::size_t line_columns = 100;
    for (const LegendRow& legend : d.legend) {
        out += "<TR><TD ALIGN=\"LEFT\" VALIGN=\"TOP\">" + font_open(text_size) + "<B>" + html_text(legend.heading) +
               "</B></FONT></TD><TD ALIGN=\"LEFT\">";
        std::size_t widest = 1;
        for (const LegendItem& item : legend.items)
            widest = std::max(widest, ecosys::detail::display_width(item.marker) + ecosys::detail::display_width(item.text) + 4);
        const std::size_t per_line = std::max<std::size_t>(1, std::min(legend.items.size(), line_columns / widest));
        out += "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"" + format_number(scale) + "\">";
        for (std::size_t i = 0; i < legend.items.size(); i += per_line) {
            out += "<TR>";
            for (std::size_t j = i; j < i + per_line; ++j) {
                out += "<TD ALIGN=\"LEFT\">";
                if (j < legend.items.size())
                    out += font_open(text_size) + marker_html(legend.items[j], text_size) + "&#160;&#160;</FONT>";
                out += "</TD>";
            }
            out += "</TR>";
        }
        if (!legend.note.empty())
            out += "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"" + std::to_string(per_line) + "\">" + font_open(text_size, "#333333") +
                   html_text(legend.note) + "</FONT></TD></TR>";
        out += "</TABLE></TD></TR>";
    }
    return out + "</TABLE>";
}

std::string node_label_html(const DiagramNode& node, double size) {
    std::string out =
        "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" BGCOLOR=\"#FFFFFFB8\"><TR><TD>" +
        font_open(size) + html_lines(node.label);
    if (!node.marks.empty()) {
        out += "<BR/>";
        for (std::size_t i = 0; i < node.marks.size(); ++i)
            out += (i ? "&#160;" : "") + font_open(size, node.marks[i].color) + html_text(node.marks[i].marker) + "</FONT>" +
                   html_text(node.marks[i].text);
    }
    return out + "</FONT></TD></TR></TABLE>";
}

std::string cluster_label_html(const DiagramGroup& group, double size) {
    return font_open(size, "#222222") + "<B>" + html_text(group.label) + "</B></FONT>";
}

std::string edge_label_html(const DiagramEdge& edge) {
    return "<TABLE BORDER=\"0\" CELLPADDING=\"1\" CELLSPACING=\"0\" BGCOLOR=\"#FFFFFFC0\"><TR><TD>" +
           font_open(10, "#333333") + html_text(edge.label) + "</FONT></TD></TR></TABLE>";
}

}  // namespace ecosys::render::detail
