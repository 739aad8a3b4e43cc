#include "ecosys/analysis/selection.hpp"

#include "ecosys/model/year_text.hpp"

#include <charconv>
#include <deque>
#include <set>

#include "ecosys/error.hpp"
#include "ecosys/metrics/components.hpp"
#include "ecosys/metrics/core_number.hpp"
#include "ecosys/model/removal.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

std::optional<int> parse_year(std::string_view text) {
    int year = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
    return year;
}

/// The network with only the actors marked in `keep` (projects left without a
/// participant go too); everything else as apply_removal keeps it.
Network keep_only(const Network& network, const std::vector<bool>& keep) {
    Removal removal;
    for (std::size_t i = 0; i < network.actors.size(); ++i)
        if (!keep[i]) removal.actors.push_back(network.actors[i].id);
    if (removal.actors.empty()) return network;
    Network out = apply_removal(network, removal).network;
    std::erase_if(out.projects, [](const Project& p) { return p.participants.empty(); });
    return out;
}

/// Vertices within `radius` steps of `from` (breadth-first).
std::vector<bool> within(const Graph& graph, Graph::Vertex from, std::size_t radius) {
    std::vector<std::size_t> distance(graph.vertex_count(), static_cast<std::size_t>(-1));
    std::deque<Graph::Vertex> queue{from};
    distance[from] = 0;
    while (!queue.empty()) {
        const Graph::Vertex v = queue.front();
        queue.pop_front();
        if (distance[v] == radius) continue;
        for (Graph::Vertex w : graph.neighbours(v))
            if (distance[w] == static_cast<std::size_t>(-1)) {
                distance[w] = distance[v] + 1;
                queue.push_back(w);
            }
    }
    std::vector<bool> out(graph.vertex_count());
    for (std::size_t v = 0; v < out.size(); ++v) out[v] = distance[v] != static_cast<std::size_t>(-1);
    return out;
}

/// `keep` over vertices of from_network(network) is over actors: vertex v is actor v.
std::vector<bool> by_actor(const Graph& graph, const std::vector<bool>& by_vertex, std::size_t actors) {
    std::vector<bool> out(actors, false);
    for (Graph::Vertex v = 0; v < graph.vertex_count(); ++v) out[graph.actor(v)] = by_vertex[v];
    return out;
}

}  // namespace

std::string YearWindow::to_string() const {
    if (from && to && *from == *to) return std::to_string(*from);
    return (from ? std::to_string(*from) : "") + "-" + (to ? std::to_string(*to) : "");
}

std::string YearWindow::text(Language language, bool fiscal, bool era) const {
    const auto year = [&](const std::optional<int>& y) { return y ? year_text(*y, language, fiscal, era) : std::string(); };
    if (from && to && *from == *to) return year(from);
    return year(from) + (language == Language::ja ? "–" : "-") + year(to);
}

YearWindow parse_year_window(std::string_view text, std::string_view option) {
    const auto bad = [&](const std::string& why) -> UsageError {
        return UsageError(std::string(option) + " expects an inclusive window of years A-B, such as 2005-2010 (A- and -B "
                          "are open, A alone is one year); got " + detail::quote(text) + why);
    };
    YearWindow window;
    // A leading '-' is an open start ("-2010"), not a negative year.
    const std::size_t dash = text.find('-', 1);
    if (text.starts_with('-') && text.size() > 1) {
        window.to = parse_year(text.substr(1));
        if (!window.to) throw bad("");
        return window;
    }
    if (dash == std::string_view::npos) {
        window.from = window.to = parse_year(text);
        if (!window.from) throw bad("");
        return window;
    }
    window.from = parse_year(text.substr(0, dash));
    const std::string_view end = text.substr(dash + 1);
    if (!end.empty()) {
        window.to = parse_year(end);
        if (!window.to) throw bad("");
    }
    if (!window.from) throw bad("");
    if (window.to && *window.to < *window.from) throw bad(" (the window ends before it starts)");
    return window;
}

