#pragma once
// The file formats ecosys reads and writes, and how a format is recognised from
// a file's name and its first bytes (docs/formats.md).

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ecosys {

enum class Format {
    json,        ///< the native format (docs/network-format.md)
    csv_folder,  ///< a folder of CSV files (actors.csv, ties.csv, ...)
    graphml,     ///< GraphML, as NetworkX, igraph, Gephi and yEd write it
    gexf,        ///< GEXF 1.1-1.3 (Gephi); written as 1.2
    gml,         ///< GML (NetworkX, igraph, Newman's data sets)
    pajek,       ///< Pajek .net: *Vertices, *Edges, *Arcs
    edge_list,   ///< two or three columns per line: source, target, weight; read only
    dot,         ///< Graphviz DOT
};

/// The name users type: "json", "csv", "graphml", "gexf", "gml", "pajek", "edgelist", "dot".
[[nodiscard]] std::string_view format_name(Format format);

/// Every format name, in the order above, for messages and --help.
[[nodiscard]] std::vector<std::string> format_names();

/// The format a user named (--input-format, --to); accepts the names above and
/// the usual extensions without the dot ("net", "gv", "edges"). nullopt if unknown.
[[nodiscard]] std::optional<Format> parse_format(std::string_view name);

/// The format a file extension stands for (".graphml" -> graphml, ".net" -> pajek,
/// ".txt" and ".csv" -> edge_list), or nullopt when it says nothing (".xml", none).
[[nodiscard]] std::optional<Format> format_from_extension(const std::filesystem::path& path);

/// The format the beginning of a file looks like, or nullopt when it looks like
/// none. Only decisive signs count (a '{', a <graphml> or <gexf> root, a Pajek
/// *Vertices line, GML's "graph [", DOT's "digraph {"); a file with none of them
/// but two or more columns per line is an edge list.
[[nodiscard]] std::optional<Format> sniff_format(std::string_view text);

/// True for the formats that can be written (all but the edge list).
[[nodiscard]] bool can_write(Format format);

}  // namespace ecosys
