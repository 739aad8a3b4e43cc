#include "ecosys/analysis/evaluation.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/analysis/registry.hpp"
#include "ecosys/error.hpp"
#include "ecosys/evaluation/did.hpp"
#include "ecosys/evaluation/survival.hpp"
#include "ecosys/model/incidence.hpp"
#include "analysis/region_values.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using detail::quote;

/// The programme's own years: declared, else the span of its projects' years.
std::optional<YearWindow> programme_years(const Network& network, const std::string& id) {
    if (const Programme* p = network.find_programme(id); p && p->from && p->to) return YearWindow{p->from, p->to};
    std::optional<int> lo, hi;
    for (const Project& p : network.projects) {
        if (p.programme != id || !p.year) continue;
        lo = lo ? std::min(*lo, *p.year) : *p.year;
        hi = hi ? std::max(*hi, *p.year) : *p.year;
    }
    if (!lo) return std::nullopt;
    return YearWindow{lo, hi};
}

/// Ties and projects dated inside `w`.
std::size_t dated_inside(const Network& network, const YearWindow& w) {
    std::size_t n = 0;
    for (const Tie& t : network.ties) n += t.year && w.contains(*t.year);
    for (const Project& p : network.projects) n += p.year && w.contains(*p.year);
    return n;
}

std::optional<double> as_real(const MetricValue* v) {
    if (!v) return std::nullopt;
    if (const auto* i = std::get_if<std::int64_t>(v)) return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(v)) return *d;
    return std::nullopt;
}

/// True when region `a` lies at or below region `b` (by parents).
bool within_region(const Network& network, const std::string& a, const std::string& b) {
    std::string at = a;
    for (std::size_t steps = 0; steps <= network.regions.size() && !at.empty(); ++steps) {
        if (at == b) return true;
        const Region* r = network.find_region(at);
        if (!r) return false;
        at = r->parent;
    }
    return false;
}

/// One window's values: region id -> (key -> value), and the actors of each region there.
struct WindowValues {
    std::map<std::string, std::map<std::string, std::optional<double>>> values;
    std::map<std::string, std::size_t> actors;
    std::vector<std::string> notes;
};

WindowValues window_values(const Network& network, const YearWindow& window, const std::vector<std::string>& regions,
                           const std::vector<std::string>& keys, const AnalysisOptions& analysis) {
    Selection selection;
    selection.years = window;
    selection.graph = analysis.graph;
    SelectionResult selected = apply_selection(network, selection);
    WindowValues out;
    out.notes = std::move(selected.notes);
    const Network& net = selected.network;
    std::vector<std::string> present;
    const RegionMembers members(net);  // once, not a pass over the network per region
    for (const std::string& r : regions) {
        if (!net.find_region(r)) continue;
        const std::size_t n = members.members(r).size();
        if (n == 0) continue;
        out.actors[r] = n;
        present.push_back(r);
    }
    if (present.empty()) return out;
    AnalysisCache cache(net, analysis);
    MetricsOptions options;
    options.only = keys;
    options.regions = present;
    options.include_whole = false;
    const MetricsReport report = compute_metrics(cache, options);
    const detail::RegionValues values(report);  // by id: not a search among all rows per region
    for (const std::string& r : present)
        for (const std::string& k : keys) out.values[r][k] = as_real(values(r, k));
    return out;
}

/// The estimate of one metric from the regions with both values; nullopt (and a note)
/// when a side has none.
std::optional<EvaluationMetric> estimate(const std::string& key, const std::vector<PanelRegion>& panel,
                                         const ProgrammeRequest& request, std::vector<std::string>& notes,
                                         const std::string& when) {
    std::size_t treated = 0, control = 0;
    for (const PanelRegion& r : panel) (r.treated ? treated : control) += 1;
    if (treated == 0 || control == 0) {
        notes.push_back("metric '" + key + "'" + when + " has no value in both windows for any " +
                        (treated == 0 ? "treated" : "control") + " region; it is left out");
        return std::nullopt;
    }
    const DidEstimate e = difference_in_differences(panel);
    const RandomizationTest test = randomization_test(panel, request.permutations, request.analysis.seed, request.exact_limit);
    EvaluationMetric m;
    m.key = key;
    m.label = std::string(find_metric(key)->label);
    m.treated_pre = e.treated_pre;
    m.treated_post = e.treated_post;
    m.control_pre = e.control_pre;
    m.control_post = e.control_post;
    m.did = e.did;
    m.p_value = test.p_value;
    m.exact = test.exact;
    m.assignments = test.assignments;
    m.treated_regions = treated;
    m.control_regions = control;
    return m;
}