bool Selection::empty() const {
    return region.empty() && sectors.empty() && !years && ego.empty() && !k_core && !giant && !drop_isolates &&
           !fiscal_years;
}

std::string Selection::describe(Language language) const {
    const auto T = [language](std::string_view en, std::string_view ja) { return say(language, en, ja); };
    std::vector<std::string> parts;
    if (fiscal_years) parts.push_back(T("fiscal years", "年度"));
    if (!region.empty()) parts.push_back(T("region ", "地域 ") + region + (exact_region ? T(" (exact)", " (下位地域を除く)") : ""));
    if (!sectors.empty()) parts.push_back(T("sector ", "セクター ") + detail::join_alternatives(sectors, ", "));
    if (years) parts.push_back(T("years ", "年 ") + years->to_string() + (keep_isolates ? T(" (isolates kept)", " (孤立点を残す)") : ""));
    if (!ego.empty())
        parts.push_back(language == Language::ja ? ego + " から " + std::to_string(ego_radius) + " 歩以内"
                                                 : "within " + std::to_string(ego_radius) + " of " + ego);
    if (k_core) parts.push_back(std::to_string(*k_core) + T("-core", "-コア"));
    if (giant) parts.push_back(T("giant component", "最大連結成分"));
    if (drop_isolates) parts.push_back(T("no isolates", "孤立点を除く"));
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : T(", ", "、")) + p;
    return out;
}

void check_selection(const Network& network, const Selection& selection) {
    if (!selection.region.empty() && !network.find_region(selection.region)) {
        std::vector<std::string> ids;
        for (const Region& r : network.regions) ids.push_back(r.id);
        throw UsageError(detail::unknown_name_message("region", selection.region, ids, "regions in this network"));
    }
    for (const std::string& sector : selection.sectors)
        if (!network.find_sector(sector)) {
            std::vector<std::string> ids;
            for (const Sector& s : network.sectors) ids.push_back(s.id);
            throw UsageError(detail::unknown_name_message("sector", sector, ids, "sectors in this network"));
        }
    if (!selection.ego.empty()) (void)require_actor(network, selection.ego);
    if (selection.exact_region && selection.region.empty())
        throw UsageError("--exact-region needs --select-region (the region whose own actors to keep)");
}

std::vector<std::string> to_fiscal_years(Network& network) {
    std::size_t moved = 0, bare = 0;
    for (Tie& t : network.ties) {
        if (t.date) t.year = fiscal_year(*t.date), ++moved;
        else if (t.year) ++bare;
    }
    for (Project& p : network.projects) {
        if (p.date) p.year = fiscal_year(*p.date), ++moved;
        else if (p.year) ++bare;
        if (p.end_date) p.end_year = fiscal_year(*p.end_date);
        if (p.year && p.end_year && *p.end_year < *p.year) p.end_year = p.year;  // a bare end year before a dated start
    }
    std::vector<std::string> notes;
    std::string note = "years are Japanese fiscal years (April to March): " + std::to_string(moved) +
                       " ties and projects dated by day counted in their fiscal year";
    if (bare) note += "; " + std::to_string(bare) + " with a year but no day keep it, taken as their fiscal year";
    notes.push_back(note);
    return notes;
}

