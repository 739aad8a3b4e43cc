// The Python module `ecosys` (docs/python.md): the bindings and their documentation.
// The work is done by the library the command line uses; analysis_api.cpp turns
// arguments into its options, networkx.cpp converts graphs, signal_watch.cpp
// releases the GIL and watches for Ctrl-C.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "analysis_api.hpp"
#include "evaluation_api.hpp"
#include "qap_api.hpp"
#include "removal_api.hpp"
#include "convert.hpp"
#include "errors.hpp"
#include "network_handle.hpp"
#include "networkx.hpp"
#include "signal_watch.hpp"
#include "ecosys/analysis/registry.hpp"
#include "ecosys/io/format.hpp"
#include "ecosys/io/import_options.hpp"
#include "ecosys/io/reader.hpp"
#include "util/text.hpp"

namespace py = pybind11;

namespace ecosys::python {

namespace {

// Namedtuple types of the model records, made once at import.
PyObject* actor_type = nullptr;
PyObject* tie_type = nullptr;
PyObject* region_type = nullptr;
PyObject* sector_type = nullptr;
PyObject* project_type = nullptr;
PyObject* programme_type = nullptr;

PyObject* make_record(py::module_& m, const char* name, std::vector<const char*> fields, const char* doc) {
    py::tuple names(fields.size());
    for (std::size_t i = 0; i < fields.size(); ++i) names[i] = py::str(fields[i]);
    py::object type = py::module_::import("collections").attr("namedtuple")(name, names, py::arg("module") = "ecosys");
    type.attr("__doc__") = doc;
    m.attr(name) = type;
    return type.inc_ref().ptr();
}

py::object record(PyObject* type) { return py::reinterpret_borrow<py::object>(type); }
py::object text_or_none(const std::string& s) { return s.empty() ? py::object(py::none()) : py::object(py::str(s)); }
py::object year_or_none(const std::optional<int>& y) { return y ? py::object(py::int_(*y)) : py::object(py::none()); }
py::list strings(const std::vector<std::string>& items) {
    py::list out;
    for (const std::string& s : items) out.append(s);
    return out;
}

/// One CSV field, quoted.
std::string csv_field(const std::string& s) {
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

const std::vector<std::string>& import_option_names() {
    static const std::vector<std::string> names = {"format",      "id_attr",     "name_attr",  "sector_attr",   "region_attr",
                                                   "type_attr",   "weight_attr", "sector_map", "default_sector"};
    return names;
}

/// The import options of load() and from_networkx(), as the command line's
/// --input-format, --id-attr ... --sector-map, --default-sector.
ImportOptions import_options(const py::kwargs& kwargs, bool allow_format) {
    ImportOptions o;
    std::vector<std::string> known = import_option_names();
    if (!allow_format) known.erase(known.begin());
    for (auto [key, value] : kwargs) {
        const std::string k = py::str(key);
        if (std::find(known.begin(), known.end(), k) == known.end()) {
            throw UsageError("unknown import option " + detail::quote(k) + detail::did_you_mean(k, known) + "; expected " +
                             detail::join_alternatives(known));
        }
        if (value.is_none()) continue;
        if (k == "sector_map") {
            if (py::isinstance<py::dict>(value)) {
                std::string csv = "value,sector\n";
                for (auto [raw, sector] : value.cast<py::dict>())
                    csv += csv_field(py::str(raw)) + "," + csv_field(text_argument(sector, "sector_map's sectors")) + "\n";
                o.sector_map = read_sector_map(csv, "sector_map");
            } else {
                o.sector_map = load_sector_map(text_argument(value, "sector_map (a CSV file or a dict value -> sector)"));
            }
            continue;
        }
        const std::string text = text_argument(value, k);
        if (k == "format") {
            o.format = parse_format(text);
            if (!o.format) {
                const std::vector<std::string> names = format_names();
                throw UsageError("unknown format " + detail::quote(text) + detail::did_you_mean(text, names) + "; expected " +
                                 detail::join_alternatives(names));
            }
        } else if (k == "id_attr") o.id_attr = text;
        else if (k == "name_attr") o.name_attr = text;
        else if (k == "sector_attr") o.sector_attr = text;
        else if (k == "region_attr") o.region_attr = text;
        else if (k == "type_attr") o.type_attr = text;
        else if (k == "weight_attr") o.weight_attr = text;
        else if (k == "default_sector") o.default_sector = text;
    }
    return o;
}

std::shared_ptr<NetworkHandle> load(const std::filesystem::path& path, bool quiet, const py::kwargs& kwargs) {
    const ImportOptions options = import_options(kwargs, true);
    // Reading cannot be stopped part-way: on Ctrl-C the read goes on in the background
    // and its result is dropped.
    auto loaded = std::make_shared<LoadResult>();
    SignalWatch::run_abandonable([loaded, path, options] { *loaded = load_network(path, options); });
    auto handle = std::make_shared<NetworkHandle>(std::move(loaded->network), std::move(loaded->warnings), path.string());
    if (!quiet) warn_input(handle->warnings());
    return handle;
}

GraphArgs graph_args(bool projects, const std::string& weighting) { return GraphArgs{projects, weighting}; }

/// The analysis keywords of Network.compare() and ecosys.compare(), one for both.
AnalysisArgs compare_analysis(bool weighted, std::size_t samples, std::uint64_t seed, unsigned threads, bool projects,
                              const std::string& weighting) {
    return AnalysisArgs{.values = {.weighted = weighted, .seed = seed, .samples = samples, .threads = threads},
                        .graph = graph_args(projects, weighting)};
}

std::vector<std::shared_ptr<NetworkHandle>> network_list(py::handle networks) {
    std::vector<std::shared_ptr<NetworkHandle>> out;
    if (py::isinstance<NetworkHandle>(networks)) {
        out.push_back(networks.cast<std::shared_ptr<NetworkHandle>>());
        return out;
    }
    for (py::handle item : networks) {
        if (!py::isinstance<NetworkHandle>(item))
            throw UsageError("compare expects ecosys.Network objects (from ecosys.load or ecosys.from_networkx), got " +
                             std::string(py::str(py::repr(item))));
        out.push_back(item.cast<std::shared_ptr<NetworkHandle>>());
    }
    return out;
}

// ------------------------------------------------------------------ documentation

constexpr const char* module_doc = R"(Regional innovation-ecosystem networks: load, measure, compare, draw.

The same library as the `ecosys` program: every number equals the command line's
--format json output. Start with

    import ecosys
    net = ecosys.load("networks/japan-innovation.json")
    net.metrics(only=["betweenness", "pagerank"])          # dicts and lists
    actors, regions = net.metrics(as_frame=True)            # pandas DataFrames
    net.render(region="kanto")                              # shows inline in Jupyter

Long computations release the GIL and stop on Ctrl-C (KeyboardInterrupt).
docs/python.md has a longer example; docs/metrics.md and docs/helix.md define the metrics.)";

constexpr const char* load_doc = R"(Read a network: a native JSON file, a folder of CSV files, or a file of another tool
(GraphML, GEXF, GML, Pajek, edge list, DOT; by extension and content).

path           str or os.PathLike.
quiet          do not issue an ecosys.InputWarning per problem found (they stay in
               net.warnings).
import_options as the command line's options for files of other tools (docs/formats.md):
  format          'json', 'csv', 'graphml', 'gexf', 'gml', 'pajek', 'edgelist' or 'dot'
                  (default: by extension and content)
  id_attr         node attribute holding the actor id (default: the file's node id)
  name_attr       node attribute holding the actor name (default: name, else label)
  sector_attr     node attribute holding the sector (default 'sector')
  region_attr     node attribute holding the region (default 'region')
  type_attr       edge attribute holding the tie type (default 'type', else label)
  weight_attr     edge attribute holding the weight (default 'weight', else GML value)
  sector_map      a CSV file (value,sector) or a dict {raw value: sector} mapping the
                  file's values (e.g. CORDIS PRC, HES) to sectors
  default_sector  sector of nodes that have none (e.g. for edge lists)

Raises ecosys.InputError (every problem, with .diagnostics: file, line, column,
message) for an invalid file, ecosys.UsageError for an unknown option or value.)";

constexpr const char* metrics_doc = R"(Actor and region metrics: the structure and values of `ecosys metrics --format json`,
{"network", "scope", "weighted", "actors": [{"id", "name", "sector", "region",
<actor metrics>}], "regions": [{"id", "name", <region metrics>}]}; region "*" is the
whole network. Keys come from the metric registry (ecosys.metric_registry()).

only              metric keys to compute: a list, or a comma-separated str (default:
                  all). Unknown keys raise UsageError with the closest key.
scope             'network': actor metrics on the whole network; 'region': inside each
                  actor's region. Default: 'network', or 'region' when region is given.
region            a region id or a list of them: only their actors and records (the
                  work stays in proportion to them; the record '*' is left out).
weighted          tie weights as strengths; path metrics use distance = 1/weight.
directed          read tie direction, as `ecosys metrics --directed`: directed ties one
                  way, undirected ties both ways; adds in_degree, hub, ... (docs/metrics.md).
threads           worker threads of the path metrics; 0 = one per hardware thread.
                  Results do not depend on it.
seed              seed of Louvain (community, modularity) and of the E-I test.
projects          each pair of a project's participants is tied (False: ties only).
project_weighting 'count' (shared projects) or 'newman' (1/(k-1) per project).
approx            estimate betweenness: EPS or (EPS, DELTA), e.g. 0.01 (unweighted only).
whole             include the whole network's record '*' (and its work).
as_frame          return ecosys.MetricTables(actors, regions) of pandas DataFrames
                  indexed by id (needs pandas); the notes (the dict's "notes": e.g. an
                  eigenvector that did not converge) come as ecosys.EcosysWarning.

The network keeps what it computed for the same weighted/seed/threads/projects/approx:
asking for another metric later does not recompute shared kernels.
Releases the GIL; Ctrl-C raises KeyboardInterrupt within a fraction of a second
in the path metrics.)";

constexpr const char* helix_doc = R"(How the helices (sectors) connect, per region and for the whole network '*', and who
brokers between them: the structure and values of `ecosys helix --format json`
(mixing matrices, cross-sector share, E-I index with its permutation test,
assortativity, completeness, brokerage, synergy; per actor E-I, Burt's measures,
Gould-Fernandez roles). docs/helix.md defines them.

scope             'network' or 'region': where actor figures are computed.
region            a region id or a list of them (the record '*' is always there).
weighted          Burt's measures use tie weights (the other measures count ties).
permutations      relabellings of the E-I permutation test (0: no test).
seed              seed of the permutation test.
projects, project_weighting  as in metrics().
as_frame          return ecosys.HelixTables(actors, regions) of DataFrames (needs pandas).)";

