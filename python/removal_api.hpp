#pragma once
// Network.whatif() and Network.keyplayers(): `ecosys whatif` and `ecosys keyplayers`
// from Python, through the network's analysis cache (so progress and Ctrl-C are the
// watch's), returning the structure and values of their --format json output.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include <pybind11/pybind11.h>

#include "analysis_api.hpp"
#include "network_handle.hpp"

namespace ecosys::python {

namespace py = pybind11;

struct WhatIfArgs {
    py::object remove_actors = py::none();
    std::optional<std::string> remove_role, remove_kind, remove_sector, remove_tie_type;
    py::object remove_projects = py::none();
    std::optional<std::string> remove_project_type;
    std::optional<int> after_year;
    py::object region = py::none();
    py::object pair = py::none();
    std::optional<std::string> each_role;
    bool each_actor = false;
    bool each_project = false;
    std::size_t top = 0;
    AnalysisArgs analysis;  ///< weighted, seed, permutations, projects
};
/// `ecosys whatif --format json`: with a removal, the before/after document; with
/// each_role / each_actor / each_project, the ranking of single removals.
py::object whatif(NetworkHandle& h, const WhatIfArgs& args);

struct KeyPlayersArgs {
    std::size_t k = 1;
    std::string goal = "fragment";
    unsigned radius = 1;
    py::object region = py::none();
    std::optional<std::string> candidates;
    std::size_t restarts = 8;
    AnalysisArgs analysis;  ///< seed, projects
};
/// `ecosys keyplayers --format json`.
py::object keyplayers(NetworkHandle& h, const KeyPlayersArgs& args);

}  // namespace ecosys::python