SelectionResult apply_selection(const Network& network, const Selection& selection) {
    if (selection.fiscal_years) {
        Network fiscal = network;
        std::vector<std::string> notes = to_fiscal_years(fiscal);
        fiscal.index();
        Selection rest = selection;
        rest.fiscal_years = false;
        SelectionResult result = apply_selection(fiscal, rest);
        if (rest.empty()) result.network = std::move(fiscal);
        notes.insert(notes.end(), result.notes.begin(), result.notes.end());
        result.notes = std::move(notes);
        return result;
    }
    check_selection(network, selection);
    SelectionResult result;
    if (selection.empty()) {
        result.network = network;
        return result;
    }
    const std::size_t n = network.actors.size();
    std::vector<bool> keep(n, true);

    // Parts that read the actors' own data, on the network as given.
    Network windowed = network;
    if (selection.years) {
        const YearWindow& w = *selection.years;
        const auto outside = [&](const std::optional<int>& y) { return y && !w.contains(*y); };
        std::vector<bool> had(n, false), has(n, false);
        std::size_t dated_inside = 0;
        for (const Tie& t : network.ties) {
            had[t.source] = had[t.target] = true;
            if (!outside(t.year)) has[t.source] = has[t.target] = true;
            if (t.year && w.contains(*t.year)) ++dated_inside;
        }
        for (const Project& p : network.projects)
            for (std::size_t a : p.participants) {
                had[a] = true;
                if (!outside(p.year)) has[a] = true;
                if (p.year && w.contains(*p.year)) ++dated_inside;
            }
        std::erase_if(windowed.ties, [&](const Tie& t) { return outside(t.year); });
        std::erase_if(windowed.projects, [&](const Project& p) { return outside(p.year); });
        windowed.index();
        if (!selection.keep_isolates)
            for (std::size_t i = 0; i < n; ++i) keep[i] = keep[i] && (!had[i] || has[i]);
        if (dated_inside == 0)
            result.notes.push_back("no tie or project is dated in the years " + w.to_string() +
                                   (selection.keep_isolates ? "" : "; the actors whose ties all fall outside are left out"));
    }
    if (!selection.region.empty()) {
        std::vector<bool> member(n, false);
        if (selection.exact_region) {
            for (std::size_t i = 0; i < n; ++i) member[i] = network.actors[i].region == selection.region;
        } else {
            for (std::size_t i : network.actors_in_region(selection.region)) member[i] = true;
        }
        for (std::size_t i = 0; i < n; ++i) keep[i] = keep[i] && member[i];
    }
    if (!selection.sectors.empty()) {
        const std::set<std::string> sectors(selection.sectors.begin(), selection.sectors.end());
        for (std::size_t i = 0; i < n; ++i) keep[i] = keep[i] && sectors.count(network.actors[i].sector);
    }
    Network current = keep_only(windowed, keep);

    // Structural parts, each on what the parts before it left.
    const auto narrow = [&](const std::vector<bool>& by_vertex, const Graph& graph) {
        current = keep_only(current, by_actor(graph, by_vertex, current.actors.size()));
    };
    if (!selection.ego.empty()) {
        const std::optional<std::size_t> ego = current.find_actor(selection.ego);
        if (!ego) {
            result.notes.push_back("the ego actor " + detail::quote(selection.ego) +
                                   " is left out by the other selection options, so nothing is selected");
            current = keep_only(current, std::vector<bool>(current.actors.size(), false));
        } else {
            const Graph graph = Graph::from_network(current, selection.graph);
            narrow(within(graph, static_cast<Graph::Vertex>(*ego), selection.ego_radius), graph);
        }
    }
    if (selection.k_core) {
        const Graph graph = Graph::from_network(current, selection.graph);
        CoreNumber core(graph);
        core.run();
        std::vector<bool> in(graph.vertex_count());
        for (std::size_t v = 0; v < in.size(); ++v) in[v] = core.scores()[v] >= *selection.k_core;
        narrow(in, graph);
        if (current.actors.empty())
            result.notes.push_back("no actor has " + std::to_string(*selection.k_core) + " or more ties inside the selection (empty " +
                                   std::to_string(*selection.k_core) + "-core)");
    }
    if (selection.giant && !current.actors.empty()) {
        const Graph graph = Graph::from_network(current, selection.graph);
        Components components(graph);
        components.run();
        std::vector<bool> in(graph.vertex_count());
        for (std::size_t v = 0; v < in.size(); ++v) in[v] = components.component_of()[v] == components.largest();
        narrow(in, graph);
    }
    if (selection.drop_isolates) {
        const Graph graph = Graph::from_network(current, selection.graph);
        std::vector<bool> in(graph.vertex_count());
        for (Graph::Vertex v = 0; v < in.size(); ++v) in[v] = graph.degree(v) > 0;
        narrow(in, graph);
    }
    current.index();
    result.network = std::move(current);
    return result;
}

}  // namespace ecosys
