// ecosys info NETWORK: what a network holds.

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/selection_options.hpp"
#include "ecosys/graph/graph.hpp"
#include "util/text.hpp"

namespace ecosys::cli {

namespace {

struct InfoOptions {
    std::string path;
    std::string format = "text";
    bool quiet = false;
    SelectionGiven selection;
};

/// Counts in first-seen order, so sectors and regions keep the file's order.
struct Counter {
    std::vector<std::string> keys;
    std::map<std::string, std::size_t> counts;
    void add(const std::string& key) {
        if (counts[key]++ == 0) keys.push_back(key);
    }
};

std::string pad(const std::string& s, std::size_t width) {
    std::size_t w = detail::display_width(s);
    return s + std::string(w < width ? width - w : 0, ' ');
}

void run_info(const InfoOptions& opt) {
    LoadResult loaded = load_selected(opt.path, opt.quiet, opt.selection.selection());
    const Network& net = loaded.network;

    Counter sectors, regions, tie_types, project_types;
    for (const Sector& s : net.sectors) sectors.keys.push_back(s.id), sectors.counts[s.id] = 0;
    for (const Region& r : net.regions) regions.keys.push_back(r.id), regions.counts[r.id] = 0;
    for (const Actor& a : net.actors) {
        ++sectors.counts[a.sector];
        if (a.region.empty()) regions.add("(none)");
        else ++regions.counts[a.region];
    }
    std::size_t directed = 0, self_loops = 0, cross_region = 0;
    std::optional<int> first_year, last_year;
    auto see_year = [&](std::optional<int> y) {
        if (!y) return;
        first_year = first_year ? std::min(*first_year, *y) : *y;
        last_year = last_year ? std::max(*last_year, *y) : *y;
    };
    for (const Tie& t : net.ties) {
        tie_types.add(t.type);
        directed += t.directed;
        self_loops += t.source == t.target;
        cross_region += net.actors[t.source].region != net.actors[t.target].region;
        see_year(t.year);
    }
    // The pairs every metric reads: parallel ties and projects' ties collapsed (tied_pairs).
    const std::size_t tied_pairs = Graph::from_network(net).edge_count();
    std::size_t participations = 0;
    for (const Project& p : net.projects) {
        project_types.add(p.type.empty() ? "(no type)" : p.type);
        participations += p.participants.size();
        see_year(p.year);
    }

    if (opt.format == "json") {
        nlohmann::ordered_json j;
        j["network"] = net.name;
        j["source"] = opt.path;
        j["actors"] = net.actors.size();
        j["ties"] = net.ties.size();
        j["tied_pairs"] = tied_pairs;
        j["directed_ties"] = directed;
        j["self_loops"] = self_loops;
        j["cross_region_ties"] = cross_region;
        j["projects"] = net.projects.size();
        j["participations"] = participations;
        j["years"] = first_year ? nlohmann::ordered_json{*first_year, *last_year} : nlohmann::ordered_json(nullptr);
        auto obj = [](const Counter& c) {
            nlohmann::ordered_json o = nlohmann::ordered_json::object();
            for (const auto& k : c.keys) o[k] = c.counts.at(k);
            return o;
        };
        j["sectors"] = obj(sectors);
        j["regions"] = obj(regions);
        j["tie_types"] = obj(tie_types);
        j["project_types"] = obj(project_types);
        j["warnings"] = loaded.warnings.size();
        emit(j.dump(2) + "\n", "");
        return;
    }

    std::ostringstream out;
    // For people: names are shown with their controls escaped (util/text.hpp visible()).
    out << "network    " << detail::visible(net.name) << "  (" << detail::visible(opt.path) << ")\n";
    out << "actors     " << net.actors.size() << "\n";
    out << "ties       " << net.ties.size() << "  (" << directed << " directed, " << cross_region << " across regions";
    if (self_loops) out << ", " << self_loops << " self-loops";
    out << ")\n";
    out << "tied pairs " << tied_pairs << "  (pairs of actors joined by a tie or a shared project; metrics count these)\n";
    out << "projects   " << net.projects.size() << "  (" << participations << " participations)\n";
    out << "years      " << (first_year ? std::to_string(*first_year) + "-" + std::to_string(*last_year) : "none given") << "\n";

    auto table = [&](const std::string& title, const Counter& c, auto label_of) {
        if (c.keys.empty()) return;
        std::size_t width = 0;
        for (const auto& k : c.keys) width = std::max(width, detail::display_width(detail::visible(k)));
        out << "\n" << title << "\n";
        for (const auto& k : c.keys) {
            std::string label = detail::visible(label_of(k));
            out << "  " << pad(detail::visible(k), width) << "  " << std::string(8 - std::min<std::size_t>(8, std::to_string(c.counts.at(k)).size()), ' ')
                << c.counts.at(k) << (label.empty() ? "" : "  " + label) << "\n";
        }
    };
    table("actors per sector", sectors, [&](const std::string& k) {
        const Sector* s = net.find_sector(k);
        return s && s->label != k ? s->label : std::string();
    });
    table("actors per region", regions, [&](const std::string& k) {
        const Region* r = net.find_region(k);
        return r && r->name != k ? r->name : std::string();
    });
    table("ties per type", tie_types, [](const std::string&) { return std::string(); });
    table("projects per type", project_types, [](const std::string&) { return std::string(); });
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