constexpr const char* compare_doc = R"(Regions side by side (by='region'), or year snapshots of this network (by='year'):
the structure and values of `ecosys compare --format json` ({"by", "region",
"weighted", "null_model", "columns", "rows": [{"id", "name", "metrics", "ranks",
"z"}], "whole"}). ecosys.compare([net1, net2], by='network') compares networks.

by         'region', 'year' or 'network' (default: 'region' for one network).
metrics    region metric keys with one number per region (list or comma-separated
           str); default: the command line's default columns.
region     by='network' or 'year': the region followed (default: the whole network).
years      by='year': the snapshot years (default: every year a tie or project has).
sort       order the rows by this metric, highest first.
weighted   metrics use tie weights.
samples    random graphs per row for the size-adjusted z-scores (0: none).
seed       seed of the random graphs, Louvain and the E-I test.
threads    worker threads of the path metrics (0: one per hardware thread).
projects, project_weighting  as in metrics().
whole      by='region': add the whole network's row.
labels     by='network': the row ids (default: each network's file name).
as_frame   one pandas DataFrame indexed by id: name, then KEY, KEY_rank, KEY_z per
           metric (the CSV layout), the whole network's row last.)";

constexpr const char* render_doc = R"(A diagram drawn by Graphviz, as `ecosys render`: the whole network, one region
(region='id': its actors and those of regions inside it) or the overview
(overview=True: one node per region). The SVG shows inline in Jupyter; .save(path)
writes .svg, .png, .pdf or .dot.

diagram_options:
  layout            'auto', 'dot', 'neato', 'fdp', 'sfdp', 'circo' or 'twopi'
  size_by           node size: a scalar actor metric key (default 'betweenness') or 'none'
  color_by          'sector' (default), 'community' or 'region'
  group_by          'none' (default), 'region', 'sector' or 'community'
  labels            'auto', 'all', 'none', 'top:N' or an int N
  min_weight        leave out ties lighter than this
  year              only ties of this year or earlier
  weighted          metrics use tie weights
  projects, project_weighting  as in metrics()
  seed              seed of the layout and the communities
  quiet             do not warn (ecosys.EcosysWarning) about the diagram's notes
Unknown options raise UsageError naming the closest one.)";

