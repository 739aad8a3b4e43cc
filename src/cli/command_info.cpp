// ecosys info NETWORK: what a network holds.

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/selection_options.hpp"
#include "ecosys/analysis/network_summary.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

namespace {

struct InfoOptions {
    std::string path;
    std::string format = "text";
    bool quiet = false;
    SelectionGiven selection;
};

std::string pad(const std::string& s, std::size_t width) {
    std::size_t w = detail::display_width(s);
    return s + std::string(w < width ? width - w : 0, ' ');
}

void run_info(const InfoOptions& opt) {
    LoadResult loaded = load_selected(opt.path, opt.quiet, opt.selection.selection());
    const Network& net = loaded.network;

    const NetworkSummary summary = summarize(net);
    if (opt.format == "json") {
        emit(summary_json(net, summary, opt.path, loaded.warnings.size()).dump(2) + "\n", "");
        return;
    }

    std::ostringstream out;
    // For people: names are shown with their controls escaped (util/text.hpp visible()).
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
        << (summary.first_year ? std::to_string(*summary.first_year) + "-" + std::to_string(*summary.last_year) : "none given")
        << "\n";

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
    table("actors per sector", summary.sectors, [&](const std::string& k) {
        const Sector* s = net.find_sector(k);
        return s && s->label != k ? s->label : std::string();
    });
    table("actors per region", summary.regions, [&](const std::string& k) {
        const Region* r = net.find_region(k);
        return r && r->name != k ? r->name : std::string();
    });
    table("ties per type", summary.tie_types, [](const std::string&) { return std::string(); });
    table("projects per type", summary.project_types, [](const std::string&) { return std::string(); });
    const std::vector<YearCount> per_year = counts_per_year(net);
    if (!per_year.empty()) {
        const std::vector<YearCount> far = outlying_years(per_year, 5);
        out << "\nties and projects per year (by start year)\n";
        for (const YearCount& y : per_year) {
            const bool outlier = std::any_of(far.begin(), far.end(), [&](const YearCount& f) { return f.year == y.year; });
            out << "  " << y.year << "  " << std::string(8 - std::min<std::size_t>(8, std::to_string(y.ties).size()), ' ') << y.ties
                << " ties  " << std::string(6 - std::min<std::size_t>(6, std::to_string(y.projects).size()), ' ') << y.projects
                << " projects" << (outlier ? "  <- more than 5 years from any other year: check it" : "") << "\n";
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
        detail::TextTable t({"programme", "projects", "participants", "funding", "regions", "name"});
        for (std::size_t c = 1; c <= 3; ++c) t.align_right(c);
        for (const NetworkSummary::ProgrammeSummary& g : summary.programmes) {
            std::string regions;
            for (std::size_t i = 0; i < g.regions.size() && i < 5; ++i) regions += (i ? ", " : "") + detail::cell_text(g.regions[i]);
            if (g.regions.size() > 5) regions += " +" + std::to_string(g.regions.size() - 5);
            t.add({detail::cell_text(g.id), std::to_string(g.projects), std::to_string(g.participants),
                   g.funded_participations ? money(g.funding) : "-", regions, g.name == g.id ? "" : detail::cell_text(g.name)});
        }
        out << "\nprogrammes" << (net.currency.empty() ? "" : " (funding in " + detail::visible(net.currency) + ")") << "\n"
            << t.str("  ");
    }
    if (!loaded.warnings.empty()) out << "\n" << loaded.warnings.size() << " warning(s); run 'ecosys validate' to list them\n";
    emit(out.str(), "");
}

}  // namespace

void setup_info(CLI::App& app) {
    auto opt = std::make_shared<InfoOptions>();
    CLI::App* cmd = app.add_subcommand("info", "Summarise a network: actors per sector and region, ties per type, years, projects");
    add_network_argument(cmd, opt->path);
    cmd->add_option("--format", opt->format, "Output format")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    cmd->add_flag("-q,--quiet", opt->quiet, "Do not print warnings about the input");
    add_selection_options(cmd, opt->selection);
    cmd->callback([opt] { run_info(*opt); });
}

}  // namespace ecosys::cli
