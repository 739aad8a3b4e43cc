#include "ecosys/analysis/qap_analysis.hpp"

#include <cmath>
#include <limits>

#include "ecosys/analysis/kernels.hpp"
#include "ecosys/error.hpp"
#include "ecosys/graph/graph.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

const std::vector<std::string> predictor_names = {"same_region", "same_sector", "same_kind", "same_role", "same_community",
                                                  "prior_ties:A-B", "attr_diff:ATTR", "attr_sum:ATTR", "matrix:FILE"};

/// For each actor of the cache's network: its vertex in `scope`, or none.
std::vector<std::size_t> vertex_of(ScopeAnalysis& scope) {
    std::vector<std::size_t> at(scope.network().actors.size(), none);
    const std::vector<std::size_t>& members = scope.members();
    for (std::size_t v = 0; v < members.size(); ++v) at[members[v]] = v;
    return at;
}

/// 1 where `field` of both actors is equal and not empty.
template <class Field>
DyadicMatrix same(ScopeAnalysis& scope, Field field) {
    const std::vector<std::size_t>& members = scope.members();
    const std::size_t n = members.size();
    DyadicMatrix m{n, std::vector<double>(n * n, 0.0)};
    for (std::size_t i = 0; i < n; ++i) {
        const std::string& a = field(scope.network().actors[members[i]]);
        if (a.empty()) continue;
        for (std::size_t j = 0; j < n; ++j)
            if (j != i && field(scope.network().actors[members[j]]) == a) m.values[i * n + j] = 1.0;
    }
    return m;
}

/// The numeric attribute `key` of every actor of the scope; UsageError naming the
/// actors without one.
std::vector<double> attribute_values(ScopeAnalysis& scope, const DyadicSpec& spec) {
    std::vector<double> values;
    std::vector<std::string> missing;
    std::size_t missing_count = 0;
    for (std::size_t a : scope.members()) {
        const Actor& actor = scope.network().actors[a];
        std::optional<double> x;
        auto it = actor.attributes.find(spec.attribute);
        if (it != actor.attributes.end()) {
            const nlohmann::json& v = it.value();
            if (v.is_number()) x = v.get<double>();
            else if (v.is_string()) {
                const std::string& s = v.get_ref<const std::string&>();
                char* end = nullptr;
                const double d = std::strtod(s.c_str(), &end);
                if (!s.empty() && end == s.c_str() + s.size()) x = d;
            }
        }
        if (x && std::isfinite(*x)) {
            values.push_back(*x);
            continue;
        }
        if (missing.size() < 3) missing.push_back(detail::quote(actor.id));
        ++missing_count;
        values.push_back(0.0);
    }
    if (missing_count > 0) {
        std::string which;
        for (const std::string& m : missing) which += (which.empty() ? "" : ", ") + m;
        throw UsageError(spec.text + ": the attribute " + detail::quote(spec.attribute) + " is missing or not a finite number for " +
                         std::to_string(missing_count) + " actor" + (missing_count == 1 ? "" : "s") + " of the scope (" + which +
                         (missing_count > missing.size() ? ", ..." : "") +
                         "); give every actor a number, or narrow the scope (--region, --sector)");
    }
    return values;
}

DyadicMatrix from_graph(ScopeAnalysis& scope, bool weights) {
    const Graph& g = scope.options().directed ? scope.digraph() : scope.graph();
    const std::size_t n = g.vertex_count();
    DyadicMatrix m{n, std::vector<double>(n * n, 0.0)};
    for (Graph::Vertex v = 0; v < n; ++v) {
        const auto nb = g.neighbours(v);
        const auto w = g.weights(v);
        for (std::size_t k = 0; k < nb.size(); ++k) m.values[v * n + nb[k]] = weights ? w[k] : 1.0;
    }
    return m;
}

/// The network files and prior_ties read: the request's history, else the scope's.
const Network& history_of(ScopeAnalysis& scope, const QapRequest& request) {
    return request.history ? *request.history : scope.network();
}

/// For each actor of history_of(): its vertex in `scope` (matched by id when the
/// history is another network), or none.
std::vector<std::size_t> history_vertex(ScopeAnalysis& scope, const QapRequest& request) {
    const Network& here = scope.network();
    const Network& history = history_of(scope, request);
    const std::vector<std::size_t> at = vertex_of(scope);
    if (&history == &here) return at;
    std::vector<std::size_t> vertex(history.actors.size(), none);
    for (std::size_t a = 0; a < history.actors.size(); ++a)
        if (auto b = here.find_actor(history.actors[a].id)) vertex[a] = at[*b];
    return vertex;
}

