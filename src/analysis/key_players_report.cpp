#include "ecosys/analysis/key_players_report.hpp"

#include <algorithm>
#include <set>

#include "ecosys/error.hpp"
#include "util/text.hpp"

namespace ecosys {

std::string to_string(KeyPlayerGoal goal) { return goal == KeyPlayerGoal::fragment ? "fragment" : "reach"; }

namespace {

/// Whether actor `a` may be chosen under --candidates `value` (its role or its sector).
bool is_candidate(const Actor& a, const std::string& value) { return value.empty() || a.role == value || a.sector == value; }

void check_candidates(const Network& net, const std::string& value) {
    if (value.empty()) return;
    std::set<std::string> names;
    for (const Actor& a : net.actors)
        if (!a.role.empty()) names.insert(a.role);
    for (const Sector& s : net.sectors) names.insert(s.id);
    if (names.count(value)) return;
    throw UsageError(detail::unknown_name_message("role or sector", value, {names.begin(), names.end()},
                                                  "roles and sectors in this network"));
}

}  // namespace

KeyPlayersReport compute_key_players(AnalysisCache& cache, const KeyPlayersRequest& request) {
    const Network& net = cache.network();
    check_candidates(net, request.candidates);
    if (request.k == 0) throw UsageError("--k must be at least 1");
    const auto total = static_cast<std::size_t>(std::count_if(
        net.actors.begin(), net.actors.end(), [&](const Actor& a) { return is_candidate(a, request.candidates); }));
    if (request.k > total)
        throw UsageError("--k " + std::to_string(request.k) + " is larger than the " + std::to_string(total) +
                         " candidates" + (request.candidates.empty() ? "" : " ('" + request.candidates + "')") +
                         " of the network; choose at most " + std::to_string(total));
    if (request.radius == 0) throw UsageError("--radius must be at least 1");
    std::vector<std::string> ids = request.regions;
    if (ids.empty()) ids.push_back("*");
    for (const std::string& id : ids) (void)cache.scope(id);  // unknown regions fail before any search

    KeyPlayersReport report;
    report.network = net.name;
    report.goal = request.goal;
    report.k = request.k;
    report.radius = request.radius;
    report.candidates = request.candidates;
    for (const std::string& id : ids) {
        ScopeAnalysis& scope = cache.scope(id);
        const Graph& g = scope.graph();
        KeyPlayersRow row;
        row.id = id;
        row.actors = g.vertex_count();
        KeyPlayerOptions options;
        options.k = request.k;
        options.goal = request.goal;
        options.radius = request.radius;
        options.seed = cache.options().seed;
        options.restarts = request.restarts;
        options.exact_budget = request.exact_budget;
        options.exact_limit = request.exact_limit;
        for (Graph::Vertex v = 0; v < g.vertex_count(); ++v)
            if (is_candidate(net.actors[g.actor(v)], request.candidates)) options.candidates.push_back(v);
        row.candidates = options.candidates.size();
        if (row.actors < request.k) {
            row.note = "region has " + std::to_string(row.actors) + " actors, fewer than k = " + std::to_string(request.k);
        } else if (row.candidates < request.k) {
            row.note = "region has " + std::to_string(row.candidates) + " candidates ('" + request.candidates +
                       "'), fewer than k = " + std::to_string(request.k);
        } else {
            KeyPlayers kp(g, std::move(options));
            kp.set_distribution(cache.options().distribution);  // under mpirun: the restarts shared
            kp.run();
            for (Graph::Vertex v : kp.set()) row.set.push_back(net.actors[g.actor(v)].id);
            row.score = kp.score();
            row.exact = kp.exact();
            row.upper_bound = kp.upper_bound();
            row.restarts = kp.restarts_run();
            row.restarts_at_best = kp.restarts_at_best();
            row.worst_restart_score = kp.worst_restart_score();
        }
        report.regions.push_back(std::move(row));
    }
    return report;
}

}  // namespace ecosys
