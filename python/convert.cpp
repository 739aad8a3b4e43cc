#include "convert.hpp"

#include <cmath>
#include <algorithm>

#include "ecosys/error.hpp"
#include "util/text.hpp"

namespace ecosys::python {

namespace {

template <class Json>
py::object convert(const Json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
        return py::none();
    case nlohmann::json::value_t::boolean:
        return py::bool_(value.template get<bool>());
    case nlohmann::json::value_t::number_integer:
        return py::int_(value.template get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned:
        return py::int_(value.template get<std::uint64_t>());
    case nlohmann::json::value_t::number_float: {
        const double d = value.template get<double>();
        if (!std::isfinite(d)) return py::none();
        return py::float_(d);
    }
    case nlohmann::json::value_t::string:
        return py::str(value.template get_ref<const std::string&>());
    case nlohmann::json::value_t::array: {
        py::list out(value.size());
        std::size_t i = 0;
        for (const auto& item : value) out[i++] = convert(item);
        return out;
    }
    case nlohmann::json::value_t::object: {
        py::dict out;
        for (auto it = value.begin(); it != value.end(); ++it) out[py::str(it.key())] = convert(it.value());
        return out;
    }
    case nlohmann::json::value_t::binary:
        break;
    }
    return py::none();
}

void note_lossy(std::vector<std::string>& lossy, py::handle value) {
    std::string type = py::str(py::type::handle_of(value).attr("__name__"));
    if (std::find(lossy.begin(), lossy.end(), type) == lossy.end()) lossy.push_back(type);
}

}  // namespace

py::object to_python(const nlohmann::ordered_json& value) { return convert(value); }
py::object to_python(const nlohmann::json& value) { return convert(value); }

nlohmann::json from_python(py::handle value, std::vector<std::string>& lossy, int depth) {
    // A value nested deeper than any network needs (or a list that holds itself) is
    // refused before the recursion could exhaust the stack, as the JSON reader does.
    if (depth > max_python_depth)
        throw UsageError("an attribute value is nested deeper than " + std::to_string(max_python_depth) +
                         " levels of lists and dicts (or holds itself); flatten it, or leave it out of the graph's attributes");
    if (value.is_none()) return nullptr;
    if (py::isinstance<py::bool_>(value)) return value.cast<bool>();
    if (py::isinstance<py::int_>(value)) {
        try {
            return value.cast<std::int64_t>();
        } catch (const py::cast_error&) {
            note_lossy(lossy, value);
            return std::string(py::str(value));
        }
    }
    if (py::isinstance<py::float_>(value)) return value.cast<double>();
    if (py::isinstance<py::str>(value)) return value.cast<std::string>();
    if (py::isinstance<py::dict>(value)) {
        nlohmann::json out = nlohmann::json::object();
        for (auto [k, v] : value.cast<py::dict>()) out[std::string(py::str(k))] = from_python(v, lossy, depth + 1);
        return out;
    }
    if (py::isinstance<py::list>(value) || py::isinstance<py::tuple>(value)) {
        nlohmann::json out = nlohmann::json::array();
        for (py::handle item : value) out.push_back(from_python(item, lossy, depth + 1));
        return out;
    }
    // NumPy scalars and arrays (numpy.int64 is no int): their Python values.
    if (py::hasattr(value, "tolist") && py::hasattr(value, "dtype")) {
        py::object plain = value.attr("tolist")();
        if (!py::hasattr(plain, "dtype")) return from_python(plain, lossy, depth + 1);
    }
    note_lossy(lossy, value);
    return std::string(py::str(value));
}

std::string text_argument(py::handle value, const std::string& what) {
    if (py::isinstance<py::str>(value)) return value.cast<std::string>();
    if (py::hasattr(value, "__fspath__")) {
        py::object path = py::module_::import("os").attr("fspath")(value);
        if (py::isinstance<py::str>(path)) return path.cast<std::string>();
    }
    throw UsageError(what + " expects a string, got " + std::string(py::str(py::repr(value))));
}

std::vector<std::string> string_list(py::handle value, const std::string& what, bool split) {
    std::vector<std::string> out;
    if (value.is_none()) return out;
    // A list's items are ids as they are, never split ("NEWMAN, M" is one actor); only
    // a single string may be a comma-separated list, read with the command line's rules.
    auto add = [&](py::handle item, bool split_it) {
        if (!py::isinstance<py::str>(item))
            throw UsageError(what + " expects strings, got " + std::string(py::str(py::repr(item))));
        std::string text = item.cast<std::string>();
        if (!split_it) {
            out.push_back(std::move(text));
            return;
        }
        for (std::string& part : detail::split_list(text)) out.push_back(std::move(part));
    };
    if (py::isinstance<py::str>(value)) {
        add(value, split);
        return out;
    }
    if (!py::hasattr(value, "__iter__"))
        throw UsageError(what + " expects a string or a list of strings, got " + std::string(py::str(py::repr(value))));
    for (py::handle item : value) add(item, false);
    return out;
}

void require_at_most(std::uint64_t value, std::uint64_t max, const std::string& name) {
    if (value > max)
        throw UsageError(name + " must be at most " + std::to_string(max) + " (as on the command line); got " + std::to_string(value));
}

py::module_ import_pandas(const std::string& what) {
    try {
        return py::module_::import("pandas");
    } catch (const py::error_already_set& e) {
        if (!e.matches(PyExc_ImportError)) throw;
        throw py::import_error(what +
                               " needs pandas, which is not installed (Debian: python3-pandas; pip: pandas); "
                               "without as_frame=True the result is plain dicts and lists");
    }
}

}  // namespace ecosys::python
