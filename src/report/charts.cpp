#include "report/charts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "report/html.hpp"
#include "util/table.hpp"

namespace ecosys::detail {

namespace {

std::string fixed(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", x);
    return buf;
}

}  // namespace

namespace {

/// `v` for a reader with `significant` digits: from 1,000 on with thousands separators
/// and no exponent ("121,300", "12,345.6"), else as %g. With `short_small`, a value
/// below 0.001 as "5.05e-18": short enough for a chart's value column, which cut
/// "5.046e-18" to "5.046e-1".
std::string number_for_reader(double v, int significant, bool short_small) {
    char buf[64];
    const double a = std::fabs(v);
    if (std::isfinite(v) && a >= 999.5 && a < 1e15) {
        const int whole_digits = static_cast<int>(std::floor(std::log10(a))) + 1;
        std::snprintf(buf, sizeof buf, "%.*f", std::max(0, significant - whole_digits), a);
        std::string text = buf, fraction;
        if (const std::size_t point = text.find('.'); point != std::string::npos) {
            fraction = text.substr(point);
            text.erase(point);
            while (!fraction.empty() && (fraction.back() == '0' || fraction.back() == '.')) fraction.pop_back();
        }
        std::string grouped;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (i > 0 && (text.size() - i) % 3 == 0) grouped += ',';
            grouped += text[i];
        }
        return (v < 0 ? "-" : "") + grouped + fraction;
    }
    if (short_small && v != 0 && std::isfinite(v) && a < 1e-3) {
        std::snprintf(buf, sizeof buf, "%.2e", v);
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%.*g", significant, v);
    return buf;
}

}  // namespace

std::string readable_number(std::optional<double> x) { return x ? number_for_reader(*x, 4, true) : "–"; }

std::string precise_number(double x) { return number_for_reader(x, 6, false); }

std::string bar_chart_svg(std::string_view title, const std::vector<Bar>& bars, std::optional<double> reference,
                          Language language) {
    constexpr double width = 330, label_width = 118, value_width = 56, row = 18;
    // With a reference, its label ("all 0.21") gets a line of its own under the title:
    // drawn in the title's line it overprinted long titles.
    const double top = reference ? 38 : 22;
    const double plot_left = label_width, plot_width = width - label_width - value_width;
    double lo = 0, hi = 0;
    for (const Bar& b : bars)
        if (b.value) lo = std::min(lo, *b.value), hi = std::max(hi, *b.value);
    if (reference) lo = std::min(lo, *reference), hi = std::max(hi, *reference);
    if (hi == lo) hi = lo + 1;
    const auto x = [&](double v) { return plot_left + (v - lo) / (hi - lo) * plot_width; };
    const double height = top + row * static_cast<double>(bars.size()) + 8;

    std::string out = "<svg class=\"chart\" viewBox=\"0 0 " + fixed(width) + " " + fixed(height) + "\" width=\"" +
                      fixed(width) + "\" height=\"" + fixed(height) + "\" role=\"img\" aria-label=\"" +
                      html_escape(title) + "\">";
    out += "<text class=\"chart-title\" x=\"0\" y=\"14\">" + html_escape(title) + "</text>";
    out += "<line class=\"axis\" x1=\"" + fixed(x(0)) + "\" x2=\"" + fixed(x(0)) + "\" y1=\"" + fixed(top - 4) +
           "\" y2=\"" + fixed(height - 4) + "\"/>";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        const double y = top + row * static_cast<double>(i);
        std::string item = "<text class=\"bar-label\" x=\"" + fixed(label_width - 6) + "\" y=\"" + fixed(y + 12) +
                           "\">" + html_escape(shorten(b.label, 18)) + "<title>" + html_escape(b.label) +
                           "</title></text>";
        if (b.value) {
            const double x0 = x(std::min(0.0, *b.value)), x1 = x(std::max(0.0, *b.value));
            item += "<rect class=\"bar\" x=\"" + fixed(x0) + "\" y=\"" + fixed(y + 3) + "\" width=\"" +
                    fixed(std::max(x1 - x0, 0.5)) + "\" height=\"" + fixed(row - 6) + "\"><title>" +
                    html_escape(b.label) + ": " + readable_number(b.value) + "</title></rect>";
        }
        item += "<text class=\"bar-value\" x=\"" + fixed(width - value_width + 4) + "\" y=\"" + fixed(y + 12) + "\">" +
                readable_number(b.value) + "</text>";
        if (!b.target.empty()) item = "<a href=\"#" + html_escape(b.target) + "\">" + item + "</a>";
        out += item;
    }
    if (reference) {
        out += "<line class=\"reference\" x1=\"" + fixed(x(*reference)) + "\" x2=\"" + fixed(x(*reference)) +
               "\" y1=\"" + fixed(top - 6) + "\" y2=\"" + fixed(height - 4) + "\"><title>" + std::string(tr(language, "whole network: ", "ネットワーク全体：")) +
               readable_number(reference) + "</title></line>";
        out += "<text class=\"reference-label\" x=\"" + fixed(x(*reference)) + "\" y=\"" + fixed(top - 8) +
               "\">" + std::string(tr(language, "all ", "全体 ")) + readable_number(reference) + "</text>";
    }
    return out + "</svg>";
}