constexpr const char* report_doc = R"(Write the whole analysis as one self-contained HTML file, as `ecosys report`: the
overview diagram, the regions compared, charts, one section per region and a methods
section. Written atomically (an error leaves no file behind).

path              the HTML file to write (str or os.PathLike).
weighted          metrics use tie weights.
seed              one seed for Louvain, the layouts, the E-I test and the random graphs.
samples           random graphs per region for the size-adjusted z-scores (0: none).
permutations      relabellings of the E-I permutation test (0: no test).
layout            layout of the diagrams: 'auto', 'dot', 'neato', 'fdp', 'sfdp', 'circo', 'twopi'.
threads           worker threads of the path metrics (0: one per hardware thread).
projects, project_weighting  as in metrics().
quiet             do not warn (ecosys.EcosysWarning) about the report's notes.
max_diagram_actors  leave out (saying so) diagrams of more actors (0: draw every one).)";

constexpr const char* whatif_doc = R"(What if actors, ties or projects go (a coordinator leaves, a program ends)? As
`ecosys whatif --format json` (docs/whatif.md): every scalar region metric of each region
and of the whole network '*' before and after, with the change; the actors cut off from
their region's largest component; fragmentation; sector pairs that lose their last tie;
each region's edge connectivity with a minimum cut. The remove_* arguments combine.

remove_actors        actor ids: a list, or a comma-separated str.
remove_role          every actor of this role (e.g. 'regional_coordinator').
remove_kind          every actor of this kind.
remove_sector        every actor of this sector.
remove_tie_type      every tie of this type (e.g. 'council').
remove_projects      project ids (the ties they stand for): a list or a comma-separated str.
remove_project_type  every project of this type.
after_year           every tie and project dated after this year (undated ones stay).
region               report only these region ids (a str or a list); '*' is always there.
pair                 two actor ids: their actor-disjoint paths before and after.
each_role            instead: remove each actor of this role alone and rank them per
                     region by the fragmentation they would leave ({"role", "regions":
                     [{"id", "rows": [...]}]}, as `whatif --each-role --format json`).