DyadicMatrix prior_ties(ScopeAnalysis& scope, const DyadicSpec& spec, const QapRequest& request, std::vector<std::string>* notes) {
    const Network& history = history_of(scope, request);
    const std::vector<std::size_t> vertex = history_vertex(scope, request);
    const std::size_t n = scope.members().size();
    const bool directed = scope.options().directed;
    DyadicMatrix m{n, std::vector<double>(n * n, 0.0)};
    std::size_t dated = 0;
    auto tie = [&](std::size_t s, std::size_t t, bool one_way) {
        const std::size_t i = vertex[s], j = vertex[t];
        if (i == none || j == none || i == j) return;
        m.values[i * n + j] = 1.0;
        if (!(directed && one_way)) m.values[j * n + i] = 1.0;
    };
    for (const Tie& t : history.ties) {
        if (!t.year || !spec.years.contains(*t.year)) continue;
        ++dated;
        tie(t.source, t.target, t.directed);
    }
    if (scope.options().graph.projects)
        for (const Project& p : history.projects) {
            if (!p.year || !spec.years.contains(*p.year)) continue;
            ++dated;
            for (std::size_t x = 0; x < p.participants.size(); ++x)
                for (std::size_t y = x + 1; y < p.participants.size(); ++y) tie(p.participants[x], p.participants[y], false);
        }
    if (dated == 0 && notes)
        notes->push_back(spec.text + ": no tie" + std::string(scope.options().graph.projects ? " or project" : "") +
                         " is dated in the years " + spec.years.to_string() + ", so the predictor is 0 everywhere");
    return m;
}

DyadicMatrix from_file(ScopeAnalysis& scope, const DyadicSpec& spec, const QapRequest& request, std::vector<std::string>* notes) {
    auto it = request.files.find(spec.path);
    if (it == request.files.end()) throw UsageError(spec.text + ": the file was not read (the caller passes it in QapRequest::files)");
    const DyadicCells& cells = it->second;
    const std::vector<std::size_t> at = history_vertex(scope, request);
    const std::size_t n = scope.members().size();
    if (cells.matrix) {
        std::vector<bool> has(n, false);
        for (std::size_t a : cells.matrix_actors)
            if (at[a] != none) has[at[a]] = true;
        std::size_t lacking = 0;
        std::string first;
        for (std::size_t v = 0; v < n; ++v)
            if (!has[v] && lacking++ == 0) first = scope.network().actors[scope.members()[v]].id;
        if (lacking > 0)
            throw InputError({spec.path, 1, 1},
                             "the matrix has no row and column for actor " + detail::quote(first) +
                             (lacking > 1 ? " and " + std::to_string(lacking - 1) + " more" : std::string()) +
                             " of the analysed actors; give every actor a row and a column (or give a pair list: "
                             "source,target,value, unlisted pairs 0)");
    }
    const bool directed = scope.options().directed;
    DyadicMatrix m{n, std::vector<double>(n * n, 0.0)};
    std::size_t outside = 0;
    for (const auto& [s, t, v] : cells.cells) {
        const std::size_t i = at[s], j = at[t];
        if (i == none || j == none) {
            outside += v != 0.0;
            continue;
        }
        m.values[i * n + j] = v;
        if (!directed) m.values[j * n + i] = v;
    }
    if (outside > 0 && notes)
        notes->push_back(spec.text + ": " + std::to_string(outside) + " nonzero pair" + (outside == 1 ? "" : "s") +
                         " of the file lie outside the analysed actors and are not used");
    return m;
}

}  // namespace

const std::vector<std::string>& dyadic_spec_names() { return predictor_names; }

DyadicSpec parse_dyadic_spec(const std::string& text, bool as_y, const std::string& option) {
    DyadicSpec spec;
    spec.text = text;
    const std::size_t colon = text.find(':');
    const std::string head = text.substr(0, colon);
    const std::string argument = colon == std::string::npos ? std::string() : text.substr(colon + 1);
    using K = DyadicSpec::Kind;
    if (as_y) {
        if (text == "ties") spec.kind = K::ties;
        else if (text == "weight") spec.kind = K::weight;
        else if (text.empty()) throw UsageError(option + " is empty; give ties, weight or a CSV file of pairs or a matrix");
        else {
            spec.kind = K::file;
            spec.path = text;
        }
        return spec;
    }
    auto need_argument = [&](const std::string& what) {
        if (argument.empty())
            throw UsageError(option + ": " + detail::quote(text) + " needs " + what + " after the colon, e.g. " + head + ":" +
                             (head == "prior_ties" ? "2005-2009" : head == "matrix" ? "alliances.csv" : "employees"));
    };
    if (colon == std::string::npos && (head == "same_region" || head == "same_sector" || head == "same_kind" || head == "same_role" ||
                                     head == "same_community")) {
        spec.kind = head == "same_region" ? K::same_region
                    : head == "same_sector" ? K::same_sector
                    : head == "same_kind" ? K::same_kind
                    : head == "same_role" ? K::same_role
                                          : K::same_community;
    } else if (head == "prior_ties") {
        need_argument("a window of years");
        spec.kind = K::prior_ties;
        spec.years = parse_year_window(argument, option + " prior_ties");
    } else if (head == "attr_diff" || head == "attr_sum") {
        need_argument("an actor attribute");
        spec.kind = head == "attr_diff" ? K::attr_diff : K::attr_sum;
        spec.attribute = argument;
    } else if (head == "matrix") {
        need_argument("a CSV file");
        spec.kind = K::file;
        spec.path = argument;
    } else {
        std::vector<std::string> heads;
        for (const std::string& name : predictor_names) heads.push_back(name.substr(0, name.find(':')));
        const std::string hint = detail::did_you_mean(head, heads);
        throw UsageError(option + ": unknown predictor " + detail::quote(text) + hint +
                         "; known: " + detail::join_alternatives(predictor_names, ", "));
    }
    return spec;
}