std::string heat_map_html(const std::vector<SectorLabel>& sectors, const std::vector<std::vector<std::size_t>>& ties,
                          const std::vector<std::vector<std::optional<double>>>& density, Language language) {
    std::string out = "<table class=\"heat\"><thead><tr><th></th>";
    for (const SectorLabel& s : sectors)
        out += "<th scope=\"col\"><span style=\"color:" + html_escape(s.color) + "\">" + html_escape(s.glyph) +
               "</span> " + html_escape(s.label) + "</th>";
    out += "</tr></thead><tbody>";
    for (std::size_t a = 0; a < sectors.size(); ++a) {
        out += "<tr><th scope=\"row\"><span style=\"color:" + html_escape(sectors[a].color) + "\">" +
               html_escape(sectors[a].glyph) + "</span> " + html_escape(sectors[a].label) + "</th>";
        for (std::size_t b = 0; b < sectors.size(); ++b) {
            const std::optional<double> d = density[a][b];
            if (!d) {
                out += "<td class=\"impossible\" title=\"" + std::string(tr(language, "no possible pair", "ペアがありえない")) + "\">–</td>";
                continue;
            }
            const double shade = std::sqrt(std::clamp(*d, 0.0, 1.0));
            const int level = static_cast<int>(std::lround(255 - shade * 200));  // 255 white .. 55 dark
            const bool dark = shade > 0.55;
            std::string cls = ties[a][b] == 0 ? " class=\"missing\"" : "";
            char colour[32];
            std::snprintf(colour, sizeof colour, "rgb(%d,%d,%d)", level, level + (255 - level) / 4, 255);
            out += "<td" + cls + " style=\"background:" + colour + (dark ? ";color:#fff" : "") + "\" title=\"" +
                   html_escape(sectors[a].label) + " – " + html_escape(sectors[b].label) + ": " +
                   count_text(language, ties[a][b]) + std::string(tr(language, " ties, density ", " 本、密度 ")) + readable_number(d) + "\">" +
                   count_text(language, ties[a][b]) + "</td>";
        }
        out += "</tr>";
    }
    return out + "</tbody></table>";
}

std::string sector_mix_html(const std::vector<SectorLabel>& sectors, const std::vector<std::size_t>& actors, Language language) {
    std::size_t total = 0;
    for (std::size_t n : actors) total += n;
    std::string bar = "<div class=\"mix-bar\">", legend = "<ul class=\"mix-legend\">";
    for (std::size_t i = 0; i < sectors.size(); ++i) {
        const double share = total ? static_cast<double>(actors[i]) / static_cast<double>(total) : 0.0;
        if (actors[i] > 0)
            bar += "<span style=\"width:" + fixed(share * 100) + "%;background:" + html_escape(sectors[i].color) +
                   "\" title=\"" + html_escape(sectors[i].label) + ": " + count_text(language, actors[i]) + "\"></span>";
        legend += "<li><span style=\"color:" + html_escape(sectors[i].color) + "\">" + html_escape(sectors[i].glyph) +
                  "</span> " + html_escape(sectors[i].label) + " " +
                  (language == Language::ja ? count_text(language, actors[i], "者") : count_text(language, actors[i])) + " (" +
                  fixed(share * 100) + " %)</li>";
    }
    return bar + "</div>" + legend + "</ul>";
}

}  // namespace ecosys::detail