void check_window(const Network& network, const YearWindow& w, const char* option) {
    if (!w.from || !w.to)
        throw UsageError(std::string(option) + " " + w.to_string() + " is open; give both years, e.g. 2014-2016");
    if (dated_inside(network, w) == 0)
        throw UsageError(std::string(option) + " " + w.to_string() +
                         " holds no dated tie or project of the network; choose years the data covers");
}

void check_regions(const Network& network, const std::vector<std::string>& ids, const char* option) {
    std::vector<std::string> known;
    for (const Region& r : network.regions) known.push_back(r.id);
    for (const std::string& id : ids)
        if (!network.find_region(id))
            throw UsageError(std::string(option) + ": " + detail::unknown_name_message("region", id, known, "regions"));
}

}  // namespace

const std::vector<std::string>& default_evaluation_keys() {
    static const std::vector<std::string> keys = {"density",         "tied_pairs",
                                                  "cross_sector_share", "openness",
                                                  "mean_clustering", "largest_component_share",
                                                  "funding_per_actor"};
    return keys;
}

std::vector<std::string> programme_ids(const Network& network) {
    std::vector<std::string> out;
    std::unordered_set<std::string> seen;
    for (const Programme& p : network.programmes)
        if (seen.insert(p.id).second) out.push_back(p.id);
    for (const Project& p : network.projects)
        if (!p.programme.empty() && seen.insert(p.programme).second) out.push_back(p.programme);
    return out;
}

Durability programme_durability(const Network& network, const std::string& programme) {
    // Joint activities of a pair: the dated projects both take part in and their dated
    // ties, each from its start year to its last year.
    struct Activity {
        int start = 0, end = 0;
        bool in_programme = false, project = false;
        const Project* source = nullptr;
        std::size_t a = 0, b = 0;  // a tie's two actors
    };
    std::vector<Activity> activities;
    Durability out;
    bool any = false;
    for (const Project& p : network.projects) {
        if (!p.year) continue;
        const int end = std::max(*p.year, p.last_year().value_or(*p.year));
        activities.push_back({*p.year, end, p.programme == programme, true, &p, 0, 0});
        out.last_year = any ? std::max(out.last_year, *p.year) : *p.year;
        any = true;
    }
    for (const Tie& t : network.ties) {
        if (!t.year || t.source == t.target) continue;
        activities.push_back({*t.year, *t.year, false, false, nullptr, t.source, t.target});
        out.last_year = any ? std::max(out.last_year, *t.year) : *t.year;
        any = true;
    }
    std::stable_sort(activities.begin(), activities.end(),
                     [](const Activity& x, const Activity& y) { return x.start < y.start; });

    struct Pair {
        int first = 0, origin = 0;     // first joint year, and the last year of the activities that began it
        int next = std::numeric_limits<int>::max();  // the next joint start after `first`
        bool programme = false, other_project = false;
    };
    std::unordered_map<std::uint64_t, Pair> pairs;
    const std::uint64_t n = network.actors.size();
    const auto visit = [&](std::size_t u, std::size_t v, const Activity& act) {
        if (u == v) return;
        if (u > v) std::swap(u, v);
        auto [it, fresh] = pairs.try_emplace(static_cast<std::uint64_t>(u) * n + v);
        Pair& p = it->second;
        if (fresh) {
            p.first = act.start;
            p.origin = act.end;
        } else if (act.start == p.first) {
            p.origin = std::max(p.origin, act.end);
        } else {
            p.next = std::min(p.next, act.start);
            return;
        }
        if (act.in_programme) p.programme = true;
        else if (act.project) p.other_project = true;
    };
    for (const Activity& act : activities) {
        if (!act.project) {
            visit(act.a, act.b, act);
            continue;
        }
        const std::vector<std::size_t>& members = act.source->participants;
        for (std::size_t i = 0; i < members.size(); ++i)
            for (std::size_t j = i + 1; j < members.size(); ++j) visit(members[i], members[j], act);
    }

    std::set<int> programme_years;
    for (const auto& [key, p] : pairs)
        if (p.programme) programme_years.insert(p.first);
    std::vector<SurvivalObservation> treated, other;
    std::size_t treated_events = 0, other_events = 0;
    for (const auto& [key, p] : pairs) {
        const bool mine = p.programme;
        if (!mine && !(p.other_project && programme_years.count(p.first))) continue;
        SurvivalObservation o;
        o.event = p.next != std::numeric_limits<int>::max();
        o.time = static_cast<double>(std::max(0, (o.event ? p.next : out.last_year) - p.origin));
        (mine ? treated : other).push_back(o);
        (mine ? treated_events : other_events) += o.event;
    }
    // Curves at whole years, up to the longest follow-up seen.
    double horizon = 0;
    for (const auto* group : {&treated, &other})
        for (const SurvivalObservation& o : *group) horizon = std::max(horizon, o.time);
    const auto curve = [&](const std::vector<SurvivalObservation>& obs) {
        std::vector<KaplanMeierPoint> km;
        if (obs.empty()) return km;
        const std::vector<KaplanMeierStep> steps = kaplan_meier(obs);
        for (int k = 0; k <= static_cast<int>(horizon); ++k) km.push_back({k, 1.0 - survival_at(steps, k)});
        return km;
    };
    out.groups.push_back({"programme", treated.size(), treated_events, curve(treated)});
    out.groups.push_back({"other", other.size(), other_events, curve(other)});
    if (!treated.empty() && !other.empty()) {
        const LogRankTest test = log_rank(treated, other);
        out.logrank_statistic = test.statistic;
        out.logrank_p = test.p_value;
    }
    return out;
}

