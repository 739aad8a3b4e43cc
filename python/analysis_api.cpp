#include "analysis_api.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "convert.hpp"
#include "ecosys/counts.hpp"
#include "errors.hpp"
#include "signal_watch.hpp"
#include "ecosys/analysis/metric_set.hpp"
#include "ecosys/analysis/network_summary.hpp"
#include "ecosys/output/metrics_writer.hpp"
#include "ecosys/analysis/registry.hpp"
#include "ecosys/compare/comparison.hpp"
#include "ecosys/output/comparison_writer.hpp"
#include "ecosys/error.hpp"
#include "ecosys/graph/graph.hpp"
#include "ecosys/analysis/helix_report.hpp"
#include "ecosys/output/helix_writer.hpp"
#include "ecosys/io/output_file.hpp"
#include "ecosys/render/renderer.hpp"
#include "ecosys/report/report.hpp"
#include "util/text.hpp"

namespace ecosys::python {

GraphOptions graph_options(const GraphArgs& args) {
    GraphOptions g;
    g.projects = args.projects;
    g.project_weighting = parse_project_weighting(args.project_weighting);
    return g;
}

namespace {

/// "unknown scope 'x' (did you mean 'y'?); expected network or region".
[[noreturn]] void unknown_value(const std::string& what, const std::string& value, const std::vector<std::string>& known) {
    throw UsageError("unknown " + what + " " + detail::quote(value) + detail::did_you_mean(value, known) + "; expected " +
                     detail::join_alternatives(known));
}

MetricScope parse_scope(const std::string& text) {
    if (text == "network") return MetricScope::network;
    if (text == "region") return MetricScope::region;
    unknown_value("scope", text, {"network", "region"});
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : ",") + s;
    return out;
}

/// A table of records (dicts) indexed by their "id", nested dicts flattened one level
/// into "key.sub" columns (pandas.json_normalize); an empty table has no columns.
py::object frame_of(py::module_& pd, py::handle records) {
    if (py::len(records) == 0) return pd.attr("DataFrame")();
    return pd.attr("json_normalize")(records, py::arg("max_level") = 1).attr("set_index")("id");
}

PyObject* metric_tables_type = nullptr;
PyObject* helix_tables_type = nullptr;

}  // namespace

void register_result_types(py::module_& m) {
    py::object namedtuple = py::module_::import("collections").attr("namedtuple");
    py::object metric_tables = namedtuple("MetricTables", py::make_tuple("actors", "regions"), py::arg("module") = "ecosys");
    metric_tables.attr("__doc__") =
        "net.metrics(as_frame=True): two pandas DataFrames, actors and regions, each indexed by id; "
        "nested values (sector_counts) are flattened into 'key.sub' columns.";
    py::object helix_tables = namedtuple("HelixTables", py::make_tuple("actors", "regions"), py::arg("module") = "ecosys");
    helix_tables.attr("__doc__") =
        "net.helix(as_frame=True): two pandas DataFrames, actors and regions, each indexed by id; nested values "
        "are flattened one level into 'key.sub' columns (brokerage.coordinator, mixing.industry, ...).";
    m.attr("MetricTables") = metric_tables;
    m.attr("HelixTables") = helix_tables;
    metric_tables_type = metric_tables.inc_ref().ptr();
    helix_tables_type = helix_tables.inc_ref().ptr();
}

AnalysisOptions AnalysisArgs::options() const {
    require_at_most(values.threads, max_threads, "threads");
    require_at_most(values.samples, max_samples, "samples");
    require_at_most(values.ei_permutations, max_permutations, "permutations");
    AnalysisOptions o = values;
    o.graph = graph_options(graph);
    return o;
}

