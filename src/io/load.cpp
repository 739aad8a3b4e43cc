// load_network(path, options): recognise the format, then call its reader.

#include "ecosys/io/dot.hpp"
#include "ecosys/io/edge_list.hpp"
#include "ecosys/io/format.hpp"
#include "ecosys/io/gexf.hpp"
#include "ecosys/io/gml.hpp"
#include "ecosys/io/graphml.hpp"
#include "ecosys/io/import_options.hpp"
#include "ecosys/io/pajek.hpp"
#include "ecosys/io/reader.hpp"
#include "io/text_file.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

std::string format_title(Format f) {
    switch (f) {
        case Format::json: return "JSON";
        case Format::csv_folder: return "a CSV folder";
        case Format::graphml: return "GraphML";
        case Format::gexf: return "GEXF";
        case Format::gml: return "GML";
        case Format::pajek: return "Pajek";
        case Format::edge_list: return "an edge list";
        case Format::dot: return "DOT";
    }
    return "?";
}

void refuse_mapping(const ImportOptions& options, Format format) {
    if (!options.maps_attributes()) return;
    throw UsageError("--id-attr, --name-attr, --sector-attr, --region-attr, --type-attr, --weight-attr, --sector-map and "
                     "--default-sector apply to GraphML, GEXF, GML, Pajek, edge lists and DOT, not to " + format_title(format) +
                     ", whose actors name their sector in the \"sector\" field (docs/network-format.md)");
}

}  // namespace

LoadResult read_network_text(std::string_view text, const std::string& source, Format format, const ImportOptions& options) {
    switch (format) {
        case Format::json: refuse_mapping(options, format); return read_json_network_text(text, source);
        case Format::graphml: return read_graphml_text(text, source, options);
        case Format::gexf: return read_gexf_text(text, source, options);
        case Format::gml: return read_gml_text(text, source, options);
        case Format::pajek: return read_pajek_text(text, source, options);
        case Format::edge_list: return read_edge_list_text(text, source, options);
        case Format::dot: return read_dot_text(text, source, options);
        case Format::csv_folder: break;
    }
    throw UsageError("a CSV folder is read from a folder, not from text; give the folder's path");
}

LoadResult load_network(const std::filesystem::path& path, const ImportOptions& options) {
    std::string source = path.generic_string();
    std::error_code ec;
    bool folder = std::filesystem::is_directory(path, ec);
    if (folder || options.format == Format::csv_folder) {
        if (!folder) {
            std::string text = detail::read_text_file(path, source);  // reports a missing path
            throw InputError({source, 0, 0}, "is a file; --input-format csv expects a folder holding actors.csv");
        }
        if (options.format && *options.format != Format::csv_folder)
            throw InputError({source, 0, 0},
                             "is a folder; --input-format " + std::string(format_name(*options.format)) + " expects a file");
        refuse_mapping(options, Format::csv_folder);
        return read_csv_network(path);
    }
    const detail::FileText file(path, source);
    const std::string_view text = file.view();

    std::vector<Diagnostic> notes;
    Format format = Format::json;
    if (options.format) {
        format = *options.format;
    } else {
        std::optional<Format> by_name = format_from_extension(path);
        std::optional<Format> by_content = sniff_format(text);
        if (by_name && by_content && *by_name != *by_content && *by_content != Format::edge_list) {
            format = *by_content;
            notes.push_back({Diagnostic::Severity::warning, {source, 0, 0},
                             "the extension " + detail::quote(path.extension().string()) + " says " + format_title(*by_name) +
                                 " but the content is " + format_title(*by_content) + "; it is read as " + format_title(*by_content) +
                                 " (--input-format chooses)"});
        } else if (by_name) {
            format = *by_name;
        } else if (by_content) {
            format = *by_content;
        } else {
            throw InputError({source, 0, 0},
                             "cannot tell the format from the file's name or content; give --input-format with one of " +
                             detail::join_alternatives(format_names()));
        }
    }
    LoadResult result = read_network_text(text, source, format, options);
    result.warnings.insert(result.warnings.begin(), notes.begin(), notes.end());
    return result;
}

}  // namespace ecosys
