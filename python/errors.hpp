#pragma once
// The module's exceptions and warnings. The library's errors become Python ones:
//   ecosys.Error             every error of the library (Exception)
//   ecosys.InputError        a file or graph that is not a valid network (also ValueError);
//                            .diagnostics lists every problem as Diagnostic(file, line,
//                            column, message, severity)
//   ecosys.UsageError        a bad argument: unknown metric, region, option (also ValueError)
//   ecosys.RenderError       Graphviz could not draw a diagram
//   ecosys.OutputError       a file could not be written (also OSError)
//   ecosys.InputWarning      a warning about the input (warnings.warn, one per problem)
//   ecosys.EcosysWarning     notes of diagrams and reports
// Cancelled (Ctrl-C through the Progress flag) becomes KeyboardInterrupt.

#include <string>
#include <vector>

#include <pybind11/pybind11.h>

#include "ecosys/error.hpp"

namespace ecosys::python {

namespace py = pybind11;

/// Creates the exception and warning types in `m` and installs the translator.
void register_errors(py::module_& m);

/// The Diagnostic namedtuple of `d`.
py::object diagnostic_object(const Diagnostic& d);

/// warnings.warn(d.to_string(), InputWarning) for each of `diagnostics`.
void warn_input(const std::vector<Diagnostic>& diagnostics);

/// warnings.warn(text, EcosysWarning).
void warn_note(const std::string& text);

}  // namespace ecosys::python