py::object metrics(NetworkHandle& h, const MetricsArgs& args) {
    MetricsOptions o;
    o.analysis = args.analysis.options();
    o.regions = string_list(args.region, "region");
    // As the command line: without scope, the whole network, or with regions each actor's own region.
    o.scope = parse_scope(args.scope ? *args.scope : o.regions.empty() ? "network" : "region");
    o.only = parse_metric_list(joined(string_list(args.only, "only", true)));
    o.include_whole = args.whole && o.regions.empty();
    if (!args.approx.is_none()) {
        if (py::isinstance<py::tuple>(args.approx) && py::len(args.approx) == 2) {
            o.analysis.approx_epsilon = args.approx.cast<py::tuple>()[0].cast<double>();
            o.analysis.approx_delta = args.approx.cast<py::tuple>()[1].cast<double>();
        } else if (py::isinstance<py::float_>(args.approx) || py::isinstance<py::int_>(args.approx)) {
            o.analysis.approx_epsilon = args.approx.cast<double>();
        } else {
            throw UsageError("approx expects EPS or (EPS, DELTA), numbers between 0 and 1 such as 0.01 or (0.01, 0.1); got " +
                             std::string(py::str(py::repr(args.approx))));
        }
        if (!(o.analysis.approx_epsilon > 0 && o.analysis.approx_epsilon < 1) ||
            !(o.analysis.approx_delta > 0 && o.analysis.approx_delta < 1))
            throw UsageError("approx expects EPS or (EPS, DELTA), numbers between 0 and 1 such as 0.01 or (0.01, 0.1); got " +
                             std::string(py::str(py::repr(args.approx))));
    }

    MetricsReport report;
    h.with_cache(o.analysis, [&](AnalysisCache& cache) { report = compute_metrics(cache, o); });
    const nlohmann::ordered_json doc = metrics_to_json(report);
    if (!args.as_frame) return to_python(doc);  // the notes are in it, under "notes"
    // Two tables have no place for the notes (e.g. an eigenvector that did not converge):
    // they come as ecosys.EcosysWarning.
    for (const std::string& note : report.notes) warn_note(note);
    py::module_ pd = import_pandas("metrics(as_frame=True)");
    return py::reinterpret_borrow<py::object>(metric_tables_type)(frame_of(pd, to_python(doc["actors"])),
                                                                   frame_of(pd, to_python(doc["regions"])));
}

py::object helix(NetworkHandle& h, const HelixArgs& args) {
    HelixOptions o;
    o.scope = parse_scope(args.scope);
    o.analysis = args.analysis.options();
    o.regions = string_list(args.region, "region");

    HelixReport report;
    h.with_cache(o.analysis, [&](AnalysisCache& cache) { report = compute_helix(cache, o); });
    const nlohmann::ordered_json doc = helix_to_json(report);
    if (!args.as_frame) return to_python(doc);
    py::module_ pd = import_pandas("helix(as_frame=True)");
    return py::reinterpret_borrow<py::object>(helix_tables_type)(frame_of(pd, to_python(doc["actors"])),
                                                                  frame_of(pd, to_python(doc["regions"])));
}

namespace {

/// One row per compared row, then the whole network: name, then per metric KEY,
/// KEY_rank and (with a z-score) KEY_z, as format_comparison_csv() lays them out.
py::object comparison_frame(const Comparison& c) {
    py::module_ pd = import_pandas("compare(as_frame=True)");
    py::list records;
    auto add = [&](const ComparisonRow& row, bool ranked) {
        py::dict r;
        r["id"] = row.id;
        r["name"] = row.name;
        for (std::size_t i = 0; i < c.columns.size(); ++i) {
            const std::string& key = c.columns[i];
            r[py::str(key)] = row.values[i] ? py::object(py::float_(*row.values[i])) : py::object(py::none());
            r[py::str(key + "_rank")] =
                ranked && row.ranks[i] ? py::object(py::int_(*row.ranks[i])) : py::object(py::none());
            if (has_z_score(key)) r[py::str(key + "_z")] = row.z[i] ? py::object(py::float_(*row.z[i])) : py::object(py::none());
        }
        records.append(r);
    };
    for (const ComparisonRow& row : c.rows) add(row, true);
    if (c.whole) add(*c.whole, false);
    if (records.empty()) return pd.attr("DataFrame")();
    return pd.attr("DataFrame")(records).attr("set_index")("id");
}

std::vector<int> year_list(py::handle years) {
    std::vector<int> out;
    if (years.is_none()) return out;
    if (py::isinstance<py::str>(years)) {
        for (const std::string& item : detail::split_list(years.cast<std::string>())) {
            try {
                std::size_t used = 0;
                const int y = std::stoi(item, &used);
                if (used != item.size()) throw std::invalid_argument(item);
                out.push_back(y);
            } catch (const std::exception&) {
                throw UsageError("years expects years such as [2005, 2010, 2015] or '2005,2010,2015'; got " +
                                 detail::quote(years.cast<std::string>()));
            }
        }
        return out;
    }
    if (py::isinstance<py::int_>(years)) return {years.cast<int>()};
    for (py::handle y : years) {
        if (!py::isinstance<py::int_>(y) || py::isinstance<py::bool_>(y))
            throw UsageError("years expects integers, got " + std::string(py::str(py::repr(y))));
        out.push_back(y.cast<int>());
    }
    return out;
}

}  // namespace