each_actor           the same for every actor; each_project for every project.
top                  with each_*: keep the N most damaging per region (0: all).
weighted, seed, permutations, projects, project_weighting  as in metrics() and helix().

Unknown actors, roles, sectors, types or regions raise UsageError with the closest name.
Releases the GIL; Ctrl-C raises KeyboardInterrupt.)";

constexpr const char* evaluate_doc = R"(Programme evaluation, as `ecosys evaluate --format json` (docs/evaluation.md):
the difference in differences of region metrics between a window before (pre="A-B") and
after (post="C-D") for the treated regions against the controls, with randomization
p-values, and the durability of the ties first formed in the programme's projects
(Kaplan-Meier, log-rank). Returns {"programme", "pre", "post", "treated", "control",
"metrics": [{"key", "did", "p_value", ...}], "regions": [...], "durability": {...}, "notes"}.)";

constexpr const char* qap_doc = R"(QAP regression or correlation, as `ecosys qap --format json` (docs/qap.md): does
sharing a region, a sector or earlier ties predict collaboration, holding the rest fixed?

x            predictors: a list (or a comma-separated str) of same_region, same_sector,
             same_kind, same_role, same_community, prior_ties:A-B, attr_diff:ATTR,
             attr_sum:ATTR, matrix:FILE.
y            'ties' (default), 'weight', or a CSV file (pair list or matrix).
model        'ols' (sna's netlm) or 'logit' (netlogit); null 'dsp' (Dekker) or 'y'.
permutations joint row-and-column permutations for the p-values (0: none); seed.
region       within one region ('*': the whole network); directed reads tie direction.
correlate    the QAP correlation of y and the one predictor instead.
Returns {"model", "null", "n_dyads", "permutations", "r2" | "aic", "coefficients":
[{"term", "estimate", "std_error", "t", "p_greater", "p_less", "p_two_sided"}], ...}.
Releases the GIL; Ctrl-C raises KeyboardInterrupt.)";

constexpr const char* keyplayers_doc = R"(Key players (Borgatti 2006), as `ecosys keyplayers --format json` (docs/whatif.md):
the k actors whose removal leaves a region most fragmented (goal='fragment': share of
actor pairs with no path left between them), or who reach the most other actors within
`radius` steps (goal='reach'). Every set is tried when that should take about a second
("exact": true); otherwise a greedy start plus swap improvement with seeded restarts, and
"upper_bound" bounds the best score.

k           size of the set (at least 1).
goal        'fragment' or 'reach'.
radius      reach: steps within which an actor counts as reached.
region      search inside these regions (a str or a list; each with the regions below
            it); default: the whole network '*'.
candidates  only actors of this role or sector may be chosen.
seed        seed of the random restarts (same seed, same answer).
restarts    local searches: the greedy set and random sets.
projects, project_weighting  as in metrics().)";

constexpr const char* from_networkx_doc = R"(The network of a NetworkX graph (Graph, DiGraph, MultiGraph or MultiDiGraph), mapped
by the importer of GraphML and the other formats:
  node id           the actor id (str() of the node)
  sector_attr       node attribute holding the sector (default 'sector')
  region_attr       node attribute holding the region (default 'region')
  name_attr, id_attr, type_attr, weight_attr, sector_map, default_sector
                    as in ecosys.load()
  kind, role, needs, seeds   read from node attributes of those names; every other
                    node attribute is kept in the actor's attributes
  type, weight, year, directed   read from edge attributes (directed: default the
                    graph's is_directed()); other edge attributes are not kept (warned)
  G.graph           name, and sectors, regions and projects as to_networkx() writes them
name              the network's name (default G.graph['name'], else 'networkx').
Raises ecosys.InputError whose diagnostics locate problems as G.nodes:N (the N-th
node), G.edges:N or G.graph.)";

constexpr const char* to_networkx_doc = R"(The network as a NetworkX graph that ecosys.from_networkx() reads back unchanged:
nodes keyed by actor id with name, sector, region, kind, role, needs, seeds (those
set) and the actor's other attributes; one edge per tie with type, weight and year.
A MultiGraph when no tie is directed; else a MultiDiGraph whose edges carry
directed=True/False. G.graph holds name, creator, sectors, regions and projects.
Projects are not edges of this graph.

measured           True: instead, the graph ecosys measures, a simple nx.Graph: one node
                   per actor (name, sector, region), one edge per tied pair, with parallel
                   ties and each pair of a project's participants merged into its weight.
                   NetworkX's functions on it give ecosys's values (weighted metrics read
                   weight as strength, 1/weight as path length).
projects, project_weighting  with measured=True, as in metrics().)";

}  // namespace

}  // namespace ecosys::python