ProgrammeEvaluation evaluate_programme(const Network& network, const ProgrammeRequest& request) {
    ProgrammeEvaluation report;
    report.network = network.name;
    report.weight = request.weight;

    // The programme.
    const std::vector<std::string> ids = programme_ids(network);
    if (std::find(ids.begin(), ids.end(), request.programme) == ids.end()) {
        if (ids.empty())
            throw UsageError("the network has no programme: declare \"programmes\" or give projects a \"programme\" "
                             "(docs/network-format.md#programmes)");
        throw UsageError(detail::unknown_name_message("programme", request.programme, ids, "programmes"));
    }
    report.programme = request.programme;
    const Programme* declared = network.find_programme(request.programme);
    report.programme_name = declared ? declared->name : request.programme;

    // The windows.
    const std::optional<YearWindow> years = programme_years(network, request.programme);
    if (!request.post && !years)
        throw UsageError("programme " + quote(request.programme) + " has no years (none declared, no dated project): "
                         "give the windows with --pre A-B --post C-D");
    report.post = request.post.value_or(*years);
    check_window(network, report.post, "--post");
    if (request.pre) {
        report.pre = *request.pre;
    } else {
        const int length = *report.post.to - *report.post.from + 1;
        report.pre = YearWindow{*report.post.from - length, *report.post.from - 1};
    }
    if (!report.pre.from || !report.pre.to)
        throw UsageError("--pre " + report.pre.to_string() + " is open; give both years, e.g. 2010-2013");
    if (*report.pre.from <= *report.post.to && *report.post.from <= *report.pre.to)
        throw UsageError("the windows overlap: --pre " + report.pre.to_string() + " and --post " + report.post.to_string() +
                         "; a year belongs to one of them at most");
    check_window(network, report.pre, "--pre");

    // Treated regions: given, declared, or where the programme's participants are.
    std::vector<std::string> treated = request.treated;
    if (treated.empty() && declared) treated = declared->regions;
    if (treated.empty()) {
        std::set<std::string> seen;
        for (const Project& p : network.projects) {
            if (p.programme != request.programme) continue;
            for (std::size_t a : p.participants) {
                const std::string& r = network.actors[a].region;
                if (!r.empty() && seen.insert(r).second) treated.push_back(r);
            }
        }
        // In the order regions are declared, as every table lists them.
        std::vector<std::string> ordered;
        for (const std::string& r : network.populated_regions())
            if (seen.count(r)) ordered.push_back(r);
        treated = ordered;
    }
    check_regions(network, treated, "--treated");
    check_regions(network, request.control, "--control");
    for (const std::string& c : request.control)
        if (std::find(treated.begin(), treated.end(), c) != treated.end())
            throw UsageError("region " + quote(c) + " is both treated and control; a region is one or the other");
    if (treated.empty())
        throw UsageError("no treated region: programme " + quote(request.programme) +
                         " declares none and no participant of its projects has a region; give --treated R1,R2");

    // By default the funding key only where the network says who was paid what.
    std::vector<std::string> keys = request.metrics;
    if (keys.empty()) {
        const bool funding = has_funding_data(network);
        for (const std::string& k : default_evaluation_keys())
            if (default_column(*find_metric(k), funding)) keys.push_back(k);
    }
    for (const std::string& key : keys) {
        const MetricInfo& m = require_metric(key, metric_keys(MetricLevel::region), "region metrics");
        if (!m.scalar) throw UsageError("metric '" + key + "' is not one number per region; --metrics takes scalar region keys");
        require_direction(m, request.analysis.directed);
    }

    // Candidate regions: the given ones, or every region actors name.
    std::vector<std::string> candidates = treated;
    if (!request.control.empty()) {
        candidates.insert(candidates.end(), request.control.begin(), request.control.end());
    } else {
        for (const std::string& r : network.populated_regions()) {
            bool related = false;
            for (const std::string& t : treated)
                related = related || within_region(network, r, t) || within_region(network, t, r);
            if (!related) candidates.push_back(r);
        }
    }
    WindowValues pre = window_values(network, report.pre, candidates, keys, request.analysis);
    WindowValues post = window_values(network, report.post, candidates, keys, request.analysis);
    for (std::string& note : pre.notes) report.notes.push_back("--pre: " + note);
    for (std::string& note : post.notes) report.notes.push_back("--post: " + note);

    std::vector<std::string> control = request.control;
    if (control.empty()) {
        for (std::size_t i = treated.size(); i < candidates.size(); ++i)
            if (pre.actors.count(candidates[i]) && post.actors.count(candidates[i])) control.push_back(candidates[i]);
    }
    if (control.empty())
        throw UsageError("no control region has actors in both windows (--pre " + report.pre.to_string() + ", --post " +
                         report.post.to_string() + "); give --control R1,R2 or other windows");
    report.treated = treated;
    report.control = control;

    // The panel.
    for (const auto* group : {&treated, &control}) {
        for (const std::string& id : *group) {
            EvaluationRegion r;
            r.id = id;
            const Region* declared_region = network.find_region(id);
            r.name = declared_region ? declared_region->name : id;
            r.treated = group == &treated;
            for (const std::string& k : keys) {
                r.pre[k] = pre.values.count(id) ? pre.values[id][k] : std::nullopt;
                r.post[k] = post.values.count(id) ? post.values[id][k] : std::nullopt;
            }
            if (request.weight == RegionWeight::actors) r.weight = static_cast<double>(pre.actors.count(id) ? pre.actors[id] : 0);
            for (const auto* window : {&pre, &post})
                if (!window->actors.count(id))
                    report.notes.push_back("region " + quote(id) + " has no actors in " +
                                           (window == &pre ? "--pre " + report.pre.to_string() : "--post " + report.post.to_string()) +
                                           ": its values there are left out");
            report.regions.push_back(std::move(r));
        }
    }
    // The panel of one metric between two windows' values: the regions with a value in both.
    const auto panel_of = [&](const std::string& key, const WindowValues& before, const WindowValues& after) {
        const auto value = [&](const WindowValues& w, const std::string& id) -> std::optional<double> {
            const auto it = w.values.find(id);
            return it == w.values.end() ? std::nullopt : it->second.at(key);
        };
        std::vector<PanelRegion> panel;
        for (const EvaluationRegion& r : report.regions) {
            const std::optional<double> a = value(before, r.id), b = value(after, r.id);
            // The registry's values are finite; a region whose are not is left out, never NaN.
            if (!a || !b || r.weight <= 0 || !std::isfinite(*a) || !std::isfinite(*b)) continue;
            panel.push_back({r.id, r.treated, *a, *b, r.weight});
        }
        return panel;
    };
    for (const std::string& key : keys)
        if (auto m = estimate(key, panel_of(key, pre, post), request, report.notes, ""))
            report.metrics.push_back(std::move(*m));

    if (request.event_study) {
        const int base = *report.pre.to;
        std::vector<std::string> regions_all = treated;
        regions_all.insert(regions_all.end(), control.begin(), control.end());
        const WindowValues base_values = window_values(network, YearWindow{base, base}, regions_all, keys, request.analysis);
        for (int year = *std::min(report.pre.from, report.post.from); year <= *std::max(report.pre.to, report.post.to); ++year) {
            if (year == base) continue;
            const bool inside = report.pre.contains(year) || report.post.contains(year);
            if (!inside) continue;
            EventStudyYear point;
            point.year = year;
            if (dated_inside(network, YearWindow{year, year}) > 0) {
                const WindowValues values = window_values(network, YearWindow{year, year}, regions_all, keys, request.analysis);
                const std::size_t notes_before = report.notes.size();
                for (const std::string& key : keys)
                    if (auto m = estimate(key, panel_of(key, base_values, values), request,
                                          report.notes, " in year " + std::to_string(year) + " against " + std::to_string(base)))
                        point.metrics.push_back(std::move(*m));
                if (point.metrics.empty()) {  // one note for the year, not one per metric
                    report.notes.resize(notes_before);
                    report.notes.push_back("event study: no estimate for " + std::to_string(year) +
                                           ": no treated or no control region has a value both then and in " +
                                           std::to_string(base));
                }
            } else {
                report.notes.push_back("event study: no tie or project is dated " + std::to_string(year));
            }
            report.event_study.push_back(std::move(point));
        }
    }

    report.durability = programme_durability(network, request.programme);
    return report;
}

}  // namespace ecosys