DyadicMatrix dyadic_variable(ScopeAnalysis& scope, const DyadicSpec& spec, const QapRequest& request,
                             std::vector<std::string>* notes) {
    using K = DyadicSpec::Kind;
    switch (spec.kind) {
    case K::ties: return from_graph(scope, false);
    case K::weight: return from_graph(scope, true);
    case K::same_region: return same(scope, [](const Actor& a) -> const std::string& { return a.region; });
    case K::same_sector: return same(scope, [](const Actor& a) -> const std::string& { return a.sector; });
    case K::same_kind: return same(scope, [](const Actor& a) -> const std::string& { return a.kind; });
    case K::same_role: return same(scope, [](const Actor& a) -> const std::string& { return a.role; });
    case K::same_community: {
        const CommunityView c = communities(scope);
        const std::size_t n = c.of.size();
        DyadicMatrix m{n, std::vector<double>(n * n, 0.0)};
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                if (i != j && c.of[i] == c.of[j]) m.values[i * n + j] = 1.0;
        return m;
    }
    case K::prior_ties: return prior_ties(scope, spec, request, notes);
    case K::attr_diff:
    case K::attr_sum: {
        const std::vector<double> a = attribute_values(scope, spec);
        const std::size_t n = a.size();
        DyadicMatrix m{n, std::vector<double>(n * n, 0.0)};
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                if (i != j) m.values[i * n + j] = spec.kind == K::attr_diff ? std::fabs(a[i] - a[j]) : a[i] + a[j];
        return m;
    }
    case K::file: return from_file(scope, spec, request, notes);
    }
    return {};
}

QapReport run_qap(AnalysisCache& cache, const QapRequest& request) {
    ScopeAnalysis& scope = cache.scope(request.scope);
    const std::size_t n = scope.members().size();
    QapReport report;
    report.network = cache.network().name;
    report.scope = scope.id();
    if (scope.is_whole()) report.scope_name = cache.network().name;
    else if (const Region* r = cache.network().find_region(scope.id())) report.scope_name = r->name;
    report.actors = n;
    report.directed = cache.options().directed;
    report.seed = cache.options().seed;
    report.y = request.y.text;
    for (const DyadicSpec& x : request.x) report.x.push_back(x.text);
    if (request.x.empty()) throw UsageError("qap needs at least one predictor (--x), e.g. --x same_region,same_sector");
    if (request.correlate && request.x.size() != 1)
        throw UsageError("--correlate correlates --y with one --x; " + std::to_string(request.x.size()) + " predictors were given");
    if (n > request.max_actors)
        throw UsageError("qap builds an n x n matrix per variable and refits on every dyad per permutation: the scope " +
                         detail::quote(scope.id() == "*" ? std::string("whole network") : scope.id()) + " has " +
                         std::to_string(n) + " actors, more than --max-actors " + std::to_string(request.max_actors) +
                         "; narrow it (--region, --sector, --k-core, --giant) or raise --max-actors");
    if (n < 3) throw UsageError("the scope has " + std::to_string(n) + " actors; QAP needs at least 3");

    QapOptions options;
    options.model = request.model;
    options.null = request.null;
    options.permutations = request.permutations;
    options.seed = cache.options().seed;
    options.directed = cache.options().directed;
    options.threads = cache.options().threads;
    options.distribution = cache.options().distribution;
    options.progress = cache.options().progress;

    DyadicMatrix y;
    std::vector<std::pair<std::string, DyadicMatrix>> x;
    scope.stage("qap variables", [&] {
        y = dyadic_variable(scope, request.y, request, &report.notes);
        for (const DyadicSpec& spec : request.x) x.emplace_back(spec.text, dyadic_variable(scope, spec, request, &report.notes));
    });
    scope.stage(request.correlate ? "qap correlation" : "qap regression", [&] {
        if (request.correlate) report.correlation = qap_correlation(y, x.front().second, options);
        else report.regression = qap_regression(y, x, options);
    });
    return report;
}

}  // namespace ecosys
