#pragma once
// Values between nlohmann::json and Python: the JSON writers' documents become the
// dicts and lists `json.loads` would give for the command line's --format json
// output, and NetworkX attributes become JSON values for the importer.

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pybind11/pybind11.h>

namespace ecosys::python {

namespace py = pybind11;

/// The Python value of `value`: None, bool, int, float, str, list or dict (keys in
/// the document's order). A non-finite number becomes None, as the writers print it.
py::object to_python(const nlohmann::ordered_json& value);
py::object to_python(const nlohmann::json& value);

/// The JSON value of a Python value: None, bool, int, float, str, lists and tuples,
/// dicts (keys as str()), and NumPy scalars and arrays (through .tolist()). Anything else becomes
/// its str(), and its type's name is added to `lossy` (once) so the caller can warn.
/// Throws UsageError (Python: ecosys.UsageError) for a value nested deeper than
/// max_python_depth levels, or one that holds itself; a str() that raises raises.
inline constexpr int max_python_depth = 64;
nlohmann::json from_python(py::handle value, std::vector<std::string>& lossy, int depth = 0);

/// The text of a str or os.PathLike argument; UsageError naming `what` otherwise.
std::string text_argument(py::handle value, const std::string& what);

/// A list of strings from None (empty), one str, or an iterable of str (a comma in a
/// str separates items, as on the command line when `split` is true).
std::vector<std::string> string_list(py::handle value, const std::string& what, bool split = false);

/// Throws UsageError "NAME must be at most MAX; got VALUE" when `value` is above `max`
/// (one of ecosys/counts.hpp's limits, as the command line checks its options).
void require_at_most(std::uint64_t value, std::uint64_t max, const std::string& name);

/// pandas, or ImportError saying that `what` needs it.
py::module_ import_pandas(const std::string& what);

}  // namespace ecosys::python
