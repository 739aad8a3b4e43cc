#pragma once
// What the fuzz targets share: splitting an input into fields, wrapping a field into
// the text of a foreign format (losslessly: these wrappers leave what a format cannot
// hold as it is, so the reader meets it), and stopping with the output on a finding.
// Not the project's escapers (src/util/escape.hpp): those replace what a format
// cannot hold, which would hide inputs from the readers.

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace ecosys::fuzz {

/// Stops the run (libFuzzer keeps the input) when `ok` is false, printing `what` and `data`.
inline void require(bool ok, const char* target, const char* what, const std::string& data) {
    if (ok) return;
    std::fprintf(stderr, "%s: %s\n--- output ---\n%s\n", target, what, data.c_str());
    std::abort();
}

/// `text` split at 0x1F into exactly `n` fields (the last takes the rest; missing ones empty).
inline std::vector<std::string> split(std::string_view text, std::size_t n) {
    std::vector<std::string> parts;
    while (parts.size() + 1 < n) {
        std::size_t at = text.find('\x1F');
        if (at == std::string_view::npos) break;
        parts.emplace_back(text.substr(0, at));
        text.remove_prefix(at + 1);
    }
    parts.emplace_back(text);
    parts.resize(n);
    return parts;
}

/// A double-quoted CSV cell.
inline std::string csv_cell(std::string_view s) {
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

/// XML text or attribute value: & < > " escaped, CR as a reference so that it survives
/// end-of-line normalisation; characters XML cannot hold are left for the reader.
inline std::string xml_text(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '"') out += "&quot;";
        else if (c == '\r') out += "&#13;";
        else out += c;
    }
    return out;
}

/// A DOT double-quoted string as ecosys reads it: cgraph turns \" into a quote, and the
/// reader turns \\ into one backslash (the escapes the DOT writer uses).
inline std::string dot_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

/// A GML string: & and " as character references (as the GML reader decodes them).
inline std::string gml_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '&') out += "&amp;";
        else if (c == '"') out += "&quot;";
        else out += c;
    }
    return out + "\"";
}

}  // namespace ecosys::fuzz
