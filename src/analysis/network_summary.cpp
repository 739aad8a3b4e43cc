#include "ecosys/analysis/network_summary.hpp"

#include <climits>

#include <algorithm>
#include <unordered_set>

#include <algorithm>
#include <map>

#include "ecosys/graph/graph.hpp"

namespace ecosys {

namespace {

/// Counts in first-seen order.
struct Counter {
    std::vector<std::string> keys;
    std::map<std::string, std::size_t> counts;
    void declare(const std::string& key) {
        if (counts.emplace(key, 0).second) keys.push_back(key);
    }
    void add(const std::string& key) {
        declare(key);
        ++counts[key];
    }
    [[nodiscard]] NetworkSummary::Counts list() const {
        NetworkSummary::Counts out;
        for (const std::string& k : keys) out.emplace_back(k, counts.at(k));
        return out;
    }
};

nlohmann::ordered_json counts_json(const NetworkSummary::Counts& counts) {
    nlohmann::ordered_json o = nlohmann::ordered_json::object();
    for (const auto& [k, n] : counts) o[k] = n;
    return o;
}

}  // namespace

NetworkSummary summarize(const Network& net) {
    NetworkSummary s;
    Counter sectors, regions, tie_types, project_types;
    for (const Sector& sector : net.sectors) sectors.declare(sector.id);
    for (const Region& region : net.regions) regions.declare(region.id);
    for (const Actor& a : net.actors) {
        sectors.add(a.sector);
        regions.add(a.region.empty() ? "(none)" : a.region);
    }
    auto see_year = [&](std::optional<int> y) {
        if (!y) return;
        s.first_year = s.first_year ? std::min(*s.first_year, *y) : *y;
        s.last_year = s.last_year ? std::max(*s.last_year, *y) : *y;
    };
    for (const Tie& t : net.ties) {
        tie_types.add(t.type);
        s.directed_ties += t.directed;
        s.self_loops += t.source == t.target;
        s.cross_region_ties += net.actors[t.source].region != net.actors[t.target].region;
        see_year(t.year);
    }
    for (const Project& p : net.projects) {
        project_types.add(p.type.empty() ? "(no type)" : p.type);
        s.participations += p.participants.size();
        see_year(p.year);
    }
    s.actors = net.actors.size();
    s.ties = net.ties.size();
    s.tied_pairs = Graph::from_network(net).edge_count();
    s.projects = net.projects.size();
    s.sectors = sectors.list();
    s.regions = regions.list();
    s.tie_types = tie_types.list();
    s.project_types = project_types.list();
    // Programmes.
    std::vector<std::string> ids;
    for (const Programme& g : net.programmes) ids.push_back(g.id);
    for (const Project& p : net.projects)
        if (!p.programme.empty() && std::find(ids.begin(), ids.end(), p.programme) == ids.end()) ids.push_back(p.programme);
    for (const std::string& id : ids) {
        NetworkSummary::ProgrammeSummary g;
        g.id = id;
        const Programme* declared = net.find_programme(id);
        g.declared = declared != nullptr;
        g.name = declared ? declared->name : id;
        std::unordered_set<std::size_t> members;
        std::unordered_set<std::string> regions;
        for (const Project& p : net.projects) {
            if (p.programme != id) continue;
            ++g.projects;
            for (std::size_t k = 0; k < p.participants.size(); ++k) {
                members.insert(p.participants[k]);
                if (!net.actors[p.participants[k]].region.empty()) regions.insert(net.actors[p.participants[k]].region);
                if (const auto& f = p.participation(k).funding) {
                    ++g.funded_participations;
                    g.funding += *f;
                }
            }
        }
        g.participants = members.size();
        for (const Region& r : net.regions)
            if (regions.count(r.id)) g.regions.push_back(r.id);
        s.programmes.push_back(std::move(g));
    }
    return s;
}

nlohmann::ordered_json summary_json(const Network& network, const NetworkSummary& s, nlohmann::ordered_json source,
                                    std::size_t warnings) {
    nlohmann::ordered_json j;
    j["network"] = network.name;
    j["source"] = std::move(source);
    j["actors"] = s.actors;
    j["ties"] = s.ties;
    j["tied_pairs"] = s.tied_pairs;
    j["directed_ties"] = s.directed_ties;
    j["self_loops"] = s.self_loops;
    j["cross_region_ties"] = s.cross_region_ties;
    j["projects"] = s.projects;
    j["participations"] = s.participations;
    j["years"] = s.first_year ? nlohmann::ordered_json{*s.first_year, *s.last_year} : nlohmann::ordered_json(nullptr);
    const std::vector<YearCount> per_year = counts_per_year(network);
    nlohmann::ordered_json years = nlohmann::ordered_json::array(), outlying = nlohmann::ordered_json::array();
    for (const YearCount& y : per_year) years.push_back({{"year", y.year}, {"ties", y.ties}, {"projects", y.projects}});
    for (const YearCount& y : outlying_years(per_year, 5)) outlying.push_back(y.year);
    j["per_year"] = std::move(years);
    j["outlying_years"] = std::move(outlying);
    j["sectors"] = counts_json(s.sectors);
    j["regions"] = counts_json(s.regions);
    j["tie_types"] = counts_json(s.tie_types);
    j["project_types"] = counts_json(s.project_types);
    if (!network.currency.empty()) j["currency"] = network.currency;
    if (!s.programmes.empty()) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const NetworkSummary::ProgrammeSummary& g : s.programmes)
            list.push_back({{"id", g.id}, {"name", g.name}, {"declared", g.declared}, {"projects", g.projects},
                            {"participants", g.participants}, {"funded_participations", g.funded_participations},
                            {"funding", g.funding}, {"regions", g.regions}});
        j["programmes"] = std::move(list);
    }
    j["warnings"] = warnings;
    return j;
}

std::vector<YearCount> counts_per_year(const Network& network) {
    std::map<int, YearCount> by_year;
    for (const Tie& t : network.ties)
        if (t.year) ++by_year[*t.year].ties;
    for (const Project& p : network.projects)
        if (p.year) ++by_year[*p.year].projects;
    std::vector<YearCount> out;
    for (auto& [year, c] : by_year) {
        c.year = year;
        out.push_back(c);
    }
    return out;
}

std::vector<YearCount> outlying_years(const std::vector<YearCount>& years, int gap) {
    std::vector<YearCount> out;
    if (years.size() < 3) return out;  // two years far apart are two periods, not an error
    for (std::size_t i = 0; i < years.size(); ++i) {
        const long before = i > 0 ? static_cast<long>(years[i].year) - years[i - 1].year : LONG_MAX;
        const long after = i + 1 < years.size() ? static_cast<long>(years[i + 1].year) - years[i].year : LONG_MAX;
        if (std::min(before, after) > gap) out.push_back(years[i]);
    }
    return out;
}

}  // namespace ecosys