py::object compare(const std::vector<std::shared_ptr<NetworkHandle>>& networks, const CompareArgs& args) {
    if (networks.empty()) throw UsageError("compare needs at least one network");
    CompareOptions o;
    o.metrics = parse_compare_metrics(joined(string_list(args.metrics, "metrics", true)));
    o.region = args.region.value_or("");
    o.years = year_list(args.years);
    o.metrics_options.analysis = args.analysis.options();
    // As the command line's compare: betweenness of a scope above large_scope_limit from
    // sampled sources (docs/metrics.md, "Betweenness of very large scopes").
    o.metrics_options.analysis.sampled_betweenness_limit = large_scope_limit;
    o.include_whole = args.whole;

    // The command line's rules, in the words of the arguments.
    const CompareBy by = args.by ? parse_compare_by(*args.by) : networks.size() > 1 ? CompareBy::network : CompareBy::region;
    if (by != CompareBy::network && networks.size() > 1)
        throw UsageError("by='" + std::string(to_string(by)) + "' compares inside one network; got " +
                         std::to_string(networks.size()) + " networks (use by='network' to compare networks)");
    if (by == CompareBy::region && args.region)
        throw UsageError("region= picks the region followed with by='network' or by='year'; by='region' compares them all");
    if (by != CompareBy::year && !o.years.empty()) throw UsageError("years= needs by='year'");

    Comparison c;
    if (by == CompareBy::region) {
        networks.front()->with_cache(o.metrics_options.analysis,
                                     [&](AnalysisCache& cache) { c = compare_regions(cache, o); });
    } else {
        std::vector<std::string> labels;
        if (by == CompareBy::network) {
            labels = string_list(args.labels, "labels");
            if (labels.empty())
                for (const auto& h : networks) labels.push_back(h->label());
            else if (labels.size() != networks.size())
                throw UsageError("labels= names " + std::to_string(labels.size()) + " rows for " +
                                 std::to_string(networks.size()) + " networks");
        } else if (!args.labels.is_none()) {
            throw UsageError("labels= names the networks of by='network'");
        }
        SignalWatch watch;
        std::atomic<bool> cancel{false};
        const Progress progress = watch.progress(cancel);
        o.metrics_options.analysis.progress = &progress;
        watch.run([&] {
            if (by == CompareBy::year) {
                c = compare_years(networks.front()->network(), o);
            } else {
                std::vector<Network> copies;
                copies.reserve(networks.size());
                for (const auto& h : networks) copies.push_back(h->network());
                c = compare_networks(copies, labels, o);
            }
        });
    }
    if (args.sort) c.sort_by(*args.sort);
    if (args.as_frame) return comparison_frame(c);
    return to_python(comparison_to_json(c));
}

