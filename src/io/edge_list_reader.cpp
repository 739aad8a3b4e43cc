// Edge list reader: "source target [weight]" per line, split on tabs, commas,
// semicolons or blanks (whichever the first line uses); # and % start comments.
// A first line naming its columns (source,target,weight,type,year) is a header.

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <unordered_set>

#include "ecosys/io/edge_list.hpp"
#include "io/foreign_import.hpp"
#include "io/io_util.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

using detail::quote;

struct Field {
    std::string text;
    int column = 1;
};

/// Splits `line` into `out` (its storage reused from line to line).
void split(std::string_view line, char delimiter, std::vector<Field>& out) {
    out.clear();
    int column = 1;
    std::size_t i = 0;
    auto is_sep = [&](char c) { return delimiter == ' ' ? (c == ' ' || c == '\t') : c == delimiter; };
    while (i <= line.size()) {
        if (delimiter == ' ')
            while (i < line.size() && is_sep(line[i])) ++i, ++column;
        if (i >= line.size() && delimiter == ' ') break;
        Field f;
        f.column = column;
        std::size_t start = i;
        while (i < line.size() && !is_sep(line[i])) {
            if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
            ++i;
        }
        std::string_view text = detail::trim_blanks(line.substr(start, i - start));
        if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
        f.text = std::string(text);
        out.push_back(std::move(f));
        if (i >= line.size()) break;
        ++i, ++column;  // the delimiter
    }
}

int column_role(const std::string& name) {
    static const std::map<std::string, int> roles = {
        {"source", 0}, {"from", 0}, {"src", 0}, {"node1", 0}, {"u", 0}, {"id1", 0}, {"actor1", 0},
        {"target", 1}, {"to", 1}, {"dst", 1}, {"node2", 1}, {"v", 1}, {"id2", 1}, {"actor2", 1},
        {"weight", 2}, {"value", 2}, {"w", 2}, {"type", 3}, {"year", 4}};
    auto it = roles.find(detail::ascii_lower(name));
    return it == roles.end() ? -1 : it->second;
}

}  // namespace

LoadResult read_edge_list_text(std::string_view text, const std::string& source, const ImportOptions& options) {
    detail::check_utf8(text, source);
    detail::ForeignImport import("edge list", source, options);
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

    char delimiter = 0;
    int columns[5] = {0, 1, 2, -1, -1};  // source, target, weight, type, year
    std::size_t width = 3;
    bool first = true;
    detail::IdTable nodes;                      // node ids, numbered in order of first use
    std::vector<Field> fields;
    int line_no = 0;
    while (!text.empty()) {
        std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        std::string_view body = detail::trim_blanks(line);
        if (body.empty() || body.front() == '#' || body.front() == '%') continue;
        if (!delimiter) {
            delimiter = line.find('\t') != std::string_view::npos ? '\t'
                      : line.find(',') != std::string_view::npos  ? ','
                      : line.find(';') != std::string_view::npos  ? ';'
                                                                  : ' ';
        }
        split(line, delimiter, fields);
        if (first) {
            first = false;
            bool header = fields.size() >= 2 && column_role(fields[0].text) == 0 && column_role(fields[1].text) == 1;
            if (fields.size() >= 3 && !header && !detail::parse_double(fields[2].text) && column_role(fields[2].text) == 2) header = true;
            if (header) {
                for (int& c : columns) c = -1;
                for (std::size_t i = 0; i < fields.size(); ++i) {
                    int role = column_role(fields[i].text);
                    if (role >= 0 && columns[role] < 0) columns[role] = static_cast<int>(i);
                    else import.warn_once("column " + fields[i].text, {source, line_no, fields[i].column},
                                          "column " + quote(fields[i].text) + " is not read; an edge list has source, target, weight, type and year");
                }
                width = fields.size();
                if (columns[0] < 0 || columns[1] < 0) {
                    import.error({source, line_no, 1}, "the header names no source and target columns");
                    break;
                }
                continue;
            }
        }
        if (fields.size() < 2) {
            import.error({source, line_no, 1}, "a line needs at least two fields, source and target; got " + quote(body));
            continue;
        }
        if (fields.size() > width && !(columns[3] >= 0 || columns[4] >= 0))
            import.warn_once("extra columns", {source, line_no, fields[width].column},
                             "fields after the third (" + quote(fields[width].text) + ") are not read; an edge list has source, target and weight");
        auto get = [&](int role) -> const Field* {
            int c = columns[role];
            return c >= 0 && c < static_cast<int>(fields.size()) ? &fields[c] : nullptr;
        };
        const Field* s = get(0);
        const Field* t = get(1);
        if (!s || !t) {
            import.error({source, line_no, 1}, "a line needs a source and a target");
            continue;
        }
        detail::ForeignEdge e;
        e.source = s->text;
        e.target = t->text;
        e.at = {source, line_no, 1};
        e.at_source = {source, line_no, s->column};
        e.at_target = {source, line_no, t->column};
        if (const Field* w = get(2); w && !w->text.empty()) {
            auto v = detail::parse_double(w->text);
            e.attrs.push_back({"weight", v ? nlohmann::json(*v) : nlohmann::json(w->text), {source, line_no, w->column}});
        }
        if (const Field* type = get(3); type && !type->text.empty()) e.attrs.push_back({"type", type->text, {source, line_no, type->column}});
        if (const Field* year = get(4); year && !year->text.empty()) e.attrs.push_back({"year", year->text, {source, line_no, year->column}});
        std::uint64_t ends[2];
        for (int k = 0; k < 2; ++k) {
            const Field* end = k == 0 ? s : t;
            const std::size_t known = nodes.size();
            ends[k] = nodes.intern(end->text);
            if (ends[k] == known) {
                detail::ForeignNode n;
                n.id = end->text;
                n.at = n.at_id = {source, line_no, end->column};
                import.add_node(std::move(n));
            }
        }
        import.add_edge(std::move(e));
    }
    // A line repeating an earlier pair is warned about by the builder, as in every format.
    return import.finish();
}

LoadResult read_edge_list(std::istream& in, const std::string& source, const ImportOptions& options) {
    return read_edge_list_text(detail::read_all(in), source, options);
}

}  // namespace ecosys
