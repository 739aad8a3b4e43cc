#include "ecosys/error.hpp"

namespace ecosys {

// Defined here, not in the header: GCC 12 takes the strings of a Location or Diagnostic
// built in place inside a std::vector for possibly uninitialized (-Wmaybe-uninitialized)
// when it sees these constructors inlined.
Location::Location(std::string source, int line, int column) : source(std::move(source)), line(line), column(column) {}

Diagnostic::Diagnostic(Severity severity, Location where, std::string message)
    : severity(severity), where(std::move(where)), message(std::move(message)) {}

std::string Diagnostic::to_string() const {
    std::string out = where.source;
    if (where.line > 0) {
        out += ':' + std::to_string(where.line);
        if (where.column > 0) out += ':' + std::to_string(where.column);
    }
    out += severity == Severity::error ? ": error: " : ": warning: ";
    out += message;
    return out;
}

namespace {
std::string join(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics) {
        if (!out.empty()) out += '\n';
        out += d.to_string();
    }
    return out;
}
}  // namespace

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : Error(join(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(Location where, std::string message)
    : InputError(std::vector<Diagnostic>(1, Diagnostic{Diagnostic::Severity::error, std::move(where), std::move(message)})) {}

}  // namespace ecosys
