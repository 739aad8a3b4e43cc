#pragma once
// Network.qap(): `ecosys qap` from Python, returning the structure and values of its
// --format json output (docs/qap.md).

#include <cstdint>
#include <string>

#include <pybind11/pybind11.h>

#include "analysis_api.hpp"
#include "ecosys/analysis/qap_analysis.hpp"
#include "network_handle.hpp"

namespace ecosys::python {

namespace py = pybind11;

struct QapArgs {
    std::string y = "ties";
    py::object x = py::none();
    std::string model = "ols";
    std::string null = "dsp";
    /// permutations (the QAP's relabellings), correlate, scope (region=) and max_actors,
    /// as the request holds them.
    QapRequest settings;
    AnalysisArgs analysis;  ///< seed, directed, projects
};

/// `ecosys qap --format json` as a dict.
py::object qap(NetworkHandle& h, const QapArgs& args);

}  // namespace ecosys::python