namespace {

/// The keyword options of render(): each read once; what is left is misspelt.
class Options {
public:
    Options(const py::kwargs& kwargs, std::vector<std::string> known, std::string what)
        : known_(std::move(known)), what_(std::move(what)) {
        for (auto [key, value] : kwargs) {
            const std::string k = py::str(key);
            if (std::find(known_.begin(), known_.end(), k) == known_.end()) unknown_value(what_, k, known_);
            if (!value.is_none()) values_[k] = py::reinterpret_borrow<py::object>(value);
        }
    }
    std::optional<std::string> text(const std::string& key) {
        auto v = get(key);
        if (!v) return std::nullopt;
        if (!py::isinstance<py::str>(*v)) wrong(key, "a string", *v);
        return v->cast<std::string>();
    }
    std::optional<bool> flag(const std::string& key) {
        auto v = get(key);
        if (!v) return std::nullopt;
        if (!py::isinstance<py::bool_>(*v)) wrong(key, "True or False", *v);
        return v->cast<bool>();
    }
    std::optional<double> number(const std::string& key) {
        auto v = get(key);
        if (!v) return std::nullopt;
        if (py::isinstance<py::bool_>(*v) || !(py::isinstance<py::float_>(*v) || py::isinstance<py::int_>(*v)))
            wrong(key, "a number", *v);
        return v->cast<double>();
    }
    std::optional<long long> integer(const std::string& key) {
        auto v = get(key);
        if (!v) return std::nullopt;
        if (py::isinstance<py::bool_>(*v) || !py::isinstance<py::int_>(*v)) wrong(key, "an integer", *v);
        return v->cast<long long>();
    }
    std::optional<py::object> get(const std::string& key) {
        auto it = values_.find(key);
        if (it == values_.end()) return std::nullopt;
        return it->second;
    }

private:
    [[noreturn]] void wrong(const std::string& key, const std::string& expected, const py::object& v) {
        throw UsageError(key + " expects " + expected + ", got " + std::string(py::str(py::repr(v))));
    }
    std::vector<std::string> known_;
    std::string what_;
    std::map<std::string, py::object> values_;
};

}  // namespace

void Svg::save(const std::filesystem::path& path, const std::optional<std::string>& format) const {
    std::optional<render::Format> f = format ? std::optional(render::parse_format(*format)) : render::format_of_extension(path);
    if (!f)
        throw UsageError("cannot tell the format of " + detail::quote(path.string()) +
                         " from its extension; expected .svg, .png, .pdf, .dot or .gv, or give format=");
    py::gil_scoped_release release;
    if (*f == render::Format::svg) write_file_atomically(path, data);
    else write_file_atomically(path, render::render(diagram, *f).data);
}

Svg render_diagram(NetworkHandle& h, const std::optional<std::string>& region, bool overview, const py::kwargs& kwargs) {
    Options opt(kwargs,
                {"layout", "size_by", "color_by", "group_by", "labels", "min_weight", "year", "weighted", "projects",
                 "project_weighting", "seed", "quiet"},
                "diagram option");
    if (region && overview) throw UsageError("region= and overview=True exclude each other: the overview shows every region");
    render::DiagramOptions d;
    if (auto v = opt.text("layout")) d.engine = render::parse_engine(*v);
    if (auto v = opt.text("size_by")) d.size_by = render::parse_size_by(*v);
    if (auto v = opt.text("color_by")) d.color_by = render::parse_color_by(*v);
    if (auto v = opt.text("group_by")) d.group_by = render::parse_group_by(*v);
    if (auto v = opt.get("labels")) {
        if (py::isinstance<py::int_>(*v) && !py::isinstance<py::bool_>(*v)) d.labels = render::parse_labels("top:" + std::string(py::str(*v)));
        else d.labels = render::parse_labels(opt.text("labels").value());
    }
    if (auto v = opt.number("min_weight")) {
        if (!(*v >= 0)) throw UsageError("min_weight must be a number >= 0, got " + std::string(py::str(py::float_(*v))));
        d.min_weight = *v;
    }
    if (auto v = opt.integer("year")) d.year = static_cast<int>(*v);
    AnalysisArgs analysis;
    analysis.values.weighted = opt.flag("weighted").value_or(false);
    analysis.graph.projects = opt.flag("projects").value_or(true);
    analysis.graph.project_weighting = opt.text("project_weighting").value_or("count");
    if (auto v = opt.integer("seed")) {
        if (*v < 0) throw UsageError("seed must be >= 0, got " + std::to_string(*v));
        analysis.values.seed = static_cast<std::uint64_t>(*v);
    }
    d.analysis = analysis.options();
    const bool quiet = opt.flag("quiet").value_or(false);

    Svg out;
    std::vector<std::string> graphviz_warnings;
    // The analysis `ecosys render` shares between its diagrams.
    h.with_cache(d.analysis, [&](AnalysisCache& cache) {
        d.cache = &cache;
        out.diagram = overview ? render::overview_diagram(h.network(), d)
                      : region ? render::region_diagram(h.network(), *region, d)
                               : render::network_diagram(h.network(), d);
    });
    // The layout is one call into Graphviz, which cannot be stopped: it runs on a thread
    // of its own with a copy of the diagram, so that Ctrl-C raises at once (a layout
    // left running holds Graphviz's lock: the next diagram waits for it).
    auto job = std::make_shared<std::pair<render::Diagram, render::Rendered>>(out.diagram, render::Rendered{});
    SignalWatch::run_abandonable([job] { job->second = render::render(job->first, render::Format::svg); });
    out.data = std::move(job->second.data);
    graphviz_warnings = std::move(job->second.warnings);
    out.notes = out.diagram.notes;
    for (const std::string& w : graphviz_warnings) out.notes.push_back("Graphviz: " + w);
    if (!quiet)
        for (const std::string& note : out.notes) warn_note(note);
    return out;
}

