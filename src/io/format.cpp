#include "ecosys/io/format.hpp"

#include <array>
#include <cctype>

#include "io/io_util.hpp"

namespace ecosys {

namespace {

struct FormatInfo {
    Format format;
    std::string_view name;
};
constexpr std::array<FormatInfo, 8> formats{{
    {Format::json, "json"},
    {Format::csv_folder, "csv"},
    {Format::graphml, "graphml"},
    {Format::gexf, "gexf"},
    {Format::gml, "gml"},
    {Format::pajek, "pajek"},
    {Format::edge_list, "edgelist"},
    {Format::dot, "dot"},
}};

bool starts_with_word(std::string_view s, std::string_view word) {
    if (s.size() < word.size() || detail::ascii_lower(s.substr(0, word.size())) != word) return false;
    return s.size() == word.size() || !(std::isalnum(static_cast<unsigned char>(s[word.size()])) || s[word.size()] == '_');
}

/// Skips blanks, and comment lines starting with one of `comment_chars` at line start.
std::string_view skip_blank_and_comments(std::string_view s, std::string_view comment_chars) {
    while (true) {
        std::size_t i = s.find_first_not_of(" \t\r\n");
        if (i == std::string_view::npos) return {};
        s.remove_prefix(i);
        if (comment_chars.find(s.front()) != std::string_view::npos || s.substr(0, 2) == "//") {
            std::size_t nl = s.find('\n');
            if (nl == std::string_view::npos) return {};
            s.remove_prefix(nl + 1);
            continue;
        }
        if (s.substr(0, 2) == "/*") {
            std::size_t end = s.find("*/");
            if (end == std::string_view::npos) return {};
            s.remove_prefix(end + 2);
            continue;
        }
        return s;
    }
}

std::string_view after_word(std::string_view s, std::size_t n) {
    s.remove_prefix(std::min(n, s.size()));
    std::size_t i = s.find_first_not_of(" \t\r\n");
    return i == std::string_view::npos ? std::string_view() : s.substr(i);
}

}  // namespace

std::string_view format_name(Format format) {
    for (const auto& f : formats)
        if (f.format == format) return f.name;
    return "?";
}

std::vector<std::string> format_names() {
    std::vector<std::string> out;
    for (const auto& f : formats) out.emplace_back(f.name);
    return out;
}

std::optional<Format> parse_format(std::string_view name) {
    std::string n = detail::ascii_lower(name);
    for (const auto& f : formats)
        if (f.name == n) return f.format;
    if (n == "net" || n == "paj") return Format::pajek;
    if (n == "gv") return Format::dot;
    if (n == "edges" || n == "edge-list" || n == "edge_list" || n == "txt" || n == "tsv") return Format::edge_list;
    if (n == "csv-folder" || n == "folder") return Format::csv_folder;
    return std::nullopt;
}

std::optional<Format> format_from_extension(const std::filesystem::path& path) {
    std::string ext = detail::ascii_lower(path.extension().string());
    if (ext == ".json") return Format::json;
    if (ext == ".graphml") return Format::graphml;
    if (ext == ".gexf") return Format::gexf;
    if (ext == ".gml") return Format::gml;
    if (ext == ".net" || ext == ".paj") return Format::pajek;
    if (ext == ".dot" || ext == ".gv") return Format::dot;
    if (ext == ".txt" || ext == ".csv" || ext == ".tsv" || ext == ".edges" || ext == ".edgelist" || ext == ".el")
        return Format::edge_list;
    return std::nullopt;
}

std::optional<Format> sniff_format(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::string_view head = text.substr(0, 8192);

    std::string_view s = skip_blank_and_comments(head, "");
    if (s.empty()) return std::nullopt;
    if (s.front() == '{' || s.front() == '[') return Format::json;
    if (s.front() == '<') {
        std::string lower = detail::ascii_lower(head);
        std::size_t graphml = lower.find("<graphml"), gexf = lower.find("<gexf");
        if (graphml != std::string::npos && (gexf == std::string::npos || graphml < gexf)) return Format::graphml;
        if (gexf != std::string::npos) return Format::gexf;
        return std::nullopt;
    }

    // Pajek: the first line that is not a comment starts with *Network, *Vertices ...
    if (std::string_view p = skip_blank_and_comments(head, "%"); !p.empty() && p.front() == '*') {
        std::string_view w = p.substr(1);
        for (std::string_view word : {"network", "vertices", "arcs", "edges", "arcslist", "edgeslist", "matrix"})
            if (starts_with_word(w, word)) return Format::pajek;
    }

    // DOT: [strict] (graph|digraph) [ID] {     GML: ... graph [
    std::string_view d = skip_blank_and_comments(head, "#");
    if (starts_with_word(d, "strict")) return Format::dot;
    if (starts_with_word(d, "digraph")) return Format::dot;
    if (starts_with_word(d, "graph")) {
        std::string_view rest = after_word(d, 5);
        if (!rest.empty() && rest.front() == '[') return Format::gml;
        return Format::dot;
    }
    // GML files often open with Creator "..." and Version 1 before graph [.
    for (std::size_t at = head.find("graph"); at != std::string_view::npos; at = head.find("graph", at + 5)) {
        bool word_start = at == 0 || !std::isalnum(static_cast<unsigned char>(head[at - 1]));
        std::string_view rest = after_word(head.substr(at), 5);
        if (word_start && !rest.empty() && rest.front() == '[') return Format::gml;
    }

    // Otherwise: lines of two or more fields make an edge list.
    std::string_view e = skip_blank_and_comments(head, "#%");
    std::string_view line = e.substr(0, e.find('\n'));
    std::size_t fields = 0;
    bool in_field = false;
    for (char c : line) {
        bool sep = c == ' ' || c == '\t' || c == ',' || c == ';' || c == '\r';
        if (!sep && !in_field) ++fields;
        in_field = !sep;
    }
    if (fields >= 2) return Format::edge_list;
    return std::nullopt;
}

bool can_write(Format format) { return format != Format::edge_list; }

}  // namespace ecosys