PYBIND11_MODULE(ecosys, m) {
    using namespace ecosys::python;
    using ecosys::python::NetworkHandle;
    m.doc() = module_doc;
    m.attr("__version__") = ECOSYS_VERSION;
    register_errors(m);
    register_result_types(m);

    actor_type = make_record(m, "Actor",
                             {"id", "name", "sector", "region", "kind", "role", "needs", "seeds", "attributes"},
                             "An actor: region is None when it has none; attributes holds the file's extra values.");
    tie_type = make_record(m, "Tie", {"source", "target", "type", "weight", "year", "directed"},
                           "A tie between two actors (their ids); year is None when not given.");
    region_type = make_record(m, "Region", {"id", "name", "parent", "declared"},
                              "A region; parent is None at the top; declared is False for a region only named by actors.");
    sector_type = make_record(m, "Sector", {"id", "label", "color"}, "A sector (helix); label and color may be ''.");
    project_type = make_record(m, "Project",
                               {"id", "name", "type", "year", "region", "participants", "end_year", "programme", "funding",
                                "roles", "participant_funding"},
                               "A project joining several actors (participants: their ids); roles and participant_funding "
                               "are parallel to participants (None where not given); programme is None without one.");
    programme_type = make_record(m, "Programme", {"id", "name", "regions", "years", "budget"},
                                 "A programme: the regions it was declared for, years (first, last) or None, budget or None.");

    py::class_<Svg>(m, "SVG",
                    "A diagram: shows inline in Jupyter (_repr_svg_); str() or .data is the SVG text; .save(path) writes "
                    "it (or .png, .pdf, .dot by the extension).")
        .def_property_readonly("data", [](const Svg& s) { return s.data; }, "The SVG text.")
        .def_property_readonly("notes", [](const Svg& s) { return s.notes; },
                               "What the reader of the diagram should know (also issued as ecosys.EcosysWarning).")
        .def("_repr_svg_", [](const Svg& s) { return s.data; })
        .def("__str__", [](const Svg& s) { return s.data; })
        .def("__repr__",
             [](const Svg& s) {
                 return "<ecosys.SVG: " + s.diagram.title + ", " + std::to_string(s.diagram.nodes.size()) + " nodes, " +
                        std::to_string(s.diagram.edges.size()) + " lines, " + std::to_string(s.data.size()) + " bytes>";
             })
        .def("save", &Svg::save, py::arg("path"), py::arg("format") = py::none(),
             "save(path, format=None): write the diagram, atomically, in the format of the extension (.svg, .png, .pdf, "
             ".dot, .gv) or `format`. Formats other than SVG are drawn again from the same diagram (same layout).");

    py::class_<NetworkHandle, std::shared_ptr<NetworkHandle>>(
        m, "Network",
        "A network: actors (with sector and region), ties, regions, sectors and projects. Made by ecosys.load() or "
        "ecosys.from_networkx(); read-only. len(net) is the number of actors.")
        .def_property_readonly("name", [](const NetworkHandle& h) { return h.network().name; })
        .def_property_readonly(
            "source", [](const NetworkHandle& h) { return text_or_none(h.source()); },
            "The path it was loaded from; None for a graph from NetworkX.")
        .def_property_readonly(
            "actors",
            [](const NetworkHandle& h) {
                py::list out;
                for (const ecosys::Actor& a : h.network().actors)
                    out.append(record(actor_type)(a.id, a.name, a.sector, text_or_none(a.region), a.kind, a.role,
                                                  strings(a.needs), strings(a.seeds), to_python(a.attributes.to_json())));
                return out;
            },
            "List of ecosys.Actor(id, name, sector, region, kind, role, needs, seeds, attributes), file order "
            "(pandas.DataFrame(net.actors) makes a table).")
        .def_property_readonly(
            "ties",
            [](const NetworkHandle& h) {
                py::list out;
                const ecosys::Network& net = h.network();
                for (const ecosys::Tie& t : net.ties)
                    out.append(record(tie_type)(net.actors[t.source].id, net.actors[t.target].id, t.type, t.weight,
                                                year_or_none(t.year), t.directed));
                return out;
            },
            "List of ecosys.Tie(source, target, type, weight, year, directed), file order.")
        .def_property_readonly(
            "regions",
            [](const NetworkHandle& h) {
                py::list out;
                for (const ecosys::Region& r : h.network().regions)
                    out.append(record(region_type)(r.id, r.name, text_or_none(r.parent), r.declared));
                return out;
            },
            "List of ecosys.Region(id, name, parent, declared): declared ones, then those only named by actors.")
        .def_property_readonly(
            "sectors",
            [](const NetworkHandle& h) {
                py::list out;
                for (const ecosys::Sector& s : h.network().sectors) out.append(record(sector_type)(s.id, s.label, s.color));
                return out;
            },
            "List of ecosys.Sector(id, label, color).")
        .def_property_readonly(
            "projects",
            [](const NetworkHandle& h) {
                py::list out;
                const ecosys::Network& net = h.network();
                const auto amount = [](const std::optional<double>& x) { return x ? py::object(py::float_(*x)) : py::none(); };
                for (const ecosys::Project& p : net.projects) {
                    py::list ids, roles, funding;
                    for (std::size_t k = 0; k < p.participants.size(); ++k) {
                        ids.append(net.actors[p.participants[k]].id);
                        roles.append(text_or_none(p.participation(k).role));
                        funding.append(amount(p.participation(k).funding));
                    }
                    out.append(record(project_type)(p.id, p.name, p.type, year_or_none(p.year), text_or_none(p.region), ids,
                                                    year_or_none(p.end_year), text_or_none(p.programme), amount(p.funding),
                                                    roles, funding));
                }
                return out;
            },
            "List of ecosys.Project(id, name, type, year, region, participants, end_year, programme, funding, roles, "
            "participant_funding).")
        .def_property_readonly(
            "programmes",
            [](const NetworkHandle& h) {
                py::list out;
                for (const ecosys::Programme& g : h.network().programmes) {
                    py::list regions;
                    for (const std::string& r : g.regions) regions.append(r);
                    py::object years = g.from && g.to ? py::object(py::make_tuple(*g.from, *g.to)) : py::none();
                    out.append(record(programme_type)(g.id, g.name, regions, years,
                                                      g.budget ? py::object(py::float_(*g.budget)) : py::none()));
                }
                return out;
            },
            "List of ecosys.Programme(id, name, regions, years, budget) the file declares (docs/evaluation.md).")
        .def_property_readonly(
            "currency", [](const NetworkHandle& h) { return text_or_none(h.network().currency); },
            "The currency of every funding and budget, or None.")
        .def_property_readonly(
            "warnings",
            [](const NetworkHandle& h) {
                py::list out;
                for (const ecosys::Diagnostic& d : h.warnings()) out.append(diagnostic_object(d));
                return out;
            },
            "The problems found while reading that did not stop it: ecosys.Diagnostic(file, line, column, message, "
            "severity).")
        .def("__len__", [](const NetworkHandle& h) { return h.network().actors.size(); })
        .def("__repr__",
             [](const NetworkHandle& h) {
                 const ecosys::Network& net = h.network();
                 return "<ecosys.Network " + std::string(py::str(py::repr(py::str(net.name)))) + ": " +
                        std::to_string(net.actors.size()) + " actors, " + std::to_string(net.ties.size()) + " ties, " +
                        std::to_string(net.regions.size()) + " regions, " + std::to_string(net.projects.size()) +
                        " projects>";
             })
        .def("info", &info,
             "info() -> dict: what `ecosys info --format json` prints: counts of actors, ties (directed, self-loops, "
             "across regions), projects, years, actors per sector and region, ties per type, warnings.")
        .def(
            "metrics",
            [](NetworkHandle& h, py::object only, std::optional<std::string> scope, py::object region, bool weighted,
               bool directed, unsigned threads, std::uint64_t seed, bool projects, std::string project_weighting,
               py::object approx, bool whole, bool as_frame) {
                AnalysisArgs analysis{.values = {.weighted = weighted, .directed = directed, .seed = seed, .threads = threads},
                                      .graph = graph_args(projects, project_weighting)};
                MetricsArgs a{only, scope, region, std::move(analysis), approx, whole, as_frame};
                return metrics(h, a);
            },
            py::kw_only(), py::arg("only") = py::none(), py::arg("scope") = py::none(), py::arg("region") = py::none(),
            py::arg("weighted") = false, py::arg("directed") = false, py::arg("threads") = 0, py::arg("seed") = 1,
            py::arg("projects") = true, py::arg("project_weighting") = "count", py::arg("approx") = py::none(),
            py::arg("whole") = true, py::arg("as_frame") = false, metrics_doc)
        .def(
            "helix",
            [](NetworkHandle& h, std::string scope, py::object region, bool weighted, std::size_t permutations,
               std::uint64_t seed, bool projects, std::string project_weighting, bool as_frame) {
                AnalysisArgs analysis{.values = {.weighted = weighted, .seed = seed, .ei_permutations = permutations},
                                      .graph = graph_args(projects, project_weighting)};
                HelixArgs a{scope, region, std::move(analysis), as_frame};
                return helix(h, a);
            },
            py::kw_only(), py::arg("scope") = "network", py::arg("region") = py::none(), py::arg("weighted") = false,
            py::arg("permutations") = 9999, py::arg("seed") = 1, py::arg("projects") = true,
            py::arg("project_weighting") = "count", py::arg("as_frame") = false, helix_doc)
        .def(
            "compare",
            [](std::shared_ptr<NetworkHandle> h, std::optional<std::string> by, py::object metrics,
               std::optional<std::string> region, py::object years, std::optional<std::string> sort, bool weighted,
               std::size_t samples, std::uint64_t seed, unsigned threads, bool projects, std::string project_weighting,
               bool whole, py::object labels, bool as_frame) {
                CompareArgs a{by,     metrics, region, years, sort,
                              compare_analysis(weighted, samples, seed, threads, projects, project_weighting),
                              whole,  labels,  as_frame};
                return compare({h}, a);
            },
            py::kw_only(), py::arg("by") = py::none(), py::arg("metrics") = py::none(), py::arg("region") = py::none(),
            py::arg("years") = py::none(), py::arg("sort") = py::none(), py::arg("weighted") = false,
            py::arg("samples") = 100, py::arg("seed") = 1, py::arg("threads") = 0, py::arg("projects") = true,
            py::arg("project_weighting") = "count", py::arg("whole") = true, py::arg("labels") = py::none(),
            py::arg("as_frame") = false, compare_doc)
        .def(
            "render",
            [](NetworkHandle& h, std::optional<std::string> region, bool overview, const py::kwargs& options) {
                return render_diagram(h, region, overview, options);
            },
            py::arg("region") = py::none(), py::arg("overview") = false, render_doc)
        .def(
            "report",
            [](NetworkHandle& h, const std::filesystem::path& path, bool weighted, std::uint64_t seed, std::size_t samples,
               std::size_t permutations, std::string layout, unsigned threads, bool projects,
               std::string project_weighting, bool quiet, std::size_t max_diagram_actors) {
                AnalysisArgs analysis{.values = {.weighted = weighted,
                                                 .seed = seed,
                                                 .ei_permutations = permutations,
                                                 .samples = samples,
                                                 .threads = threads},
                                      .graph = graph_args(projects, project_weighting)};
                ReportArgs a{std::move(analysis), layout, quiet, max_diagram_actors};
                report(h, path, a);
            },
            py::arg("path"), py::kw_only(), py::arg("weighted") = false, py::arg("seed") = 1, py::arg("samples") = 100,
            py::arg("permutations") = 9999, py::arg("layout") = "auto", py::arg("threads") = 0,
            py::arg("projects") = true, py::arg("project_weighting") = "count", py::arg("quiet") = false,
            py::arg("max_diagram_actors") = ecosys::ReportOptions{}.max_diagram_actors, report_doc)
        .def(
            "whatif",
            [](NetworkHandle& h, py::object remove_actors, std::optional<std::string> remove_role,
               std::optional<std::string> remove_kind, std::optional<std::string> remove_sector,
               std::optional<std::string> remove_tie_type, py::object remove_projects,
               std::optional<std::string> remove_project_type, std::optional<int> after_year, py::object region,
               py::object pair, std::optional<std::string> each_role, bool each_actor, bool each_project, std::size_t top,
               bool weighted, std::uint64_t seed, std::size_t permutations, bool projects, std::string project_weighting) {
                WhatIfArgs a;
                a.remove_actors = remove_actors;
                a.remove_role = remove_role;
                a.remove_kind = remove_kind;
                a.remove_sector = remove_sector;
                a.remove_tie_type = remove_tie_type;
                a.remove_projects = remove_projects;
                a.remove_project_type = remove_project_type;
                a.after_year = after_year;
                a.region = region;
                a.pair = pair;
                a.each_role = each_role;
                a.each_actor = each_actor;
                a.each_project = each_project;
                a.top = top;
                a.analysis = {.values = {.weighted = weighted, .seed = seed, .ei_permutations = permutations},
                              .graph = graph_args(projects, project_weighting)};
                return whatif(h, a);
            },
            py::kw_only(), py::arg("remove_actors") = py::none(), py::arg("remove_role") = py::none(),
            py::arg("remove_kind") = py::none(), py::arg("remove_sector") = py::none(),
            py::arg("remove_tie_type") = py::none(), py::arg("remove_projects") = py::none(),
            py::arg("remove_project_type") = py::none(), py::arg("after_year") = py::none(),
            py::arg("region") = py::none(), py::arg("pair") = py::none(), py::arg("each_role") = py::none(),
            py::arg("each_actor") = false, py::arg("each_project") = false, py::arg("top") = 0,
            py::arg("weighted") = false, py::arg("seed") = 1, py::arg("permutations") = 9999,
            py::arg("projects") = true, py::arg("project_weighting") = "count", whatif_doc)
        .def(
            "evaluate",
            [](NetworkHandle& h, std::string programme, std::optional<std::string> pre, std::optional<std::string> post,
               py::object treated, py::object control, py::object metrics, std::string weight_by, std::uint64_t permutations,
               std::uint64_t seed, bool event_study, bool weighted, bool projects, std::string project_weighting) {
                EvaluateArgs a;
                a.programme = std::move(programme);
                a.pre = std::move(pre);
                a.post = std::move(post);
                a.treated = treated;
                a.control = control;
                a.metrics = metrics;
                a.weight_by = std::move(weight_by);
                a.permutations = permutations;
                a.event_study = event_study;
                a.analysis = {.values = {.weighted = weighted, .seed = seed}, .graph = graph_args(projects, project_weighting)};
                return evaluate(h, a);
            },
            py::arg("programme"), py::kw_only(), py::arg("pre") = py::none(), py::arg("post") = py::none(),
            py::arg("treated") = py::none(), py::arg("control") = py::none(), py::arg("metrics") = py::none(),
            py::arg("weight_by") = "none", py::arg("permutations") = 9999, py::arg("seed") = 1,
            py::arg("event_study") = false, py::arg("weighted") = false, py::arg("projects") = true,
            py::arg("project_weighting") = "count", evaluate_doc)
        .def(
            "qap",
            [](NetworkHandle& h, py::object x, std::string y, std::string model, std::string null, std::uint64_t permutations,
               std::uint64_t seed, bool directed, std::string region, bool correlate, std::uint64_t max_actors, bool projects,
               std::string project_weighting) {
                QapArgs a;
                a.x = x;
                a.y = std::move(y);
                a.model = std::move(model);
                a.null = std::move(null);
                a.settings.permutations = permutations;
                a.settings.scope = std::move(region);
                a.settings.correlate = correlate;
                a.settings.max_actors = max_actors;
                a.analysis = {.values = {.directed = directed, .seed = seed}, .graph = graph_args(projects, project_weighting)};
                return qap(h, a);
            },
            py::kw_only(), py::arg("x"), py::arg("y") = "ties", py::arg("model") = "ols", py::arg("null") = "dsp",
            py::arg("permutations") = 1000, py::arg("seed") = 1, py::arg("directed") = false, py::arg("region") = "*",
            py::arg("correlate") = false, py::arg("max_actors") = 2000, py::arg("projects") = true,
            py::arg("project_weighting") = "count", qap_doc)
        .def(
            "keyplayers",
            [](NetworkHandle& h, std::size_t k, std::string goal, unsigned radius, py::object region,
               std::optional<std::string> candidates, std::uint64_t seed, std::size_t restarts, bool projects,
               std::string project_weighting) {
                AnalysisArgs analysis{.values = {.seed = seed}, .graph = graph_args(projects, project_weighting)};
                KeyPlayersArgs a{k, goal, radius, region, candidates, restarts, std::move(analysis)};
                return keyplayers(h, a);
            },
            py::kw_only(), py::arg("k"), py::arg("goal") = "fragment", py::arg("radius") = 1, py::arg("region") = py::none(),
            py::arg("candidates") = py::none(), py::arg("seed") = 1, py::arg("restarts") = 8, py::arg("projects") = true,
            py::arg("project_weighting") = "count", keyplayers_doc)
        .def(
            "to_networkx",
            [](const NetworkHandle& h, bool measured, bool projects, std::string project_weighting) {
                if (!measured) {
                    if (!projects || project_weighting != "count")
                        throw ecosys::UsageError("projects and project_weighting shape the measured graph: give them with "
                                         "measured=True");
                    return to_networkx(h.network());
                }
                return measured_graph(h.network(), graph_options(graph_args(projects, project_weighting)));
            },
            py::kw_only(), py::arg("measured") = false, py::arg("projects") = true,
            py::arg("project_weighting") = "count", to_networkx_doc)
        .def("clear_cache", &NetworkHandle::clear_caches,
             "Forget what metrics(), helix(), compare(), render() and report() computed (frees its memory).")
        .def(
            "cache_stats",
            [](NetworkHandle& h) {
                py::list out;
                for (const auto& [options, stats] : h.stats())
                    for (const ecosys::KernelStat& s : stats) {
                        py::dict d;
                        d["kernel"] = s.kernel;
                        d["runs"] = s.runs;
                        d["seconds"] = s.seconds;
                        d["weighted"] = options.weighted;
                        d["seed"] = options.seed;
                        out.append(d);
                    }
                return out;
            },
            "How often each kernel ran on this network, over all scopes, and for how long (as --stats): one dict per "
            "kernel and set of options.");

    // The functions after the classes, so that their signatures name ecosys.Network.
    m.def("load", &load, py::arg("path"), py::kw_only(), py::arg("quiet") = false, load_doc);

    m.def(
        "from_networkx",
        [](py::object graph, std::optional<std::string> name, bool quiet, const py::kwargs& kwargs) {
            return from_networkx(graph, import_options(kwargs, false), name, quiet);
        },
        py::arg("G"), py::kw_only(), py::arg("name") = py::none(), py::arg("quiet") = false, from_networkx_doc);

    m.def(
        "compare",
        [](py::object networks, std::optional<std::string> by, py::object metrics, std::optional<std::string> region,
           py::object years, std::optional<std::string> sort, bool weighted, std::size_t samples, std::uint64_t seed,
           unsigned threads, bool projects, std::string project_weighting, bool whole, py::object labels, bool as_frame) {
            CompareArgs a{by,     metrics, region, years, sort,
                          compare_analysis(weighted, samples, seed, threads, projects, project_weighting),
                          whole,  labels,  as_frame};
            return compare(network_list(networks), a);
        },
        py::arg("networks"), py::kw_only(), py::arg("by") = py::none(), py::arg("metrics") = py::none(),
        py::arg("region") = py::none(), py::arg("years") = py::none(), py::arg("sort") = py::none(),
        py::arg("weighted") = false, py::arg("samples") = 100, py::arg("seed") = 1, py::arg("threads") = 0,
        py::arg("projects") = true, py::arg("project_weighting") = "count", py::arg("whole") = true,
        py::arg("labels") = py::none(), py::arg("as_frame") = false,
        (std::string("Networks side by side (by='network', the default for several), or the regions or years of one "
                     "network. networks: a list of ecosys.Network (or one). Every other argument as in "
                     "Network.compare():\n\n") +
         compare_doc)
            .c_str());

    m.def("metric_registry", &metric_registry,
          "The metric registry: one dict per metric (key, label, level 'actor' or 'region', definition, anchor of its "
          "written definition, weighted, directed, scalar), actor metrics first. Network.metrics(only=...) takes these "
          "keys.");
}