void report(NetworkHandle& h, const std::filesystem::path& output, const ReportArgs& args) {
    ReportOptions o;
    o.engine = render::parse_engine(args.layout);
    o.analysis = args.analysis.options();
    o.analysis.sampled_betweenness_limit = large_scope_limit;  // as the command line's report
    require_at_most(args.max_diagram_actors, max_count, "max_diagram_actors");
    o.max_diagram_actors = args.max_diagram_actors;
    if (!h.source().empty()) o.inputs = describe_input(h.source());
    auto py_bool = [](bool b) { return std::string(b ? "True" : "False"); };
    o.command = "ecosys.load(" + std::string(py::str(py::repr(py::str(h.source().empty() ? h.network().name : h.source())))) +
                ").report(" + std::string(py::str(py::repr(py::str(output.string())))) +
                ", weighted=" + py_bool(args.analysis.values.weighted) + ", seed=" + std::to_string(args.analysis.values.seed) +
                ", samples=" + std::to_string(args.analysis.values.samples) + ", permutations=" +
                std::to_string(args.analysis.values.ei_permutations) + ", layout='" + args.layout +
                "', projects=" + py_bool(args.analysis.graph.projects) + ", project_weighting='" +
                args.analysis.graph.project_weighting + "', max_diagram_actors=" + std::to_string(args.max_diagram_actors) + ")";
    if (h.source().empty()) o.command = "(made from a NetworkX graph) " + o.command;

    Report built;
    h.with_cache(o.analysis, [&](AnalysisCache& cache) {
        o.cache = &cache;
        built = build_report(h.network(), o);
        write_file_atomically(output, built.html);
    });
    if (!args.quiet)
        for (const std::string& note : built.notes) warn_note(note);
}

py::object info(const NetworkHandle& h) {
    // The document of `ecosys info --format json`, the source None for a graph made in Python.
    const Network& net = h.network();
    const nlohmann::ordered_json source =
        h.source().empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(h.source());
    return to_python(summary_json(net, summarize(net), source, h.warnings().size()));
}

py::list metric_registry() {
    py::list out;
    for (const MetricInfo& m : ecosys::metric_registry()) {
        py::dict d;
        d["key"] = std::string(m.key);
        d["label"] = std::string(m.label);
        d["level"] = std::string(to_string(m.level));
        d["definition"] = std::string(m.definition);
        d["anchor"] = std::string(m.anchor);
        d["weighted"] = m.weighted;
        d["directed"] = m.directed;
        d["scalar"] = m.scalar;
        d["funding"] = m.funding;
        d["on_request"] = m.on_request;
        out.append(d);
    }
    return out;
}

}  // namespace ecosys::python
