#pragma once
// Network.evaluate(): `ecosys evaluate` from Python, returning the structure and values
// of its --format json output (docs/evaluation.md).

#include <cstdint>
#include <optional>
#include <string>

#include <pybind11/pybind11.h>

#include "analysis_api.hpp"
#include "network_handle.hpp"

namespace ecosys::python {

namespace py = pybind11;

struct EvaluateArgs {
    std::string programme;
    std::optional<std::string> pre, post;
    py::object treated = py::none(), control = py::none(), metrics = py::none();
    std::string weight_by = "none";
    std::uint64_t permutations = 9999;  ///< of the programme's permutation test
    bool event_study = false;
    AnalysisArgs analysis;  ///< weighted, seed, projects
};

/// `ecosys evaluate --format json` as a dict.
py::object evaluate(NetworkHandle& h, const EvaluateArgs& args);

}  // namespace ecosys::python
