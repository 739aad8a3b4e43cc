// ecosys info NETWORK: what a network holds.

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "ecosys/model/year_text.hpp"
#include "cli/selection_options.hpp"
#include "ecosys/analysis/network_summary.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

namespace {

struct InfoOptions {
    std::string path;
    std::string format = "text";
    LanguageOptions language;
    bool quiet = false;
    SelectionGiven selection;
};

std::string pad(const std::string& s, std::size_t width) {
    std::size_t w = detail::display_width(s);
    return s + std::string(w < width ? width - w : 0, ' ');
}

void run_info(const InfoOptions& opt) {
    const Language lang = opt.language.language(opt.format);  // usage errors before any work
    const bool ja = lang == Language::ja;
    const auto T = [lang](std::string_view en, std::string_view jp) { return say(lang, en, jp); };
    const Selection selection = opt.selection.selection();
    const auto year = [&](int y) { return year_text(y, lang, selection.fiscal_years, opt.language.era); };
    LoadResult loaded = load_selected(opt.path, opt.quiet, selection);
    const Network& net = loaded.network;

    const NetworkSummary summary = summarize(net);
    if (opt.format == "json") {
        emit(summary_json(net, summary, opt.path, loaded.warnings.size()).dump(2) + "\n", "");
        return;
    }

    std::ostringstream out;
    // For people: names are shown with their controls escaped (util/text.hpp visible()).
    if (ja) {
        const auto label = [](std::string text) {  // padded to 20 columns (a kanji or kana takes two)
            return text + std::string(20 - std::min<std::size_t>(18, detail::display_width(text)), ' ');
        };
        out << label("ネットワーク") << detail::heading_text(net.name) << "  (" << detail::visible(opt.path) << ")\n";
        out << label("アクター") << count_text(lang, summary.actors, "件") << "\n";
        out << label("紐帯") << count_text(lang, summary.ties, "本") << "  (有向 " << count_text(lang, summary.directed_ties, "本")
            << "、地域をまたぐもの " << count_text(lang, summary.cross_region_ties, "本");
        if (summary.self_loops) out << "、自己ループ " << count_text(lang, summary.self_loops, "本");
        out << ")\n";
        out << label("紐帯ペア") << count_text(lang, summary.tied_pairs, "組")
            << "  (紐帯か共同プロジェクトで結ばれたアクターのペア、指標はこれを数える)\n";
        out << label("プロジェクト") << count_text(lang, summary.projects, "件") << "  (参加 " << count_text(lang, summary.participations, "件")
            << ")\n";
        out << label(selection.fiscal_years ? "年度" : "年") << (summary.first_year ? year(*summary.first_year) + "–" + year(*summary.last_year) : "記載なし") << "\n";
    } else {
        out << "network    " << detail::heading_text(net.name) << "  (" << detail::visible(opt.path) << ")\n";
        out << "actors     " << summary.actors << "\n";
        out << "ties       " << summary.ties << "  (" << summary.directed_ties << " directed, " << summary.cross_region_ties
            << " across regions";
        if (summary.self_loops) out << ", " << summary.self_loops << " self-loops";
        out << ")\n";
        out << "tied pairs " << summary.tied_pairs
            << "  (pairs of actors joined by a tie or a shared project; metrics count these)\n";
        out << "projects   " << summary.projects << "  (" << summary.participations << " participations)\n";
        out << "years      "
            << (summary.first_year ? year(*summary.first_year) + "-" + year(*summary.last_year) : "none given")
            << "\n";
    }

    auto table = [&](const std::string& title, const NetworkSummary::Counts& c, auto label_of) {
        if (c.empty()) return;
        std::size_t width = 0;
        // Keys (region ids, tie types) and labels cut to 40 columns, as in the other tables.
        auto cell = [](const std::string& text) { return detail::visible(detail::cell_text(text)); };
        for (const auto& [k, n] : c) width = std::max(width, detail::display_width(cell(k)));
        out << "\n" << title << "\n";
        for (const auto& [k, n] : c) {
            std::string label = cell(label_of(k));
            out << "  " << pad(cell(k), width) << "  " << std::string(8 - std::min<std::size_t>(8, std::to_string(n).size()), ' ')
                << n << (label.empty() ? "" : "  " + label) << "\n";
        }
    };
    table(T("actors per sector", "セクターごとのアクター"), summary.sectors, [&](const std::string& k) {
        const Sector* s = net.find_sector(k);
        return s && s->label != k ? s->label : std::string();
    });
    table(T("actors per region", "地域ごとのアクター"), summary.regions, [&](const std::string& k) {
        const Region* r = net.find_region(k);
        return r && r->name != k ? r->name : std::string();
    });
    table(T("ties per type", "種類ごとの紐帯"), summary.tie_types, [](const std::string&) { return std::string(); });
    table(T("projects per type", "種類ごとのプロジェクト"), summary.project_types, [](const std::string&) { return std::string(); });
    const std::vector<YearCount> per_year = counts_per_year(net);
    if (!per_year.empty()) {
        const std::vector<YearCount> far = outlying_years(per_year, 5);
        out << (ja ? (selection.fiscal_years ? "\n年度ごとの紐帯とプロジェクト (開始年度)\n" : "\n年ごとの紐帯とプロジェクト (開始年)\n")
                   : "\nties and projects per year (by start year)\n");
        for (const YearCount& y : per_year) {
            const bool outlier = std::any_of(far.begin(), far.end(), [&](const YearCount& f) { return f.year == y.year; });
            out << "  " << year(y.year) << "  " << std::string(8 - std::min<std::size_t>(8, std::to_string(y.ties).size()), ' ') << y.ties
                << T(" ties  ", " 本  ") << std::string(6 - std::min<std::size_t>(6, std::to_string(y.projects).size()), ' ') << y.projects
                << T(" projects", " 件")
                << (outlier ? T("  <- more than 5 years from any other year: check it", "  <- 他のどの年とも5年以上離れている: 確認を") : "")
                << "\n";
        }
    }
    if (!summary.programmes.empty()) {
        // Amounts for people: 1.10 bn, 318.0 M, 12,500.
        const auto money = [](double x) {
            char buf[48];
            if (x >= 1e9) std::snprintf(buf, sizeof buf, "%.2f bn", x / 1e9);
            else if (x >= 1e6) std::snprintf(buf, sizeof buf, "%.1f M", x / 1e6);
            else std::snprintf(buf, sizeof buf, "%.0f", x);
            return std::string(buf);
        };
        detail::TextTable t({T("programme", "事業"), T("projects", "プロジェクト"), T("participants", "参加者"), T("funding", "助成額"),
                             T("regions", "地域"), T("name", "名称")});
        for (std::size_t c = 1; c <= 3; ++c) t.align_right(c);
        for (const NetworkSummary::ProgrammeSummary& g : summary.programmes) {
            std::string regions;
            for (std::size_t i = 0; i < g.regions.size() && i < 5; ++i) regions += (i ? ", " : "") + detail::cell_text(g.regions[i]);
            if (g.regions.size() > 5) regions += " +" + std::to_string(g.regions.size() - 5);
            t.add({detail::cell_text(g.id), std::to_string(g.projects), std::to_string(g.participants),
                   g.funded_participations ? money(g.funding) : "-", regions, g.name == g.id ? "" : detail::cell_text(g.name)});
        }
        out << T("\nprogrammes", "\n事業") << (net.currency.empty() ? "" : T(" (funding in ", " (助成額の通貨 ") + detail::visible(net.currency) + ")") << "\n"
            << t.str("  ");
    }
    if (!loaded.warnings.empty())
        out << "\n" << loaded.warnings.size() << T(" warning(s); run 'ecosys validate' to list them\n", " 件の警告、一覧は 'ecosys validate' で\n");
    emit(out.str(), "");
}

}  // namespace

void setup_info(CLI::App& app) {
    auto opt = std::make_shared<InfoOptions>();
    CLI::App* cmd = app.add_subcommand("info", "Summarise a network: actors per sector and region, ties per type, years, projects");
    add_network_argument(cmd, opt->path);
    add_format_option(cmd, opt->format, {"text", "json"}, "Output format");
    opt->language.add(cmd, false, true);
    add_quiet_flag(cmd, opt->quiet);
    add_selection_options(cmd, opt->selection);
    cmd->callback([opt] { run_info(*opt); });
}

}  // namespace ecosys::cli
