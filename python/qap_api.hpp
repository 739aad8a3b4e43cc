#pragma once
// Network.qap(): `ecosys qap` from Python, returning the structure and values of its
// --format json output (docs/qap.md).

#include <cstdint>
#include <string>

#include <pybind11/pybind11.h>

#include "analysis_api.hpp"
#include "network_handle.hpp"

namespace ecosys::python {

namespace py = pybind11;

struct QapArgs {
    std::string y = "ties";
    py::object x = py::none();
    std::string model = "ols";
    std::string null = "dsp";
    std::uint64_t permutations = 1000;  ///< the QAP's relabellings
    std::string region = "*";
    bool correlate = false;
    std::uint64_t max_actors = 2000;
    AnalysisArgs analysis;  ///< seed, directed, projects
};

/// `ecosys qap --format json` as a dict.
py::object qap(NetworkHandle& h, const QapArgs& args);

}  // namespace ecosys::python
