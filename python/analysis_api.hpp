#pragma once
// What ecosys.Network's methods and ecosys.compare() do: turn Python arguments into
// the library's options (the same ones the command line fills from its flags), run
// the library through the network's analysis cache with the GIL released, and hand
// the result back as the JSON writer's document (metrics_writer.hpp, helix_writer.hpp,
// comparison_writer.hpp) converted to Python, or as pandas DataFrames. No metric has
// code of its own here: keys, columns and values come from the registry.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pybind11/pybind11.h>

#include "ecosys/render/diagram.hpp"
#include "ecosys/report/report.hpp"
#include "network_handle.hpp"

namespace ecosys::python {

namespace py = pybind11;

/// How projects enter the graph (projects=, project_weighting=).
struct GraphArgs {
    bool projects = true;
    std::string project_weighting = "count";
};

/// The library's GraphOptions for them (UsageError for an unknown weighting).
GraphOptions graph_options(const GraphArgs& args);

/// The analysis settings of a method's keywords: `values` holds those it has (weighted=,
/// directed=, threads=, seed=, samples=, permutations= of the E-I test as
/// ei_permutations), the others keep their defaults; `graph` holds projects= and
/// project_weighting=. Each binding fills it in one expression, e.g.
/// AnalysisArgs{.values = {.weighted = weighted, .seed = seed}, .graph = {projects, weighting}},
/// and options() makes it the one AnalysisOptions its request holds, as the command
/// line's AnalysisGiven::analysis() does.
struct AnalysisArgs {
    AnalysisOptions values{};
    GraphArgs graph{};

    /// `values` with the graph options; a count past its limit is a UsageError.
    [[nodiscard]] AnalysisOptions options() const;
};

struct MetricsArgs {
    py::object only = py::none();
    std::optional<std::string> scope;
    py::object region = py::none();
    AnalysisArgs analysis;
    py::object approx = py::none();
    bool whole = true;
    bool as_frame = false;
};
py::object metrics(NetworkHandle& h, const MetricsArgs& args);

struct HelixArgs {
    std::string scope = "network";
    py::object region = py::none();
    AnalysisArgs analysis;
    bool as_frame = false;
};
py::object helix(NetworkHandle& h, const HelixArgs& args);

struct CompareArgs {
    std::optional<std::string> by;
    py::object metrics = py::none();
    std::optional<std::string> region;
    py::object years = py::none();
    std::optional<std::string> sort;
    AnalysisArgs analysis;
    bool whole = true;
    py::object labels = py::none();
    bool as_frame = false;
};
/// ecosys.compare(networks, ...) and Network.compare(...) (one network).
py::object compare(const std::vector<std::shared_ptr<NetworkHandle>>& networks, const CompareArgs& args);

/// A drawn diagram: its SVG, and the diagram itself for other formats.
struct Svg {
    render::Diagram diagram;
    std::string data;
    std::vector<std::string> notes;
    /// Writes the diagram to `path` in the format its extension names (.svg, .png,
    /// .pdf, .dot or .gv), atomically; `format` overrides the extension.
    void save(const std::filesystem::path& path, const std::optional<std::string>& format) const;
};
Svg render_diagram(NetworkHandle& h, const std::optional<std::string>& region, bool overview, const py::kwargs& options);

struct ReportArgs {
    AnalysisArgs analysis;
    std::string layout = "auto";
    bool quiet = false;
    std::size_t max_diagram_actors = ReportOptions{}.max_diagram_actors;
};
void report(NetworkHandle& h, const std::filesystem::path& output, const ReportArgs& args);

/// Creates the namedtuple types MetricTables and HelixTables in `m`.
void register_result_types(py::module_& m);

/// The summary `ecosys info --format json` prints, as a dict.
py::object info(const NetworkHandle& h);

/// The metric registry: one dict per metric (key, label, level, definition, anchor,
/// weighted, directed, scalar), actor metrics first.
py::list metric_registry();

}  // namespace ecosys::python
