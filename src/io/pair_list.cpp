#include "ecosys/io/pair_list.hpp"

#include "ecosys/error.hpp"
#include "io/csv.hpp"
#include "io/io_util.hpp"
#include "io/text_file.hpp"
#include "util/text.hpp"

namespace ecosys {

namespace {

struct Table {
    std::vector<detail::CsvRow> rows;
    std::vector<int> columns;  // index of each wanted column
};

Table read_table(const std::filesystem::path& path, const std::string& source, const std::vector<std::string>& wanted) {
    Table t;
    t.rows = detail::parse_csv(detail::read_text_file(path, source), source);
    if (t.rows.empty())
        throw InputError({{Diagnostic::Severity::error, {source, 1, 1},
                           "the file is empty; expected a header row with the columns " + detail::join_alternatives(wanted, " and ")}});
    std::vector<std::string> names;
    for (const auto& f : t.rows[0].fields) names.push_back(detail::ascii_lower(detail::trim_blanks(f.value)));
    std::vector<Diagnostic> errors;
    for (const std::string& w : wanted) {
        int found = -1;
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == w) found = static_cast<int>(i);
        if (found < 0) {
            const std::string hint = detail::closest_match(w, names);
            errors.push_back({Diagnostic::Severity::error, {source, t.rows[0].line, 1},
                              "the header has no column '" + w + "'" + (hint.empty() ? "" : " (did you mean '" + hint + "'?)") +
                                  "; expected the columns " + detail::join_alternatives(wanted, " and ")});
        }
        t.columns.push_back(found);
    }
    if (!errors.empty()) throw InputError(std::move(errors));
    return t;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> read_pair_list(const std::filesystem::path& path, const Network& network) {
    const std::string source = path.generic_string();
    Table t = read_table(path, source, {"source", "target"});
    std::vector<std::string> ids;
    std::size_t budget = 2'000'000;
    std::vector<Diagnostic> errors;
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t r = 1; r < t.rows.size(); ++r) {
        const detail::CsvRow& row = t.rows[r];
        std::size_t ends[2] = {0, 0};
        bool ok = true;
        for (int k = 0; k < 2; ++k) {
            const int c = t.columns[k];
            if (c >= static_cast<int>(row.fields.size())) {
                errors.push_back({Diagnostic::Severity::error, {source, row.line, 1},
                                  "row has " + std::to_string(row.fields.size()) + " fields; the " + (k ? "target" : "source") +
                                      " column is field " + std::to_string(c + 1)});
                ok = false;
                break;
            }
            const detail::CsvField& f = row.fields[c];
            const std::string id(detail::trim_blanks(f.value));
            if (auto a = network.find_actor(id)) {
                ends[k] = *a;
                continue;
            }
            if (ids.empty())
                for (const Actor& a : network.actors) ids.push_back(a.id);
            const std::string hint = detail::closest_match(id, ids, &budget);
            errors.push_back({Diagnostic::Severity::error, {source, f.line, f.column},
                              "unknown actor " + detail::quote(id) + (hint.empty() ? "" : " (did you mean '" + hint + "'?)") +
                                  "; the pairs name actors of the network by id"});
            ok = false;
        }
        if (!ok) continue;
        if (ends[0] == ends[1]) {
            const detail::CsvField& f = row.fields[t.columns[1]];
            errors.push_back({Diagnostic::Severity::error, {source, f.line, f.column},
                              "actor " + detail::quote(network.actors[ends[0]].id) + " is paired with itself; a pair needs two actors"});
            continue;
        }
        pairs.emplace_back(ends[0], ends[1]);
    }
    if (!errors.empty()) throw InputError(std::move(errors));
    return pairs;
}

std::vector<std::pair<std::string, std::string>> read_synonyms(const std::filesystem::path& path) {
    const std::string source = path.generic_string();
    Table t = read_table(path, source, {"term", "canonical"});
    std::vector<Diagnostic> errors;
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t r = 1; r < t.rows.size(); ++r) {
        const detail::CsvRow& row = t.rows[r];
        std::string cells[2];
        bool ok = true;
        for (int k = 0; k < 2 && ok; ++k) {
            const int c = t.columns[k];
            const char* what = k ? "canonical" : "term";
            if (c >= static_cast<int>(row.fields.size()) || detail::trim_blanks(row.fields[c].value).empty()) {
                const int col = c < static_cast<int>(row.fields.size()) ? row.fields[c].column : 1;
                errors.push_back({Diagnostic::Severity::error, {source, row.line, col},
                                  std::string("the ") + what + " is empty; every row maps a term to its canonical keyword"});
                ok = false;
            } else {
                cells[k] = std::string(detail::trim_blanks(row.fields[c].value));
            }
        }
        if (ok) out.emplace_back(cells[0], cells[1]);
    }
    if (!errors.empty()) throw InputError(std::move(errors));
    return out;
}

}  // namespace ecosys
