// save_network(): pick the writer, render in memory, write atomically.

#include "ecosys/io/writer.hpp"

#include <sstream>

#include "ecosys/io/csv_writer.hpp"
#include "ecosys/io/dot.hpp"
#include "ecosys/io/gexf.hpp"
#include "ecosys/io/gml.hpp"
#include "ecosys/io/graphml.hpp"
#include "ecosys/io/json_writer.hpp"
#include "ecosys/io/output_file.hpp"
#include "ecosys/io/pajek.hpp"
#include "io/io_util.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

std::vector<std::string> writable_names() {
    std::vector<std::string> out;
    for (const std::string& n : format_names())
        if (auto f = parse_format(n); f && can_write(*f)) out.push_back(n);
    return out;
}

}  // namespace

Format output_format(const std::filesystem::path& path, std::optional<Format> format) {
    if (!format) {
        std::string text = path.generic_string();
        std::error_code ec;
        if (path.extension().empty() || (!text.empty() && text.back() == '/') || std::filesystem::is_directory(path, ec))
            format = Format::csv_folder;
        else if (auto by_name = format_from_extension(path); by_name && *by_name != Format::edge_list)
            format = by_name;
        else if (detail::ascii_lower(path.extension().string()) == ".xml")
            format = Format::graphml;
        else
            throw UsageError("cannot tell the output format from " + detail::quote(path.filename().string()) +
                             "; use an extension (.json, .graphml, .gexf, .gml, .net, .dot, or none for a CSV folder) or --to with one of " +
                             detail::join_alternatives(writable_names()));
    }
    if (!can_write(*format))
        throw UsageError(std::string(format_name(*format)) + " cannot be written (it keeps no actor data); write one of " +
                         detail::join_alternatives(writable_names()));
    return *format;
}

std::string render_network(const Network& network, Format format, const std::string& target, WriteWarnings& warnings,
                           const ExportOptions& options) {
    std::ostringstream out;
    WriteWarnings w;
    switch (format) {
        case Format::json: out << write_json_network(network); break;
        case Format::graphml: w = write_graphml(network, out, target); break;
        case Format::gexf: w = write_gexf(network, out, target, options); break;
        case Format::gml: w = write_gml(network, out, target); break;
        case Format::pajek: w = write_pajek(network, out, target); break;
        case Format::dot: w = write_dot(network, out, target, options); break;
        case Format::csv_folder:
        case Format::edge_list:
            throw UsageError(std::string(format_name(format)) + " is not written as a single file");
    }
    warnings.insert(warnings.end(), w.begin(), w.end());
    return out.str();
}

WriteWarnings save_network(const Network& network, const std::filesystem::path& path, std::optional<Format> format,
                           const ExportOptions& options) {
    Format f = output_format(path, format);
    if (f == Format::csv_folder) return write_csv_network(network, path, options);
    WriteWarnings warnings;
    std::string text = render_network(network, f, path.generic_string(), warnings, options);
    write_file_atomically(path, text);
    return warnings;
}

}  // namespace ecosys
