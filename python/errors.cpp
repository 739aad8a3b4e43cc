#include "errors.hpp"

#include <exception>

#include "ecosys/progress.hpp"

namespace ecosys::python {

namespace {

// Module-lifetime types: new references held for the life of the process (the
// module holds them too), so nothing is released after the interpreter is gone.
PyObject* error_type = nullptr;
PyObject* input_error_type = nullptr;
PyObject* usage_error_type = nullptr;
PyObject* render_error_type = nullptr;
PyObject* output_error_type = nullptr;
PyObject* input_warning_type = nullptr;
PyObject* note_warning_type = nullptr;
PyObject* diagnostic_type = nullptr;

PyObject* new_type(py::module_& m, const char* name, const char* doc, py::tuple bases) {
    const std::string full = std::string("ecosys.") + name;
    PyObject* type = PyErr_NewExceptionWithDoc(full.c_str(), doc, bases.ptr(), nullptr);
    if (!type) throw py::error_already_set();
    m.attr(name) = py::reinterpret_borrow<py::object>(type);
    return type;
}

py::tuple bases(std::initializer_list<PyObject*> types) {
    py::tuple out(types.size());
    std::size_t i = 0;
    for (PyObject* t : types) out[i++] = py::reinterpret_borrow<py::object>(t);
    return out;
}

void raise_input_error(const InputError& e) {
    py::list diagnostics;
    for (const Diagnostic& d : e.diagnostics()) diagnostics.append(diagnostic_object(d));
    py::object exc = py::reinterpret_borrow<py::object>(input_error_type)(e.what());
    exc.attr("diagnostics") = diagnostics;
    PyErr_SetObject(input_error_type, exc.ptr());
}

}  // namespace

void register_errors(py::module_& m) {
    py::object namedtuple = py::module_::import("collections").attr("namedtuple");
    py::object diagnostic = namedtuple("Diagnostic", py::make_tuple("file", "line", "column", "message", "severity"),
                                       py::arg("module") = "ecosys");
    diagnostic.attr("__doc__") =
        "One problem found in an input: file (the path, or G.nodes / G.edges / G.graph for a NetworkX graph), "
        "line and column (1-based; 0 when unknown; for a NetworkX graph the line is the position in G.nodes or "
        "G.edges), message, severity ('error' or 'warning').";
    m.attr("Diagnostic") = diagnostic;
    diagnostic_type = diagnostic.inc_ref().ptr();

    error_type = new_type(m, "Error", "Base of every error ecosys raises.", bases({PyExc_Exception}));
    input_error_type = new_type(m, "InputError",
                                "A file or graph is not a valid network. .diagnostics lists every problem found, "
                                "each a Diagnostic(file, line, column, message, severity); str() joins them one per "
                                "line as 'file:line:column: error: message'.",
                                bases({error_type, PyExc_ValueError}));
    usage_error_type = new_type(m, "UsageError",
                                "A bad argument: an unknown metric, region or option, an option value out of range. "
                                "The message names the accepted values and the closest one.",
                                bases({error_type, PyExc_ValueError}));
    render_error_type = new_type(m, "RenderError", "Graphviz could not lay out or draw a diagram.", bases({error_type}));
    output_error_type = new_type(m, "OutputError", "A file could not be written; a previous file is left intact.",
                                 bases({error_type, PyExc_OSError}));
    input_warning_type = new_type(m, "InputWarning", "A problem in the input that ecosys worked around (one warning each).",
                                  bases({PyExc_UserWarning}));
    note_warning_type = new_type(m, "EcosysWarning", "A note about a diagram or report (e.g. what Graphviz warned about).",
                                 bases({PyExc_UserWarning}));

    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const InputError& e) {
            raise_input_error(e);
        } catch (const UsageError& e) {
            PyErr_SetString(usage_error_type, e.what());
        } catch (const RenderError& e) {
            PyErr_SetString(render_error_type, e.what());
        } catch (const OutputError& e) {
            PyErr_SetString(output_error_type, e.what());
        } catch (const Cancelled&) {
            PyErr_SetNone(PyExc_KeyboardInterrupt);
        } catch (const Error& e) {
            PyErr_SetString(error_type, e.what());
        }
    });
}

py::object diagnostic_object(const Diagnostic& d) {
    return py::reinterpret_borrow<py::object>(diagnostic_type)(
        d.where.source, d.where.line, d.where.column, d.message,
        d.severity == Diagnostic::Severity::error ? "error" : "warning");
}

void warn_input(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics)
        if (PyErr_WarnEx(input_warning_type, d.to_string().c_str(), 2) < 0) throw py::error_already_set();
}

void warn_note(const std::string& text) {
    if (PyErr_WarnEx(note_warning_type, text.c_str(), 2) < 0) throw py::error_already_set();
}

}  // namespace ecosys::python
