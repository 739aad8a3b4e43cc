#pragma once
// Errors and diagnostics. Every problem found in an input file is a Diagnostic
// that says where (source, line, column) and what is wrong; the library throws
// an Error subtype holding all of them at once, so a user fixes a file in one go.

#include <stdexcept>
#include <string>
#include <vector>

namespace ecosys {

/// Where a value sits in an input file: 1-based line, 1-based column counted in
/// characters (UTF-8 code points). line == 0 means "the whole file".
struct Location {
    std::string source;
    int line = 0;
    int column = 0;

    Location() = default;
    Location(std::string source, int line = 0, int column = 0);
};

/// One finding about an input.
struct Diagnostic {
    enum class Severity { error, warning };
    Severity severity = Severity::error;
    Location where;
    std::string message;

    Diagnostic() = default;
    Diagnostic(Severity severity, Location where, std::string message);

    /// "source:line:col: error: message" (line and col left out when unknown).
    [[nodiscard]] std::string to_string() const;
};

/// Base of every error the library throws.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// An input could not be read as a network: malformed syntax, invalid values,
/// unknown references. Holds every error found (at least one); what() joins them
/// one per line in the "source:line:col: error: message" form.
class InputError : public Error {
public:
    explicit InputError(std::vector<Diagnostic> diagnostics);
    /// One error at `where` (the common case: a reader stops at the first problem).
    InputError(Location where, std::string message);
    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

/// The file's syntax is broken (JSON that does not parse, CSV with an unterminated quote).
class ParseError : public InputError {
public:
    using InputError::InputError;
};

/// The file parses but its content is not a valid network (wrong types, unknown sector, ...).
class ValidationError : public InputError {
public:
    using InputError::InputError;
};

/// Bad options given to a library call (an unknown metric name, a region that does not exist).
class UsageError : public Error {
public:
    using Error::Error;
};

/// Graphviz failed to lay out or render a diagram.
class RenderError : public Error {
public:
    using Error::Error;
};

/// Writing an output file failed; the previous file, if any, is left intact.
class OutputError : public Error {
public:
    using Error::Error;
};

}  // namespace ecosys
